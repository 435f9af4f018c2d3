"""pub05: Bishop, Air Force Blue (as pub04), the second run of the same notes file: notes 1-18 of the next chapter
(19 cut off in the stored text).
1 `Fred Whitfield, We Sat Alone, Diary of Rear Gunner, unpublished manuscript, Liddle Collection, Brotherton
Library, University of Leeds` -> Leeds SC, name as printed `Brotherton Library, University of Leeds`, collection
`Liddle Collection` (the manuscript's title is a document description, not a unit).
3 and 18 `Whitfield, op. cit.` -> archival short re-citations of note 1 (not ibids: notes come between), archive
Leeds SC with abbr_as_printed null and no units (world pub04 11: a short re-citation names no unit to keep).
4 `Ibid.` -> ibid of 3 (resolved to the same: Leeds SC, no units).
5 `Imperial War Museum [IWM] Sound Archive 2207` -> IWM printed `IWM` (bracketed definition), name as printed;
collection `Sound Archive`, the recording number -> shelfmark `2207`; 7, 9, 14, 16 `IWM Sound Archive 2207` the same
with the abbreviation only (repeated citations, not ibids: other notes stand between, and 16 follows 15).
15 `9 Squadron Operations Record Book [ORB], 9 Squadron Archive, RAF Marham` -> `9 Sqn Archive`, name as printed
`9 Squadron Archive`; the record book -> series (named as printed, the bracketed `[ORB]` defines an abbreviation
of the series, not of the archive). 17 `9 Squadron ORB.` -> the same series as printed, archive not printed.
8 (Wikipedia), 11 (a review essay in the New York Review of Books) -> literature."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub05")
p.archival(1, arch("Leeds SC", None, "Brotherton Library, University of Leeds"), U("c", "Liddle Collection"))
p.archival(2, arch("TNA", "TNA"), U("s", "AIR 14", "pi", "3135"))
p.archival(3, arch("Leeds SC"), [])
p.ibid(4, 3)
p.archival(5, arch("IWM", "IWM", "Imperial War Museum"), U("c", "Sound Archive", "sm", "2207"))
p.commentary(6, literature=True)
p.archival(7, arch("IWM", "IWM"), U("c", "Sound Archive", "sm", "2207"))
p.commentary(8, literature=True)
p.archival(9, arch("IWM", "IWM"), U("c", "Sound Archive", "sm", "2207"))
p.commentary(10, literature=True)
p.commentary(11, literature=True)
p.commentary(12, literature=True)
p.commentary(13, literature=True)
p.archival(14, arch("IWM", "IWM"), U("c", "Sound Archive", "sm", "2207"))
p.archival(15, arch("9 Sqn Archive", None, "9 Squadron Archive"), U("s", "9 Squadron Operations Record Book"))
p.archival(16, arch("IWM", "IWM"), U("c", "Sound Archive", "sm", "2207"))
p.archival(17, arch("9 Sqn Archive"), U("s", "9 Squadron ORB"))
p.archival(18, arch("Leeds SC"), [])
p.write()
