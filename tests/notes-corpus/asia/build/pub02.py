"""pub02: Longerich, "Davon haben wir nichts gewusst!" (as pub01), endnotes 44-48 of the chapter on 1941 (online
page 227; 43 begun before the stored text, 49 cut off). BAK = Bundesarchiv Koblenz -> BArch (world: BAB -> BArch);
ZSg. 102/32 -> bestand + signatur; the date of the Tagesparole is not a unit. VB = Völkischer Beobachter."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub02")
p.archival(44, arch("RGVA", "OA Mos"), U("sm", "1323-3-23"))
# archival + newspaper: the first paper cited is the VB of 24.7.41 (schema keeps the first issue)
p.archival(45, arch("BArch", "BAK"), U("be", "ZSg. 102", "si", "32"), newspaper=NP("VB", 1941, 7, 24))
p.commentary(46, literature=True)
# archive spelled out, no abbreviation; "Kopie aus dem Stadtarchiv Plettenberg" names the provenance of the copy, not a citation
p.archival(47, arch("YVA", None, "Yad Vashem Archive"), U("sm", "051/202"))
p.commentary(48, literature=True)
p.write()
