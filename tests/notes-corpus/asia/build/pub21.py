"""pub21: Bergamini, Japanese translation (as pub09), 巻末脚注(6), chapter 10 (海軍力), notes (1)-(25) ((26) cut off).
朝日新聞(東京版): the Tokyo edition -> title 朝日新聞, the edition dropped (world's VB (N) rule). Interviews by the
author alone -> commentary without literature; with a short title -> literature."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub21")
L = lambda n: p.commentary(n, literature=True)
p.newspaper(1, NP("朝日新聞", 1929, 7, 10))
for n in range(2, 11):
    L(n)
p.commentary(11)            # telephone interview
p.newspaper(12, NP("N. Y. Times", 1929, 12, 18))   # Dec. 18, 19: the first issue
for n in (13, 14, 15, 16):
    L(n)
p.commentary(17)            # interview (no final 。 in the stored text)
L(18)
p.commentary(19)            # interview
for n in range(20, 26):
    L(n)
p.write()
