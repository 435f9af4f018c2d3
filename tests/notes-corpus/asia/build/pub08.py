"""pub08: Spanish-language book on the Second Republic and the year 1934 (ePub copy, epubs.bibliotk.mx files/4788,
notes file notas22.xhtml), notes 1-15; the lettered notes [a]-[c] that follow are a separate series, not taken
([c] is cut off). The title is not on the stored page. Renovación and F.E. (weeklies) are literature (east2);
El Socialista (daily) is a newspaper."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub08")
L = lambda n: p.commentary(n, literature=True)
L(1)
p.archival(2, arch("AHN", "AHN"), U("s", "Expedientes reservados", "fi", "253"))   # "n. 253": label dropped
for n in range(3, 11):
    L(n)
p.newspaper(11, NP("El Socialista", 1934, 6, 12))
L(12); L(13)
p.newspaper(14, NP("El Socialista", 1934, 3, 20))
L(15)
p.write()
