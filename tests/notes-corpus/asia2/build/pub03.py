"""pub03: Lawrence James, Raj: The Making and Unmaking of British India (London: Little, Brown, 1997),
bookreadfree.com copy 42619/1081689 ("Raj Page 90", author shown as "Lawrence, James"): endnotes 13-59 of the chapter
on the last years of the Raj, 1945-46 (the RIN mutiny, the Calcutta killings); 60 cut off, 12 and earlier on the
previous page.
James's short form: repository abbreviation, the collection named by the person, a catalogue number, then bare
locators. `PRO, WO 208/3817, 281` -> TNA (abbr_as_printed `PRO`), series `WO 208`, piece `3817`, folio 281.
`NAM, Lockhart, 8310-154, 1–2` -> NAM, collection `Lockhart` (papers named by their owner), shelfmark `8310-154`
(the museum's accession number, as cwlth's `Acc. No.`), folios 1-2. `IWM, Godfrey, 6, 99d–100` -> collection
`Godfrey`, volume `6` (brit's `Clarendon Papers, 73, f. 232` rule: unlabelled volume after named papers, not
flagged), folios 99d-100 (letter suffix kept). `BLO, Attlee, 31, 169` -> Bodleian (printed `BLO`), collection,
volume, folio. `LHC, Thompson (Findings …, 11)` -> LHCMA (printed `LHC`), collection `Thompson`, folio 11 (the page of
the report named in parentheses). All bare final numbers are folios without `unit: page` (whether leaves or pages is
not printed; TNA pieces are foliated); abbreviated ranges are expanded (`120–1` -> 120-121, `137–38` -> 137-138).
India Office Library (`IOL`) -> BL IOR with abbr_as_printed `IOL`: `IOL, Mss Eur, Bramble, R 143/2` -> series
`Mss Eur`, collection `Bramble`, shelfmark `R 143/2`; `IOL, LPJ, 8/574, 120–1` -> series `LPJ` (L/P&J printed
without slashes), piece `8/574` (the printed split is followed: the class number stays with the piece, world's rule);
`IOL, LWS, 1/1/1029, 71` likewise; `IOL, R2/139/65` (one code) -> series `R2`, piece `139`, file `65` (brit's
three-part TNA rule).
18 `Ibid.; NAM, …` and 39 `Ibid., 71–3; PRO, …`: an ibid of an archival note followed by a new archival citation ->
class archival (schema precedence); the ibid, printed first, is the main citation, resolved from the previous note
(abbr_as_printed null, folios replaced when printed), the new citation(s) in `also`. 18 `App. 8, 2` -> a further
`also` in the same NAM file: item `App. 8` (appendix 8 of the report), folio 2; 19 `Ibid.` -> that last citation.
56 `NAM, Bucher, 7901–87, 2 (Report …, 1); PRO, WO 208/3818, 290; TP, VIII, 313` -> NAM main (folio 2; the report's
own page in parentheses not recorded), TNA in `also`, TP (Transfer of Power, printed) not recorded.
58 `Ibid., 297–8` after 57 (NAM …; TP, VIII, 297 …) -> the last source of 57 is TP: ibid of literature, archive
null (schema: the ibid refers to the last source). 55 likewise ibid of literature (54).
Literature: short titles (`Thorne, 237`, `Mosley, 22`), Hansard, TP (Transfer of Power). 16, 35 (acknowledgements)
-> commentary without literature. 23 `The Times, 23 February 1946; Listener, …` -> newspaper (the Listener, a weekly,
not recorded). 30, 32, 42 (`n.n.`): no folios."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub03")
PRO = lambda: arch("TNA", "PRO")
NAM = lambda: arch("NAM", "NAM")
IWM = lambda: arch("IWM", "IWM")
IOL = lambda: arch("BL IOR", "IOL")
W = lambda piece: U("s", "WO 208", "pi", piece)
LOCK = U("c", "Lockhart", "sm", "8310-154")
p.archival(13, NAM(), LOCK, "1-2")
p.archival(14, IWM(), U("c", "Godfrey", "v", "6"), "99d-100", also=[cite(PRO(), W("3817"), "281")])
p.ibid(15, 14, folios="264, 266")
p.commentary(16)
p.archival(17, arch("LHCMA", "LHC"), U("c", "Thompson"), "11")
p.archival(18, arch("LHCMA"), U("c", "Thompson"), "11", also=[
    cite(NAM(), U("c", "Lockhart", "sm", "8310-154"), "54, 68, 72"),
    cite(arch("NAM"), U("c", "Lockhart", "sm", "8310-154", "it", "App. 8"), "2"),
])
p.ibid(19, 18)
p.archival(20, PRO(), W("3817"), "252")
p.archival(21, PRO(), W("3816"), "2B")
p.ibid(22, 21, folios="245")
p.newspaper(23, NP("The Times", 1946, 2, 23))
p.archival(24, PRO(), W("3817"), "222")
p.archival(25, NAM(), LOCK, "67")
p.archival(26, IOL(), U("s", "Mss Eur", "c", "Bramble", "sm", "R 143/2"))
p.archival(27, IOL(), U("s", "LPJ", "pi", "8/574"), "120-121")
p.archival(28, arch("Bodleian", "BLO"), U("c", "Attlee", "v", "31"), "169")
p.archival(29, PRO(), W("761A"), "3-4")
p.archival(30, PRO(), U("s", "WO 203", "pi", "2356"))
p.archival(31, IWM(), U("c", "Kingsford"), "107")
p.archival(32, IWM(), U("c", "Blackie"))
p.archival(33, PRO(), U("s", "WO 208", "pi", "3818"), "194")
p.commentary(34, literature=True)
p.commentary(35)
p.archival(36, NAM(), LOCK, "74")
p.archival(37, IWM(), U("c", "Godfrey", "v", "6"), "98d, 100, 101")
p.archival(38, IOL(), U("s", "LWS", "pi", "1/1/1029"), "71")
p.archival(39, arch("BL IOR"), U("s", "LWS", "pi", "1/1/1029"), "71-73", also=[cite(PRO(), W("3817"), "220, 242")])
p.ibid(40, 39, folios="234")
p.ibid(41, 40, folios="248")
p.archival(42, PRO(), W("761A"))
for n in range(43, 49):
    p.commentary(n, literature=True)
p.archival(49, IOL(), U("s", "R2", "pi", "139", "fi", "65"), "4-5, 16, 37")
p.archival(50, PRO(), W("3817"), "80, 87, 98, 107, 121")
p.commentary(51, literature=True)
p.archival(52, PRO(), W("3817"), "38, 46, 52, 65")
p.ibid(53, 52, folios="137-138")
p.commentary(54, literature=True)
p.ibid(55, 54)
BU = U("c", "Bucher", "sm", "7901–87")
p.archival(56, NAM(), BU, "2", also=[cite(PRO(), U("s", "WO 208", "pi", "3818"), "290")])
p.archival(57, NAM(), U("c", "Bucher", "sm", "7901–87"), "2")
p._obj(58, "ibid", None, [], [], ibid_of=57)
p.newspaper(59, NP("The Times", 1946, 8, 28))
p.write()
