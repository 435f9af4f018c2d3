"""pub02: FRUS 1969-1976, vol. XXVIII, Southern Africa, Angola, document 162 (from footnote 4)
to document 177 (to footnote 3). n = 100 x document number + printed footnote number (source note = 1).
Ford Library and Library of Congress (Kissinger Papers) as the presidential-library rule: collection,
series, subseries, box, the rest one folder."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite

p = Pub("pub02")
NA = lambda: arch("NARA", None, "National Archives")
FORD = lambda: arch("GRFL", None, "Ford Library")
LC = lambda: arch("LC MD", None, "Library of Congress, Manuscript Division")
NSC = lambda: arch("NSC", None, "National Security Council")
CIA = lambda: arch("CIA", None, "Central Intelligence Agency")
NSA = "National Security Adviser"
def cfpf(f):
    return U("rg", "59", "s", "Central Foreign Policy Files", "fi", f)   # plural as printed
def kp(box, fo):
    return U("c", "Kissinger Papers", "b", box, "fo", fo)
def ww(box, fo):
    return U("c", NSA, "s", "Kissinger-Scowcroft West Wing Office Files", "b", box, "fo", fo)
def intel():
    # "National Security Council, Ford Administration Intelligence Files, 40 Committee Meetings"
    # (frus3 pub03 6801: the NSC's own records; no box: series + the rest one folder)
    return U("s", "Ford Administration Intelligence Files", "fo", "40 Committee Meetings")
def do(job, box, fo):
    # "Central Intelligence Agency, DO Files, Job 80–00464A, Box 34, ...": frus3's lot/job rule
    return U("s", "DO Files", "sm", job, "b", box, "fo", fo)

p.archival(16204, FORD(), U("c", NSA, "s", "Scowcroft Daily Work Files", "b", "12",
                            "fo", "Scowcroft Chronological File (A)"))
p.archival(16301, FORD(), U("c", NSA, "s", "NSC Meetings File", "b", "2", "fo", "NSC Meeting December 22, 1975"))
p.commentary(16302)                     # "See footnote 3, Document 157.": points to a note
p.commentary(16303, literature=True)    # Public Papers: Ford; in-note ibid.
p.archival(16401, LC(), kp("CL 103", "Geopolitical File, Angola Chronological File"))
p.archival(16501, LC(), kp("CL 103", "Geopolitical File, Angola Chronological File"))
p.commentary(16502)
p.archival(16601, FORD(), U("c", NSA, "s", "Presidential Country Files for Africa", "b", "7",
                            "fo", "Zaire—State Department Telegrams, To SecState—Nodis"))
p.commentary(16602, literature=True)    # "See Document 165."
p.archival(16701, LC(), kp("CL 104", "Geopolitical File, Angola Chronological File"))
p.commentary(16702, literature=True)    # "See Document 165."
p.archival(16801, NA(), cfpf("P850083–2272"))
p.archival(16901, FORD(), ww("29", "General Subject File, USSR—The “D” File"))
p.archival(17001, FORD(), ww("29", "General Subject File, USSR—The “D” File"))
p.commentary(17002, literature=True)    # "Document 169."
p.archival(17101, NA(), cfpf("P840096–1674"))
p.commentary(17102, literature=True)    # Keesing's Contemporary Archives (a printed digest)
p.commentary(17103, literature=True)    # Department of State Bulletin
p.archival(17201, LC(), kp("CL 344", "Department of State, Memoranda, Memoranda of Conversations, External, "
                                     "January–April 1976"))
p.archival(17301, NSC(), intel())
p.commentary(17302)                     # Briefing not found attached.
p.archival(17303, CIA(), do("Job 80–00464A", "34", "Angola Covert Action Program Statements"))
p.commentary(17304, literature=True)    # "Not found. ... See Document 175."
p.archival(17401, FORD(), ww("12", "General Subject File, France, General (4)"))
p.commentary(17402)
p.archival(17501, NSC(), intel())
p.commentary(17502)                     # Briefing is not attached.
p.archival(17503, CIA(), do("Job 80–00464A", "33", "Responses to Investigators"))
# 17504: "(Memorandum of conversation; Library of Congress, ...)" then "According to the President’s Daily
# Diary, ... (Ford Library, Staff Secretary’s Office)": the diary is the document named in the prose; the
# printed location is the Ford Library collection -> `also`
p.archival(17504, LC(), kp("CL 283", "Memoranda of Conversations, Presidential File, February 1976"),
           also=[cite(FORD(), U("c", "Staff Secretary’s Office"))])
p.commentary(17505, literature=True)    # "See Document 174."
p.archival(17601, NA(), cfpf("P840086–1506"))
p.commentary(17602)                     # Not found.
p.archival(17701, NA(), cfpf("P840090–1675"))
p.commentary(17702, literature=True)    # "Document 176."
p.commentary(17703)                     # "See footnote 5, Document 147."
p.write()
