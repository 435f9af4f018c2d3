"""pub03: a Russian book on the building of the Moscow Metro (litlife.club book 213742; by its citations of the Metrostroi
files in ЦАГМ and of the «История фабрик и заводов» fond ГА РФ Ф. Р-7952 most likely the Russian edition of Dietmar Neutatz,
«Московское метро: от первых планов до великой стройки сталинизма (1897-1935)»; the stored page does not show the title),
endnotes 2570-2582 (https://litlife.club/books/213742/read?page=251; 2583 cut off)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub03")
GARF = lambda: arch("GARF", "ГА РФ")
CAGM = lambda: arch("TsAGM", "ЦАГМ")
R = lambda d: U("f", "R-7952", "op", "7", "d", d)                    # Ф. Р-7952 (Cyrillic Р transliterated)

p.archival(2570, GARF(), R("315"), "119")                            # «То же …»: a further stenogram, archival
p.archival(2571, GARF(), R("304"), "35",
           also=[cite(GARF(), R("344"), "51"),                       # second citation, archive printed again
                 cite(arch("GARF"), R("344"), "39")])               # «(там же. Л. 39)»: in-note ibid of Д. 344
p.archival(2572, GARF(), R("241"), "11")
p.archival(2573, GARF(), R("301"), "85-86")
p.commentary(2574, literature=True)                                  # Duranty. 1935. Р. 337-338. (Cyrillic Р as page label)
p.commentary(2575, literature=True)
p.commentary(2576, literature=True)
p.archival(2577, CAGM(), U("f", "665", "op", "1", "d", "33"), "1-37")
p.commentary(2578, literature=True)
p.commentary(2579, literature=True)
p.archival(2580, CAGM(), U("f", "665", "op", "1", "d", "88"), "1-5")  # «Д.88.» no space: not flagged
p.ibid(2581, 2580, folios="30")
p.archival(2582, CAGM(), U("f", "665", "op", "1", "d", "126"), "3")   # «Он. 1» (OCR slip for Оп.): opis, not flagged
p.write()
