"""pub09: notes 1-5 of a chapter of an English-language book on culture in Fascist Italy (stored page,
globalauthorid.com; the book is not named on the page)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub09")
for n in (1, 2, 3):
    p.commentary(n, literature=True)
# ACS, PNF (Mostra) = fondo -> fond; b. = busta -> box; f. = fascicolo -> fascicle (title, quotation marks dropped)
p.archival(4, arch("ACS", "ACS"), U("fond", "PNF (Mostra)", "b", "69", "fa", "Congresso del PNF del 1925"))
p.commentary(5, literature=True)
p.write()
