"""pub08: Гровер Ферр, «Антисталинская подлость» (Russian translation of Grover Furr, Khrushchev Lied), endnotes 215-228
(https://kniga-online.net/page-102-11108-grover-ferr-antistalinskaya-podlost.html; 229 cut off)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub08")
for n in range(215, 222):
    p.commentary(n, literature=True)                                 # 218 «Р. 106» with Cyrillic Р (see README)
p.archival(222, arch("RGASPI", "РГАСПИ"), U("f", "558", "op", "1", "d", "3350"), "1-16")
# 222: Getty's article, then «Гетти ссылается на документ из РЦИХИДНИ (ныне РГАСПИ): Ф. 558. Оп. 1. Д. 3350. Л. 1—16.»
for n in range(223, 227):
    p.commentary(n, literature=True)
p.commentary(227)                                                    # expands an abbreviation: no citation
p.commentary(228, literature=True)
p.write()
