"""pub03: Christopher Clark, The Sleepwalkers, endnotes 75-81 of Chapter 8 (the stored page continues with Chapter 9, pub04)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub03")
p.commentary(75, literature=True)
# HHStA, PA I (Politisches Archiv I), Liasse Krieg 810 -> bestand + fascicle (Liasse = fascicle, west2)
p.archival(76, arch("HHStA", "HHStA"), U("be", "PA I", "fa", "Krieg 810"), "223")
p.ibid(77, 76, folios="422")                  # prose, then "ibid., fo. 422"
for n in (78, 79, 80, 81):                     # ÖUAP, IBZI, DDF: printed document editions
    p.commentary(n, literature=True)
p.write()
