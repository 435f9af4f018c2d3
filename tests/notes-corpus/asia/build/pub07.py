"""pub07: Julius Ruiz, La justicia de Franco. La represión en Madrid tras la guerra civil (Barcelona: RBA, 2012;
Spanish translation of Franco's Justice, Oxford 2005), ePub copy, notes file notas2.xhtml (chapter 1), notes 1-16
(17 cut off). BOJDNE/BOE (official gazettes) are literature (de: law gazettes); Ya is a Madrid daily."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub07")
L = lambda n: p.commentary(n, literature=True)
for n in (1, 2, 3, 4, 5, 6):
    L(n)
p.newspaper(7, NP("Ya", 1939, 7, 11))
L(8); L(9)
p.ibid(10, 9)
# AGA, J(RP) = Justicia, Responsabilidades Políticas; the unit number without label is the book's convention (pub18) -> box, not flagged
p.archival(11, arch("AGA", "AGA"), U("s", "J(RP)", "b", "30 338"))
for n in (12, 13, 14, 15):
    L(n)
p.ibid(16, 15)                   # "véase ibid., pp. 178-183" -> Balfour (note 15)
p.write()
