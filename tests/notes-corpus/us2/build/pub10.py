"""pub10: a book on lynching and its definition after the Second World War, Introduction, notes 1-7 (8 cut off); the
stored pages do not name it (docslib.org titles the copy "Trial by Fury: Institutions and Southern Productivity");
by content probably Christopher Waldrep, The Many Faces of Judge Lynch: Extralegal Violence and Punishment in America
(New York: Palgrave Macmillan, 2002) (doubtful). Text from docslib.org/doc/1046133 (the second copy, 10044054, has lost
linked words, e.g. `NAACP Papers (, Wash- ington, D.C.)`, and was not used). Line-end hyphens of the PDF are kept as
stored (`Ur- bana`, `De- cember`, `NAACP Pa- pers`; west pub07).
5 `box A407, group II, NAACP Papers (Library of Congress, Wash- ington, D.C.)` -> LC MD, name_as_printed `Library of
Congress`; box, `group` (the top division of the NAACP records at LC) -> `series` `II`, collection, in printed order
(not flagged). `...; annotation by "TM" on ..., ibid.` (a second document in the same box, same note) -> an `also`
repeating the units (west2: repeated citations kept; the in-note ibid does not make the note an ibid).
6, 7: the same file without repository -> LC MD, `abbr_as_printed` null; 6's collection value as printed (`NAACP Pa-
pers`), its in-note `ibid.` -> `also` with the same units.
1 (the author's own interview) -> commentary without literature (world). 2-4 -> literature."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub10")
p.commentary(1)
p.commentary(2, literature=True)
p.commentary(3, literature=True)
p.commentary(4, literature=True)
N = lambda coll="NAACP Papers": U("box", "A407", "series", "II", "collection", coll)
p.archival(5, arch("LC MD", None, "Library of Congress"), N(), also=[cite(arch("LC MD"), N())])
p.archival(6, arch("LC MD"), N("NAACP Pa- pers"), also=[cite(arch("LC MD"), N("NAACP Pa- pers"))])
p.archival(7, arch("LC MD"), N())
p.write()
