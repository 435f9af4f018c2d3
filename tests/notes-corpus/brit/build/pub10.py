"""pub10: Ramm (ed.), Gladstone-Granville Correspondence 1871-1876 (as pub09), footnotes of printed page 248,
notes 1-4. 1 `G.D. 29/60` -> TNA as pub08 3. 2 and 4 (remarks; 4 points to document no. 531 of the edition) ->
commentary without citation. 3 `Add. MS. 44168, fo. 104` -> BL."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub10")
p.archival(1, arch("TNA"), U("s", "G.D. 29", "pi", "60"))
p.commentary(2)
p.archival(3, arch("BL"), U("sm", "Add. MS. 44168"), "104")
p.commentary(4)
p.write()
