"""pub04: Aaron W. Marrs, "An Outburst of Pamphlets: Public Debate about FRUS during the Civil War" (Office of the Historian, 5 Dec 2011), notes 1-11 (all).
Literature only: full citations of three 1860s pamphlets and their short-title re-citations."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub04")
# short-title re-citations ("Diplomatic Year, 12-13.") are not "Ibid.": commentary with literature (as west)
for n in range(1, 12):
    p.commentary(n, literature=True)
p.write()
