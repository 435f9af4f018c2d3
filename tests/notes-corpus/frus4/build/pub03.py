"""pub03: FRUS 1925, vol. II (1940), end of the chapter on Syria (protection of Americans, destroyers at
Beirut) and start of the chapter on French income tax exemptions: documents 99-114 (to the first footnote
17 of 114; the volume numbers footnotes per chapter, the run stops before the repeated `17`).
n = 100 x document number + printed footnote number; unnumbered source note = 100 x document number + 0."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U

p = Pub("pub03")
NA = lambda: arch("NARA", None)          # decimal file printed alone
def src(n, f):
    p.archival(n, NA(), U("fi", f))
src(9900, "890d.01/226")
src(10000, "890d.00/252")
src(10100, "890d.00/253")
src(10200, "890d.00/254")
src(10300, "890d.00/252")
src(10400, "890d.00/256")
src(10500, "890d.00/257")
src(10600, "890d.00/259")
src(10700, "890d.00/259")
src(10800, "890d.00/267")
src(10900, "890d.00/267")
src(11000, "890d.00/288")
src(11100, "890d.00/297")
src(11200, "890d.00/297")
p.commentary(11213)                      # editorial account, no citation
src(11300, "851.512/48")
p.commentary(11314)                      # Not printed.
p.commentary(11315, literature=True)     # Miller, Treaties
src(11400, "851.512/48")
p.commentary(11416, literature=True)     # Statutes at Large
p.commentary(11417)
p.write()
