"""pub07: Silvia Marzagalli, « Types d'embarcations entre Gênes et Marseille à la fin de l'Ancien Régime. Quelques
aperçus à partir de la base de données Navigocorpus », Cahiers de la Méditerranée 84 (2012), OpenEdition page
cdlm.revues.org/index6523 (notes printed beside the paragraphs, cut with `(...)` by the site): notes 1-5 (French).
The site prints `1 . ` before each note; the number and its point are written as the number (euro's rule for a
point after the number).
- 1, 2: cut by the site before any citation; what is left is prose about the research programme and its database
  -> commentary without literature (doubtful: the rest of note 1 may cite a project).
- 3: web addresses -> literature (eng3).
- 4: `Archives départementales des Bouches-du-Rhône, 200 E 543, 550 et 551.` -> key `AD Bouches-du-Rhône`,
  name_as_printed, abbr_as_printed null; sous-série `200 E` -> series, article `543` -> piece (west's AN rule);
  `550 et 551` -> two also with the same series (euro: `5 AG 1/511 et 859`).
- 5: `Archivio di Stato di Genova, Sanità, 398 et 399 (entrées 1770) et 1832 et 1833 (sorties 1795).` -> ASGe,
  `Sanità` -> fond (euro: ACS fonds), each number (the register or filza number, unlabelled as usual) -> piece,
  398 main, 399, 1832, 1833 also; the parentheses describe the contents, not units. Not flagged (a number right
  after its fonds, west2)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub07")
p.commentary(1)
p.commentary(2)
p.commentary(3, literature=True)
AD = lambda: arch("AD Bouches-du-Rhône", None, "Archives départementales des Bouches-du-Rhône")
p.archival(4, AD(), U("series", "200 E", "piece", "543"), also=[
    cite(AD(), U("series", "200 E", "piece", "550")), cite(AD(), U("series", "200 E", "piece", "551"))])
G = lambda: arch("ASGe", None, "Archivio di Stato di Genova")
p.archival(5, G(), U("fond", "Sanità", "piece", "398"), also=[
    cite(G(), U("fond", "Sanità", "piece", x)) for x in ("399", "1832", "1833")])
p.write()
