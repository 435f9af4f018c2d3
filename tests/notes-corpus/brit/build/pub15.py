"""pub15: a chapter of a Palgrave Macmillan book on British air rearmament and supply planning in the 1930s (the
Principal Supply Officers Committee and its Supply Board, 1934), notes 1-5 as stored on globalauthorid.com
(ArticleView wd=03E459076164F53EB4CCBA521A6C3119485467A2BB731026E870FEA22B8DEAC5; the page holds only these five
notes; neither book nor author is named there).
1 `See Chapter 6.` (a pointer to another chapter of the book) -> commentary without literature (west: a pointer to
another note is commentary). 3 prose -> commentary. 4, 5 `PSO (SB) 455, 17 August 1934, CAB 60/40, ...`: the
Supply Board paper number is no unit (east2); bare code `CAB 60/40` -> TNA, abbr_as_printed null. 5 repeats the
file (not an ibid)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub15")
p.commentary(1)
p.commentary(2, literature=True)
p.commentary(3)
p.archival(4, arch("TNA"), U("s", "CAB 60", "pi", "40"))
p.archival(5, arch("TNA"), U("s", "CAB 60", "pi", "40"))
p.write()
