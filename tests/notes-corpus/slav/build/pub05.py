"""pub05: Applebaum, Red Famine (as pub01), notes 1-18 of chapter 15 (the famine in history and memory; note 19 cut
off in the stored trantor.is page). Literature only; note 6 'in ibid., 95-6' is an ibid of note 5 (literature)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub05")
for n in range(1, 6):
    p.commentary(n, literature=True)
p.ibid(6, 5)
for n in range(7, 19):
    p.commentary(n, literature=True)
p.write()
