"""pub06: Yasmin Khan, The Raj at War (as pub05), same stored page: notes 1-12 of chapter 6, "Bombed to Hell"
(the chapter heading stands between pub05 17 and note 1 and is not part of a note); 13 cut off.
`National Archives, Kew, WO 169/2838, War Diaries …, 1 Feb. 1941` -> TNA with the name as printed (`National
Archives, Kew`) and abbr_as_printed null; series `WO 169`, piece `2838`; the war diary's title and dates are not
units. `WO 373/28/69` -> series `WO 373`, piece `28`, file `69` (brit's three-part rule). 3 `Ibid., 7 Feb. 1941`
and 8-10 `Ibid.` -> ibids of the war diary (a new date is not a locator).
4 `IOR MSS F274/15 Diaries, …` -> BL IOR (abbr_as_printed `IOR`), shelfmark `MSS F274/15` (the private-papers call
number, printed without `Eur`, not flagged); the literature after it (Mackenzie, Brett-James, Cochrane) not
recorded. 1 (a Government of India publication) -> literature; 12 (a web site) -> literature (brit: news website)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub06")
NA = lambda: arch("TNA", None, "National Archives, Kew")
WD = lambda: U("s", "WO 169", "pi", "2838")
p.commentary(1, literature=True)
p.archival(2, NA(), WD())
p.ibid(3, 2)
p.archival(4, arch("BL IOR", "IOR"), U("sm", "MSS F274/15"))
p.archival(5, NA(), WD())
p.commentary(6, literature=True)
p.archival(7, NA(), WD())
p.ibid(8, 7)
p.ibid(9, 8)
p.ibid(10, 9)
p.archival(11, NA(), U("s", "WO 373", "pi", "28", "fi", "69"))
p.commentary(12, literature=True)
p.write()
