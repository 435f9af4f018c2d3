"""pub01: Benjamin Carter Hett, Burning the Reichstag: An Investigation into the Third Reich's Enduring Mystery
(Oxford/New York: Oxford University Press, 2014), full-english-books.net copy "63 page" (same text at
books.thomasstone.org free-books-63, read-online-books.com page-63, 100-vampirenovels.net 63-page): endnotes 67-79
of one chapter (80 cut off in every copy). Italic titles stand on lines of their own in the copy (space before a
comma kept).
- `BA-BL R. 3003/109, Bl. 107` (Bundesarchiv Berlin-Lichterfelde) -> BArch, abbr_as_printed `BA-BL`, bestand
  `R. 3003` (value as printed, with the point), signatur `109`, `Bl.` leaf -> folio. `BA R. 8034 III 187` (no slash)
  -> bestand `R. 8034 III` + signatur `187` (asia's `BayHStA, StK 106673` rule).
- Several files in one note -> main + also in printed order; each also prints `BA-BL` again (abbr kept).
- `Bl. 259, Bl. 260` -> two folios; `Bl. 376-77` -> 376-377; `Bl. 132 ff.` -> first leaf only (world).
- `TA` (Hett's abbreviation, not expanded in the stored text; Fritz Tobias's papers) -> key TA, no unit.
- `LNRW-W, Personalakten Nr. 2688, Bd. 1, Bl. 13` -> LAV NRW W, bestand `Personalakten`, signatur `2688` (label
  `Nr.` dropped, asia's `Abt. 483 Nr. 10009`), volume `1`, folio 13.
- `BNA KV 4/111` -> TNA printed `BNA`, series `KV 4`, piece `111`.
- `27 VT 82-83` (the trial day and pages of the stenographic record) is not a unit.
- 67: a press cutting (paper illegible) filed in the Bundesarchiv -> archival, no newspaper key (no title).
- 68: literature + `Welt Online`, January 5, 2011 (the web edition of Die Welt) -> newspaper (doubtful).
- 75: `Die Zeit`, October 21, 1948 (a weekly) -> literature (east2/eng2: weeklies are literature).
- 77: `Judgment ..., in Deiseroth, Reichstagsbrand` is a printed edition -> literature.
- 79: literature first, then `BA-BL R. 3003/139, Bl. 132 ff.` -> archival (class by the first kind in the order
  archival, newspaper, ibid, crossref)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub01")
BL = lambda: arch("BArch", "BA-BL")
R = lambda si: U("bestand", "R. 3003", "signatur", si)
p.archival(67, arch("BArch", "BA"), U("bestand", "R. 8034 III", "signatur", "187"))
p.newspaper(68, NP("Welt Online", 2011, 1, 5))
p.archival(69, BL(), R("109"), "107", also=[cite(BL(), R("156"), "11")])
p.commentary(70, literature=True)
p.archival(71, BL(), R("109"), "259,260", also=[
    cite(BL(), R("199"), "73"),
    cite(arch("TA", "TA"), []),
    cite(arch("LAV NRW W", "LNRW-W"), U("bestand", "Personalakten", "signatur", "2688", "volume", "1"), "13"),
])
p.archival(72, arch("TNA", "BNA"), U("series", "KV 4", "piece", "111"))
p.archival(73, BL(), R("9"), "376-377", also=[cite(BL(), R("199"), "124"), cite(BL(), R("9"), "379")])
p.archival(74, BL(), R("139"), "129")
p.commentary(75, literature=True)
p.archival(76, BL(), R("35"), "1,7-9")
p.commentary(77, literature=True)
p.archival(78, BL(), R("35"), "41-43", also=[cite(BL(), R("35"), "49,50")])
p.archival(79, BL(), R("139"), "132")
p.write()
