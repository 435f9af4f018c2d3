"""pub03: Yuri Slezkine, The House of Government (as pub02), bookreadfree.com copy 480890/11815202: endnotes 18-35 of
the chapter on Bukharin's and Kol'tsov's last days (the page begins with note 18; 36 cut off). No archival note:
literature, ibid chains of literature, one newspaper. Ibid chains point to the note just before (22 -> 21, 23 -> 22,
...). 33 and 35 (`Ibid., 247, 95; Boris Sopel'niak, ...`) open with an ibid of the previous book: ibid of literature.
29: a book and then `Pravda, March 7, 1938` -> newspaper (world pub12 71: a note citing a book and the paper).
Web addresses (18) and journal articles are literature."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub03")
for n in (18, 19, 20, 21):
    p.commentary(n, literature=True)
p.ibid(22, 21)
p.ibid(23, 22)
p.ibid(24, 23)
p.commentary(25, literature=True)
p.ibid(26, 25)
p.ibid(27, 26)
p.commentary(28, literature=True)
p.newspaper(29, NP("Pravda", 1938, 3, 7))
for n in (30, 31, 32):
    p.commentary(n, literature=True)
p.ibid(33, 32)
p.commentary(34, literature=True)
p.ibid(35, 34)
p.write()
