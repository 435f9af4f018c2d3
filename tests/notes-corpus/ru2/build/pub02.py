"""pub02: Сергей Яров, «Блокадная этика» (user.bibliboba.online, page /p/247), endnotes 1385-1391 (the page begins with
the end of 1384, left out; 1392 cut off). In 1391 the stored line break inside «Большевичка» / А.Т. Пименова is one space."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub02")
IPD = lambda: arch("TsGAIPD SPb", "ЦГАИПД СПб")
p.archival(1385, IPD(), U("f", "4000", "op", "11", "d", "69"), "10ob")
p.commentary(1386, literature=True)
p.commentary(1387, literature=True)
p.commentary(1388, literature=True)
p.commentary(1389, literature=True)
p.commentary(1390, literature=True)
p.archival(1391, IPD(), U("f", "4000", "op", "10", "d", "307"), "8")        # citation in parentheses after a quotation
p.write()
