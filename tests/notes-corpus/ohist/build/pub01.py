"""pub01: Joshua Botts, "The Formation of the Historical Advisory Committee and the First HAC Meeting, December 1957" (Office of the Historian, 11 Aug 2011), notes 1-5 (all)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub01")
LC = lambda name=None: arch("LC MD", None, name)
AHA = "AHA Papers"
F1 = "American Historical Association – Committee on the Historian and the Federal Government"
F2 = "Historians and the Federal Government 1956"
# 1: fourteen letters in one folder: one citation; the collection is spelled out and given a short name
p.archival(1, LC("Manuscript Division, Library of Congress"),
           U("fo", "Historians & the Federal Government 1955", "b", "188", "c", "American Historical Association Papers"))
# 2: six groups of letters, each with its folder/box, all "AHA Papers" (defined in note 1): main + 5 also
p.archival(2, LC(), U("fo", F1, "b", "444", "c", AHA),
           also=[cite(LC(), U("b", "444", "c", AHA)),          # "[no folder], Box 444"
                 cite(LC(), U("fo", F1, "b", "444", "c", AHA)),
                 cite(LC(), U("fo", F2, "b", "477", "c", AHA)),
                 cite(LC(), U("fo", F1, "b", "444", "c", AHA)),
                 cite(LC(), U("fo", F2, "b", "477", "c", AHA))])
p.archival(3, LC(), U("fo", F2, "b", "477", "c", AHA), "p:2")
# 4: AHA folder, then three decimal files sharing "in Department of State Central Decimal File 1955-1959, RG 59, Archives II"
NA = lambda: arch("NARA", None, "Archives II")
CDF = "Department of State Central Decimal File 1955-1959"
p.archival(4, LC(), U("fo", "Historian and the Federal Govt – 1957", "b", "482", "c", AHA),
           also=[cite(NA(), U("fi", "023.1/8-2157", "s", CDF, "rg", "59")),
                 cite(NA(), U("fi", "023.1/11-1557", "s", CDF, "rg", "59")),
                 cite(NA(), U("fi", "023.1/11-2957", "s", CDF, "rg", "59"))])
# 5: lot file retained by the Department (as ../frus: lot number -> shelfmark, kept with its label words)
p.archival(5, arch("DOS", None, "Department of State"),
           U("fo", "1957 – HAC – Annual Meeting", "sm", "Lot File 03 D130"))
p.write()
