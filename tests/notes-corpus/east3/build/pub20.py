"""pub20: «Голод в СССР. 1929-1934», т. 2 (М.: МФД, 2012), document «Телеграмма И.В. Сталина секретарю ЦК ВКП(б)
Л.М. Кагановичу о высылке кулацких семейств из одесской области. 26 декабря 1932 г.» (p. 300; source line РГАСПИ. Ф. 81.
Оп. 3. Д. 232. Л. 40), footnotes 1-2 (https://istmat.org/node/29381)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub20")
p.commentary(1)
p.archival(2, arch("RGASPI", "РГАСПИ"), U("f", "17", "op", "162", "d", "14"), "43")    # then «Опубликовано: …» (literature, not recorded)
p.write()
