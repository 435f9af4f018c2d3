"""pub06: FRUS 1981-1988, vol. III, Soviet Union, January 1981-January 1983 (2016), document 131
(footnote 4) to document 137 (footnote 2). n = 100 x document number + printed footnote number
(source note = 1). `Department of State, Central Foreign Policy File, N820001–0537` (1982 records still
held by the Department) -> DOS, not NARA (README, Decisions)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub06")
RRL = lambda: arch("RRL", None, "Reagan Library")
p.commentary(13104)                     # initialed above his typed signature
# 13201 "Reagan Library, European and Soviet Affairs Directorate, NSC 1983–89": the name of one collection
p.archival(13201, RRL(), U("c", "European and Soviet Affairs Directorate, NSC 1983–89"))
p.commentary(13202)                     # "January 21."
# 13301 "Executive Secretariat, NSC: Head of State File, USSR: General Secretary Brezhnev (8200225, ...)";
# the closing "(Ibid.)" repeats the source of the same note -> `also`, resolved
u13301 = U("c", "Executive Secretariat, NSC", "s", "Head of State File",
           "fo", "USSR: General Secretary Brezhnev (8200225, 8200410, 8204854)")
p.archival(13301, RRL(), u13301, also=[cite(arch("RRL", None), u13301)])
p.commentary(13302, literature=True)    # "See the attachment to Document 129."
p.commentary(13303)
p.archival(13401, arch("LC MD", None, "Library of Congress, Manuscript Division"),
           U("c", "Haig Papers", "s", "Department of State", "ss", "Day File", "b", "66", "fo", "January 21, 1982"))
p.commentary(13402, literature=True)    # Brinkley, ed., The Reagan Diaries
p.commentary(13403)                     # Not found.
p.archival(13404, RRL(), U("c", "President’s Daily Diary"))   # then FRUS vol. XLI (literature, not represented)
p.commentary(13405)                     # Not further identified.
p.commentary(13406)
p.commentary(13407)
p.commentary(13408)                     # "See Document 137, footnote 3.": points to a note
p.commentary(13409)
p.archival(13501, arch("DOS", None, "Department of State"),
           U("s", "Central Foreign Policy File", "fi", "N820001–0537"))
p.commentary(13502, literature=True)    # "See Document 128."
p.newspaper(13503, NP("New York Times", 1982, 1, 7, page="A1"))
p.archival(13601, RRL(), U("c", "Pipes Papers", "fo", "CHRON 05/07/1982–05/31/1982"))
p.commentary(13602, literature=True)
p.commentary(13603, literature=True)
p.archival(13701, RRL(), U("c", "Clark Files", "fo", "Haig/Gromyko Meetings, 01/26/1982 10:00 AM"))
p.commentary(13702, literature=True)    # "See Documents 90 and 91."
p.write()
