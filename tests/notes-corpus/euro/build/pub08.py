"""pub08: Robert O. Paxton, Vichy France: Old Guard and New Order, 1940-1944 (New York: Knopf, 1972; Columbia
University Press reissue 2001), books.thomasstone.org copy "free-books-40": endnotes 75-82 of chapter 2 (the page
begins with 75; 83 is cut off). Italic titles stand on lines of their own in the copy (space before a comma kept).
- `T-120/434/220208-11` (NARA microfilm of captured German Foreign Office records, no archive printed) -> NARA,
  abbr_as_printed null, series T-120, roll -> volume, frames -> folios (`220208-11` -> 220208 to 220211).
- `CDJC, document no. XXVI-45` -> Centre de documentation juive contemporaine (key CDJC), the document code -> item
  (west: a numbered document, label dropped). The Nuremberg document number `RF-1226` is not a unit (world).
- 76: literature first (Proces Petain), then the T-120 citation -> archival.
- 77: Le Figaro with full date -> newspaper (first issue cited; Le Temps and the Journal officiel follow).
- 79: CDJC main, the T-120 citation later in the note -> also. 82: T-120 main, CDJC -> also."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub08")
N = lambda: arch("NARA")
T = lambda r: U("series", "T-120", "volume", r)
p.commentary(75, literature=True)
p.archival(76, N(), T("434"), "220208-220211")
p.newspaper(77, NP("Le Figaro", 1942, 2, 6))
p.archival(78, N(), T("368"), "207282-207285")
p.archival(79, arch("CDJC", "CDJC"), U("item", "XXVI-45"), also=[cite(N(), T("363"), "206135-206153")])
p.commentary(80, literature=True)
p.commentary(81, literature=True)
p.archival(82, N(), T("221"), "149146", also=[cite(arch("CDJC", "CDJC"), U("item", "XLII-10"))])
p.write()
