"""pub06: Andrew Stewart, Empire Lost (2008), Notes to Chapter 5 (Coalition United), notes 1-10 as stored on
urking.top/read/empire-lost-andrew-stewart-702c2e/143.html (note 11 is cut off in the stored copy)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite
from empire_lost import tna, T, papers

p = Pub("pub06")
TNA = lambda: arch("TNA")
p.commentary(1, literature=True)
p.commentary(2, literature=True)
p.commentary(3, literature=True)
p.commentary(4, literature=True)            # a document printed in DAFP: literature
p.archival(5, arch("UCT SC"), U("c", "Waterson Papers"))
p.ibid(6, 5, also=[papers("UTARMS", "Massey Papers"), papers("NAA", "Bruce Papers")])
p.archival(7, TNA(), tna("FO371/25224"))
p.archival(8, arch("LAC"), U("c", "Pearson Papers"))
p.archival(9, TNA(), tna("DO35/998/7/11"))
p.archival(10, TNA(), tna("DO35/1003/11/3/4"), also=[T("DO35/1003/11/3/4")])
p.write()
