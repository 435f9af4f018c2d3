"""pub06: Peter Longerich, Goebbels: A Biography (New York: Random House, 2015), endnotes 8-25 of one chapter
(the stored page, 'Page 116', begins with note 8; note 26 is cut off). TB = Goebbels's diaries in the printed
edition (Fröhlich) -> literature; BAB = Bundesarchiv Berlin -> BArch (east2)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub06")
B = lambda: arch("BArch", "BAB")
p.archival(8, B(), U("be", "R 55", "si", "601"))
p.commentary(9, literature=True)
# in-note "(ibid., Vermerk vom 4. November 1944)": a further document of the same file -> also (east rule)
p.archival(10, B(), U("be", "R 43 II", "si", "666b"),
           also=[cite(arch("BArch"), U("be", "R 43 II", "si", "666b"))])
p.archival(11, B(), U("be", "R 43 II", "si", "666b"))
# VB (N) = Völkischer Beobachter, Norddeutsche Ausgabe; "(N)" is the edition, not part of the title (west2's "(M.)" rule)
p.archival(12, B(), U("be", "R 43 II", "si", "666b"), newspaper=NP("VB", 1944, 11, 5))
for n in range(13, 26):
    p.commentary(n, literature=True)
p.write()
