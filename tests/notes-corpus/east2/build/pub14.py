"""pub14: Andrew Stewart, Empire Lost (2008), Notes to Chapter 8, notes 85-93 as stored on
urking.top/read/empire-lost-andrew-stewart-702c2e/156.html (the page then starts the notes to Chapter 9,
of which note 1 is complete and note 2 cut off; not taken)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP
from empire_lost import tna, T, papers

p = Pub("pub14")
TNA = lambda: arch("TNA")
p.commentary(85, literature=True)                                 # the published Headlam diaries
p.archival(86, TNA(), tna("DO35/1010"), also=[T("DO35/1010")])   # «ibid., Attlee to Churchill»; the next letter has no reference
p.newspaper(87, NP("Daily Express", 1942, 4, 7))
p.archival(88, TNA(), tna("DO35/1010"))
p.commentary(89, literature=True)
p.newspaper(90, NP("The Times", 1942, 2, 26))
p.commentary(91, literature=True)                                 # The New York Review of Books: a review journal
p.archival(92, arch("LHCMA", None, "Liddell Hart Archives"), U("c", "Alanbrooke Papers", "sm", "6/D/4f/E"),
           also=[papers("LHCMA", "Liddell Hart Papers", "sm", "LH1/242/417")])
p.archival(93, arch("LHCMA"), U("sm", "LH1/242/429"), also=[cite(arch("LHCMA"), U("sm", "LH1/242/370"))])
p.write()
