"""pub03: John Randolph, «Model Plan for a District Post-Yard, Russian Empire (1782)», micro-edition, page «Introduction», note 1."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U

p = Pub("pub03")
p.archival(1, arch("RGIA", "RGIA"), U("f", "1289", "op", "1", "d", "30"), "17a")
p.write()
