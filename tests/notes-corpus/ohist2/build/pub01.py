"""pub01: "The Foundation of FRUS" (Office of the Historian article, frus-history articles/foundation-of-frus.xml),
notes 1-34 (all)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub01")
NA = lambda: arch("NARA", None, "National Archives")
p.commentary(1, literature=True)            # articles; an unpublished paper "in author's possession"
p.commentary(2, literature=True)            # Congressional Globe
p.commentary(3, literature=True)            # the 1861 Message (printed), "[hereafter Message]"
for n in range(4, 19):
    p.commentary(n, literature=True)        # letters cited by page of the printed Message (short title, not ibid)
p.commentary(19, literature=True)
p.commentary(20, literature=True)
# 21: two letters in M40 (Domestic Letters); page, bound volume, microfilm reel (both `volume`, printed order)
DL = "Domestic Letters, 1784-1906"
p.archival(21, NA(), U("v", "55", "v", "52", "s", "M40", "s", DL, "rg", "59"), "p:520",
           also=[cite(NA(), U("v", "56", "v", "53", "s", "M40", "s", DL, "rg", "59"), "p:22")])
p.newspaper(22, NP("New York Herald", 1861, 12, 2))
p.newspaper(23, NP("Albany Evening Journal", 1861, 12, 7))   # three papers, "all December 7, 1861"
p.commentary(24, literature=True)           # a newspaper named without an issue ("over several days")
p.newspaper(25, NP("New York Times", 1861, 12, 9))
p.newspaper(26, NP("New Hampshire Sentinel", 1861, 12, 12))
p.newspaper(27, NP("Albany Evening Journal", 1861, 12, 18))
p.newspaper(28, NP("San Francisco Bulletin", 1862, 1, 9))
p.newspaper(29, NP("New York Herald-Tribune", 1861, 12, 18))
p.newspaper(30, NP("Trenton State Gazette", 1861, 12, 20))   # "the Trenton State Gazette": article dropped (prose)
p.newspaper(31, NP("Macon Telegraph", 1862, 1, 7))
p.newspaper(32, NP("Columbus Daily Enquirer", 1861, 12, 23))
p.newspaper(33, NP("New Orleans Times-Picayune", 1861, 12, 25))
p.commentary(34)
p.write()
