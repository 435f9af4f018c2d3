"""pub16: the same edition as pub15, document «Сталин — Кагановичу 19 августа 1932 г.» (p. 288; source line of the document,
printed above the text and not a footnote: «РГАСПИ Ф. 558. Oп. 11. Д. 79. Л. 38. Автограф С.Чечулина.»), its only footnote
(https://istmat.org/node/34093)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub16")
# «(Там же. Л. 38)» refers to the document's source line (no earlier footnote exists): resolved from that line, archive not
# printed in the note; then the printed RGASPI citation as a further citation (README, Decisions).
p.archival(1, arch("RGASPI"), U("f", "558", "op", "11", "d", "79"), "38",
           also=[cite(arch("RGASPI", "РГАСПИ"), U("f", "17", "op", "162", "d", "13"), "76")])
p.write()
