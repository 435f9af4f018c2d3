"""pub02: David Langbart, "Special FRUS Volumes: Origins of 'The Lansing Papers'" (Office of the Historian, 30 Nov 2011), notes 1-12."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite

p = Pub("pub02")
NA = lambda: arch("NARA", "NA")
PPC = "Records of the Executive Secretary of the Policy Planning Council"
p.commentary(1, literature=True)
p.ibid(2, 1)
# 3: defines "hereafter CDF, RG 59, NA"; the archive is spelled out
p.archival(3, arch("NARA", None, "National Archives"), U("fi", "116/121", "s", "Central Decimal File", "rg", "59"))
p.commentary(4, literature=True)
p.archival(5, NA(), U("fi", "116/174A", "s", "CDF", "rg", "59"))
p.archival(6, NA(), U("fi", "116/174B", "s", "CDF", "rg", "59"))
p.archival(7, NA(), U("s", PPC, "e", "A1-1583", "fi", "Lansing Diary and Papers", "rg", "59"))
p.archival(8, NA(), U("fi", "116/174C", "s", "CDF", "rg", "59"))
p.archival(9, NA(), U("fi", "116/174D", "s", "CDF", "rg", "59"))
p.archival(10, NA(), U("s", PPC, "e", "A1-1583", "fi", "Lansing Diary and Papers", "rg", "59"))
# 11: two files sharing the printed tail "CDF, RG 59, NA"
p.archival(11, NA(), U("fi", "026 Foreign Relations/1017", "s", "CDF", "rg", "59"),
           also=[cite(NA(), U("fi", "026 Foreign Relations/1378", "s", "CDF", "rg", "59"))])
p.archival(12, NA(), U("s", "Records of the Office of News and Its Predecessors", "ss", "Press Releases", "rg", "59"))
p.write()
