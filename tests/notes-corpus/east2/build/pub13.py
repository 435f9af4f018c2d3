"""pub13: Andrew Stewart, Empire Lost (2008), Notes to Chapter 8 (Rupture?), notes 1-8 as stored on
urking.top/read/empire-lost-andrew-stewart-702c2e/153.html (note 9 is cut off)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP
from empire_lost import tna, T, papers

p = Pub("pub13")
TNA = lambda: arch("TNA")
p.commentary(1, literature=True)                                  # DAFP: a printed edition
p.archival(2, arch("LHCMA"), U("c", "Brooke-Popham Papers"))      # holder not printed (README, doubtful)
p.archival(3, TNA(), tna("PREM3/206/1-3"), also=[T("DO121/119")])
p.archival(4, TNA(), tna("CAB65/20"), also=[papers("NLA", "Page Papers", "it", "642")])   # «Item No. 642»
p.newspaper(5, NP("Sunday Express", 1941, 12, 21))                # two issues: the first is given
p.archival(6, TNA(), tna("PREM3/63/3"))
p.commentary(7, literature=True)                                  # the published Dalton diaries, by short title
p.archival(8, TNA(), tna("PREM3/63/3"))
p.write()
