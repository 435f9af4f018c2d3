"""pub09: Jim Newton, Eisenhower: The White House Years (New York: Doubleday, 2011), bookreadfree.com copy
277022/6825548 ("Page 53"): endnotes 46-61 of the chapter on 1954-55 (the page begins with 46; 62 cut off). Each note
opens with the words of the text it annotates (`those who sought equality ...:`), which are not part of the citation.
`Whitman File` (Papers of Dwight D. Eisenhower as President, Ann Whitman File; no repository printed) -> DDEL,
`abbr_as_printed` null; `Billy Graham folder, box 16, Name Series, Whitman File` -> folder (the title before the word
`folder`, label dropped), box, series, collection in printed (small-to-large) order, not flagged (west; frus
presidential-library rule: the papers `collection`, the file series `series`). A folder title printed without the
word `folder` (47 `Phone Calls Jan.-July 1955 (1), box 9`) -> `folder` as well. 52 `214th NSC Meeting, Sept. 12,
1954, box 6, NSC Series, Whitman File` -> the meeting is the document; box, series, collection.
51 `Presidential Appointment Books, DDEPL` -> DDEL printed `DDEPL` (the book's abbreviation), series.
53 and 59 (`Ibid., which includes meeting with Montgomery.`) -> ibids of the note before.
Literature: Dudziak, DDE's memoir, web copies (Avalon, senate.gov; 61's address is broken by a space as stored),
`APP` (the American Presidency Project, an online edition of presidential papers), *Time* (a weekly)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub09")
D = lambda: arch("DDEL")
W = lambda folder, box, series: U("folder", folder, "box", box, "series", series, "collection", "Whitman File")
p.archival(46, D(), W("Billy Graham", "16", "Name Series"))
p.archival(47, D(), W("Phone Calls Jan.–July 1955 (1)", "9", "DDE Diary Series"))
p.archival(48, D(), W("Aug. 1956 (1)", "8", "ACW Diary Series"))
p.commentary(49, literature=True)
p.archival(50, D(), W("Swede Hazlett 1954 (1)", "18", "Name Series"))
p.archival(51, arch("DDEL", "DDEPL"), U("series", "Presidential Appointment Books"))
p.archival(52, D(), U("box", "6", "series", "NSC Series", "collection", "Whitman File"))
p.ibid(53, 52)
p.commentary(54, literature=True)
p.commentary(55, literature=True)
p.commentary(56, literature=True)
p.archival(57, D(), W("Arthur Eisenhower (3)", "11", "Name Series"))
p.archival(58, D(), W("Nov. 1954 (1)", "3", "ACW Diary Series"))
p.ibid(59, 58)
p.commentary(60, literature=True)
p.commentary(61, literature=True)
p.write()
