"""pub04: Adam Cohen, Nothing to Fear: FDR's Inner Circle and the Hundred Days That Created Modern America (New York:
Penguin Press, 2009), bookreadfree.com copy 410443/10092176: endnotes 65-71 of the last chapter (the page begins with
65; 71 ends the stored text and the chapter's notes).
`Hopkins Papers` (no repository printed) -> FDRL, `abbr_as_printed` null (frus: a collection named without a
repository gets its holder; FDRL's Hopkins Papers run past box 94, Georgetown's do not). 65 `..., Small Collections
Oral History Interviews, Hopkins Papers` -> series + collection in printed order (Chicago, not flagged); the interview
itself (interviewers, interviewee, date) is the document.
`Reminiscences of Jerome Frank, 1960, CUOHRO, pp. 45-50` -> CUOHRO (Columbia University Oral History Research Office,
the book's abbreviation), collection = the memoir's title (the year is not a unit), page folios.
Newspapers: dates printed M/D/YY (`1/30/46` -> 1946-01-30); a note citing books, a magazine and a daily is
`newspaper` with the first daily issue (67: *Atlantic Monthly*, November 1948 is a monthly -> not a newspaper; *Time*,
*The Nation*, *The American Prospect* are weeklies/periodicals -> literature, eng2). 66 is archival by precedence and
carries the first *New York Times* issue in `newspaper`. 65 *Survey Midmonthly* (a monthly) -> literature."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub04")
p.archival(65, arch("FDRL"), U("series", "Small Collections Oral History Interviews", "collection", "Hopkins Papers"))
p.archival(66, arch("CUOHRO", "CUOHRO"), U("collection", "Reminiscences of Jerome Frank"), "p:45-50",
           newspaper=NP("New York Times", 1946, 1, 30))
p.newspaper(67, NP("New York Times", 1946, 1, 30))
p.archival(68, arch("FDRL"), U("collection", "Hopkins Papers", "box", "94"))
p.commentary(69, literature=True)
p.newspaper(70, NP("Boston Globe", 2007, 11, 4))
p.newspaper(71, NP("New York Times", 2007, 3, 2))
p.write()
