"""pub05: FRUS 1961-1963, vol. V, Soviet Union (publ. 1998), documents 258-263 (to fn. 7). Numbered
source notes (footnote 1); n = 100 x document number + printed footnote number.
A stray note in document 263 (TEI xml:id d304fn6, printed "6", on Beria: a copy of a footnote of
document 304 misplaced by the digitizers) is not a note of this document and is left out."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, NP

p = Pub("pub05")
L = lambda n: p.commentary(n, literature=True)
C = lambda n: p.commentary(n)
DS = lambda: arch("NARA", None, "Department of State")
CF = lambda n, f: p.archival(n, DS(), U("s", "Central Files", "fi", f))
CF(25801, "611.61/10-3162")
L(25802)       # See Document 195.
L(25803)       # American Foreign Policy: Current Documents, 1962
C(25804)
CF(25805, "511.613/10-2962")   # location after prose
C(25806)
C(25807)       # The New York Times named as an employer, no issue: not a citation
L(25808)       # See Document 232.
C(25809)
p.archival(25901, arch("JFKL", None, "Kennedy Library"),
           U("c", "National Security Files", "s", "Staff Memoranda", "fo", "Kaysen"))
C(25902)
CF(26001, "761.00/11-762")
p.newspaper(26002, NP("Pravda", 1962, 11, 7))   # "Pravda or Izvestia": first title, first issue
L(26003)       # See Document 248.
p.archival(26101, DS(), U("s", "Katzenbach Files", "sm", "Lot 74 D 271", "fo", "Cuba"))
CF(26201, "611.41/11-962")
p.ibid(26202, 26201, U("s", "Presidential Correspondence", "sm", "Lot 66 D 204"))   # printed series replaces
L(26203)       # FRUS 1961-1963 vol. XV
L(26204)       # U.N. doc. A/C.1/L-312
L(26205)       # FRUS 1961-1963 volume XI
L(26206)       # U.N. doc. A/4078 (S/4145)
CF(26301, "611.61/11-962")
C(26302)
C(26303)       # "Secret.": a marking only (frus: commentary)
C(26304)
L(26305)       # See Document 202.
C(26306)       # [Footnote in the source text.]
C(26307)
p.write()
