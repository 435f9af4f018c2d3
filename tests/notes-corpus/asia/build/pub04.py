"""pub04: Longerich, "Davon haben wir nichts gewusst!" (as pub01), endnotes 34-46 of the chapter on 1943 (online
page 246; 33 begun before the stored text, 47 cut off)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub04")
L = lambda n: p.commentary(n, literature=True)
# papers named with a period ("Ende April", "am 10. Mai"), no full issue date: no newspaper object (ohist pub08 8)
L(34)
L(35)
p.ibid(36, 35); p.ibid(37, 36)
p.archival(38, arch("BArch", "BAB"), U("be", "NS 18", "si", "225"))
L(39)
p.ibid(40, 39)              # "(ebenda, 14.5., 22.5. und 29.5.43)" in the prose refers back to note 39's diary
p.ibid(41, 40); p.ibid(42, 41); p.ibid(43, 42); p.ibid(44, 43); p.ibid(45, 44)
p.archival(46, arch("BArch", "BAK"), U("be", "ZSg. 102", "si", "42"))
p.write()
