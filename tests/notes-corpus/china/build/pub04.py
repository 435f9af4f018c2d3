"""pub04: Dikötter, The Tragedy of Liberation (as pub01), endnotes 12-28 of the chapter on the Korean War, from
full-english-books.net ... read-online-chapter-54; note 29 cut off. Neibu cankao (Xinhua's internal bulletin) with
an issue date is a newspaper (world pub05 26, doubtful); a note citing it with an archive is archival with the
newspaper key (world pub06 12). 'Nanfang ribao, translated in Current Background, ... 22 Jan. 1951' gives no issue
of the daily itself -> literature (asia: papers named without a full date). The ICRC archives cited by name and
place, 'BAG 210-056-003.03' (the ICRC's archival reference) -> one shelfmark."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, NP
from dik import mk, c

p = Pub("pub04")
a = mk(p)
L = lambda n: p.commentary(n, literature=True)
for n in (12, 13, 14, 15):
    L(n)                                         # 12: an interview published in a book -> literature
p.archival(16, arch("ICRC Archives", None, "International Committee of the Red Cross"),
           U("sm", "BAG 210-056-003.03"), "p:70-74")
L(17); L(18); L(19)
a(20, "Nanjing", "4003-1-20", "p:143", newspaper=NP("Neibu cankao", 1950, 7, 13, page="41-42"))
a(21, "Nanjing", "4003-3-89", "p:72-77", newspaper=NP("Neibu cankao", 1950, 11, 7, page="23"))
p.newspaper(22, NP("Neibu cankao", 1950, 11, 30, page="151-157"))
L(23); L(24)
a(25, "Guangdong", "204-1-245", "p:101")
L(26)
a(27, "Gansu", "91-1-314", "p:13", also=[c("Guangdong", "204-1-36", "p:41-42"), c("Guangdong", "204-1-36", "p:51")])
L(28)
p.write()
