"""pub07: Agatha Ramm (ed.), The Political Correspondence of Mr. Gladstone and Lord Granville, 1868-1871 (Camden
Third Series, vol. 81; London: Royal Historical Society, 1952), editorial footnotes as listed under "References" on
the Cambridge Core page of the volume (core-prod.cambridgecore.org/.../28583E2A8A48CC3EEB934C580650ACA6). The page
labels each footnote `page N note M`; numbering restarts on every printed page, so each printed page is one file
(pub07: page 1, note 1; pub08: page 2, notes 1-3; page 3 note 1 is cut off in the stored text). The label
`page 1 note` is the site's and is dropped (the N-text number is the footnote number). The Cambridge link label
glued to a reference (`113–14Google Scholar,`) is markup and was dropped (china pub10); `Selborne, , Memorials`
(the site's empty name field) is kept as stored.
1 `Add. MS. 44296, fo. 133` and two more Add. MS. citations: British Library Additional Manuscripts (the Gladstone
Papers), printed without the repository (the edition's convention; an Add. MS. number belongs to one repository) ->
BL with abbr_as_printed null; the volume's code printed whole -> shelfmark `Add. MS. 44296`; `fo.` -> folio. The
first Add. MS. citation is the main one (the preceding Selborne is literature), the others `also` in printed order.
`Guedalla, i. 145` (printed Gladstone-Palmerston correspondence) is literature."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub07")
B = lambda: arch("BL")
p.archival(1, B(), U("sm", "Add. MS. 44296"), "133", also=[
    cite(B(), U("sm", "Add. MS. 44165"), "174"),
    cite(B(), U("sm", "Add. MS. 44205"), "10"),
])
p.write()
