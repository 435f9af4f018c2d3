"""pub03: FRUS 1977-1980, vol. XVII, part 1, Horn of Africa (2016), document 65 (from footnote 5) to
document 70 (to footnote 2). n = 100 x document number + printed footnote number (source note = 1).
Central Foreign Policy File document numbers (D780100-0814, P840176-1588) are `file` (README)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite

p = Pub("pub03")
NA = lambda: arch("NARA", None, "National Archives")
JCL = lambda: arch("JCL", None, "Carter Library")
def cfpf(f, series="Central Foreign Policy File"):
    return U("rg", "59", "s", series, "fi", f)
p.commentary(6505, literature=True)     # FRUS 1977-80 vol. VI, Document 86
p.archival(6506, NA(), cfpf("P840153–2067"))
p.archival(6507, NA(), cfpf("P840139–2445"))
p.commentary(6508)                      # Not found.
p.archival(6509, NA(), cfpf("D780069–0124", "Central Foreign Policy Files"))   # plural as printed
p.archival(6510, JCL(), U("c", "National Security Affairs", "s", "Defense/Security: Ermath", "b", "37",
                          "fo", "Horn of Africa 4–7/78"))
p.archival(6511, NA(), cfpf("D780077–0395"))
p.commentary(6512)                      # testimony not found
p.commentary(6513)                      # "See footnote 5, above.": points to a note
# 6514 "... is in the Carter Library, Brzezinski Donated Material, Box 2, Ethiopia/Horn of Africa."
p.archival(6514, JCL(), U("c", "Brzezinski Donated Material", "b", "2", "fo", "Ethiopia/Horn of Africa"))
p.commentary(6515)
p.commentary(6516, literature=True)     # FRUS vol. VI, Documents 81-83 and 85
p.archival(6517, NA(), cfpf("D780094–0300"))
p.commentary(6518)                      # Not further identified.
p.commentary(6519)
p.archival(6601, JCL(), U("c", "National Security Council", "s", "Institutional Files 1977–1981", "b", "184",
                          "fo", "SCC 061 Horn of Africa, 3/02/78"))
p.commentary(6602, literature=True)     # "Not attached, but see Document 65."
p.commentary(6603)                      # Not attached and not found.
p.commentary(6604, literature=True)     # FRUS vol. VI, Document 84
p.archival(6701, JCL(), U("c", "National Security Affairs", "s", "Staff Material", "ss", "Horn/Special",
                          "b", "2", "fo", "Chron File: 3/78"))
p.commentary(6702, literature=True)     # "See Document 62."
# 6801 "Source: National Security Council, Intelligence Files, Box 27, Somalia 1/25/77–8/12/80."
# The NSC's own records (not the Carter Library's NSC collection): archive NSC, series, box, folder
p.archival(6801, arch("NSC", None, "National Security Council"),
           U("s", "Intelligence Files", "b", "27", "fo", "Somalia 1/25/77–8/12/80"))
p.ibid(6802, 6801)                      # "(Ibid.)"
p.archival(6901, NA(), cfpf("D780100–0814"))
p.archival(7001, NA(), cfpf("P840176–1588"))
p.archival(7002, NA(), cfpf("P850070–1702"))
p.write()
