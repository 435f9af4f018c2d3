"""pub09: Robert Tombs and Isabelle Tombs, That Sweet Enemy: The French and the British from the Sun King to the
Present (London: Heinemann, 2006), erenow.org copy (common/that-sweet-enemy-the-british-and-the-french/24.php, the
Notes, after the list of abbreviations): endnotes 18-25 of chapter 1, "Britain Joins Europe" (the run continues;
18 is taken so that the ibids 19-20 have their referent).
- 21: `..., in AN: AE B1 758.` -> AN printed `AN` (the book's list: Archives Nationales, Paris); the Affaires
  étrangères correspondence held there, sous-série `AE B1` -> series, article `758` -> piece (west's AN rule).
- 25: `... [n.s.] AGR T 100/409 fo 53.` -> AGR (Archives Générales du Royaume, Brussels, as in the book's list),
  fonds `T 100` -> fond, `409` (after the slash) -> piece, `fo 53` -> folio 53.
- 19 `ibid., p. 120.` -> ibid of 18 (literature); 20 `ibid., p. 109; Troost` -> ibid of 19 (chains are not
  collapsed). Author-year short titles -> literature."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub09")
p.commentary(18, literature=True)
p.ibid(19, 18)
p.ibid(20, 19)
p.archival(21, arch("AN", "AN"), U("series", "AE B1", "piece", "758"))
p.commentary(22, literature=True)
p.commentary(23, literature=True)
p.commentary(24, literature=True)
p.archival(25, arch("AGR", "AGR"), U("fond", "T 100", "piece", "409"), "53")
p.write()
