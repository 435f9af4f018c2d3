"""pub09: a Russian popular-history book on Stalin and his marshals (hotlib.net book 61046; title not on the stored page),
endnotes 20-25 (https://hotlib.net/htrd/61046/p44; the stored text begins with the anchor markup «id="n_20">», dropped;
26 cut off)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub09")
p.commentary(20)
p.commentary(21, literature=True)
p.commentary(22)
p.commentary(23)
p.commentary(24, literature=True)
p.commentary(25, literature=True)                                    # «ACT» (Latin letters for the publisher АСТ): not flagged
p.write()
