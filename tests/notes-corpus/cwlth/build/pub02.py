"""pub02: Brad St Croix, Fighting It Out: Canadian Troops at Hong Kong and in Memory (MA thesis, published on the
HKVCA website), hkvca.ca/st_croix/footnotes_chap3.php: footnotes 1-10 of chapter 3 (11 cut off).
LAC codes: the record/manuscript group is `series` and the sub-group `subseries` (east2's `MG 26, N8`), values as
printed: `RG 33 120` -> RG 33 / 120, `MG30 E157` -> MG30 / E157, `MG 27 III BII` -> MG 27 / III BII,
`MG26-J13` -> MG26 / J13 (split at the hyphen). The fonds name is `collection` (printed before the code),
`volume N` volume, `file "..."` file (quotation marks dropped), `exhibit N` item; the document description and date
are not units. `(hereafter Hong Kong Inquiry fonds)` defines the short name of later notes; the collection value
of 6 is the long name printed before it, later notes give the short name as printed. Bare `2` after the date (7) and `pages 1-2` are page folios.
3, 4: Ottawa Citizen articles -> newspaper (4 has no page).
6: two LAC citations separated by a full stop -> main + also (the second prints `LAC` again)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub02")
HK = "Royal Commission to Inquire into and Report upon the Organization, Authorization and Dispatch of the Canadian Expeditionary Force to the Crown Colony of Hong Kong fonds"
p.commentary(1, literature=True)
p.commentary(2, literature=True)
p.newspaper(3, NP("Ottawa Citizen", 1992, 1, 12, page="37"))
p.newspaper(4, NP("Ottawa Citizen", 2015, 11, 10))
p.commentary(5, literature=True)
p.archival(6, arch("LAC", "LAC", "Library and Archives Canada"),
           U("c", HK, "s", "RG 33", "ss", "120", "v", "2", "fi", "Exhibits 1–44", "it", "3"), "",
           also=[cite(arch("LAC", "LAC"),
                      U("c", "H.D.G. Crerar fonds", "s", "MG30", "ss", "E157", "v", "1", "fi",
                        "958C.009 (D4) CGS Files 1940–1942–Letters of Congratulation on Appointment as Chief General Staff. Crerar Papers – Period Jul 40 to Oct 40"), "")])
p.archival(7, arch("LAC", "LAC"), U("c", "J.L. Ralston fonds", "s", "MG 27", "ss", "III BII", "v", "70", "fi", "Hong Kong Inquiry, Memorandum"), "p:2")
p.archival(8, arch("LAC", "LAC"), U("c", "Hong Kong Inquiry fonds", "s", "RG 33", "ss", "120", "v", "2", "fi", "Exhibits 1–44", "it", "8"))
p.archival(9, arch("LAC", "LAC"), U("c", "William Lyon Mackenzie King fonds", "s", "MG26", "ss", "J13"), "p:1-2")
p.archival(10, arch("LAC", "LAC"), U("c", "Hong Kong Inquiry fonds", "s", "RG 33", "ss", "120", "v", "2", "fi", "Exhibits 1–44", "it", "1"), "p:1-2")
p.write()
