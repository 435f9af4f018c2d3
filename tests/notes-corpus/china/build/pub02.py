"""pub02: Dikötter, The Tragedy of Liberation (as pub01), endnotes 16-26 of one chapter (the campaign against
counter-revolutionaries, 1951; by content the same chapter 5 as pub01), from books.thomasstone.org ... free-books-52
('52 page'); note 27 ends exactly at the end of the stored text and is left out. Warnings: 17 'JX1-839,pp.' and 23
'A1-5-29,p.' (comma and no space between the code and the page label) -> missing-space."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub
from dik import mk, c

p = Pub("pub02")
a = mk(p)
a(16, "Sichuan", "JX1-880", "p:82-83")
a(17, "Sichuan", "JX1-839", "p:227-229", warn="missing-space")
a(18, "Sichuan", "JX1-839", "p:159-160", also=[c("Shandong", "A1-5-20", "p:16-19")])
a(19, "Sichuan", "JX1-837", "p:74")
a(20, "Sichuan", "JX1-837", "p:190")
a(21, "Sichuan", "JX1-837", "p:105-108", also=[c("Sichuan", "JX1-37", "p:1-2")])
a(22, "Shandong", "A1-5-20", "p:134")           # + 'see also Mao, Jianguo yilai' (literature, no key)
a(23, "Sichuan", "JX1-837", "p:141-142, p:147-148",
  also=[c("Sichuan", "JX1-342", "p:115"), c("Shandong", "A1-5-29", "p:189"), c("Sichuan", "JX1-342", "p:32")],
  warn="missing-space")
p.commentary(24, literature=True)
p.commentary(25, literature=True)
p.commentary(26, literature=True)               # an interview published in a book
p.write()
