"""pub03: "Buildings of the Department of State" (Office of the Historian) (other-publications buildings/buildings.xml),
chapter "Public Building West of the White House, May 1801-August 1814" (section22), notes 1-23 (all of the chapter)."""
import os, sys, copy
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub03")
DOS = lambda: arch("DOS", None, "Department of State")   # "MS. Department of State" (MS. is a label, as ohist)
NA = lambda name="National Archives": arch("NARA", None, name)
DAY = U("s", "Accounts Records", "ss", "Contingent Expenses", "v", "Day Book, 1798-1820")
LC = "Letters of the Commissioners"
PE = "Public Buildings and Grounds, Proposals and Estimates, 1795-1816"
p.archival(1, DOS(), DAY, "p:93")
# 2: "Ibid., page 105." (of note 1) then a NARA citation ("74-75.2 Stat. 589": no space before the statute, as stored).
# Archival by precedence; the resolved ibid is the main citation (printed first), the NARA citation an also; ibid_of null.
p.archival(2, arch("DOS"), DAY, "p:105", also=[cite(NA(), U("rg", "42", "s", LC, "v", "VI"), "p:74-75")])
p.commentary(3)                             # "See preceding chapter." (a pointer, no citation)
p.archival(4, NA("Nation Archives"), U("rg", "42", "s", LC, "v", "V"), "p:271-272")   # "Nation" as stored
p.commentary(5, literature=True)
p.commentary(6, literature=True)
p.archival(7, NA(), U("rg", "42", "s", "Proceedings of the Commissioners", "v", "V"), "p:175-177")   # "V. 175-177" (point for comma)
p.ibid(8, 7, U("s", LC, "v", "VI"), folios="p:74-75")
p.commentary(9, literature=True)
p.archival(10, NA(), U("rg", "42", "s", LC, "v", "V"), "p:422",
           also=[cite(arch("NARA"), U("rg", "42", "s", PE))])           # in-note "Ibid., Public Buildings ..." (as ohist pub08 21)
p.archival(11, DOS(), DAY, "p:118-119,p:143,p:149,p:157,p:163,p:179,p:205,p:213,p:266,p:294,p:300,p:304")
p.archival(12, NA(), U("rg", "42", "s", LC, "v", "V"), "p:280")
p.archival(13, DOS(), U("s", "Accounts Records", "ss", "Contingent Expenses", "v", "Day Book, 1798- 1820"),
           "p:105,p:108,p:111,p:118")      # "1798- 1820." as stored
p.commentary(14, literature=True)
p.archival(15, DOS(), U("v", "15", "s", "Domestic Letters"), "p:420-422")
for n in range(16, 23):
    p.commentary(n, literature=True)        # statutes, ASP, guides; short titles and "op. cit." (not ibid)
# 23: "ХХ I" with two Cyrillic Х (U+0425) as stored; value read in Latin script (schema), flagged homoglyph
p.archival(23, NA(), U("rg", "42", "s", "Letters Received by Commissioners", "v", "XX I", "it", "2162"), warn="homoglyph")
p.write()
