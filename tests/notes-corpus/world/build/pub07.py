"""pub07: Ian Kershaw, Hitler 1936-1945: Nemesis (London: Allen Lane, 2000), endnotes 51-64 of one chapter
(the stored page begins inside note 50; 65 is cut off). Umlauts and ß are stored as '?' or dropped; kept."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub07")
for n in (51, 52, 53, 54, 55):                 # IMG = printed Nuremberg trial volumes; Dienstkalender = printed edition
    p.commentary(n, literature=True)
# IfZ, EW 100 (signature of the Hewel diary; printed 'EW'), then a description of the diary, then literature
p.archival(56, arch("IfZ", "IfZ"), U("sm", "EW 100"))
for n in range(57, 65):                        # 61 names the IfZ only inside an article title
    p.commentary(n, literature=True)
p.write()
