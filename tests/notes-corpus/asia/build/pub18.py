"""pub18: Ruiz, La justicia de Franco (as pub07 and pub16), ePub copy epubs.bibliotk.mx files/2900, notes file
notas3.xhtml (the chapter on the prisons and the review of sentences), notes 1-15 (16 cut off). Shares pub07's
split (test). FNFF = the printed Documentos inéditos of the Fundación Nacional Francisco Franco -> literature;
BODGP/BOE (official bulletins) -> literature. AGA, J(RP), 456: the unit number after the fonds is printed without
label throughout the book (its convention) -> box, not flagged (doubtful: it may be a legajo); "174 y 456" -> two
boxes (also)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub18")
L = lambda n: p.commentary(n, literature=True)
A = lambda: arch("AGA", "AGA")
L(1)
p.ibid(2, 1)
L(3)
p.archival(4, A(), U("s", "J(RP)", "b", "456"))
p.archival(5, A(), U("s", "J(RP)", "b", "174"), also=[cite(A(), U("s", "J(RP)", "b", "456"))])
L(6)
p.archival(7, A(), U("s", "J(RP)", "b", "456"), also=[cite(A(), U("s", "J(RP)", "b", "174"))])
L(8); L(9); L(10)
p.archival(11, A(), U("s", "J(RP)", "b", "392"))
p.archival(12, A(), U("s", "J(RP)", "b", "841"))
p.commentary(13); p.commentary(14)
p.commentary(15)            # "Grupo III, número 9": a point of the decree discussed in the text, no citation
p.write()
