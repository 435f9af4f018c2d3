"""pub02: Joshua Botts, "Eureka!: The 1925 FRUS Order" (Office of the Historian, 27 Oct 2011), notes 1-5 (all)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub02")
p.commentary(1, literature=True)     # FRUS 1914 Supplement (printed edition)
# 2: "(henceforth RG 59)", "(henceforth Archives II)": the archive is named, not abbreviated
p.archival(2, arch("NARA", None, "Archives II"),
           U("fi", "026 Foreign Relations/1210", "s", "Department of State Central Decimal File, 1930-1939", "rg", "59"),
           "p:4-22")
# 3: the trailing short re-citation "and Dennett memorandum to Secretary of State, pp. 1-2" names no unit: not an also
p.archival(3, arch("NARA", None, "Archives II"),
           U("fo", "55D606 OSS/PB-1", "b", "35", "s", "Miscellaneous Office Files, 1910-1944", "rg", "59"), "p:1")
# 4: same folder, no RG and no archive printed: NARA implied
p.archival(4, arch("NARA"), U("fo", "55D606 OSS/PB-1", "b", "35", "s", "Miscellaneous Office Files, 1910-1944"))
p.commentary(5)
p.write()
