"""pub02: Yuri Slezkine, The House of Government: A Saga of the Russian Revolution (Princeton: Princeton University
Press, 2017), bookreadfree.com copy 480890/11815173 ("Page 144"): endnotes 2-13 of one chapter (the page begins with
note 2; 14 cut off). The e-book copy has lost page numbers and web addresses (`2012),, (under ...)`, `Pravda, October
27, 1932,`, `Marxists Internet Archive Library,`): kept as stored, not flagged (no archival value affected).
12 and 13: many citations in one note -> first in units, the rest in `also` in printed order (east3). `op. 28, d. 621`
after a GARF citation -> also, fond repeated, abbr_as_printed null; each further `GARF, f.` / `RGALI, f.` /
`AGTsTM, f.` -> also with the archive printed. `d. 16` after `AGTsTM, f. 454, d. 7` -> also (fond repeated).
`ll. 14-14ob.` and `ll. 54-54ob.` (recto and verso of one leaf) -> two folio objects, the leaf and its verso (east3's
`Л. 1и1об.` rule; check.py does not accept one object with differing verso flags on one leaf). `ll. 13ob.-14` ->
13 verso to 14. `ll. 13a ob.` -> leaf 13a verso. `(quotations from ll. 31-32)` repeats leaves inside the cited range
(not recorded). `RGALI, f. 2310, op. 1, d. 79. ll.` (period for comma) and `d. 76 ll.` (no comma): not flagged.
AGTsTM (fond and delo, no opis) -> fond, delo. 13 ends with a book (Golubovskii): literature not recorded (east).
9 `Pravda, October 27, 1932,` -> newspaper."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub02")
p.commentary(2, literature=True)
p.commentary(3, literature=True)
p.commentary(4, literature=True)
p.ibid(5, 4)
p.ibid(6, 5)
p.ibid(7, 6)
p.ibid(8, 7)
p.newspaper(9, NP("Pravda", 1932, 10, 27))
p.commentary(10, literature=True)
p.commentary(11, literature=True)
G = lambda: arch("GARF", "GARF")
RL = lambda: arch("RGALI", "RGALI")
AT = lambda: arch("AGTsTM", "AGTsTM")
p.archival(12, G(), U("fond", "3316", "opis", "43", "delo", "911"), "19-57", also=[
    cite(arch("GARF"), U("fond", "3316", "opis", "28", "delo", "621"), F("8-12") + F("14") + F("14ob") + F("19")),
    cite(G(), U("fond", "9542", "opis", "1a", "delo", "15"), "107"),
    cite(RL(), U("fond", "645", "opis", "1", "delo", "299"), "1-2, 40-46"),
    cite(RL(), U("fond", "2310", "opis", "1", "delo", "79"), "1-32"),
    cite(RL(), U("fond", "2310", "opis", "1", "delo", "76"), F("54") + F("54ob")),
    cite(RL(), U("fond", "2310", "opis", "1", "delo", "41"), "13ob-14"),
    cite(AT(), U("fond", "454", "delo", "7")),
    cite(arch("AGTsTM"), U("fond", "454", "delo", "16")),
])
p.archival(13, AT(), U("fond", "454", "delo", "1004"), "2", also=[
    cite(RL(), U("fond", "656", "opis", "1", "delo", "954"), "1, 3, 24"),
    cite(RL(), U("fond", "2310", "opis", "1", "delo", "41"), "13aob"),
    cite(AT(), U("fond", "454", "delo", "460"), "12-19"),
])
p.write()
