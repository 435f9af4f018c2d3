"""pub11: Грушевский. Скоропадский. Петлюра (Ukrainian-language book on the three leaders of 1917-1920, title as given
by rulit.me, book 637931, page 370; the author is not shown on the stored page), endnotes [212]-[229]
([230] cut off). 'Державний вістник' (the official gazette of the Ukrainian State, 1918, cited by number) is taken
as a law gazette -> literature (east3); 'Голос Киева. — 1917. — 20 (7) октября.' (a Kyiv daily, new and old style
date) -> newspaper; 220 'Там само.' -> ibid of it. Bare web addresses -> literature (ohist: a web copy cited for a
text); spaces inside two addresses kept as stored."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub11")
for n in range(212, 219):
    p.commentary(n, literature=True)
p.newspaper(219, NP("Голос Киева", 1917, 10, 20))
p.ibid(220, 219)
for n in range(221, 230):
    p.commentary(n, literature=True)
p.write()
