"""pub06: Timothy H. Parsons, 'Mau Mau's Army of Clerks: Colonial Military Service and the Kenya Land Freedom Army in
Kenya's National Imagination', Journal of African History 58, no. 2 (2017), Cambridge Core page
(core-varnish-new.prod.aop.cambridge.org/.../24592CCB966E4343716DDDF80DB40B70): footnotes 1-4 (5 cut off).
The page's link labels `Google Scholar` after each reference (web markup, not note text) are dropped.
4: `Kenya National Archives (KNA) DEF 1/130/33` -> KNA, series `DEF 1`, file `130/33` (NEW: a Kenyan registry code
is read like a TNA reference, department+class as series; the rest, not a TNA piece, as file); the file title is not
a unit. `; The National Archives of Great Britain, London (TNA) WO 276/516` -> also: TNA series `WO 276`, piece `516`."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub06")
for n in (1, 2, 3):
    p.commentary(n, literature=True)
p.archival(4, arch("KNA", "KNA", "Kenya National Archives"), U("s", "DEF 1", "fi", "130/33"),
           also=[cite(arch("TNA", "TNA", "The National Archives of Great Britain, London"), U("s", "WO 276", "pi", "516"))])
p.write()
