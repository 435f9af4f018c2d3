"""pub08: Oleg V. Khlevniuk, Stalin: New Biography of a Dictator (Yale University Press, 2015), endnotes 133-150
of one chapter as stored on https://rulit.me/books/stalin-read-552537-127.html (note 151 is cut off)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite

p = Pub("pub08")
RG = lambda: arch("RGASPI", "RGASPI")
AP = lambda: arch("APRF", "APRF")
rg163 = lambda d, f: cite(arch("RGASPI"), U("f", "17", "op", "163", "d", d), f)
p.commentary(133, literature=True)
p.commentary(134, literature=True)
p.commentary(135, literature=True)
# «d. 1350, l. 40; d. 1356, …»: further files of the same opis, in also (east's rule), archive not printed again
p.archival(136, RG(), U("f", "17", "op", "163", "d", "1326"), "233",
           also=[rg163("1350", "40"), rg163("1356", "120-121"), rg163("1406", "27")])
p.ibid(137, 136, U("d", "1356"), "120-121")
p.ibid(138, 137, U("d", "1406"), "27")
p.archival(139, RG(), U("f", "644", "op", "2", "d", "36"), "32-35")
p.commentary(140, literature=True)
p.archival(141, AP(), U("f", "3", "op", "52", "d", "251"), "93")
p.commentary(142)
p.archival(143, AP(), U("f", "3", "op", "52", "d", "251"), "93")
p.archival(144, RG(), U("f", "17", "op", "163", "d", "1420"), "136")
p.ibid(145, 144, U("op", "3", "d", "1051"), "44,46")                 # ibid after prose; «l. 44, 46»: two leaves
p.commentary(146, literature=True)                                  # Russkii arkhiv: a published document series
p.ibid(147, 146)                                                    # ibid of a published work: no archive
p.commentary(148, literature=True)
p.commentary(149, literature=True)
p.archival(150, arch("GARF", "GARF"), U("f", "R-6991", "op", "1", "d", "1"), "1-10")
p.write()
