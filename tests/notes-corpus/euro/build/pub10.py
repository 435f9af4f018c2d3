"""pub10: Maurice Vaisse, "Le domaine reserve. L'apport des archives presidentielles de Charles de Gaulle", in
Isabelle Chave and Nicole Even (eds.), Charles de Gaulle et le monde (Paris: Publications des Archives nationales,
OpenEdition Books), books.openedition.org/pan/356: notes 1-7 (OpenEdition prints each note beside its paragraph and
cuts long notes with `(...)`; the cut notes are copied as stored). French-language notes.
- `Arch. nat., 98AJ.` -> AN, abbr_as_printed `Arch. nat.`, the fonds/sous-serie `98AJ` -> series (west's AN rule).
- `Arch. nat., 5 AG 1/1712.` -> series `5 AG 1` (the sous-serie of de Gaulle's presidential archives), piece `1712`
  (the article). `5 AG 1/511 et 859` -> piece 511, and 859 as an also with the same series and the same printed
  archive (west2's shared-archive rule).
- 4 (a remark on the date printed in Lettres, notes et carnets) -> literature.
- 6 `Le Monde, mardi 11 septembre 2012, p. 22` -> newspaper with page."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub10")
A = lambda: arch("AN", "Arch. nat.")
p.archival(1, A(), U("series", "98AJ"))
p.commentary(2, literature=True)
p.commentary(3, literature=True)
p.commentary(4, literature=True)
p.archival(5, A(), U("series", "5 AG 1", "piece", "1712"))
p.newspaper(6, NP("Le Monde", 2012, 9, 11, page="22"))
p.archival(7, A(), U("series", "5 AG 1", "piece", "511"), also=[cite(A(), U("series", "5 AG 1", "piece", "859"))])
p.write()
