"""pub06: Francis R. Nicosia, "Arab Nationalism and National Socialist Germany, 1933-1939: Ideological and Strategic
Incompatibility", International Journal of Middle East Studies 12 (1980), Cambridge Core page (core-varnish-new
host) that prints the article's notes after the first paragraph: notes 1-4 (5 cut off at the end of the stored text).
The Cambridge Core link label `Google Scholar` glued to notes 1 and 3 is markup and dropped (china pub10).
- 2: `PA: Pol. Abt. III, Politik 6-Palästina, Bd.1, DB/London an AA/Berlin, K.Nr. 69,1 Sept. 21.` -> PA AA printed
  `PA`; the old registry of the Political Department: `Pol. Abt. III` -> bestand, `Politik 6-Palästina` (the file
  heading) -> series, `Bd.1` -> volume `1` (label glued to the value, not flagged: label-value, west). The document
  (`DB/London an AA/Berlin, K.Nr. 69`, dated 1 Sept. [19]21) is not a unit; `69,1` (no space) lies outside units.
- 4 `ibid.` -> ibid of 3 (literature)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub06")
p.commentary(1, literature=True)
p.archival(2, arch("PA AA", "PA"), U("bestand", "Pol. Abt. III", "series", "Politik 6-Palästina", "volume", "1"))
p.commentary(3, literature=True)
p.ibid(4, 3)
p.write()
