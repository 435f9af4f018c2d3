"""pub07: Mississippi Department of Archives and History, Sovereignty Commission Online (the digital edition of the
Mississippi State Sovereignty Commission records, 1956-1973), page "Agency History", its notes
(https://da.mdah.ms.gov/sovcom/notes.php): notes 1-12 (13 ends at the storage limit without a following number, so it
is left out). Author not named in the stored text. Note numbers printed `1.` -> `1`.
The records are held by MDAH, which publishes the page: a citation by `SCR ID #` alone names no archive -> MDAH,
`abbr_as_printed` null (west: a code only one archive uses). `Sovereignty Commission Identification Number (SCR ID #)
7-0-1-56-2-1-1` -> one `reference_code` (a single code identifying an item across the whole digitized collection).
A span `SCR ID # 10-102-0-2-1-1-1 to 2-1-1` (the end given by its last three parts) -> one `reference_code` holding
the span as printed (not split, not expanded; doubtful). 6 `SRC ID #` (letters transposed in the label) -> the same
unit; no warning class fits a misspelt label.
Two SCR citations in one note -> the second is an `also` (archive not printed, `abbr_as_printed` null).
4 `J. P. Coleman Personal Papers Z/1877, ..., unprocessed box #10 "Correspondence, (Special) 'c'," Manuscript
Collections, Mississippi Department of Archives and History` -> name_as_printed with the division (as `Manuscript
Division, Library of Congress`); collection, the accession number `Z/1877` as `shelfmark` (a call number printed as a
code), box `10` (label `unprocessed box #` dropped), the folder title printed without label after the box -> `folder`
(west), quotation marks and the comma inside them dropped.
1 (session laws) -> literature. Newspapers: 3 `New Orleans Times Picayune` (title as printed, the city run into it);
5 and 11 archival by precedence with the first dated issue in `newspaper` (5: `Jackson Daily News, March 6, 1960, July
21, 1960` -> the first date)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub07")
A = lambda: arch("MDAH")
R = lambda v: U("reference_code", v)
p.commentary(1, literature=True)
p.archival(2, A(), R("7-0-1-56-2-1-1"))
p.newspaper(3, NP("New Orleans Times Picayune", 1971, 3, 7))
p.archival(4, arch("MDAH", None, "Manuscript Collections, Mississippi Department of Archives and History"),
           U("collection", "J. P. Coleman Personal Papers", "shelfmark", "Z/1877", "box", "10",
             "folder", "Correspondence, (Special) 'c'"))
p.archival(5, A(), R("7-0-8-36-1-1-1"), also=[cite(A(), R("10-102-0-2-1-1-1 to 2-1-1"))],
           newspaper=NP("Jackson Daily News", 1960, 3, 6))
p.archival(6, A(), R("9-31-4-3-1-1-1"))
p.archival(7, A(), R("99-30-0-46-1-1-1 to 2-1-1"))
p.archival(8, A(), R("6-70-0-165-1-1-1"), also=[cite(A(), R("99-62-0-16-3-1-1 to 5-1-1"))])
p.archival(9, A(), R("99-34-0-8-1-1-1 to 2-1-1"), also=[cite(A(), R("99-34-0-9-1-1-1 to 2-1-1"))])
p.archival(10, A(), R("99-62-0-33-1-1-1"), also=[cite(A(), R("99-62-0-196-1-1-1"))])
p.archival(11, A(), R("99-34-0-14-1-1-1 to 2-1-1"), newspaper=NP("Memphis Commercial Appeal", 1965, 12, 12))
p.archival(12, A(), R("8-17-0-56-1-1-1"))
p.write()
