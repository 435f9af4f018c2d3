"""pub05: Andrew Stewart, Empire Lost (2008), Notes to Chapter 4, notes 75-80 as stored on
urking.top/read/empire-lost-andrew-stewart-702c2e/143.html (the page begins inside note 74, not taken)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite
from empire_lost import tna, T, papers

p = Pub("pub05")
p.commentary(75, literature=True)
p.commentary(76, literature=True)
p.commentary(77, literature=True)
# Churchill Archives Centre reference codes kept whole as one shelfmark (as west pub08 `1/ 15`); the last part may be folios (README)
p.archival(78, arch("CAC"), U("c", "Chartwell Papers", "sm", "CHAR1/381/21-31"))
p.archival(79, arch("CAC"), U("c", "Chartwell Papers", "sm", "CHAR20/13/8"))
p.commentary(80, literature=True)           # Punch, a weekly magazine: not a newspaper (east's rule for journals)
p.write()
