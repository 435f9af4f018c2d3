"""pub03: FRUS 1969-1976, vol. XIX, part 1, Korea, 1969-1972, documents 91-106 (to the source note
of 106; 93 is an editorial note without notes). n = 100 x document number + printed footnote number
(source note = 1). New here: Nixon White House tapes (README Decisions)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite

p = Pub("pub03")
NA = lambda: arch("NARA", None, "National Archives")
WNRC = lambda: arch("WNRC", None, "Washington National Records Center")
NPM = "Nixon Presidential Materials"
def nsc(box, fo):
    return U("c", NPM, "s", "NSC Files", "b", box, "fo", fo)
def hfiles(box, fo):
    return U("c", NPM, "s", "NSC Files", "ss", "NSC Institutional Files (H-Files)", "b", box, "fo", fo)
KOREA4 = "Country Files, Far East, Korea, Vol. IV, 1 Jan–31 Dec 1971"
NSDM113 = "National Security Decision Memoranda, NSDM 113"
WHCF = U("c", NPM, "s", "White House Central Files")   # "(Ibid., White House Central Files)"

# 9101 "Nixon Presidential Materials, White House Tapes, Cabinet Room, Presidential Recordings,
# Conversation 53–2": the conversation number is the numbered unit (as a box), labelled -> item; the
# named divisions before it -> subseries. "(Ibid., White House Central Files)" repeats the repository of
# the same note -> `also`, resolved like an ibid (collection kept, printed series)
p.archival(9101, NA(), U("c", NPM, "s", "White House Tapes", "ss", "Cabinet Room", "ss", "Presidential Recordings",
                         "it", "53–2"),
           also=[cite(arch("NARA", None), WHCF)])
p.archival(9201, NA(), nsc("542", KOREA4))
p.archival(9401, NA(), nsc("542", KOREA4))
p.commentary(9402)                      # Tab A ... attached but not printed.
p.commentary(9403)
p.archival(9501, NA(), hfiles("H–224", NSDM113))
# 9502 "Dated July 14. (Ibid., Box H–159, National Security Study Memoranda, NSSM 69) Documentation ...
# scheduled for publication in Foreign Relations ...": ibid with printed units; the FRUS pointer is not
# represented
p.ibid(9502, 9501, U("b", "H–159", "fo", "National Security Study Memoranda, NSSM 69"))
p.archival(9601, NA(), nsc("364", "Subject Files, National Security Decision Memoranda, Nos. 97–144"))
p.commentary(9602, literature=True)     # "Document 95."
p.archival(9701, NA(), hfiles("H–224", NSDM113))
p.commentary(9702, literature=True)     # "Document 96."
# 9801 "RG 330, OSD Files:FRC 330 76 197, Korea, 000.1–292": frus3's rule (record group, series, accession
# -> shelfmark, the file with its title -> file); no space after the colon -> missing-space
p.archival(9801, WNRC(), U("rg", "330", "s", "OSD Files", "sm", "FRC 330 76 197", "fi", "Korea, 000.1–292"),
           warn="missing-space")
p.commentary(9802, literature=True)     # "Document 56."
# 9803: the same citation printed in full (comma after "OSD Files"), not an ibid
p.archival(9803, WNRC(), U("rg", "330", "s", "OSD Files", "sm", "FRC 330 76 197", "fi", "Korea, 000.1–292"))
p.commentary(9804, literature=True)     # Department of State Bulletin
p.commentary(9805, literature=True)     # "See Document 88."
p.archival(9901, NA(), hfiles("H–224", NSDM113))   # "NSDM 113 is Document 96." (literature, not represented)
p.commentary(9902, literature=True)     # "Document 97."
# 10001: source, then three in-note ibids: "(Ibid.)", "(Ibid., White House Central Files)",
# "(Ibid., NSC Files, Box 757, ...)" -> three `also`
PC = nsc("757", "Presidential Correspondence File 1969–1974, Korea, President Chung Hee Park, 1971")
p.archival(10001, NA(), PC,
           also=[cite(arch("NARA", None), PC), cite(arch("NARA", None), WHCF), cite(arch("NARA", None), PC)])
p.archival(10101, NA(), nsc("227", "Agency Files, Dept of Defense, 16 May–31 Jul 71, Vol. XII"))
p.commentary(10102, literature=True)    # "see Document 102."
p.commentary(10103)                     # All brackets are in the original.
# 10201 "White House Tapes, Oval Office, Conversation 543–6 ... Nixon Tape Log ... (Ibid.)"
T543 = U("c", NPM, "s", "White House Tapes", "ss", "Oval Office", "it", "543–6")
p.archival(10201, NA(), T543, also=[cite(arch("NARA", None), T543)])
p.commentary(10202)
p.archival(10301, NA(), nsc("951", "VIP Visits, Vice President’s Trip, June–July 1971 [1 of 2]"))
p.commentary(10302)                     # The New York Times named, no issue (README Doubtful cases)
p.archival(10401, NA(), U("rg", "59", "s", "Central Files 1970–73", "fi", "POL KOR N–KOR S"))
p.ibid(10402, 10401)                    # "... (Ibid.)"
p.archival(10501, NA(), hfiles("H–224", NSDM113))
p.commentary(10502, literature=True)    # "Printed as Document 96."
p.commentary(10503)                     # attached but not printed
p.commentary(10504)                     # Brackets are in the original.
p.commentary(10505)                     # attached but not printed
p.commentary(10506)
p.commentary(10507)                     # Attached but not printed ...
p.commentary(10508, literature=True)    # "... printed as Document 99. ... is Document 97."
p.archival(10601, NA(), nsc("542", KOREA4))
p.write()
