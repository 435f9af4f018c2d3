"""pub03: Peter Cozzens, "The Proper Selection of Dispatches" (Office of the Historian, 12 Oct 2011), notes 1-9 (all)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub03")
NA = lambda pr="NA": arch("NARA", pr)
DC = "Despatches from U.S. Ministers to China"
DT = "Despatches from U.S. Ministers to Turkey"
# microfilm: the publication's title and its M number are both series (west2: M77 -> series), Roll -> volume
# 1: "Roll 43" printed twice (before and after the title): both kept, not flagged (see README, Doubtful cases)
p.archival(1, NA(), U("v", "43", "s", DC, "v", "43", "s", "M92", "rg", "59"))
p.archival(2, NA(), U("s", "Instructions of the Department of State – Argentine Republic", "v", "115", "s", "M77"))
p.archival(3, NA(), U("s", DT, "v", "27", "s", "M46", "rg", "59"))
p.archival(4, NA(), U("s", "Despatches from U.S. Ministers to Chile", "v", "T20", "s", "M10", "rg", "59"))
# 5: short form "Roll 29, DUSMT" (abbreviation defined in note 3), no archive printed; newspaper with two issues -> first
p.archival(5, NA(None), U("v", "29", "s", "DUSMT"), newspaper=NP("Daily Levant Herald", 1875, 9, 20))
# 6: short form; then FRUS 1876 (literature)
p.archival(6, NA(None), U("v", "43", "s", "DUSMC"))
p.archival(7, NA(), U("v", "56", "s", "M97", "rg", "59"))
p.archival(8, NA(), U("s", "Despatches from U.S. Ministers to France", "s", "M34", "v", "T85", "rg", "59"))
# 9: series title only, no roll, no archive
p.archival(9, NA(None), U("s", "Despatches from U.S. Ministers to Germany"))
p.write()
