"""pub11: Julian Jackson, "De Gaulle a la lumiere des archives britanniques", in Chave and Even (eds.), Charles de
Gaulle et le monde (as pub10), books.openedition.org/pan/368 (German interface, `?lang=de`): notes 1-4 (cut notes
copied as stored, `(...)`). A different author from pub10.
- 1 `Arch. nat., 98AJ.` -> AN series `98AJ` (as pub10 1).
- 4 `Oxford, Bodleian Library, MS. Eng.c.6925 Sir Patrick Reilly Memoirs, 1964-1966, p. 66-67.` -> Bodleian (key
  Bodleian), name_as_printed `Bodleian Library` (`Oxford` is the place), the call number `MS. Eng.c.6925` ->
  shelfmark; the title of the manuscript printed after it is not a unit (doubtful: it could be read as a
  collection); `p. 66-67` -> page folio."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub11")
p.archival(1, arch("AN", "Arch. nat."), U("series", "98AJ"))
p.commentary(2, literature=True)
p.commentary(3, literature=True)
p.archival(4, arch("Bodleian", None, "Bodleian Library"), U("shelfmark", "MS. Eng.c.6925"), "p:66-67")
p.write()
