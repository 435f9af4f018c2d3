"""pub05: "Buildings of the Department of State" (other-publications buildings/buildings.xml), chapter
"New State Building, April 1947-present" (section28), notes 1-9 (all of the chapter)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub05")
p.commentary(1, literature=True)            # printed report ("Report oil", "pp. 7. II." as stored)
p.commentary(2, literature=True)            # Department of State Bulletin
p.ibid(3, 2)                                # ibid of literature: archive null
p.commentary(4, literature=True)
p.commentary(5, literature=True)
# 6: reports, "ibid." (in-note), then NYT issues: newspaper by precedence, first issue
p.newspaper(6, NP("The New York Times", 1940, 2, 10))
p.newspaper(7, NP("The New York Times", 1941, 2, 24))
# 8: a letter with its decimal file printed alone "(111/3-2155)": NARA file (frus rule), archive not printed
p.archival(8, arch("NARA"), U("fi", "111/3-2155"))
p.commentary(9, literature=True)
p.write()
