"""pub01: Frank Dikötter, The Tragedy of Liberation: A History of the Chinese Revolution 1945-1957 (London:
Bloomsbury, 2013), endnotes 1-7 of chapter 5 ('The Great Terror'), from bookreadfree.com/566106/13897252
('Page 38'); note 8 is cut off at the end of the stored text. Dikötter's convention (see dik.py). 'Time' (a weekly
magazine) is literature (east2/world)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub
from dik import mk, c

p = Pub("pub01")
a = mk(p)
a(1, "Hubei", "SZ1-2-15", "p:19-47")
p.commentary(2, literature=True)
# the same file cited twice for two documents, the place printed each time -> also with the printed place
a(3, "Guangdong", "204-1-34", "p:50", also=[c("Guangdong", "204-1-34", "p:16-24")])
a(4, "Sichuan", "JX1-836", "p:10", also=[c("Guangdong", "204-1-34", "p:16-24, p:69-70"),
                                          c("Sichuan", "JX1-836", "p:78-82")])
a(5, "Shaanxi", "123-25-2", "p:357")
p.commentary(6, literature=True)               # Time (weekly) and a book
a(7, "Hubei", "SZ1-2-32", "p:7-13", also=[c("Hubei", "SZ1-2-60", "p:51, p:115"),
                                           c("Shaanxi", "123-25-2", "p:357")])
p.write()
