"""pub06: Geoffrey Roberts, Stalin's Library: A Dictator and His Books (Yale UP, 2022), endnotes 88-94 of one chapter."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U

p = Pub("pub06")
p.archival(88, arch("RGASPI", "RGASPI"), U("f", "558", "op", "1", "d", "5754"), "126")
p.ibid(89, 88, U("op", "11", "d", "1605"), "")     # units printed, no leaf: the old leaf is not repeated
p.commentary(90)                                   # mentions where a text was published; no issue cited
p.commentary(91, literature=True)
p.archival(92, arch("RGASPI", "RGASPI"), U("f", "558", "op", "3", "d", "28"), "")  # pp.43-7 are pages of the book
p.commentary(93, literature=True)
p.commentary(94, literature=True)
p.write()
