"""pub03: Antoine Capet (ed.), Britain, France and the Entente Cordiale since 1904 (Basingstoke: Palgrave Macmillan,
2006), studmed.ru copy of the printed PDF, page 9: endnotes 15-23 of the chapter on interwar disarmament (by its own
references, Andrew Webster's; not verified on a title page). Note 24 is cut off at the end of the stored text; the
page begins with 15. Line-end hyphenation of the PDF (`translat- ed`) kept as stored.
- 15: `Oxford, Bodleian Library, Rumbold papers, vol. 38, fos 124-6` -> Bodleian (euro's key), name_as_printed
  `Bodleian Library`, collection `Rumbold papers`, volume 38, folios 124-126.
- 18: `Paris, Ministère des Affaires Etrangères (MAE), série SDN, vol. 723, fos 140-5` -> AMAE, name_as_printed and
  abbr_as_printed, series `SDN` (label `série` dropped), volume 723, folios 140-145.
- 20, 21, 23: `TNA, CAB 4/19` -> series `CAB 4`, piece `19`; `CID paper 999-B` (the document's own number) is not a
  unit (world: document numbers are not units); `fos 187-200` -> folios.
- 22: `quoted in Montreal Gazette, 14 August 1929` -> newspaper; the mention of copies in the Quai d'Orsay archives
  and the Tardieu and Painlevé papers describes holdings and cites none (world pub08 3)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub03")
p.archival(15, arch("Bodleian", None, "Bodleian Library"), U("collection", "Rumbold papers", "volume", "38"), "124-126")
p.commentary(16, literature=True)
p.commentary(17, literature=True)
p.archival(18, arch("AMAE", "MAE", "Ministère des Affaires Etrangères"), U("series", "SDN", "volume", "723"), "140-145")
p.commentary(19, literature=True)
p.archival(20, arch("TNA", "TNA"), U("series", "CAB 4", "piece", "19"))
p.archival(21, arch("TNA", "TNA"), U("series", "CAB 4", "piece", "19"))
p.newspaper(22, NP("Montreal Gazette", 1929, 8, 14))
p.archival(23, arch("TNA", "TNA"), U("series", "CAB 63", "piece", "44"), "187-200")
p.write()
