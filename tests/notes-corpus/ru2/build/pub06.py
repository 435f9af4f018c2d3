"""pub06: Михаил Свирин, «Танковый прорыв. Советские танки в боях 1937–1942 гг.» (kniga-online.club, page-75-187232),
endnotes 210-214 (the page begins with 210; 215 cut off)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub06")
p.commentary(210, literature=True)                   # Сборник боевых документов (a printed edition)
p.commentary(211, literature=True)                   # Анфилов's book named by title (doubtful, README)
p.commentary(212)                                    # explanation, no citation
p.commentary(213, literature=True)
p.ibid(214, 213, folios="")                          # Там же, с. 30–31. (of literature)
p.write()
