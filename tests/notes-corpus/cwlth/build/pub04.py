"""pub04: Brad St Croix, Fighting It Out (as pub02), hkvca.ca/st_croix/footnotes_chap7.php: footnotes 1-15 of
chapter 7 (16 cut off). 1: a web page of the HKVCA -> literature. 2: New York Times article with URL -> newspaper
(the URL's stored break `with-only- medals` is kept as stored). 3: Globe and Mail, page 1 -> newspaper.
5, 6, 12: ibids of literature. 8: `The National Archive (hereafter TNA), DO 35/1009/5` -> TNA (name as printed, with
the missing s), series `DO 35`, piece `1009`, file `5` (east2's rule for a part after the piece); `4` page.
9: LAC King fonds `MG 26 J4` -> series `MG 26`, subseries `J4`; the named series `"Memoranda and Notes, 1940-1950"
series` -> a second `series` unit in printed order (NEW); `volume 371` volume, `file "3910"` file; `page C257306`
is a page folio; `microfilm reel H-1541` -> `volume` (west2: a reel is a volume), printed last. The missing space in
`(hereafter LAC),William` is between punctuation and a name, not flagged.
14, 15: DHH `file 593 (D33)` -> file `593 (D33)`; the document title is not a unit; final `1` page."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub04")
p.commentary(1, literature=True)
p.newspaper(2, NP("The New York Times", 2016, 12, 23))
p.newspaper(3, NP("The Globe and Mail", 1941, 12, 25, page="1"))
p.commentary(4, literature=True)
p.ibid(5, 4)
p.ibid(6, 5)
p.commentary(7, literature=True)
p.archival(8, arch("TNA", "TNA", "The National Archive"), U("s", "DO 35", "pi", "1009", "fi", "5"), "p:4")
p.archival(9, arch("LAC", "LAC", "Library and Archives Canada"),
           U("c", "William Lyon Mackenzie King fonds", "s", "MG 26", "ss", "J4", "s", "Memoranda and Notes, 1940–1950",
             "v", "371", "fi", "3910", "v", "H-1541"), "p:C257306")
p.commentary(10, literature=True)
p.commentary(11, literature=True)
p.ibid(12, 11)
p.commentary(13, literature=True)
p.archival(14, arch("DHH", "DHH", "Directorate of History and Heritage"), U("fi", "593 (D33)"), "p:1")
p.archival(15, arch("DHH", "DHH"), U("fi", "593 (D26)"), "p:1")
p.write()
