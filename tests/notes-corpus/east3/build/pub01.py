"""pub01: a Russian book on the Kirov district of Leningrad in the blockade (rutlib.com book 14505; title not on the
stored page), endnotes 457-469 (the stored page https://rutlib.com/book/14505/p/479 begins with note 457 and ends with 469)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub01")
CGA = lambda: arch("TsGA SPb", "ЦГА СПб")

p.archival(457, CGA(), U("f", "4900", "op", "1", "d", "55"), "117")
p.commentary(458, literature=True)                                   # Давыдов Ю.Е. Указ. соч.
p.archival(459, CGA(), U("f", "4900", "op", "1", "d", "55"), "86-90,97-102")   # «и др.» not a folio
p.commentary(460, literature=True)
p.archival(461, arch("TsGAIPD SPb", "ЦГАИПД СПб"), U("f", "1728", "op", "1", "d", "609396"), "1-5")
p.commentary(462, literature=True)                                   # Будни подвига (a published collection)
p.ibid(463, 462, folios="")                                          # Там же. С. 140, 260: ibid of literature
p.archival(464, CGA(), U("f", "7384", "op", "18", "d", "1437"), "69-72")
p.commentary(465, literature=True)
p.commentary(466, literature=True)                                   # no final period, as stored
p.archival(467, CGA(), U("f", "4900", "op", "2", "d", "8"), "3,4")  # «Оп.2.» no space: not flagged (east2 «d.122»)
p.ibid(468, 467, U("d", "10"), "28")                                 # Там же. Д. 10. Л. 28.
p.ibid(469, 468, U("d", "8"), "2ob",                                 # Там же. Д. 8. Л. 2 об. … (Там же. Л. 2).
       also=[cite(arch("TsGA SPb"), U("f", "4900", "op", "2", "d", "8"), "2")])
p.write()
