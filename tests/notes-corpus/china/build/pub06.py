"""pub06: Dikötter, The Tragedy of Liberation (as pub01), endnotes 16-24 of the chapter on workers and health
(1956-57), from full-english-books.net ... read-online-chapter-59; note 25 cut off. 17/18 'also in Nanjing,
4003-1-108' (the same report held in a second archive) -> a further citation (also) with the printed place.
21 'A1-2-393,pp.' -> missing-space. 17 'May 13 Aug. 1956' (sic) is a date, not a unit."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub
from dik import mk, c

p = Pub("pub06")
a = mk(p)
a(16, "Nanjing", "4003-1-107", "p:364-365")
a(17, "Hubei", "SZ29-1-13", "p:2-3", also=[c("Hubei", "SZ29-1-144", "p:14-35"), c("Shandong", "A1-2-393", "p:54-58"),
                                            c("Nanjing", "4003-1-108", "p:54-60")])
a(18, "Shandong", "A1-2-393", "p:54-58", also=[c("Nanjing", "4003-1-108", "p:54-60")])
a(19, "Nanjing", "4003-1-107", "p:370-376", also=[c("Nanjing", "4003-1-107", "p:48"), c("Nanjing", "4003-1-122", "p:25"),
                                                   c("Nanjing", "5065-2-142", "p:52-53")])
a(20, "Hubei", "SZ44-2-158", "p:16-59")
a(21, "Shandong", "A1-2-393", "p:103-105", warn="missing-space")
p.commentary(22, literature=True)
p.commentary(23, literature=True)
a(24, "Hubei", "SZ1-2-405", "p:25-36")
p.write()
