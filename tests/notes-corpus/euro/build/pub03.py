"""pub03: Kertzer, The Pope and Mussolini (as pub01), whosread.com copy (book 511641, page 12565283, "Page 46"):
endnotes 29-30 of the chapter on the Vatican informers (the page begins with 29; 31 is cut off: "To get Cacci").
30: `ACS, MCPG, b. 155, 20 marzo 1926, and ibid., ca. aprile 1926, ... ACS, MCPG, b. 156, 12 aprile 1927.` ->
MCPG (Ministero della Cultura Popolare, Gabinetto) -> fond, box 155; the in-note `ibid.` (same file, another
document) -> an `also` repeating fond and box with abbr_as_printed null (east's in-note ibid rule); box 156 -> a
further `also` with the archive printed."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub03")
p.commentary(29, literature=True)
p.archival(30, arch("ACS", "ACS"), U("fond", "MCPG", "box", "155"), also=[
    cite(arch("ACS"), U("fond", "MCPG", "box", "155")),
    cite(arch("ACS", "ACS"), U("fond", "MCPG", "box", "156")),
])
p.write()
