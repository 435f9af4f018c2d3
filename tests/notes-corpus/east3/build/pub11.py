"""pub11: a Russian book on the history of the VChK (newlib.net book 214148; title not on the stored page), endnotes
155-160 (http://newlib.net/nw_rd214148/p79; 161 runs on beyond the stored text and is left out)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub11")
for n in range(155, 161):
    p.commentary(n, literature=True)
p.write()
