"""pub02: Applebaum, Iron Curtain (as pub01), page 96 of the 100vampirenovels.net copy: endnotes 32-54 of the chapter
on 1953 (55 cut off). The site prints italic titles on lines of their own, so a space is left before the following
comma ('Gati, Failed Illusions , pp. 54-55') and a lost en dash leaves '1939 1989' (43); kept as stored.
'SAPMO-BA, DY 30/IV 2/1/120' (SAPMO in the Bundesarchiv): Bestand 'DY 30' / Signatur 'IV 2/1/120' (west).
Newspapers: Rzeczpospolita (46) and Sztandar Mlodych (53), both Polish dailies with a dated issue -> newspaper."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub02")
p.commentary(32, literature=True)
p.commentary(33)                        # interview
p.commentary(34)                        # interview
for n in range(35, 39):
    p.commentary(n, literature=True)
p.archival(39, arch("SAPMO-BArch", "SAPMO-BA"), U("bestand", "DY 30", "signatur", "IV 2/1/120"), "p:2-13")
p.ibid(40, 39, folios="p:25-28")
p.ibid(41, 40)
for n in range(42, 46):
    p.commentary(n, literature=True)
p.newspaper(46, NP("Rzeczpospolita", 2007, 12, 4))
p.commentary(47, literature=True)
p.commentary(48, literature=True)
p.commentary(49)
p.commentary(50, literature=True)
p.commentary(51)
p.commentary(52, literature=True)
p.newspaper(53, NP("Sztandar Młodych", 1955, 8, 9))
p.commentary(54)
p.write()
