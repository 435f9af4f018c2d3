"""pub12: a Russian book on the Soviet state apparatus in the 1920s (rutlib.com book 44680; title not on the stored page),
endnotes 247-253 (https://rutlib.com/book/44680/p/284)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub12")
for n in range(247, 254):
    p.commentary(n, literature=True)                                 # 248 СУ РСФСР: the law gazette
p.write()
