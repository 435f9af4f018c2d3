"""pub10: Bergamini, Japanese translation (as pub09), 巻末脚注(9), chapter 16 (追放国家), notes (1)-(22) ((23) cut
off). 同書 ("the same book") as a note of its own -> ibid of the preceding note."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub10")
L = lambda n: p.commentary(n, literature=True)
for n in range(1, 8):
    L(n)
L(8)                        # "、1: 40 によると": the short title is missing in the stored text; a page reference -> literature (doubtful)
for n in range(9, 18):
    L(n)
p.ibid(18, 17); p.ibid(19, 18)
L(20)
p.ibid(21, 20); p.ibid(22, 21)
p.write()
