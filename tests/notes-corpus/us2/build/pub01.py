"""pub01: Nina Sankovitch, American Rebels: How the Hancock, Adams, and Quincy Families Fanned the Flames of Revolution
(New York: St. Martin's Press, 2020), bookreadfree.com copy 57246/1439361 ("Page 45"): endnotes 28-40 of chapter 4
(the page begins with 28; chapter 5 follows, see pub02).
`Diary of John Adams, vol. 1, <date>, Adams Papers, MHS` -> MHS (printed `MHS`), units volume `1` (the diary's volume)
then collection `Adams Papers`, printed small-to-large (Chicago order, not flagged). The document description
(`Diary of John Adams`, a letter's writer and addressee, an entry title such as `Letters to Three Friends on Studying
Law`) and the date are not units. 30 (the printed Butterfield edition of the diary) -> literature. Ibid chains point to
the note just before (33 -> 32, 34 -> 33, 35 -> 34)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub01")
M = lambda: arch("MHS", "MHS")
DIARY1 = U("volume", "1", "collection", "Adams Papers")
p.archival(28, M(), DIARY1)
p.ibid(29, 28)
p.commentary(30, literature=True)
p.archival(31, M(), DIARY1)
p.archival(32, M(), DIARY1)
p.ibid(33, 32)
p.ibid(34, 33)
p.ibid(35, 34)
p.archival(36, M(), DIARY1)
p.ibid(37, 36)
p.archival(38, M(), U("collection", "Adams Papers"))
p.archival(39, M(), DIARY1)
p.archival(40, M(), DIARY1)
p.write()
