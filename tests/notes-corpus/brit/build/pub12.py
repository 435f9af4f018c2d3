"""pub12: Charles M. Andrews, British Committees, Commissions, and Councils of Trade and Plantations, 1622-1675
(Johns Hopkins University Studies in Historical and Political Science, series 26, nos. 1-3; Baltimore, 1908),
bitlit.ru copy (page 34 of the e-text): footnotes 4-8 of the chapter on the councils of 1660 (the page begins with note 4; the copy prints
the numbers as `([4])`, brackets dropped by the N-text format). Public domain.
4 `Bodleian, Clarendon Papers, passim, ...; Brit. Museum, Add. MSS., 11410, ff. 18 et seq.` -> Bodleian, printed as
its name (`Bodleian`, name_as_printed), collection `Clarendon Papers`, no folio (`passim`); the printed edition in
the New York Historical Society's Collections is literature; also: the British Museum manuscripts (now BL), name as
printed `Brit. Museum`, `Add. MSS., 11410` printed with a comma between collection and number -> collection
`Add. MSS.` and shelfmark `11410` (the printed split, world's rule for `AN 427, AP 1`; pub07's `Add. MS. 44296`
is one code); `ff. 18 et seq.` -> leaf 18 only (an open range has no end, world).
5 `P.C.R., Charles II, Vol. II, pp. 131–132` (the Privy Council Register, a manuscript series now at The National
Archives, PC 2) -> TNA, abbr_as_printed null; series `P.C.R.` (the series abbreviation as printed), subseries
`Charles II` (the reign's run of registers), volume `II`, pages 131-132; the printed Remembrancia index and Bannister
are literature, not recorded.
6 `Bodleian, Clarendon Papers, 73, f. 232` -> collection, the unlabelled volume number `73` -> volume (the usual
form of Clarendon MSS volume references; not flagged, like a NARA decimal file or AMAE `Russie 41`), leaf 232.
7 `Cal. State Papers, Dom.` (a printed calendar) -> literature.
8 `Public Record Office, Chancery, Crown Dockets, 6, p. 50` -> TNA, name as printed; the department `Chancery` ->
series, the class `Crown Dockets` -> subseries, the unlabelled `6` -> volume (not flagged, as 6), page 50."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub12")
p.archival(4, arch("Bodleian", None, "Bodleian"), U("c", "Clarendon Papers"), also=[
    cite(arch("BL", None, "Brit. Museum"), U("c", "Add. MSS.", "sm", "11410"), "18"),
])
p.archival(5, arch("TNA"), U("s", "P.C.R.", "ss", "Charles II", "v", "II"), "p:131-132")
p.archival(6, arch("Bodleian", None, "Bodleian"), U("c", "Clarendon Papers", "v", "73"), "232")
p.commentary(7, literature=True)
p.archival(8, arch("TNA", None, "Public Record Office"), U("s", "Chancery", "ss", "Crown Dockets", "v", "6"), "p:50")
p.write()
