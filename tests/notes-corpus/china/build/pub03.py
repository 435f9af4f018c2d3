"""pub03: Dikötter, The Tragedy of Liberation (as pub01), endnotes 25-30 of the chapter on foreigners and
missionaries, from books.thomasstone.org ... free-books-53 ('53 page'); note 31 cut off. British Foreign Office files
printed 'PRO, FO371-99238' -> TNA (abbr_as_printed 'PRO'), series 'FO371' + piece (west's 'FO 371/1250' rule,
values as printed). 'Catholic Herald' (a weekly) is literature. Not flagged: 'Rigney,7 March' (26; outside the
citation units, between a title and a date)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite
from dik import mk

p = Pub("pub03")
a = mk(p)
PRO = lambda: arch("TNA", "PRO")
fo = lambda piece, pages: cite(PRO(), U("s", "FO371", "pi", piece), pages)
p.archival(25, PRO(), U("s", "FO371", "pi", "99238"), "p:13-15", also=[fo("99345", "p:31")])
p.archival(26, PRO(), U("s", "FO371", "pi", "92333"), "p:135-136",
           also=[fo("121000", "p:26-27"), fo("115182", "p:54-70")])
a(27, "Shandong", "A1-4-9", "p:85")
p.commentary(28, literature=True)
p.archival(29, PRO(), U("s", "FO371", "pi", "105338"), "p:61-62, p:116-122")
p.commentary(30, literature=True)
p.write()
