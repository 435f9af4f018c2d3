"""pub08: Mark Zuehlke, The Liri Valley (as pub07), same page: endnotes 1-24 of chapter 14 'Operation Chesterfield'
(25 cut off).
`National Archives of Canada` (LAC's name 1987-2004) -> abbr `LAC`, abbr_as_printed null, name_as_printed (as PRO ->
TNA). War diaries and reports are cited by title only: no unit (the title, `Appendix A`, `Intelligence Summary
No. 54` describe the document). `p. 9` and bare final numbers are page folios; `n.p.` none.
2: `Directorate of History, Department of National Defence` (DHH's earlier name) -> DHH, name printed.
3, 15, 16, 17, 18 (NEW): a short re-citation of an archival document first cited in full in an earlier note of
the chapter (`Burns, I Canadian Corps War Diary, 9.`) -> archival with the archive of the full citation,
abbr_as_printed null and no name, no units (de pub04 10: archival with empty units for a re-citation by
description); 8 `Vokes Papers.` likewise, with its collection.
4, 11, 12, 19, 20, 22: ibid chains (each to the note just before).
7: Stacey's CMHQ Report No. 179 (`Department of National Defence, n.d., 40`) -> literature (an official report
cited by title and issuing department, no archive named; doubtful). 24 `Stacey, 38.` -> literature (short title)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub08")
NAC = lambda: arch("LAC", None, "National Archives of Canada")
LAC0 = lambda: arch("LAC", None)
RMC = lambda: arch("RMC Massey Library", None, "Royal Military College of Canada Massey Library")
p.archival(1, NAC(), [], "p:9")
p.archival(2, arch("DHH", None, "Directorate of History, Department of National Defence"), [], "p:1")
p.archival(3, LAC0(), [], "p:9")
p.ibid(4, 3)
p.archival(5, RMC(), U("c", "Vokes Papers"))
p.archival(6, NAC(), [], "p:15")
p.commentary(7, literature=True)
p.archival(8, arch("RMC Massey Library", None), U("c", "Vokes Papers"))
p.commentary(9, literature=True)
p.archival(10, NAC(), [], "p:1")
p.ibid(11, 10)
p.ibid(12, 11)
p.archival(13, NAC(), [])
p.commentary(14, literature=True)
p.archival(15, LAC0(), [])
p.archival(16, LAC0(), [], "p:8")
p.archival(17, LAC0(), [])
p.archival(18, LAC0(), [], "p:10-14")
p.ibid(19, 18, folios="p:6-7")
p.ibid(20, 19, folios="p:5-10")
p.archival(21, NAC(), [], "p:4-5")
p.ibid(22, 21, folios="p:4")
p.commentary(23, literature=True)
p.commentary(24, literature=True)
p.write()
