"""pub02: FRUS, The Conference at Quebec, 1944 (1972), documents 17-29 (pre-conference correspondence).
n = 100 x document number + printed footnote number; the unnumbered source note is 100 x document + 0.
Source notes name a collection only ("Roosevelt Papers", "Hopkins Papers"); both collections are held
by the Franklin D. Roosevelt Library, which the note does not name -> FDRL, abbr_as_printed null."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U

p = Pub("pub02")
FD = lambda: arch("FDRL", None)
RP = lambda n: p.archival(n, FD(), U("c", "Roosevelt Papers"))
HP = lambda n: p.archival(n, FD(), U("c", "Hopkins Papers"))
L = lambda n: p.commentary(n, literature=True)
C = lambda n: p.commentary(n)
HP(1700)
C(1701)        # "See ante, p. 10, fn. 1.": points to a footnote of this volume
L(1702)        # FRUS Malta and Yalta
RP(1800); C(1801); C(1802)
# 1803 "The Map Room files indicate that ...": a finding attributed to a named body of records (as west's
# "keine Hinweise in R 43 I"): archival, collection only (the Map Room Papers are at the FDR Library)
p.archival(1803, FD(), U("c", "Map Room files"))
RP(1900); C(1901)
C(1902)        # Not printed.
C(1903)
L(1904)        # Churchill, Triumph and Tragedy
RP(2000); C(2001)
C(2002)        # ante, p. 10, fn. 1 -> a footnote
L(2003)        # "Supra." = the document printed just above (a document of this edition)
L(2004)        # FRUS 1943 conference volume
C(2005)
RP(2100); C(2101)
RP(2200); C(2201); L(2202)
RP(2300); C(2301); L(2302); L(2303); C(2304); L(2305)
RP(2400); C(2401)
L(2402)        # FRUS 1944 vol. iii; Hancock and Gowing; Hall
C(2403)
L(2404)        # "See ante, p. 13." = a document of this volume
HP(2405)       # "(Hopkins Papers)" at the end of the note
L(2406)        # post, p. 17; post, p. 159
RP(2500); C(2501); C(2502); L(2503)
L(2504)        # Matloff; Leahy
HP(2600); L(2601)     # "... ante, p. 16."
HP(2700); C(2701); C(2702); C(2703); C(2704)
RP(2800); C(2801)
L(2802)        # F. D. R.: His Personal Letters
HP(2900); L(2901); C(2902)
p.write()
