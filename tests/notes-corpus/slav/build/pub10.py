"""pub10: Валерій Солдатенко, Україна у революційну добу. Рік 1917 (libcat.ru copy, page 247), endnotes (45)-(51)
(the notes are printed in parentheses; (52) cut off). Ukrainian and Russian literature in GOST-like form with
em dashes; 46 opens with a Kharkiv daily ('Южный край. — 1917. — 5 марта') -> newspaper; 48 'Там само. — С. 294'
-> ibid of 47 (literature). OCR slips kept: 'В З-хт.' (Cyrillic З for 3), 'Бурджалов 3. Н.' (digit 3 for З),
'Украиньї', 'собьітий', 'революція' in a Russian title, no final period in 51."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub10")
p.commentary(45, literature=True)
p.newspaper(46, NP("Южный край", 1917, 3, 5))
p.commentary(47, literature=True)
p.ibid(48, 47)
for n in (49, 50, 51):
    p.commentary(n, literature=True)
p.write()
