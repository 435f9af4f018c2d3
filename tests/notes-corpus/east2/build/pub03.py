"""pub03: Andrew Stewart, Empire Lost (2008), Notes to Chapter 3, notes 68-77 as stored on
urking.top/read/empire-lost-andrew-stewart-702c2e/139.html (the stored page begins with note 68)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite
from empire_lost import tna, T, papers

p = Pub("pub03")
TNA = lambda: arch("TNA")
WAT = lambda: papers("UCT SC", "Waterson Papers")
p.archival(68, TNA(), tna("DO121/7"), also=[
    papers("NAA", "Lord Bruce's War Papers", "sm", "AA1969/275/1", printed_name="National Archives of Australia"),
    T("DO35/1000/1/101")])
p.archival(69, TNA(), tna("DO121/66"), also=[T("DO121/66")])
p.commentary(70, literature=True)
p.archival(71, TNA(), tna("FO371/25222"), also=[T("FO371/25222")])
p.archival(72, TNA(), tna("FO371/25224"), also=[T("DO121/7")])
# the Evening News clipping (n.d.) is cited as kept in the Waterson Papers: no newspaper issue date
p.archival(73, arch("UCT SC"), U("c", "Waterson Papers"), also=[WAT(), T("FO371/25224")])
p.archival(74, arch("UCT SC"), U("c", "Waterson Papers"), also=[
    T("DO121/7"), T("DO35/998/7/13"), T("CAB65/1"), papers("LAC", "Pearson Papers")])
p.archival(75, TNA(), tna("DO121/7"), also=[T("DO121/7"), T("DO121/7")])
p.archival(76, TNA(), tna("DO35/1000/1/110"))
p.archival(77, arch("UCT SC"), U("c", "Waterson Papers"))         # literature first, the archival citation last
p.write()
