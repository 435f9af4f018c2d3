"""pub03: FRUS 1955-1957, vol. XXIV, Soviet Union; Eastern Mediterranean (publ. 1989), documents 65-75
(to fn. 5; 66 and 74 are editorial notes without footnotes). Numbered source notes ("Source: ...");
n = 100 x document number + printed footnote number."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U

p = Pub("pub03")
L = lambda n: p.commentary(n, literature=True)
C = lambda n: p.commentary(n)
DS = lambda: arch("NARA", None, "Department of State")
EL = lambda: arch("DDEL", None, "Eisenhower Library")
CF = lambda n, f: p.archival(n, DS(), U("s", "Central Files", "fi", f))
p.archival(6501, EL(), U("c", "Whitman File"))
CF(6701, "761.00/7–557")
p.ibid(6702, 6701, U("fi", "761.00/7–457"))
C(6703)
CF(6801, "761.5411/7–657")
p.ibid(6802, 6801, U("fi", "761.5411/4–1557"))   # "Not printed. (Ibid., ...)"
p.archival(6901, EL(), U("c", "Dulles Papers", "s", "Telephone Conversations"))
p.archival(7001, EL(), U("c", "Whitman File", "s", "NSC Records"))
C(7002); C(7003)
CF(7101, "761.00/7–1257")
p.ibid(7102, 7101, U("fi", "761.00/7–457"))
CF(7201, "761.00/7–1557")
L(7202)        # See Document 66.
C(7203)
CF(7204, "761.00/7–957")
p.ibid(7205, 7204)   # bare "(Ibid.)" at the end: repeats 7204's file
CF(7301, "761.5612/8–2757")
p.ibid(7302, 7301, U("fi", "330.13/8–2757"))
L(7303)        # Department of State Bulletin
# Bohlen Files lot: office/person files = series, lot = shelfmark, title after the lot = folder (frus);
# the literature after the marking (Witness to History) is not represented
BF = U("s", "Bohlen Files", "sm", "Lot 79 D 379", "fo", "Research Notes 1957")
p.archival(7501, DS(), BF)
p.archival(7502, DS(), BF)
p.ibid(7503, 7502, U("s", "Central Files", "fi", "661.00/4–1757"))   # printed series replaces the referred one
C(7504); C(7505)
p.write()
