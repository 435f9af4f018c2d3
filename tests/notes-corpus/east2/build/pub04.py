"""pub04: Andrew Stewart, Empire Lost (2008), Notes to Chapter 4 (Standing Alone), notes 29-36 as stored on
urking.top/read/empire-lost-andrew-stewart-702c2e/141.html (note 37 is cut off in the stored copy)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP
from empire_lost import tna, T, papers

p = Pub("pub04")
TNA = lambda: arch("TNA")
p.archival(29, TNA(), tna("DO121/8"), also=[T("DO35/548E/22/9/3")])
p.archival(30, arch("RHL"), U("c", "Batterbee Papers", "b", "6/4"))
p.commentary(31, literature=True)
p.archival(32, TNA(), tna("DO35/1003/2/11/1/1B"), also=[T("DO35/1003/2/11/1/1B")],
           newspaper=NP("The Times", 1940, 6, 13))
p.archival(33, TNA(), tna("CAB67/3"), also=[T("CAB65/2")])
p.archival(34, TNA(), tna("DO35/1003/8/13"), also=[T("DO35/1003/8/13")])
p.archival(35, TNA(), tna("CAB65/13"))
p.archival(36, TNA(), tna("DO35/1003/2/11/1/1B"), also=[
    T("DO121/8"), T("CAB65/7"), T("CAB65/7"), T("DO121/8"), T("CAB66/7"), T("CAB66/8"),
    papers("UCT SC", "Waterson Papers")])
p.write()
