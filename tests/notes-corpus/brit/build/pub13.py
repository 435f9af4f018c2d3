"""pub13: Christopher Andrew, The Defence of the Realm: The Authorized History of MI5 (London: Allen Lane, 2009),
readonlinefree.net copy (read-online-the-defence-of-the-realm-full/books-166): endnotes 121-137 of the chapter on
the end of the First World War (the stored page begins with note 121; 130 is not in the stored text; 138 cut off).
The copy breaks lines around italics and shows mojibake for dashes and opening quotation marks (`9944âAâ4`,
`pp. 38 â 9 .`, `âfishing, shooting, golf'`): kept as stored with whitespace collapsed (so `p. 80 .`, `Scotland Yard ,
ch. 20`); not flagged (no warning class fits; the `â` may hide further invisible bytes of the copy, not reproduced).
121 `NAW RG 165, 9944âAâ4` (National Archives, Washington) -> NARA printed `NAW`, record_group `165`, the
Military Intelligence Division file number -> file (as printed, with the mojibake for its dashes).
123-125 `Security Service Archives` (the authorized historian's citation of MI5's retained records, no reference)
-> archival SSA, name as printed, no units (east2/slav: a bare holder gives units []).
122 and 126 (an internal MI5 list cited by title and date, no holder; `See above, p. 80` points into the book) ->
commentary without literature (doubtful: a reader may assume the Security Service Archives).
129, 131 `SLYU Wiseman MSS, series 1, box 6, folder 172` -> Yale MSSA printed `SLYU` (Sterling Library, Yale
University), collection `Wiseman MSS`, series `1`, box, folder (west's NARA/LC levels). 131 continues with a book.
134 `GT 6079, 21 Oct. 1918, TNA CAB 24/67` -> TNA; `GT 6079` (a War Cabinet paper number) is no unit (east2).
136, 137 `Wiltshire Public Record Office, Long MSS` -> WSHC (the county record office, now the Wiltshire and Swindon
History Centre), name as printed, collection `Long MSS`. 128 `Ibid.` -> ibid of 127 (literature)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub13")
S = lambda: arch("SSA", None, "Security Service Archives")
Y = lambda: arch("Yale MSSA", "SLYU")
W = lambda: arch("WSHC", None, "Wiltshire Public Record Office")
p.archival(121, arch("NARA", "NAW"), U("rg", "165", "fi", "9944âAâ4"))
p.commentary(122)
p.archival(123, S(), [])
p.archival(124, S(), [])
p.archival(125, S(), [])
p.commentary(126)
p.commentary(127, literature=True)
p.ibid(128, 127)
p.archival(129, Y(), U("c", "Wiseman MSS", "s", "1", "b", "6", "fo", "172"))
p.archival(131, Y(), U("c", "Wiseman MSS", "s", "1", "b", "6", "fo", "171"))
p.commentary(132, literature=True)
p.commentary(133, literature=True)
p.archival(134, arch("TNA", "TNA"), U("s", "CAB 24", "pi", "67"))
p.commentary(135, literature=True)
p.archival(136, W(), U("c", "Long MSS"))
p.archival(137, W(), U("c", "Long MSS"))
p.write()
