"""pub03: Sankovitch, American Rebels (as pub01), whosread.com copy 57246/1439371 ("Page 47", AMP page): endnotes 1-24
of chapter 17, "Branching Out" (25 cut off).
`Josiah Quincy Jr., Southern Journal, p. 3, Quincy Family Papers, MHS` -> collection `Quincy Family Papers`, page
folio 3 (the page of the manuscript journal, printed before the collection); the journal's title is the document, not
a unit. 18 `..., Quincy Family Papers, MHS, pp. 9-10` -> page folio 9-10 after the archive.
Ibid chain 19-23 with new pages (`Ibid., p. 11, 17.` -> pages 11 and 17; `p. 24, 28-29, 31` -> three page folios),
each pointing to the note before.
14 `..., quoted in ibid., p. 137.` -> ibid of 13 (a book), archive null (asia: an in-prose ibid makes the note an ibid).
7, 9 (Quincy's printed memoir), 10 (`Boston Town Records, 1770-1777, p. 93` -- the printed town records -- quoted in
two books), 11-13, 17 -> literature. 2 `John Adams to the Boston Gazette, ..., Adams Papers, MHS` -> archival (the
letter in the Adams Papers, not a newspaper issue)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub03")
M = lambda: arch("MHS", "MHS")
AP = lambda: U("collection", "Adams Papers")
QF = lambda: U("collection", "Quincy Family Papers")
p.archival(1, M(), U("volume", "2", "collection", "Adams Papers"))
p.archival(2, M(), AP())
p.archival(3, M(), AP())
p.ibid(4, 3)
p.ibid(5, 4)
p.ibid(6, 5)
p.commentary(7, literature=True)
p.archival(8, M(), AP())
p.commentary(9, literature=True)
p.commentary(10, literature=True)
p.commentary(11, literature=True)
p.commentary(12, literature=True)
p.commentary(13, literature=True)
p.ibid(14, 13)
p.archival(15, M(), QF(), "p:3")
p.ibid(16, 15, folios="p:1")
p.commentary(17, literature=True)
p.archival(18, M(), QF(), "p:9–10")
p.ibid(19, 18, folios="p:11, p:17")
p.ibid(20, 19, folios="p:24, p:28–29, p:31")
p.ibid(21, 20, folios="p:25")
p.ibid(22, 21, folios="p:28")
p.ibid(23, 22, folios="p:33")
p.archival(24, M(), AP())
p.write()
