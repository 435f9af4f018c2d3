"""pub02: FRUS 1949, vol. VII, part 2, The Far East and Australasia (publ. 1976), Japan, documents 92-99
(to fn. 1). n = 100 x document number + printed footnote number; the unnumbered source note is 100 x
document + 0; the asterisk footnote of document 97 ("[Footnote in the source text ...]") is 9799.
Source notes: decimal files (RG 59) printed alone, with genre; one lot ("Executive Secretariat Files")."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U

p = Pub("pub02")
L = lambda n: p.commentary(n, literature=True)
C = lambda n: p.commentary(n)
D = lambda n, f: p.archival(n, arch("NARA", None), U("fi", f))
D(9200, "740.00119 Control (Japan) /6–449")   # space before the slash as stored
C(9201); C(9202)
D(9300, "740.00119 PW/6–749")
C(9301)
D(9400, "740.00119 FEAC/5–449")
L(9401)        # FRUS 1946 vol. viii; Department of State publication 2888
C(9402); C(9403); C(9404); C(9405)
D(9500, "740.00119 Control (Japan)/6–1149")
C(9501)
D(9600, "894.00/6–1449")
C(9601); C(9602)   # both printed "1" (TEI xml:id d96fn1, d96fn2)
p.archival(9700, arch("NARA", None), U("s", "Executive Secretariat Files"))
C(9799)        # "*": footnote of the source text identifying a memorandum; no location
L(9701)        # "Dated May 6, p. 730." = a document of this volume
D(9800, "890.0146/6–1549")
C(9801); C(9802)
D(9900, "740.00119 Control (Japan)/6–1649")
C(9901)
p.write()
