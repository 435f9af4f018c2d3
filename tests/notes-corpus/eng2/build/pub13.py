"""pub13: Anna Reid, Leningrad: Tragedy of a City under Siege, 1941-44 (London: Bloomsbury, 2011), "Page 42" of the
bookreadfree.com copy (553979/13599044.amp): endnotes 23-41 of chapter 2 (42 cut off). Reid prints Russian
references with English-style labels ('RGVA: Fond 32904, op. 1, delo 81, p. 28'): fond/opis/delo; 'p.'/'pp.' are
page folios (west's rule for 'p.' in an archival note). 'Notes to Pages 41-52' is the e-book's running head left in
the note text (28): not part of the citation, kept as stored. 'TsAMO' -> TsAMO RF (schema abbr)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub13")
FOD = lambda f, o, d: U("fond", f, "opis", o, "delo", d)
p.commentary(23, literature=True)
p.ibid(24, 23)
for n in range(25, 28):
    p.commentary(n, literature=True)
p.archival(28, arch("RGVA", "RGVA"), FOD("32904", "1", "81"), "p:28")
for n in range(29, 33):
    p.commentary(n, literature=True)
p.commentary(33)                        # interview by the author
p.archival(34, arch("RGVA", "RGVA"), FOD("32904", "1", "79"), "p:58, p:86")
p.commentary(35, literature=True)
p.archival(36, arch("RGASPI", "RGASPI"), FOD("77", "4", "48"), "p:11-20")
p.commentary(37, literature=True)
p.commentary(38, literature=True)
p.archival(39, arch("TsAMO RF", "TsAMO"), FOD("96a", "1711", "24"), "p:24-25")
p.archival(40, arch("RGVA", "RGVA"), FOD("32904", "1", "79"), "p:88")
p.commentary(41, literature=True)
p.write()
