"""pub02: Sankovitch, American Rebels (as pub01), same stored page: endnotes 1-11 of chapter 5, "Changing Fortunes"
(12 cut off at the end of the stored text).
1 `Jonathan Belcher Letter Books, 1723-1755, vol. 11, Collections of the MHS` -> MHS (`abbr_as_printed` `MHS`; `the
Collections of the MHS` taken as the society's manuscript holdings, not its printed series *Collections of the
Massachusetts Historical Society* -- doubtful), collection with its dates as printed, volume `11`.
3: the second sentence (`The Quincy Family Papers are part of the Quincy, Wendell, Holmes, and Upham family papers
collection of the MHS`) explains the collection; it is not a further citation.
4 `Benjamin Franklin to Edmund Quincy IV, December 10, 1761, ibid.` -> ibid of 3 (eng2: a document followed by `ibid.`
pointing to the previous note's collection).
6 `Founders Online, National Archives, http://...` (the online documentary edition) -> literature (ohist: a web copy
cited for a text), although `National Archives` is named.
10-11: ibids of literature (11 adds a page; archive null, no units, no folios)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub02")
M = lambda: arch("MHS", "MHS")
p.archival(1, M(), U("collection", "Jonathan Belcher Letter Books, 1723–1755", "volume", "11"))
p.commentary(2, literature=True)
p.archival(3, M(), U("collection", "Quincy Family Papers"))
p.ibid(4, 3)
p.commentary(5, literature=True)
p.commentary(6, literature=True)
p.archival(7, M(), U("volume", "1", "collection", "Adams Papers"))
p.ibid(8, 7)
p.commentary(9, literature=True)
p.ibid(10, 9)
p.ibid(11, 10)
p.write()
