"""pub05: David A. Finlayson and Michael K. Cecil, Pioneers of Australian Armour in the Great War (Big Sky Publishing /
Army History Unit, 2015), trantor.is copy (ZIk3Gb87aGhicQuX/xhtml/em14.xhtml): endnotes 1-18 of one section of Part 1
(19 cut off; the stored page is an endnote table, its `|` cell markup dropped). Book identified from the same
trantor.is book (06_Contents.xhtml, 08_Ack.xhtml) and the AWM catalogue.
1, 2, 5, 6, 7: the authors' remarks without a citation -> commentary (1 names a photo album in private hands).
3: a letter without holder -> commentary without literature (world's rule for unpublished items without a holder).
4: `Captain James' papers at the Army Tank Museum` -> archival ATM (name printed, no abbreviation), collection.
8, 13: NAA `B2455` (the WWI service records series) -> series; the control symbol (`James E.H.`,
`Cornwell, P.R.V.`) -> file; `item barcode 7365498` -> reference_code (NEW: the NAA barcode is a single code
that identifies the item across the whole archive), label dropped.
9-12, 14-18: newspapers with date and page; 17's section title `'Motors and Motoring'` is not recorded."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub05")
for n in (1, 2, 3):
    p.commentary(n)
p.archival(4, arch("ATM", None, "Army Tank Museum"), U("c", "Captain James’ papers"))
for n in (5, 6, 7):
    p.commentary(n)
p.archival(8, arch("NAA", "NAA"), U("s", "B2455", "fi", "James E.H.", "reference_code", "7365498"))
p.newspaper(9, NP("The Argus", 1919, 8, 13, page="10"))
p.newspaper(10, NP("The Coburg Leader", 1895, 12, 14, page="4"))
p.newspaper(11, NP("The Coburg Leader", 1904, 10, 29, page="1"))
p.newspaper(12, NP("The Coburg Leader", 1909, 3, 20, page="4"))
p.archival(13, arch("NAA", "NAA"), U("s", "B2455", "fi", "Cornwell, P.R.V.", "reference_code", "3424461"))
p.newspaper(14, NP("The Argus", 1913, 11, 24, page="12"))
p.newspaper(15, NP("The Sydney Morning Herald", 1914, 1, 26, page="12"))
p.newspaper(16, NP("The Leader", 1914, 2, 7, page="23"))
p.newspaper(17, NP("The Leader", 1915, 8, 21, page="21"))
p.newspaper(18, NP("The Brunswick and Coburg Leader", 1916, 6, 16, page="2"))
p.write()
