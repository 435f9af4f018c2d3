"""pub10: a Russian book on the late Stalin period and the Jewish Anti-Fascist Committee (rutlib.com book 22367; title not
on the stored page), endnotes 348-353 (https://rutlib.com/book/22367/p/376)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub10")
for n in range(348, 353):
    p.commentary(n, literature=True)                                 # 350 repeats 348 in full: not an ibid
p.commentary(353)                                                    # biographical note
p.write()
