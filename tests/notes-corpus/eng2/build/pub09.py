"""pub09: Vadim J. Birstein, SMERSH: Stalin's Secret Weapon. Soviet Military Counterintelligence in WWII (London:
Biteback, 2011), rulit.me page 128 (book 376270): endnotes 96-107 of the chapter on Hungary (108 cut off).
Birstein cites document editions and the press; documents quoted in a book are literature. 96 (information released
by a working group, no publication) is commentary without literature. 101 '(RWDD, RA UD, Stockholm)': archival,
the Swedish National Archives (Riksarkivet), 'UD' = the Foreign Ministry's records (collection), 'RWDD' the Wallenberg
dossier (file); units in printed order, small-to-large (west); doubtful (README)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub09")
p.commentary(96)
for n in range(97, 101):
    p.commentary(n, literature=True)
p.archival(101, arch("RA", "RA"), U("file", "RWDD", "collection", "UD"))
for n in range(102, 108):
    p.commentary(n, literature=True)
p.write()
