"""pub02: FRUS 1969-1976, vol. XX, Southeast Asia, 1969-1972 (2006), documents 95-105 (to footnote 2
of document 105; Thailand chapter). n = 100 x document number + printed footnote number (source
note = 1). Document 100 has no footnotes (its source is a bracketed paragraph in the body, not a note).
Nixon Presidential Materials as in frus pub06: collection, series, subseries, box, folder (the rest)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite

p = Pub("pub02")
NA = lambda: arch("NARA", None, "National Archives")
NPM = "Nixon Presidential Materials"
THAI = ("b", "563", "fo", "Country Files, Far East, Thailand, Vol. V")
def cf(f):
    return U("rg", "59", "s", "Central Files 1970–73", "fi", f)
# 9501: no "NSC Files" printed here: "Nixon Presidential Materials, Country Files, Box 563, Far East, Thailand, Vol. V"
p.archival(9501, NA(), U("c", NPM, "s", "Country Files", "b", "563", "fo", "Far East, Thailand, Vol. V"))
p.archival(9601, NA(), cf("DEF 19 THAI–LAOS"))
p.commentary(9602)                      # memorandum attached but not printed
p.archival(9701, NA(), cf("POL 30 THAI"))
p.archival(9801, NA(), U("c", NPM, "s", "NSC Files", "ss", "NSC Institutional Files (H-Files)", "b", "H–114",
                         "fo", "WSAG Minutes, Originals, 1969 and 1970"))
# "(Ibid., NSC Files, Box 563, Country Files, Far East, Thailand, Vol. V)": printed from the series
p.ibid(9802, 9801, U("s", "NSC Files", *THAI))
p.archival(9901, NA(), U("c", NPM, "s", "NSC Files", *THAI))
p.commentary(9902)                      # Attached but not printed.
p.archival(9903, NA(), U("c", NPM, "s", "NSC Files", *THAI))
p.ibid(9904, 9903)                      # "(Ibid.)"
p.archival(10101, NA(), cf("AID (US) 15–8 INDON"))
p.ibid(10102, 10101)                    # "(Telegram 202614 to Bangkok, December 11; ibid.)"
p.ibid(10103, 10102)                    # chains are not collapsed
p.ibid(10104, 10103)
p.archival(10201, NA(), U("c", NPM, "s", "NSC Files", *THAI))
p.commentary(10202, literature=True)    # "See Document 95."
p.archival(10203, NA(), U("c", NPM, "s", "NSC Files", *THAI))
p.archival(10301, NA(), cf("POL 23 THAI"))
p.ibid(10302, 10301)                    # "Dated January 5. (Ibid.)"
p.archival(10401, NA(), cf("DEF THAI–US"))
p.ibid(10402, 10401, U("fi", "AID (US) 15–8 INDON"))   # "(Ibid., AID (US) 15–8 INDON)."
p.archival(10501, NA(), U("c", NPM, "s", "White House Special Files", "ss", "President's Office Files",
                          "b", "83–87", "fo", "Memoranda for the President"))
# 10502 "(Ibid., RG 59, Central Files 1970–73, POL THAI–US)" after a Nixon Presidential Materials citation:
# ibid = the same repository (National Archives); the record group is the top level, so none of the
# referred units (collection ... folder) is kept
g = p.ibid(10502, 10501, U("rg", "59"))
g["units"] = cf("POL THAI–US")
p.write()
