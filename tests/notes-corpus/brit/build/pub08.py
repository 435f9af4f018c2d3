"""pub08: Ramm (ed.), Gladstone-Granville Correspondence 1868-1871 (as pub07), footnotes of printed page 2, notes 1-3.
1 `Add MS. 44417, fos. 146, 155` (no point after Add, as stored) -> BL shelfmark `Add MS. 44417`, two folio objects;
`and no. 5 below` points to a document of the edition, no unit. 2 (identification, no citation) -> commentary.
3 `G.D. 29/22A`: G.D. = the Public Record Office's class of Gifts and Deposits (the Granville Papers, G.D. 29, now
PRO 30/29 at The National Archives), printed without the repository -> TNA, abbr_as_printed null, series `G.D. 29`,
piece `22A` (the printed form, not the present reference)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub08")
p.archival(1, arch("BL"), U("sm", "Add MS. 44417"), "146, 155")
p.commentary(2)
p.archival(3, arch("TNA"), U("s", "G.D. 29", "pi", "22A"))
p.write()
