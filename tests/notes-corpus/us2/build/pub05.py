"""pub05: Cohen, Nothing to Fear (as pub04), bookreadfree.com copy 410443/10092159: endnotes 74-79 of the chapter on
Frances Perkins (the page begins with 74; 80 cut off).
`Reminiscences of Frances Perkins, 1961, CUOHRO, Pt. 3, pp. 593-94; Pt. 5, pp. 10-11, 28-29` -> CUOHRO, collection
(the memoir), `Pt.` (a numbered part of the transcript) -> `volume` (the numbered physical part, as west2's microfilm
roll and world's fiche; doubtful: `chast` means "part" but is kept for Russian citations), page folios with the
abbreviated ends expanded (593-594, as world). `; Pt. 5, pp. ...` continues the same citation -> `also` repeating the
collection, `abbr_as_printed` null (eng3).
`Moley Papers, Box 63` (no repository printed) -> HIA (the Raymond Moley Papers are at the Hoover Institution),
`abbr_as_printed` null; collection, box. The trailing bare document (`Letter of Henry Harriman to Franklin Roosevelt,
May 11, 1933.`) locates nothing -> no citation (frus/ohist bare document rule).
`FDR Papers, Vol. I` (the printed Public Papers and Addresses), `Tugwell, Diary` (the published diary, cited by page),
U.S. Reports cases -> literature. Newspapers: `New York Times, 7/19/22` -> 1922-07-19; archival notes 76, 77 carry
their *New York Times* issue in `newspaper`; 75 and 78 are `newspaper` (books + one daily)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub05")
RP = "Reminiscences of Frances Perkins"
p.archival(74, arch("CUOHRO", "CUOHRO"), U("collection", RP, "volume", "3"), "p:593-594",
           also=[cite(arch("CUOHRO"), U("collection", RP, "volume", "5"), "p:10-11, p:28-29")])
p.newspaper(75, NP("New York Times", 1922, 7, 19))
p.archival(76, arch("HIA"), U("collection", "Moley Papers", "box", "63"), newspaper=NP("New York Times", 1933, 4, 14))
p.archival(77, arch("HIA"), U("collection", "Moley Papers", "box", "282"), newspaper=NP("New York Times", 1933, 5, 11))
p.newspaper(78, NP("New York Times", 1933, 5, 11))
p.archival(79, arch("CUOHRO", "CUOHRO"), U("collection", RP, "volume", "5"), "p:19-20")
p.write()
