"""pub04: Applebaum, Iron Curtain (as pub01), page 90 of the 100-vampirenovels.net copy: endnotes 1-27 of the next
chapter (on radio and the media; 28 cut off). DRA (German Broadcasting Archive, GDR holdings) codes printed whole
are shelfmarks; long 'Ibid.' chain changing the code ('Ibid., B202-00-071/0027.') or the pages. An ibid printing a
new code without pages does not repeat the pages (east). TVP (Polish Television archive) '85/14' -> shelfmark.
23 cites TVP and a book: archival. 24: a dated issue of Gazeta Wyborcza (daily) -> newspaper (the Tygodnik
Mazowsze mention is no citation); 27: Rzeczpospolita, 15 August 1944 (daily) -> newspaper. 22: a printed document
edition (literature). 1, 12: the author's interviews/conversations (commentary)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub04")
D = lambda: arch("DRA", "DRA")
SM = lambda v: U("shelfmark", v)
p.commentary(1)
p.commentary(2, literature=True)
p.archival(3, D(), SM("B202-00-00-06/0617"))
p.ibid(4, 3, SM("F201-00-00/0004"), "p:646-650")
p.ibid(5, 4, folios="p:427-435")
for n in range(6, 10):
    p.commentary(n, literature=True)
p.archival(10, D(), SM("F201-00-00/0004"), "p:554")
p.commentary(11, literature=True)
p.commentary(12)
p.commentary(13, literature=True)
p.archival(14, D(), SM("201-00-004/001"), "p:1-32")
p.ibid(15, 14, folios="p:108-109")
p.ibid(16, 15, SM("B202-00-071/0027"), "")
p.ibid(17, 16, SM("B202-00-03/0002"), "")
p.ibid(18, 17, SM("B202-00-06/40"), "")
p.ibid(19, 18, SM("F201-00-00/0004"), "p:532, p:540, p:600-615")
p.ibid(20, 19, folios="p:583")
p.ibid(21, 20, folios="p:71-73")
p.commentary(22, literature=True)
p.archival(23, arch("TVP", "TVP"), SM("85/14"))
p.newspaper(24, NP("Gazeta Wyborcza", 2006, 12, 6))
p.commentary(25, literature=True)
p.archival(26, arch("TVP", "TVP"), SM("85/2/2"))
p.newspaper(27, NP("Rzeczpospolita", 1944, 8, 15))
p.write()
