"""pub14: chapter on Marseille under Vichy, Presses universitaires de Rennes (OpenEdition Books, pur/46904), notes
1-9 (10 cut off); OpenEdition prints the notes first in the stored text. The book is not named on the stored page.
Not the book of world pub08 (pur/48669)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub14")
L = lambda n: p.commentary(n, literature=True)
L(1); L(2)
p.commentary(3)
L(4)                        # Journal officiel (printed official text) -> literature
L(5)
p.commentary(6)
L(7)                        # "op. cit." re-citation -> literature, not ibid (ohist)
L(8)
p.commentary(9)             # deposition before the CDL, dated, no repository or unit -> commentary (ohist bare document)
p.write()
