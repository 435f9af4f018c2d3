"""pub02: John Randolph, «Model Plan for a District Post-Yard, Russian Empire (1782)», micro-edition, page «About the Source», notes 1-9."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U

p = Pub("pub02")
for n in range(1, 8):
    p.commentary(n, literature=True)
# «l. 1l 1-17»: garbled leaf range (read as ll. 1-17); no warning class fits (README, doubtful cases)
p.archival(8, arch("RGIA", "RGIA"), U("f", "1289", "op", "1", "d", "30"), "1-17")
p.commentary(9, literature=True)
p.write()
