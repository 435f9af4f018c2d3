"""pub18: the same edition as pub15, document «Каганович, Молотов, Ворошилов — Сталину 11 сентября 1935 г.» (p. 562; source
line «РГАСПИ Ф. 558. Оп 11. Д. 89. Л. 96. Подлинник. Машинопись.»), its only footnote (https://istmat.org/node/36522)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub18")
p.archival(1, arch("RGASPI"), U("f", "558", "op", "11", "d", "89"), "97")   # «(Там же. Л. 97)» of the source line
p.write()
