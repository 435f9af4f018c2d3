"""pub09: "Buildings of the Department of State" (Office of the Historian) (other-publications buildings/buildings.xml),
chapter "One of the 'Six Buildings,' Washington, September 1800-May 1801" (section21), notes 1-13 (all of the chapter)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub09")
DOS = lambda: arch("DOS", None, "Department of State")
p.commentary(1, literature=True)
p.ibid(2, 1)                                # "Ibid., I, 351." of a book: archive null; then literature
o = p.commentary(3, literature=True)        # "ХХ" printed with two Cyrillic Х (U+0425) as the volume number
o["expect_warning"] = True; o["warning_reason"] = "homoglyph"
for n in (4, 5):
    p.commentary(n, literature=True)
# 6: "МS." with a Cyrillic М (U+041C) in the manuscript label: flagged homoglyph
p.archival(6, DOS(), U("s", "Accounts-Records", "ss", "Contingent Expenses", "v", "Day Book, 1798-1820"),
           "p:82,p:84,p:85,p:93,p:108,p:111", warn="homoglyph")
for n in (7, 8, 9, 10):
    p.commentary(n, literature=True)
p.archival(11, DOS(), U("s", "Accounts Records", "ss", "Contingent Expenses", "v", "Day Book, 1798-1820"),
           "p:81-84,p:88,p:90,p:93,p:96,p:118")
p.commentary(12, literature=True)           # "Hunt, op. cit." is a short citation, not an ibid
p.commentary(13, literature=True)
p.write()
