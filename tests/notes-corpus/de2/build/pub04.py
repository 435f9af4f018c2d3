"""pub04: same publication as pub01 (Plagge Begleitheft, Darmstadt 2008); "Anmerkungen" to Tafel 8
"Heereskraftfahrpark Ost 562", notes 1-10 (the whole series of this panel).
Stored page: https://www.yumpu.com/de/document/view/7553272/karl-plagge-darmstadter-geschichtswerkstatt/46"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U

p = Pub("pub04")
p.archival(1, arch("BArch", "Barch", "Bundesarchiv Ludwigsburg"), U("be", "B 162", "si", "19947"), "23")   # "Blatt 23" = Bl. 23
# Hessisches Hauptstaatsarchiv (Wiesbaden) spelled out, no siglum; 4.1.3. = tectonics group (series, printed order);
# Abt. 520 -> bestand 520 (label dropped, asia), "Spruchkammern" = title of the Abteilung (description, not a unit);
# Dl = the Spruchkammer sub-series; "Plagge, Karl" = the file (name file); the year 1947 is not a unit.
HH = arch("HHStAW", None, "Hessisches Hauptstaatsarchiv")
p.archival(2, HH, U("s", "4.1.3.", "be", "520", "ss", "Dl", "fi", "Plagge, Karl"))
p.ibid(3, 2)
p.commentary(4)                           # "wie Anm. 1)": a pointer, commentary without literature (de/west2)
p.commentary(5, literature=True)          # letter cited from Good's book
p.ibid(6, 5)                              # ibid of literature
p.commentary(7, literature=True)
p.commentary(8)                           # pointer
p.commentary(9, literature=True)
# short re-citation of the file of note 2 by description + pointer: archival, archive not printed, no unit (world pub04 11)
p.archival(10, arch("HHStAW", None), [])
p.write()
