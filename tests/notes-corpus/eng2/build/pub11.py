"""pub11: Fursenko and Naftali, Khrushchev's Cold War (as pub10), bookreadfree.com 94666/2350297: endnotes 9-22 of
the chapter on early 1962 (23 cut off). 'MFA' = the Russian Foreign Ministry archive (AVP RF) as the authors print
it: '0570, 8/8/15, MFA' -> fond 0570, then opis/papka/delo printed as one code (the usual four-level AVP RF
reference; README Decisions). 'Bolshakov-RFK general meeting summaries (...)', GRU -> a named series in the GRU
archive; 17 'Ibid.' repeats it. 19: Theodore White Papers (Harvard University Archives; 'Harvard' as printed):
collection, box, and the binder title as folder (quotation marks dropped, west2). 13/15: ibids of FRUS volumes
(literature). 22: 'APRF' with no unit."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub11")
p.archival(9, arch("AVP RF", "MFA"), U("fond", "0570", "opis", "8", "papka", "8", "delo", "15"))
p.archival(10, arch("AOK", "AOK"), [])
p.commentary(11)
p.commentary(12, literature=True)
p.ibid(13, 12)
p.commentary(14, literature=True)
p.ibid(15, 14)
p.archival(16, arch("GRU Archive", "GRU"),
           U("series", "Bolshakov-RFK general meeting summaries (May 9, 1961–December 14, 1962)"))
p.ibid(17, 16)
p.commentary(18, literature=True)
p.archival(19, arch("HUA", None, "Harvard"),
           U("collection", "Theodore White Papers", "box", "193", "folder", "May 1961–December 1962"))
p.commentary(20, literature=True)
p.commentary(21, literature=True)
p.archival(22, arch("APRF", "APRF"), [])
p.write()
