"""pub08: Orlando Figes, The Whisperers: Private Life in Stalin's Russia (London: Allen Lane, 2007), page 193 of the
booksonline.com.ua copy (book 108432): endnotes 37-49 of the chapter on memory (50 cut off). RGALI 'f. 1814, op. 10,
d. 376, ll. 20-21': fond/opis/delo and leaves. 39 opens with literature and an interview and cites RGALI later:
archival by precedence; '...; op. 9, d. 19' is a second file of the same fond (also, archive not printed again).
44 'Ibid.' after a literature note: ibid of literature. 48 'IFA, ...': archival, holder not expanded in the stored
text (README Doubtful). 49 'MM' = the Memorial Society archive in Moscow (Figes's abbreviation); 'f. 1, op. 2;
f. 2, op. 5; f. 12, op. 9, dd. 2, 3': four citations (the first in units, three alsos; 'dd. 2, 3' two files)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub08")
R = lambda: arch("RGALI", "RGALI")
p.commentary(37)
p.archival(38, R(), U("fond", "1814", "opis", "10", "delo", "376"), "20-21")
p.archival(39, R(), U("fond", "1814", "opis", "9", "delo", "5"), "63",
           also=[cite(arch("RGALI"), U("fond", "1814", "opis", "9", "delo", "19"))])
for n in range(40, 44):
    p.commentary(n, literature=True)    # 42 opens with interviews, then an encyclopedia article
p.ibid(44, 43)
p.commentary(45, literature=True)
p.commentary(46, literature=True)
p.commentary(47)
p.archival(48, arch("IFA", "IFA"), [])
M = lambda: arch("Memorial MA")
p.archival(49, arch("Memorial MA", "MM"), U("fond", "1", "opis", "2"),
           also=[cite(M(), U("fond", "2", "opis", "5"), ""),
                 cite(M(), U("fond", "12", "opis", "9", "delo", "2"), ""),
                 cite(M(), U("fond", "12", "opis", "9", "delo", "3"), "")])
p.write()
