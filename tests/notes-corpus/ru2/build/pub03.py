"""pub03: Сергей Яров, «Блокадная этика» (knigaread.com, page-189-44876), endnotes 1428-1443 (the page begins with 1428;
1444 cut off)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub03")
RNB = lambda: arch("OR RNB", "ОР РНБ")
p.commentary(1428, literature=True)
p.ibid(1429, 1428)                                   # Там же. (of literature)
p.commentary(1430, literature=True)
p.archival(1431, RNB(), U("f", "12.73"), "9,9ob")   # «Ф. 12.73.» as printed (slip for 1273, see README); «Л. 9, 9 об.» two leaves
p.ibid(1432, 1431)
p.commentary(1433, literature=True)
p.commentary(1434, literature=True)
p.commentary(1435, literature=True)                  # letter «Цит. по:» a publication
p.commentary(1436, literature=True)
p.commentary(1437, literature=True)
p.commentary(1438, literature=True)
p.ibid(1439, 1438, folios="")                        # Там же. С. 84–85. (of literature)
p.commentary(1440, literature=True)
p.commentary(1441, literature=True)
p.archival(1442, RNB(), U("f", "1273"), "100")      # no Д. printed (a missing level is not flagged)
p.ibid(1443, 1442)                                   # «Там же. Ср. с воспоминаниями …»: bare ibid, leaf repeated; literature after it not recorded
p.write()
