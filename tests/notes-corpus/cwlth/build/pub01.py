"""pub01: Srinath Raghavan, India's War: The Making of Modern South Asia 1939-1945 (London: Allen Lane, 2016),
whosread.com copy (569521/13979710, 'India's War Page 54'): endnotes 1-6 of chapter 1 (note 7 cut off; the
Introduction's notes 1-5 on the same page are not taken). The book's abbreviation list on the same page expands
WCP (War Cabinet Papers), TF (Towards Freedom) and TNA; CWMG is the Collected Works of Mahatma Gandhi.
3: `WCP, NMML` -> archive NMML (printed last), collection `WCP` (the microfilmed War Cabinet Papers held there).
4: `Linlithgow Papers, Acc. No. 2324, NAI` -> NAI, collection, shelfmark `2324` (accession number, label dropped).
5, 6: CWMG and TF are printed document editions -> literature."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub01")
p.commentary(1, literature=True)
p.commentary(2, literature=True)
p.archival(3, arch("NMML", "NMML"), U("c", "WCP"))
p.archival(4, arch("NAI", "NAI"), U("c", "Linlithgow Papers", "sm", "2324"))
p.commentary(5, literature=True)
p.commentary(6, literature=True)
p.write()
