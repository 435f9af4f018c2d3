"""pub01: FRUS 1969-1976, vol. I, Foundations of Foreign Policy, 1969-1972 (2003), documents 66-80
(to footnote 3 of document 80; 75 and 79 are editorial notes without notes). n = 100 x document number
+ printed footnote number (source note = 1). Many documents of this volume are printed from published
sources (Public Papers of the Presidents, a Senate hearing): their source notes are literature."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite

p = Pub("pub01")
NA = lambda: arch("NARA", None, "National Archives")
LC = lambda: arch("LC MD", None, "Library of Congress, Manuscript Division")
NPM = "Nixon Presidential Materials"
def kp(box, fo):
    # "Library of Congress, Manuscript Division, Kissinger Papers, Box CL 426, Subject File, ..."
    return U("c", "Kissinger Papers", "b", box, "fo", fo)
def diary(series, rest):
    # no box printed: collection, series, the rest one folder (frus3: "Memos to the President, Walt
    # Rostow, Vol. 8" -> series + folder); README Decisions
    return U("c", NPM, "s", series, "fo", rest)
p.archival(6601, NA(), U("c", NPM, "s", "White House Special Files", "ss", "President's Office Files",
                         "b", "81", "fo", "Memoranda for the President, May 3, 1970"))
p.commentary(6602)                      # Not printed. (list of names)
p.archival(6603, NA(), diary("White House Central Files",
                             "Staff Memos and Office Files, Presidential Papers and Archives, Daily Diary"))
# 6604 "(Memorandum of telephone conversation; Library of Congress, ...)": the genre is not a unit
p.archival(6604, LC(), kp("363", "Telephone Conversations, Chronological File, 1-5 May 1970"))
# 6605: two citations in parentheses, the second in `also` (printed in full, its own repository)
p.archival(6605, NA(), diary("White House Central Files",
                             "Staff Memos and Office Files, Presidential Papers and Archives, Daily Diary"),
           also=[cite(LC(), kp("363", "Telephone Conversations, Chronological File, 6-10 June 1970"))])
p.commentary(6701, literature=True)     # Source: Public Papers of the Presidents
p.commentary(6702, literature=True)     # Public Law 88-408 (78 Stat. 384)
p.commentary(6703)                      # [Footnote in the source text.] (identification)
p.commentary(6704)                      # [Footnote in the source text.]
p.commentary(6801, literature=True)     # Source: Public Papers
p.archival(6901, LC(), kp("CL 426", "Subject File, Background Briefings, July-August 1970"))
p.commentary(7001, literature=True)     # Source: Public Papers (printed "States : Richard")
p.commentary(7002, literature=True)     # "See Document 60."
p.commentary(7003)                      # "See footnote 4, Document 53.": points to a note
p.commentary(7004)                      # "See footnote 5, Document 35."
p.archival(7101, LC(), kp("CL 426", "Subject File, Background Briefings, September-October 1970"),
           also=[cite(NA(), diary("White House Central Files",
                 "Staff Members and Office Files, Office of Presidential Papers and Archives, Daily Diary"))])
p.commentary(7102)                      # ends with body text of the document, as stored (README)
p.archival(7201, LC(), kp("CL 426", "Subject File, Background Briefings, September-October 1970"))
p.archival(7202, NA(), diary("White House Special Files",
                             "Staff Members and Office Files, Office of Presidential Papers and Archives, Daily Diary"))
p.commentary(7203, literature=True)     # Public Papers, p. 772
p.commentary(7301, literature=True)     # Source: Public Papers
# 7401 "White House Special Files, Box 82, President's Office Files, Memoranda for the President, ...":
# here the box comes before "President's Office Files", so that title is part of the folder (the rule:
# everything after the box one folder); in 6601 it stands before the box and is a subseries
p.archival(7401, NA(), U("c", NPM, "s", "White House Special Files", "b", "82",
                         "fo", "President's Office Files, Memoranda for the President, August 16-October 25, 1970"))
p.commentary(7601, literature=True)     # Source: Senate Finance Committee hearings (printed)
p.commentary(7602)
p.commentary(7603, literature=True)     # "See Document 44."
p.archival(7701, NA(), U("c", NPM, "s", "NSC Files", "b", "71",
                         "fo", "Kissinger Office Files, Country Files, Europe, USSR, Gromyko 1970"))
p.commentary(7801, literature=True)     # Source: Public Papers
p.commentary(7802)
p.commentary(7803, literature=True)     # "See Document 70."
p.archival(8001, LC(), kp("CL 269", "Memoranda of Conversation, 1968-1977, Chronological File"))
p.commentary(8002)
p.commentary(8003)                      # Brackets in the source text.
p.write()
