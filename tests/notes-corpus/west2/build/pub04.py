"""pub04: Peter Cozzens, "'Our Ministers Do Not Express Their Real Opinions'" (Office of the Historian, 7 Sept 2011), notes 1-9."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, NP

p = Pub("pub04")
p.commentary(1)
p.archival(2, arch("UVM SC", None, "University of Vermont"), U("c", "George P. Marsh Papers"))
p.commentary(3, literature=True)
p.archival(4, arch("UVM SC", None), U("c", "Marsh Papers"))     # archive named in note 2 only
# 5: two newspaper issues; the first is given. "(Massachusetts)" is the place printed in parentheses
p.newspaper(5, NP("Lowell Daily Citizen and News", 1870, 6, 21, place="Massachusetts"))
p.newspaper(6, NP("New York Times", 1882, 2, 5))          # literature first, then a newspaper issue
p.newspaper(7, NP("New York Herald Tribune", 1882, 2, 10))
# 8: NARA microfilm publication M77, roll 68 (microfilm publication -> series, roll -> volume)
p.archival(8, arch("NARA", None, "National Archives"), U("s", "M77", "v", "68", "rg", "59"))
p.commentary(9, literature=True)
p.write()
