"""pub03: Longerich, "Davon haben wir nichts gewusst!" (as pub01), endnotes 4-18 of the chapter on 1943 (online
page 245; 3 begun before the stored text, 19 cut off). "Tagebücher Goebbels" = the printed Fröhlich edition ->
literature (world's TB rule); "Ebenda" chains are ibids of literature. PRO -> TNA."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub03")
L = lambda n: p.commentary(n, literature=True)
L(4)
p.ibid(5, 4)
L(6); L(7)
p.ibid(8, 7); p.ibid(9, 8); p.ibid(10, 9); p.ibid(11, 10); p.ibid(12, 11)
L(13)                                                   # Hitler, Reden und Proklamationen (Domarus edition)
L(14)
p.archival(15, arch("TNA", "PRO"), U("s", "FO 371", "pi", "34429"))
# the note opens with the diary (literature) and then cites the Bundesarchiv: archival (schema precedence)
p.archival(16, arch("BArch", "BAK"), U("be", "ZSg. 109", "si", "42"))
L(17)
p.archival(18, arch("BArch", "BAK"), U("be", "ZSg. 109", "si", "42"))
p.write()
