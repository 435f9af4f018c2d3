"""pub05: Longerich, Heinrich Himmler (as pub04), books.thomasstone.org copy "free-books-174": endnotes 55-69 of the
chapter on Germanization policy (the page begins with 55; 70, `Ibid. 501`, stands at the very end of the stored text
and is left out as possibly cut). `BAB, R 69/650` etc. -> BArch bestand + signatur; the document descriptions and
dates after the file are not units. 58 `Ibid. 332; ...` -> ibid of 57 (Heinemann, literature): no archive. 66
`Ibid. report from Creutz, ...` -> ibid of 65 (BAB, NS 19/150), units repeated, no folios. 67 `(BAB, NS 47/31)` after
literature -> archival. 69 `Ibid. 499 ff.` -> ibid of 68 (literature)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub05")
B = lambda: arch("BArch", "BAB")
for n in (55, 56, 57):
    p.commentary(n, literature=True)
p.ibid(58, 57)
p.archival(59, B(), U("be", "R 69", "si", "650"))
p.archival(60, B(), U("be", "NS 47", "si", "49"))
p.archival(61, B(), U("be", "NS 2", "si", "153"))
p.archival(62, B(), U("be", "NS 2", "si", "154"))
p.archival(63, B(), U("be", "NS 2", "si", "153"))
p.archival(64, B(), U("be", "R 49", "si", "73"))
p.archival(65, B(), U("be", "NS 19", "si", "150"))
p.ibid(66, 65)
p.archival(67, B(), U("be", "NS 47", "si", "31"))
p.commentary(68, literature=True)
p.ibid(69, 68)
p.write()
