"""pub04: FRUS 1958-1960, vol. X, part 2, Eastern Europe; Finland; Greece; Turkey (publ. 1993), Poland:
document 74 (memorandum of the Nixon-Gomulka conversation, source note and footnotes 1-21; 75 is an
editorial note without footnotes) and the source note of document 76. The TEI numbers the source notes
"0" (xml:id d74fn0, d76fn0): n = 100 x document + 0."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, NP

p = Pub("pub04")
L = lambda n: p.commentary(n, literature=True)
C = lambda n: p.commentary(n)
DS = lambda: arch("NARA", None, "Department of State")
p.archival(7400, DS(), U("s", "Central Files", "fi", "033.1100–NI/8–359"))
L(7401)        # Department of State Bulletin; Part 1, Documents 20 ff.
C(7402)        # footnote pointer
p.archival(7403, arch("DDEL", None, "Eisenhower Library"), U("c", "White House Central Files"))
C(7404)
p.newspaper(7405, NP("The New York Times", 1959, 8, 3))
C(7406)        # footnote pointer
L(7407)        # Major Addresses ... of General Charles de Gaulle
C(7408); C(7409)
L(7410)        # "see volume VIII" (FRUS 1958-60)
L(7411)        # Public Papers of the Presidents
C(7412); C(7413)
C(7414)        # "see footnote 5, Document 48": footnote pointer
L(7415)        # Department of State Bulletin
C(7416)
p.archival(7417, DS(), U("s", "Central File", "fi", "411.4841"))   # "Central File" singular as printed
C(7418)
L(7419)        # Foreign Relations, 1955-1957, vol. XXV
L(7420)        # (12 UST 368): treaty series
C(7421)        # ends in a footnote pointer
p.archival(7600, DS(), U("s", "Central Files", "fi", "033.1100–NI/8–659"))
p.write()
