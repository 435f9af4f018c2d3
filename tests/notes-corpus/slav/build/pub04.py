"""pub04: Applebaum, Red Famine (as pub01), notes 1-10 of chapter 5 (collectivization, 1930; note 11 cut off in the
stored trantor.is page; the chapter heading line is not a note).
Notes 4-5: interview schedules of the Harvard Project on the Soviet Social System, held by the Slavic Division of
Widener Library: archival, the quoted title's 'Schedule A, vol. 37, Case 622/(NY)1719' as series/volume/item, the
project as collection (printed order, small to large), the last number a page. Note 7: a file cited at second hand
('citing ... RGASPI, 558/11/118, 23-6'). Note 10: Pravda with its date -> newspaper."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub04")
HW = lambda: arch("Harvard WL", None, name="Slavic Division, Widener Library, Harvard University")
HP = "Harvard Project on the Soviet Social System"
for n in (1, 2, 3):
    p.commentary(n, literature=True)
p.archival(4, HW(), U("series", "Schedule A", "volume", "37", "item", "Case 622/(NY)1719", "collection", HP), "p:52")
p.archival(5, HW(), U("series", "Schedule B", "volume", "7", "item", "Case 67", "collection", HP), "p:12")
p.commentary(6, literature=True)
p.archival(7, arch("RGASPI", "RGASPI"), U("fond", "558", "opis", "11", "delo", "118"), "23-26")
p.commentary(8, literature=True)
p.commentary(9, literature=True)
p.newspaper(10, NP("Pravda", 1929, 11, 7))
p.write()
