"""pub08: chapter of a book of the Presses universitaires de Rennes (OpenEdition, pur/48669) on the historical
section of the French army, notes 1-3 (4 cut off in the stored page)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub08")
p.commentary(1, literature=True)
# SHD, archives du Dépôt de la guerre (the fonds), GR 2 M 9: GR 2 M = sous-série -> series, 9 = article -> piece (west AN rule)
p.archival(2, arch("SHD", "SHD"), U("c", "archives du Dépôt de la guerre", "s", "GR 2 M", "pi", "9"))
# describes holdings (sous-séries 9 N, 8 N, 1 N, 2 I) by size and cites the printed inventory: literature, not archival (doubtful)
p.commentary(3, literature=True)
p.write()
