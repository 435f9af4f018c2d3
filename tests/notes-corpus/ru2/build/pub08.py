"""pub08: same book and page as pub07 (2books.mobi, book 70182, page 114), endnotes 394-395 (after the gap; 396 cut off)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub08")
p.archival(394, arch("TsAMO RF", "ЦА МО РФ"), U("f", "14. Gv. BAP", "op", "178446", "d", "2"), "310")  # fond named by the regiment (README)
p.commentary(395, literature=True)
p.write()
