"""pub14: the same book as pub13, endnotes 2061-2066 (https://read-book.net/uk/publitsistika/page-265-34509-zhittja-stepana-banderi-terorizm-fashizm-genocid-kult-gzhegozh-rossolinski-libi.html;
2067 cut off)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub14")
p.commentary(2061)                                                   # interview with the author: no citation of a held record
p.commentary(2062, literature=True)                                  # an anonymous publication of the museum, 1979
p.commentary(2063)
p.commentary(2064)
p.commentary(2065)
p.commentary(2066, literature=True)
p.write()
