"""pub01: William Dalrymple, The Last Mughal: The Fall of a Dynasty, Delhi 1857 (London: Bloomsbury, 2006),
bookreadfree.com copy 248159/6124190.amp ("The Last Mughal Page 65"): endnotes 44-64 of one chapter (the siege of
Delhi, June-July 1857); 65 cut off at the end of the stored text.
47 `NAI, Mutiny Papers, Collection 67, no. 50` -> NAI, series `Mutiny Papers` (the named record series), collection
`67` (the numbered bundle, printed `Collection`), item `50` (`no.`, a numbered document). 48 `Ibid., Collection 60,
nos 213-14` -> ibid of 47 with collection 60 and item `213–14` (a range of document numbers, value as printed).
50 `South Asian Studies Library, Cambridge, Campbell Metcalfe Papers, Box 4` -> CSAS (the holder's name as printed,
no abbreviation), collection, box. 51-53 `Ibid., Box N` -> ibid chain, box replaced; 53's second `Box 6` (a further
letter in the same box) -> `also` with the same collection and box, abbr_as_printed null.
54 `National Army Museum (hereafter NAM), Wilson Letters` -> NAM with abbr_as_printed `NAM` and the name;
`Wilson Letters` -> collection. Letter descriptions and dates are not units.
62 `Delhi Gazette Extra, 8 July 1857` -> newspaper (an extra of the Delhi Gazette; title as printed).
57, 61 (a letter / a quotation cited in Hibbert) -> literature. 64 `Ibid., pp. 81-2` -> ibid of literature (63)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub01")
for n in (44, 45, 46):
    p.commentary(n, literature=True)
p.archival(47, arch("NAI", "NAI"), U("s", "Mutiny Papers", "c", "67", "it", "50"))
p.ibid(48, 47, units=U("c", "60", "it", "213–14"))
p.commentary(49, literature=True)
CS = lambda: arch("CSAS", None, "South Asian Studies Library, Cambridge")
p.archival(50, CS(), U("c", "Campbell Metcalfe Papers", "b", "4"))
p.ibid(51, 50, units=U("b", "6"))
p.ibid(52, 51, units=U("b", "8"))
p.ibid(53, 52, units=U("b", "6"), also=[cite(arch("CSAS"), U("c", "Campbell Metcalfe Papers", "b", "6"))])
p.archival(54, arch("NAM", "NAM", "National Army Museum"), U("c", "Wilson Letters"))
for n in range(55, 62):
    p.commentary(n, literature=True)
p.newspaper(62, NP("Delhi Gazette Extra", 1857, 7, 8))
p.commentary(63, literature=True)
p.ibid(64, 63)
p.write()
