"""pub02: Murphy, Security and Special Operations (as pub01), endnotes 1-9 of chapter 1, "The origins and
development of SOE's Security Section" (numbering restarts; 10 cut off in the stored text). The page break of the
PDF left a running head `218 Notes 219` between notes 8 and 9 in the stored text; it belongs to neither note and
was left out. Bare TNA codes as in pub01 (abbr_as_printed null; Murphy's hereafter-convention of Introduction 3).
6 `HS9/196/3, ... See also HS8/334, ...` -> main citation and one `also` (the same file as note 1).
7 IWMSA as pub01 5 (defined again with `hereafter`). 8 `1940– 1946,p.59.` (space after the dash, no space after the
comma) is in a book reference: literature, not flagged."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub02")
p.archival(1, arch("TNA"), U("s", "HS8", "pi", "334"))
p.commentary(2, literature=True)
p.archival(3, arch("TNA"), U("s", "HS8", "pi", "336"))
p.archival(4, arch("TNA"), U("s", "HS8", "pi", "903"))
p.commentary(5, literature=True)
p.archival(6, arch("TNA"), U("s", "HS9", "pi", "196", "fi", "3"),
           also=[cite(arch("TNA"), U("s", "HS8", "pi", "334"))])
p.archival(7, arch("IWM", "IWMSA", "Imperial War Museum Sound Archive"), U("sm", "23100/10", "v", "8"))
p.commentary(8, literature=True)
p.commentary(9, literature=True)
p.write()
