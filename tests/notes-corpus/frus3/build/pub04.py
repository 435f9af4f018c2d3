"""pub04: FRUS 1969-1976, vol. XXII, Panama, 1969-1976 (2015), documents 86-93 (to footnote 2 of
document 93). n = 100 x document number + printed footnote number (source note = 1)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub04")
NA = lambda: arch("NARA", None, "National Archives")
FORD = lambda: arch("GRFL", None, "Ford Library")
def cfpf(f=None):
    u = U("rg", "59", "s", "Central Foreign Policy File")
    return u + (U("fi", f) if f else [])
def staff(fo):
    # "RG 59, Transcripts of Secretary of State Kissinger’s Staff Meetings, 1973–1977, Lot 78D443, ES177,
    # Secretary’s Staff Meeting, June 27, 1975": series (the title with its dates), shelfmark (lot),
    # ES177 (an unlabelled accession/box code of the lot) -> piece, then the folder
    return U("rg", "59", "s", "Transcripts of Secretary of State Kissinger’s Staff Meetings, 1973–1977",
             "sm", "Lot 78D443", "pi", "ES177", "fo", fo)
p.archival(8601, NA(), staff("Secretary’s Staff Meeting, June 27, 1975"))
# 8602: two citations in parentheses; the second (lot number printed without "Lot") in `also`
p.archival(8602, NA(), cfpf("D750223–0835"),
           also=[cite(NA(), U("rg", "59", "s", "Ambassador Bunker’s Correspondence", "sm", "78D300",
                              "b", "3", "fo", "Congress"))])
p.archival(8603, NA(), cfpf("D750222–0984"))
p.newspaper(8604, NP("Washington Post", 1975, 6, 27, page="A3"))   # "(Washington Post, June 27, 1975, p. A3)"
p.commentary(8605)
p.commentary(8606)                      # Not found.
p.commentary(8607)                      # quotes the article of 8604 without citing it again
p.archival(8701, NA(), staff("Secretary’s Staff Meeting, July 7, 1975"))
# 8702 "Central Foreign Policy File, [no film number]": the editors' bracket is not a unit
p.archival(8702, NA(), cfpf())
p.archival(8703, NA(), U("rg", "59", "s", "Records of Secretary of State Henry Kissinger", "e", "5403",
                         "b", "14", "fo", "Briefing Memoranda, 1975, [1]"))
p.archival(8801, FORD(), U("c", "White House Central Files", "s", "Subject Files", "b", "13",
                           "fo", "3–1/Panama Canal 8/1/75–8/31/75"))   # "Source:Ford Library" as stored
p.ibid(8802, 8801)                      # "agreement.”(Ibid.)"
p.archival(8901, arch("WNRC", None, "Washington National Records Center"),
           U("rg", "330", "s", "OSD Files", "sm", "FRC 330–80–0044", "b", "13",
             "fo", "NEG—Panama and Panama Canal Zone April 1975–Oct 1975"))
# 8902 RG 84 (post records): the post "American Embassy, Panama" -> collection; the files -> series
p.archival(8902, NA(), U("rg", "84", "c", "American Embassy, Panama", "s", "Panama Canal Treaty Negotiation Files",
                         "sm", "Lot 81F1", "b", "125", "fo", "POL 33.3–2 Negotiations—1975—Local Politics and Reaction"))
p.archival(9001, FORD(), U("c", "National Security Adviser", "s", "NSC Meetings File", "b", "2",
                           "fo", "NSC Meeting, July 23, 1975"))
# 9002 "See Document 70. The memorandum ... is in the Ford Library, ...": archival (precedes literature)
p.archival(9002, FORD(), U("c", "National Security Adviser", "s", "Memoranda of Conversations", "b", "14",
                           "fo", "July 23, 1975—Ford, Kissinger"))
p.commentary(9003, literature=True)     # "See Document 82."
p.commentary(9004)
p.commentary(9005)
# 9101 "Job 80M01066A:ERSubject Files (1961–1976), Box 10, Folder 17: Executive Registry ..." -- the
# stored text runs "ER" (a <gloss>) into "Subject"; value given with the space, flagged missing-space.
# Folder printed with number and title -> the number (west).
p.archival(9101, arch("CIA", None, "Central Intelligence Agency"),
           U("s", "Office of the Director of Central Intelligence", "sm", "Job 80M01066A",
             "ss", "ER Subject Files (1961–1976)", "b", "10", "fo", "17"), warn="missing-space")
p.commentary(9102, literature=True)     # "The paper is printed as Document 94."
p.commentary(9103)                      # Not found.
p.archival(9201, NA(), cfpf("P760137–1359"))
p.archival(9301, NA(), staff("Secretary’s Staff Meeting, August 7, 1975"))
p.archival(9302, NA(), cfpf("D750273–0676"))   # then "See Document 97." (literature, not represented)
p.write()
