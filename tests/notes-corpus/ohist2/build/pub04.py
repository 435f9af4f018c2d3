"""pub04: "Buildings of the Department of State" (other-publications buildings/buildings.xml), chapter
"Washington City Orphan Asylum, November 1866-July 1875" (section26), notes 1-13 (all of the chapter)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub04")
DOS = lambda: arch("DOS", None, "Department of State")
D = lambda: arch("DOS")                     # in-note "Ibid." citations: archive implied
AR = "Accounts Records"
NEB = "Northeast Executive Building, 1857-1867"
CE = "Contingent Expenses, Department of State, 1867-1881"
p.commentary(1, literature=True)            # 14 Stat., 362.
p.newspaper(2, NP("Daily Morning Chronicle", 1866, 11, 2))   # two papers, one date
p.commentary(3, literature=True)
# dated account-book titles are `volume`; an undated category before them (Contingencies) `subseries`
p.archival(4, DOS(), U("s", AR, "ss", "Contingencies", "v", NEB), "p:90-105")
p.commentary(5, literature=True)
p.archival(6, DOS(), U("s", AR, "v", "40", "ss", "Domestic Letters"), "p:357")
# 7: "Accounts, Records" (comma as stored) kept as one series value; in-note "Ibid., Cash Book, ..." -> also,
# referred units kept up to the printed level (volume)
p.archival(7, DOS(), U("s", "Accounts, Records", "ss", "Contingencies", "v", NEB), "p:95-105",
           also=[cite(D(), U("s", "Accounts, Records", "ss", "Contingencies", "v", "Cash Book, 1866-1871"), "p:25,p:45")])
# 8: "МS." with Cyrillic М (U+041C) in the label, as stored: homoglyph (as ohist pub09 6); three in-note ibids -> also
p.archival(8, DOS(), U("s", AR, "v", "Ledger, 1866-1871"), "p:99,p:113-363", warn="homoglyph",
           also=[cite(D(), U("s", AR, "v", CE), "p:5-239"),
                 cite(D(), U("s", AR, "v", "Sundry Accounts, 1867-1881"), "p:196"),
                 cite(D(), U("s", AR, "v", "Cash Book 1875-1877"), "p:45,p:113,p:117")])
p.commentary(9, literature=True)            # House Executive Document
p.archival(10, DOS(), U("v", "5", "s", "Reports of Bureau Officers"))
p.commentary(11)
p.commentary(12, literature=True)
p.archival(13, DOS(), U("s", AR, "v", "Stationery, Furniture, &c., 1872, 1867-1889"), "p:55,p:58-60",
           also=[cite(D(), U("s", AR, "v", CE), "p:55,p:61,p:78,p:99,p:101,p:129,p:134,p:142,p:151,p:156,p:169,p:179")])
p.write()
