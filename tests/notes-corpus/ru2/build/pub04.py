"""pub04: Сергей Яров, «Блокадная этика» (kniga-online.club, page-191-44919), endnotes 1487-1493 (the page begins with
1487; 1494 cut off)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub04")
RNB = lambda: arch("OR RNB", "ОР РНБ")
IPD = lambda: arch("TsGAIPD SPb", "ЦГАИПД СПб")
p.archival(1487, RNB(), U("f", "368", "d", "2"), "82")
p.archival(1488, IPD(), U("f", "4000", "op", "11", "d", "48"), "20ob,21ob")   # «Л. 20 об., 21 об.»: two leaves, both verso
p.archival(1489, RNB(), U("f", "1273"), "82",                                  # «{Даев …: ОР РНБ. Ф. 1273. Л. 82)» ({ as stored)
           also=[cite(arch("OR RNB"), U("f", "1273"), "82")])                 # in-note «(Там же)» repeats the citation
p.archival(1490, IPD(), U("f", "118", "op", "1", "d", "78"), "5")
p.ibid(1491, 1490)
p.commentary(1492, literature=True)
p.archival(1493, RNB(), U("f", "1273"), "82")
p.write()
