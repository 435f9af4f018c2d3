"""pub03: Applebaum, Iron Curtain (as pub01), page 90 of the 100-vampirenovels.net copy: the last endnotes (78-81) of
one chapter; the numbering restarts on the same page (pub04). PIL codes printed whole are shelfmarks; the second code
after 'also' shares the archive printed once (west2/world shared-archive rule: same abbr_as_printed)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub03")
p.commentary(78, literature=True)
p.archival(79, arch("PIL", "PIL"), U("shelfmark", "302 1/15"),
           also=[cite(arch("PIL", "PIL"), U("shelfmark", "867/1/H-168"))])
p.commentary(80, literature=True)
p.commentary(81, literature=True)
p.write()
