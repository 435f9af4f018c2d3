"""pub15: «Сталин и Каганович. Переписка. 1931-1936 гг.» (М.: РОССПЭН, 2001), document «Каганович — Сталину 13 июня 1932 г.»
(p. 165; source line РГАСПИ Ф. 558. Оп. 11. Д. 77. Л. 58), its only footnote (https://istmat.org/node/32663)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub15")
p.archival(1, arch("RGASPI", "РГАСПИ"), U("f", "17", "op", "114", "d", "302"), "13")   # «CT» (Latin letters) in the prose: not a value
p.write()
