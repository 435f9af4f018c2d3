"""pub04: Moshe Lewin, The Soviet Century (London: Verso, 2005), notes page, one chapter's run, notes 1-4."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U

p = Pub("pub04")
p.commentary(1, literature=True)
p.commentary(2, literature=True)
p.commentary(3, literature=True)
p.archival(4, arch("RGASPI", "RGASPI"), U("f", "17", "op", "84", "d", "304"), "")   # «no page number»
p.write()
