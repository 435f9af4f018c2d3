"""pub03: Joshua Botts, "FRUS at War: Appeasement, Alliance Politics, and the Paris Peace Conference Volumes" (Office of the Historian, 20 Oct 2011), notes 1-15."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite

p = Pub("pub03")
NA = lambda: arch("NARA", None)
FR = "026 Foreign Relations"
PC = "026 Foreign Relations (P.C. 1919)"
def c(f, s):
    return cite(NA(), U("fi", f, "s", s))
# 1: the archive ("Archives II", NARA's College Park building) is named once, for all files, and the
#    series abbreviation is defined there; the first file cited is the main citation
S1 = "Department of State Central Decimal Files 1930-1939"
a1 = arch("NARA", None, "Archives II")
p.archival(1, a1, U("fi", FR + "/1118", "s", S1, "rg", "59"),
           also=[cite(a1, U("fi", FR + "/" + n, "s", S1, "rg", "59")) for n in ("1134", "1138", "1139", "1140", "1155", "1152")])
A, B, C = "DoS CDF 1930-1939", "DoS CDF 1940-1944", "DoS CDF 1945-1949"
p.archival(2, NA(), U("fi", PC + "/1", "s", A), also=[c(PC + "/1A", A), c(PC + "/1B", A)])
p.archival(3, NA(), U("fi", "026 Foreign relations (P.C. 1919)/8", "s", A), also=[c(PC + "/16", A)])
p.archival(4, NA(), U("fi", PC + "/13", "s", A), also=[c(PC + "/7", A)])
p.archival(5, NA(), U("fi", PC + "/18.5", "s", A))
p.archival(6, NA(), U("fi", PC + "/19", "s", A), also=[c(PC + "/20", A)])
p.archival(7, NA(), U("fi", PC + "/66", "s", B), also=[c(PC + "/98", B)])
p.archival(8, NA(), U("fi", PC + "/87", "s", B),
           also=[c(PC + "/88", B), c(PC + "/77", B), c(PC + "/77a", B), c(PC + "/77", B)])
p.archival(9, NA(), U("fi", PC + "/87", "s", B))
p.commentary(10, literature=True)         # FRUS, a printed edition
p.archival(11, NA(), U("fi", PC + "/8-2745", "s", C))
p.archival(12, NA(), U("fi", PC + "/8-2745", "s", C))    # FRUS first, then the decimal file ("See also")
p.archival(13, NA(), U("fi", PC + "/87", "s", B))
p.archival(14, NA(), U("fi", PC + "/ 11-645", "s", C))   # space after the slash as printed
p.archival(15, NA(), U("fi", FR + "/1456.5", "s", B), also=[c(FR + "/1458.25", B)])
p.write()
