"""pub17: the same edition as pub15, document «Каганович, Молотов — Сталину 29 сентября 1934 г.» (p. 504; source line
РГАСПИ Ф. 558. Оп. 11. Д. 85. Л. 156), its only footnote (https://istmat.org/node/36277)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub17")
p.archival(1, arch("RGASPI", "РГАСПИ"), U("f", "17", "op", "3", "d", "953"), "90")
p.write()
