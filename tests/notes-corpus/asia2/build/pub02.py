"""pub02: Christopher Bayly and Tim Harper, Forgotten Wars: The End of Britain's Asian Empire (London: Allen Lane,
2007), 100-vampirenovels.net copy, "Forgotten Wars (95 page)": endnotes 19-39 of the chapter on Burma, 1945 (40 cut
off). The copy breaks lines around italic titles, leaving a space before a following comma (`Tinker, Burma , vol. I`,
`Reynolds News , 14 October 1945`): kept as stored, as in china and eng2.
End-placed repositories (the item first, the holder last): `…, Dorman-Smith Papers, Mss Eur E215/14, OIOC` -> BL IOR
with abbr_as_printed `OIOC` (Oriental and India Office Collections, the British Library's former name for the India
Office Library and Records), collection `Dorman-Smith Papers`, shelfmark `Mss Eur E215/14` (the private-papers call
number printed as one code, as brit's `Add. MS. 44168`). 21 `L/PO/9/10, OIOC` -> an India Office Records reference
read like a TNA reference (brit): series `L/PO/9` (department and class), piece `10`; doubtful (see README).
23 `WO203/5238, TNA` -> series `WO203` (as printed, no space), piece `5238`; the literature after `;` not recorded.
19, 25, 39 `Tom Driberg papers, S3, 23, Christ Church, Oxford` -> ChCh Oxford (name as printed, no abbreviation),
collection, series `S3` (the section of the Driberg papers), file `23` (unlabelled number after the section; not
flagged, the usual form of the papers' references); `5 (miscellaneous)` -> file `5`.
33 `Driberg’s column in Reynolds News , 14 October 1945` and 37 -> newspaper (a Sunday newspaper, brit's Sunday
Telegraph rule); 34 `Ibid.` -> ibid of the newspaper note (no archive). 24 `pp, 176` (comma for point) as stored."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub02")
CC = lambda: arch("ChCh Oxford", None, "Christ Church, Oxford")
IO = lambda: arch("BL IOR", "OIOC")
p.archival(19, CC(), U("c", "Tom Driberg papers", "s", "S3", "fi", "23"))
p.archival(20, IO(), U("c", "Dorman-Smith Papers", "sm", "Mss Eur E215/14"))
p.archival(21, IO(), U("s", "L/PO/9", "pi", "10"))
p.commentary(22, literature=True)
p.archival(23, arch("TNA", "TNA"), U("s", "WO203", "pi", "5238"))
p.commentary(24, literature=True)
p.archival(25, CC(), U("c", "Tom Driberg Papers", "s", "S3", "fi", "1"))
p.commentary(26, literature=True)
p.archival(27, IO(), U("c", "Dorman-Smith Papers", "sm", "Mss Eur E215/28"))
p.archival(28, IO(), U("c", "Dorman-Smith Papers", "sm", "Mss Eur E215/15"))
p.commentary(29, literature=True)
p.commentary(30, literature=True)
p.archival(31, IO(), U("c", "Dorman-Smith Papers", "sm", "Mss Eur E215/28"))
p.commentary(32, literature=True)
p.newspaper(33, NP("Reynolds News", 1945, 10, 14))
p.ibid(34, 33)
p.commentary(35, literature=True)
p.commentary(36, literature=True)
p.newspaper(37, NP("Reynolds News", 1945, 10, 14))
p.archival(38, IO(), U("c", "Dorman-Smith Papers", "sm", "Mss Eur E215/28"))
p.archival(39, CC(), U("c", "Tom Driberg Papers", "s", "S3", "fi", "5"))
p.write()
