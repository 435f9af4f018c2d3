"""pub08: "Buildings of the Department of State" (Office of the Historian) (other-publications buildings/buildings.xml),
chapter "Treasury Department Building, Washington, June—August 1800" (section20), notes 1-22 (all of the chapter)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub08")
DOS = lambda: arch("DOS", None, "Department of State")   # "MS. Department of State" (records then held by the Department)
NA = lambda: arch("NARA", None, "National Archives")
LR = "Letters Received by Commissioners of Public Buildings and Grounds, Washington, D.C."
PR = "Proceedings of the Commissioners of Public Buildings and Grounds of the City of Washington and District of Columbia"
PE = "Public Buildings and Grounds, Proposals and Estimates, 1795-1816"
for n in (1, 2, 3, 4, 5):
    p.commentary(n, literature=True)        # statutes, memoirs, WPA guide
p.ibid(6, 5)                                # Ibid. of a book: archive null
# "5 Instructions, U.S. Ministers": the volume number printed before the series title (not flagged)
p.archival(7, DOS(), U("v", "5", "s", "Instructions, U.S. Ministers"), "p:341")
p.commentary(8, literature=True)            # two newspapers named without an issue
p.ibid(9, 8)                                # "Ibid., May 29, 1800." -> of note 8 (a newspaper title; archive null)
p.commentary(10, literature=True)
p.archival(11, DOS(), U("v", "5", "s", "Instructions, U.S. Ministers"), "p:342")
p.commentary(12, literature=True)
p.archival(13, DOS(), U("s", "Accounts Records", "ss", "Contingent Expenses", "v", "Day Book, 1798-1820"), "p:81,p:82,p:83")
p.commentary(14, literature=True)
p.commentary(15, literature=True)
# 16: "XIII, Nos. 1361, 1364": volume XIII, two items (second as also); then literature
p.archival(16, NA(), U("rg", "42", "s", LR, "v", "XIII", "it", "1361"),
           also=[cite(NA(), U("rg", "42", "s", LR, "v", "XIII", "it", "1364"))])
p.archival(17, NA(), U("rg", "42", "s", PR, "v", "IV"), "p:126-127")
p.ibid(18, 17, folios="p:158,p:162-164")
p.ibid(19, 18, U("s", "Letters Received by Commissioners", "v", "XVI", "it", "1676"), folios="")
# 20: two ibid citations ("Ibid., XX, No. 2066 ... lbid., Public Buildings ...": "lbid." with a lower-case L, as stored)
p.ibid(20, 19, U("v", "XX", "it", "2066"), folios="",
       also=[cite(arch("NARA"), U("rg", "42", "s", PE))])
# 21: ibid of the last citation of note 20 (the Proposals and Estimates series); second ibid in also
p.ibid(21, 20, U("s", "Letters of the Commissioners of Public Buildings and Grounds of the City of Washington and District of Columbia", "v", "V"),
       folios="p:422", also=[cite(arch("NARA"), U("rg", "42", "s", PE))])
p.archival(22, DOS(), U("v", "3", "s", "Report Book"), "p:114")
p.write()
