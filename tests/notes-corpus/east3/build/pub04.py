"""pub04: a Russian book on the history of the VChK-OGPU (booksonline.com.ua book 97098; title not on the stored page),
endnotes 257-271 (https://booksonline.com.ua/view.php?book=97098&page=189; 272 cut off)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub04")
for n in (257, 258, 259, 260):
    p.commentary(n, literature=True)
p.ibid(261, 260)                                                     # Там же. (of literature)
p.commentary(262, literature=True)                                   # Указ. соч.
p.commentary(263, literature=True)
p.commentary(264, literature=True)                                   # «1 Съезд Советов» (= I Съезд), stenographic report
p.ibid(265, 264, folios="")                                          # Там же. С. 6.
p.commentary(266, literature=True)                                   # СЗ СССР: the law gazette
p.commentary(267, literature=True)
p.commentary(268, literature=True)
p.archival(269, arch("TsA FSB", "ЦА ФСБ РФ"), U("f", "1", "op", "6", "d", "38"), "118")   # lower-case labels, commas
p.commentary(270, literature=True)                                   # a published document collection
p.commentary(271, literature=True)
p.write()
