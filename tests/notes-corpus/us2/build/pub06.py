"""pub06: Michael Burlingame, Abraham Lincoln: A Life (Baltimore: Johns Hopkins University Press, 2008), e-book copy
on whosread.com 425296/10452372 (the site's heading for the book id is not in the stored text): endnotes 131-147 of the chapter on the
autumn of 1861 (Frémont, Missouri; the page begins with 131; 148 cut off). Note numbers printed `131.` -> `131`.
`AL MSS DLC` (the book's abbreviation: Abraham Lincoln Papers, Library of Congress, by its MARC code) -> LC MD,
`abbr_as_printed` `DLC` (west2), collection `AL MSS`. 145 `Chase Papers, DLC` (no final period, as stored) likewise.
136 `Wool Papers, New York State Library, Albany` -> NYSL, name_as_printed `New York State Library` (the city is the
seat, not part of the name). 144 `Chase Papers, Historical Society of Pennsylvania` -> HSP.
Letters printed in editions (`in Niven, ed., Chase Papers, 3:100`, `in Burlingame, ed., With Lincoln in the White
House`), `CWL` (Collected Works of Abraham Lincoln), diaries in print, the Joint Committee report -> literature.
Newspapers: `Springfield, Massachusetts, Republican, 1 Nov. 1861` -> title `Republican`, place `Springfield,
Massachusetts` (place printed before the title, as west2's `Lowell (Massachusetts) Daily Citizen`; doubtful: the paper
is usually called the Springfield Republican); the correspondent's dateline (`29 Oct.`) is not the issue. 147
`Cincinnati Press, n.d, copied in the Illinois State Register (Springfield), 13 Nov. 1861` -> the first issue with a
date: title `Illinois State Register` (article dropped), place `Springfield`."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub06")
p.commentary(131, literature=True)
p.commentary(132, literature=True)
p.archival(133, arch("LC MD", "DLC"), U("collection", "AL MSS"))
p.commentary(134, literature=True)
p.archival(135, arch("LC MD", "DLC"), U("collection", "AL MSS"))
p.archival(136, arch("NYSL", None, "New York State Library"), U("collection", "Wool Papers"))
p.commentary(137, literature=True)
p.commentary(138, literature=True)
p.newspaper(139, NP("Republican", 1861, 11, 1, place="Springfield, Massachusetts"))
p.commentary(140, literature=True)
p.commentary(141, literature=True)
p.commentary(142, literature=True)
p.commentary(143, literature=True)
p.archival(144, arch("HSP", None, "Historical Society of Pennsylvania"), U("collection", "Chase Papers"))
p.archival(145, arch("LC MD", "DLC"), U("collection", "Chase Papers"))
p.newspaper(146, NP("Republican", 1861, 11, 8, place="Springfield, Massachusetts"))
p.newspaper(147, NP("Illinois State Register", 1861, 11, 13, place="Springfield"))
p.write()
