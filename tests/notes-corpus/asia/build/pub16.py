"""pub16: Ruiz, La justicia de Franco (as pub07; identified by content: the same ePub's notas1.xhtml opens with the
fall of Madrid in March 1939 (O. D. Gallagher), the book's opening), another ePub copy (epubs.bibliotk.mx
files/2900), notes file notas6.xhtml (the chapter on the repression of freemasonry), notes 1-13 (14 cut off).
Shares pub07's split (test)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub16")
L = lambda n: p.commentary(n, literature=True)
p.newspaper(1, NP("Ya", 1940, 2, 25))
L(2); L(3)
# AGA, C (Cultura) -> series; the titled file -> subseries; "76" without label (the book's convention, pub18) -> box, not flagged
p.archival(4, arch("AGA", "AGA"), U("s", "C", "ss", "Consignas de propaganda (1939-1942)", "b", "76"))
p.newspaper(5, NP("Ya", 1940, 2, 25))
for n in (6, 7, 8, 9):
    L(n)
p.newspaper(10, NP("ABC", 1940, 9, 11, place="Madrid"))
L(11); L(12); L(13)
p.write()
