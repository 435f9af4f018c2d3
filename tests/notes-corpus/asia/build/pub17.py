"""pub17: Spanish-language book on the Civil War by Pío Moa (he cites his El derrumbe…, "cit."), ePub copy
(epubs.bibliotk.mx files/6162), notes file notas26.xhtml (the Basque front, 1937), notes 1-17 (18 cut off).
FPI, AFLC = Fundación Pablo Iglesias, Archivo Francisco Largo Caballero (typescript volumes): AFLC -> collection,
the volume numeral -> volume, pp. -> page folios (pp. 708 ss. -> page 708, an open range has no end).
Archivo Gomá is a printed documentary edition -> literature."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub17")
L = lambda n: p.commentary(n, literature=True)
F_ = lambda: arch("FPI", "FPI")
p.archival(1, F_(), U("c", "AFLC", "v", "XXV"), "p:1149-1150, p:1173")
p.commentary(2); p.commentary(3)
L(4); L(5); L(6)
p.archival(7, F_(), U("c", "AFLC", "v", "XXIII"), "p:708")
L(8); L(9)
p.commentary(10)
L(11)
p.commentary(12)
L(13); L(14)
p.ibid(15, 14)
L(16)
p.ibid(17, 16)
p.write()
