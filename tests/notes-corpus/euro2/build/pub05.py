"""pub05: Michael B. Miller, Shanghai on the Métro (as pub04), UC Press E-Books Collection chunk nsd0e1061
(print view): notes 1-3 to Chapter Two, "Milieu" (4 cut off at the end of the stored text). The chapter heading line
is left out.
- `AN F7 13426` -> AN, series `F7`, piece `13426` (west's AN rule); a second `AN F7 13413` -> also (AN printed again).
- `Bundesarchiv, Koblenz (hereafter, BA) R58/954, 30 May 1938, p. 134` -> BArch, name_as_printed `Bundesarchiv`
  (Koblenz is the place), abbr_as_printed `BA`, bestand `R58`, signatur `954`, page 134; `ibid., 4 November 1937,
  p. 33` -> also with the same file, page 33 (abbr_as_printed null).
- `SHAT 3H 102`, `SHAT 3H 256` -> SHD (abbreviation defined in the Introduction's notes, pub04), series `3H`.
- 3: AN F7 14774 (three dates, no further unit) + `L'Oeuvre , 20 November 1938` -> archival with the newspaper key
  (world pub06 12). Mader and Andrew -> literature, no unit."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub05")
AN = lambda: arch("AN", "AN")
p.archival(1, AN(), U("series", "F7", "piece", "13426"), also=[
    cite(AN(), U("series", "F7", "piece", "13413")),
    cite(arch("BArch", "BA", "Bundesarchiv"), U("bestand", "R58", "signatur", "954"), "p:134"),
    cite(arch("BArch"), U("bestand", "R58", "signatur", "954"), "p:33"),
    cite(arch("SHD", "SHAT"), U("series", "3H", "piece", "102")),
    cite(arch("SHD", "SHAT"), U("series", "3H", "piece", "256")),
])
p.commentary(2, literature=True)
p.archival(3, AN(), U("series", "F7", "piece", "14774"), newspaper=NP("L'Oeuvre", 1938, 11, 20))
p.write()
