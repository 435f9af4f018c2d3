"""pub05: FRUS 1964-1968, vol. X, National Security Policy (2002), documents 129-135 (to footnote 3 of
document 135). n = 100 x document number + printed footnote number (source note = 1).
This volume prints the box after the folder title (`TKH Jan.–July 1966, Box 1`); kept in printed order,
not flagged (a consistent style, west). `Department of State, INR/IL Historical Files` -> DOS (README)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub05")
LBJ = lambda: arch("LBJL", None, "Johnson Library")
WNRC = lambda: arch("WNRC", None, "Washington National Records Center")
DOS = lambda: arch("DOS", None, "Department of State")
def nsf(*rest):
    return U("c", "National Security File", *rest)
# 12901 "Harold H. Saunders Files, NSC, SIG, IRG, 4/l/66–8/31/66" ("4/l/66" with a letter l, as stored)
p.archival(12901, LBJ(), nsf("s", "Harold H. Saunders Files", "fo", "NSC, SIG, IRG, 4/l/66–8/31/66"))
p.archival(13001, LBJ(), nsf("s", "Intelligence File", "fo", "TKH Jan.–July 1966", "b", "1"))
p.commentary(13002, literature=True)    # "For a draft, see Document 103."
p.commentary(13003)                     # Not printed; classified testimony (not a published text)
p.archival(13004, WNRC(), U("s", "OSD Files", "sm", "FRC 330 70 A 4662", "fi", "471.94 Penetration 1966"))
p.commentary(13005)                     # "[Footnote in the source text.]"
p.archival(13101, LBJ(), nsf("s", "National Intelligence Estimates", "fo", "11–65, USSR", "b", "3"))
p.commentary(13102, literature=True)    # "Documents 97, 98, and 106."
p.commentary(13103)                     # dissent; the rest of this note stands in the TEI body
p.commentary(13104)
p.archival(13201, DOS(), U("s", "INR/IL Historical Files", "fo", "Minutes of 303 Committee, 6/22/66"))
p.commentary(13202)                     # "see footnote 2, Document 176": points to a note
p.archival(13301, LBJ(), nsf("s", "Memos to the President", "fo", "Walt Rostow, Vol. 8"))
p.commentary(13302)
p.archival(13303, WNRC(), U("s", "OSD Files", "sm", "FRC 330 70 A 4662", "fi", "A–400.23 1966"))
p.commentary(13304)
p.archival(13401, DOS(), U("s", "INR/IL Historical Files", "fo", "Minutes of 303 Committee, 8/5/66"))
p.archival(13402, DOS(), U("s", "INR/IL Historical Files", "fo", "Minutes of 303 Committee, 9/15/66"),
           also=[cite(LBJ(), nsf("s", "Intelligence File", "fo", "CIA Budgets & 303 Committee", "b", "2"))])
p.newspaper(13403, NP("The New York Times", 1966, 6, 5, page="38"))
p.commentary(13404)
p.commentary(13405)                     # "(see footnote 2 above)": points to a note
p.archival(13501, LBJ(), nsf("s", "Memos to the President", "fo", "Walt Rostow, Vol. 8"))
p.commentary(13502, literature=True)    # "See Document 133."
# 13503 "OSD Files: FRC 330 70 A 1265 Atomic-400.23 (6 Mar 65)": accession and file without a comma
p.archival(13503, WNRC(), U("s", "OSD Files", "sm", "FRC 330 70 A 1265", "fi", "Atomic-400.23 (6 Mar 65)"))
p.write()
