"""pub04: FRUS 1941, vol. VI, The American Republics (1963), chapter on immobilized foreign merchant ships
in American ports: documents 215-227 (to footnote 15 of 227). Footnotes are numbered per chapter;
the TEI gives `13` to the notes of both 223 and 224 (12 is skipped): kept as stored, the labels
differ by document. n = 100 x document number + printed number; unnumbered source note = 100 x doc + 0."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U

p = Pub("pub04")
NA = lambda: arch("NARA", None)          # decimal file printed alone
def src(n, f):
    p.archival(n, NA(), U("fi", f))
src(21500, "865.85/482")
src(21600, "865.85/365b")
p.commentary(21608, literature=True)     # FRUS 1940 and Department of State Bulletin
src(21700, "865.85/365a")                # genre `Circular telegram` is not a unit
src(21800, "865.85/365c")
p.commentary(21809)                      # same telegram sent elsewhere
src(21900, "865.85/370")
p.commentary(21910)                      # identification of a person
src(22000, "865.85/366")
src(22100, "865.85/370")
src(22200, "865.85/388")
p.commentary(22211)
src(22300, "865.85/411")
p.commentary(22313)                      # Not printed.
src(22400, "865.85/410")
p.commentary(22413)
src(22500, "865.85/365a")
p.commentary(22514, literature=True)     # Department of State Bulletin (journal)
src(22600, "800.85/249a")
src(22700, "800.85/253")
p.commentary(22715)
p.write()
