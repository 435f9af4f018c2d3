"""pub08: Omer Bartov, Anatomy of a Genocide: The Life and Death of a Town Called Buczacz (New York: Simon &
Schuster, 2018), endnotes 19-23 of one chapter (bookreadfree.com 372894/9171872; note 24 cut off).
Note 21: printed annual reports of the Buczacz gymnasium, consulted on microfilm in the Jagiellonian Library
('Biblioteka Jagiellońska, Kraków (hereafter BJ), Mf. 11712'): printed texts -> literature; the microfilm number
locates a copy of printed works, not an archival unit (doubtful, see README)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub08")
for n in range(19, 24):
    p.commentary(n, literature=True)
p.write()
