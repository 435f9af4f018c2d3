"""pub15: Spanish-language book on repression and resistance in Madrid after the Civil War (ePub copy,
epubs.bibliotk.mx files/4077, notes file notas7.xhtml), notes 270-280 (281 cut off). The title is not on the stored
page (it cites Julius Ruiz as another author). AGA signatures printed as one code (41/11987: section 41, box
11987) -> shelfmark (east2's whole-code rule); AGA Justicia -> series, leg. -> fascicle. FO 498/2 printed without
archive -> TNA, abbr_as_printed null (east2)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub15")
L = lambda n: p.commentary(n, literature=True)
A = lambda: arch("AGA", "AGA")
L(270)
L(271)                      # BOE
L(272)
L(273)                      # the opening speech of the Cortes, by title and date (a published text) -> literature
p.archival(274, A(), U("sm", "41/11987"))
# "causa 105301": the case file of the court martial -> file, before the box code (small-to-large, not flagged)
p.archival(275, A(), U("fi", "105301", "sm", "41/11937"))
p.archival(276, A(), U("sm", "41/11955"))
L(277); L(278)
p.archival(279, A(), U("s", "Justicia", "fa", "43/50 406"))
p.archival(280, arch("TNA"), U("s", "FO 498", "pi", "2"))
p.write()
