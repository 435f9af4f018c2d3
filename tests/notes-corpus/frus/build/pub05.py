"""pub05: FRUS 1964-1968, vol. II, Vietnam, January-June 1965 (1996), documents 133 (from footnote 2)
to 139 (to footnote 3). n = 100 x document number + printed footnote number (source note = 1).
Presidential library citations: "<Library>, <papers or file>, <series>, <title>" -> collection, series,
folder (a title printed without a label); see README.md."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite

p = Pub("pub05")
DS = lambda: arch("NARA", None, "Department of State")
LBJ = lambda: arch("LBJL", None, "Johnson Library")
p.commentary(13302, literature=True)    # "See Document 140." (a document of this edition)
p.commentary(13303, literature=True)    # Department of State Bulletin
p.commentary(13304, literature=True)    # FRUS 1964-68 vol. I, Document 331, footnote 7
p.ibid(13305, 13304)                    # "See ibid., p. 664." -> published work: no archive
p.archival(13401, arch("MNHS", None, "Minnesota Historical Society"),
           U("c", "Hubert H. Humphrey Papers", "fo", "Vietnam, 1965–1968"))
# 13501: the source, then a second citation in parentheses at the end
p.archival(13501, DS(), U("s", "Central Files", "fi", "POL 27–14 VIET S"),
           also=[cite(LBJ(), U("c", "Rusk Appointment Book"))])
p.commentary(13502, literature=True)    # American Foreign Policy: Current Documents
p.archival(13503, DS(), U("s", "Presidential Correspondence", "sm", "Lot 66 D 294",
                          "fo", "UK/Rusk Correspondence 1964–65"))
# 13504 "(Ibid., Central Files, POL 27 VIET S)": ibid = the Department of State of 13503, then the
# printed units; the series is the first printed level, so nothing of 13503 is kept
p.ibid(13504, 13503, U("s", "Central Files", "fi", "POL 27 VIET S"))
p.archival(13601, DS(), U("s", "Bundy Files", "sm", "Lot 85 D 240", "fo", "WPB Chron, Jan.-Mar. 1965"),
           also=[cite(LBJ(), U("c", "President's Daily Diary"))])
p.archival(13602, DS(), U("s", "Central Files", "fi", "POL 27 VIET S"))
p.commentary(13603, literature=True)    # Public Papers of the Presidents
p.archival(13701, LBJ(), U("c", "Ball Papers", "fo", "Vietnam I"))
p.commentary(13702, literature=True)    # "See Document 135."
p.commentary(13703, literature=True)    # "Apparently a reference to Document 136."
p.commentary(13704)                     # "See footnote 1, Document 136.": points to a note
p.commentary(13705)
p.archival(13706, LBJ(), U("c", "President's Daily Diary"))
p.archival(13901, LBJ(), U("c", "National Security File", "s", "National Intelligence Estimates File",
                           "fo", "10–5, Communist States"))
p.commentary(13902, literature=True)    # "Document 111."
p.commentary(13903)
p.write()
