"""pub06: Joshua Botts, "'No Policy Issue Can Be of Comparable Importance': The 1980 FRUS Re-Review" (Office of the Historian, 9 Dec 2011; articles/1980-rereview.xml), notes 1-31 (all)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub06")
DOS = lambda name=None: arch("DOS", None, name)
NA = lambda: arch("NARA", "NARA II")
DCP = "Dissent Channel Package"                                   # short name defined in note 2
DRR = "Documents Relating to the Re-Review of Foreign Relations"  # short name defined in note 4
# short-name citations ("…, “Dissent Channel Package.”") are archival: folder as printed (the short name), archive implied
S = lambda n, f: p.archival(n, DOS(), U("fo", f))
p.commentary(1, literature=True)
p.archival(2, DOS("U.S. Department of State"),
           U("fo", "Dissent Channel Package (1980)", "b", "3", "sm", "Lot File 04 D 114"))
# 3: commentary first, then: two decimal files (main + also) in CDF 1930-1939; four items in the lot file 83 D 222;
#    three decimal files in CDF 1960-1963 ("Mark Lissfelt ... in 023.1/7-2062" shares that file: one item)
C30 = "Department of State Central Decimal Files, 1930-1939"
C60 = "Department of State Central Decimal Files, 1960-1963"
# the comma printed inside the closing quotation mark is the separator before the lot number: dropped
WW = "Records Relating to the Compilation of the World War II Conference Volumes of the Publication “Foreign Relations of the United States”"
L = "Lot File 83 D 222"
p.archival(3, NA(), U("fi", "026 Foreign Relations/866", "s", C30, "rg", "59"),
           also=[cite(NA(), U("fi", "026 Foreign Relations/878", "s", C30, "rg", "59")),
                 cite(NA(), U("fo", "Malta and Yalta Conferences 1955", "b", "3", "s", WW, "sm", L, "rg", "59")),
                 cite(NA(), U("fo", "November-December 1956", "b", "6", "s", WW, "sm", L, "rg", "59")),
                 cite(NA(), U("fo", "November-December 1957", "b", "7", "s", WW, "sm", L, "rg", "59")),
                 cite(NA(), U("fo", "January-February 1958", "b", "7", "s", WW, "sm", L, "rg", "59")),
                 cite(NA(), U("fi", "023.1/12-461", "s", C60, "rg", "59")),
                 cite(NA(), U("fi", "023.1/1-362", "s", C60, "rg", "59")),
                 cite(NA(), U("fi", "023.1/7-2062", "s", C60, "rg", "59"))])
# 4: short name first (main), then the full folder of the second short name (also)
p.archival(4, DOS(), U("fo", DCP),
           also=[cite(DOS("U.S. Department of State"),
                      U("fo", "Documents Relating to the Re-Review of Foreign Relations, 1950-1954 (1980)", "b", "3", "sm", "Lot File 04 D 114"))])
for n in (5, 6, 7): S(n, DCP)
for n in (8, 9, 10): S(n, DRR)
S(11, DCP)
# 12: two short-name citations of the same folder (also), then a journal article
p.archival(12, DOS(), U("fo", DCP), also=[cite(DOS(), U("fo", DCP))])
p.archival(13, DOS(), U("fo", DCP), also=[cite(DOS(), U("fo", DCP))])
S(14, DCP); S(15, DCP); S(16, DCP); S(17, DCP)
for n in (18, 19, 20): S(n, DRR)
S(21, DCP)            # the second mention of the folder is prose ("the “Dissent Channel Package” folder cited above")
for n in (22, 23, 24, 25, 26): S(n, DRR)   # 26 then a web page
p.commentary(27)
S(28, DRR)            # then a web page
S(29, DRR)
p.commentary(30, literature=True)
p.commentary(31, literature=True)     # FRUS volumes by title
p.write()
