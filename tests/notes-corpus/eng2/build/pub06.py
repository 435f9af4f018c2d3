"""pub06: Applebaum, Gulag (as pub05), urking.top page [351]: endnotes 86-92 of chapter 2 (the run ends with the
chapter; chapter 3 notes on the same page not taken: all literature). 'Hoover' = Hoover Institution Archives.
'Fond 89, 73/34, 35, and 36' (Hoover's microfilm of the Russian 'Fond 89' collection): fond 89, then opis 73 /
delo 34 as a slash code, delo 35 and 36 as alsos (fond and opis repeated, archive not printed again).
89: two collections in one note: the second shares the printed archive (same abbr_as_printed, west2/world).
91 'Ibid., Folder 1.': units of 90 up to the printed level (collection, box) + folder 1."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub06")
H = lambda: arch("HIA", "Hoover")
F89 = lambda d: U("fond", "89", "opis", "73", "delo", d)
p.commentary(86, literature=True)
p.commentary(87, literature=True)
p.archival(88, H(), F89("34"), also=[cite(arch("HIA", None), F89("35")), cite(arch("HIA", None), F89("36"))])
p.archival(89, H(), U("collection", "Nicolaevsky Collection", "box", "782"),
           also=[cite(H(), U("collection", "Melgunov Collection", "box", "8"))])
p.archival(90, H(), U("collection", "Nicolaevsky Collection", "box", "782", "folder", "6"))
p.ibid(91, 90, U("folder", "1"))
p.commentary(92, literature=True)
p.write()
