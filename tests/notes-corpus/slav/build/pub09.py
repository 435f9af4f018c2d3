"""pub09: Bartov, Anatomy of a Genocide (as pub08), endnotes 25-28 of another chapter (bookreadfree.com 372894/9171916,
"Page 38"; note 29 cut off). 'AŻIH 301/2274' = Archive of the Jewish Historical Institute, collection 301 (survivor
testimonies), item 2274: the code printed whole is one sygnatura (west: 'IPN MSW II 107/848' -> 107/848).
USHMM 'RG-15.084M, reel 38, 1997.A.0125': record group (label RG- dropped), reel -> volume (west2 microfilm rule),
accession number -> shelfmark. YIVO 'RG 1187, Series 2, No. 1187, Box 1, folder 19'."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub09")
Z = lambda: arch("AZIH", "AŻIH")
p.commentary(25, literature=True)
p.archival(26, Z(), U("sygnatura", "301/2274"), also=[cite(Z(), U("sygnatura", "301/3611"))])
p.commentary(27, literature=True)
p.archival(28, arch("USHMM", "USHMM"), U("record_group", "15.084M", "volume", "38", "shelfmark", "1997.A.0125"),
           also=[cite(Z(), U("sygnatura", "301/197")),
                 cite(arch("YIVO", "YIVO"), U("record_group", "1187", "series", "2", "item", "1187",
                                              "box", "1", "folder", "19"))])
p.write()
