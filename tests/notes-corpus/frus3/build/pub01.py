"""pub01: FRUS 1964-1968, vol. XIV, Soviet Union (2001), documents 37-47 (to the source note of
document 47; document 41 is an editorial note without notes). n = 100 x document number + printed
footnote number (source note = 1). Johnson Library citations as in frus pub05: collection, series,
then the rest (after the last comma-separated division) as one folder."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub01")
NA = lambda: arch("NARA", None, "National Archives and Records Administration")
LBJ = lambda: arch("LBJL", None, "Johnson Library")
def cf(f):
    return U("rg", "59", "s", "Central Files 1964–66", "fi", f)
def nsf(s, fo):
    return U("c", "National Security File", "s", s, "fo", fo)
p.archival(3701, NA(), cf("CON 4 US–USSR"))
p.ibid(3702, 3701)                                   # "(Ibid.)"
# "(Ibid., S/S Files: Lot 74 D 164, Secretary-President Luncheon Meetings)": printed units from the series
p.ibid(3703, 3702, U("s", "S/S Files", "sm", "Lot 74 D 164", "fo", "Secretary-President Luncheon Meetings"))
# "(Telegram 3907 from Moscow, June 26; ibid., Central Files 1964–66, CON H US–USSR)"
p.ibid(3704, 3703, U("s", "Central Files 1964–66", "fi", "CON H US–USSR"))
p.archival(3801, LBJ(), nsf("Country File", "USSR, Dobrynin Conversations, Vol. I"))
# 3802: NARA citation, then "(Memorandum from Owen to Davies, August 25; ibid.)" repeating it in the same note
p.archival(3802, NA(), cf("EDU 12–2 Kennedy"), also=[cite(arch("NARA", None), cf("EDU 12–2 Kennedy"))])
p.archival(3901, LBJ(), nsf("Country File", "USSR, Dobrynin Conversations, Vol. I"))
p.commentary(3902, literature=True)                  # Dobrynin, In Confidence, p. 122
p.commentary(3903, literature=True)                  # FRUS 1964-68 vol. XXVII
p.archival(3904, LBJ(), nsf("Memos to the President-McGeorge Bundy", "Vol. 6"))
p.archival(4001, NA(), U("rg", "59", "s", "Secretary's Memoranda of Conversation", "sm", "Lot 65 D 330"))
p.archival(4201, NA(), cf("POL US–USSR"))
p.commentary(4202, literature=True)                  # FRUS 1964-68 vol. XXXIII
# 4301: "Recordings and Transcripts, Recording of a Telephone Conversation between Johnson and Dobrynin,
# Tape 6409.04, PNO 8": the description of the recording is not a unit; tape -> piece, PNO -> item
p.archival(4301, LBJ(), U("c", "Recordings and Transcripts", "pi", "6409.04", "it", "8"))
p.archival(4401, arch("CIA", None, "Central Intelligence Agency"),
           U("s", "DCI (McCone) Files", "sm", "Job 80–BO1285A", "fo", "DCI McCone Memos for Record"))
p.commentary(4402, literature=True)                  # NIEs, to be printed in FRUS vol. X
p.newspaper(4403, NP("Pravda", 1964, 9, 10))
p.archival(4501, LBJ(), nsf("Country File", "USSR, Dobrynin Conversations, Vol. 1"))
p.commentary(4502, literature=True)                  # "See Document 39."
p.archival(4601, LBJ(), nsf("Country File", "USSR, Vol. V"))
p.archival(4602, NA(), cf("POL 17–2 US–USSR"))
p.commentary(4603)                                   # None of the tabs is printed.
p.archival(4604, NA(), cf("POL 17–2 US–USSR"))
p.ibid(4605, 4604)                                   # "(Ibid.)"
p.commentary(4606, literature=True)                  # American Foreign Policy: Current Documents, 1964
p.archival(4607, LBJ(), nsf("Country File", "USSR, Vol. V"))   # "(Memorandum; Johnson Library, ...)"
p.archival(4701, NA(), cf("POL 17–6 US–USSR"))
p.write()
