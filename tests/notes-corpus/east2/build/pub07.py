"""pub07: Oleg V. Khlevniuk, Stalin: New Biography of a Dictator, trans. Nora Seligman Favorov (New Haven: Yale
University Press, 2015), endnotes 39-52 of one chapter as stored on https://rulit.me/books/stalin-read-552537-123.html
(note 53 is cut off in the stored copy)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite

p = Pub("pub07")
RG = lambda: arch("RGASPI", "RGASPI")
p.commentary(39, literature=True)
p.archival(40, RG(), U("f", "17", "op", "166", "d", "592"), "107")
p.commentary(41, literature=True)
p.archival(42, RG(), U("f", "558", "op", "11", "d", "296"), "1-3")      # literature first, archival citation after it
p.commentary(43, literature=True)
p.commentary(44, literature=True)
p.commentary(45, literature=True)
p.commentary(46, literature=True)
p.commentary(47, literature=True)
p.archival(48, RG(), U("f", "558", "op", "11", "d", "66"), "13")
p.commentary(49, literature=True)
p.commentary(50, literature=True)
p.commentary(51, literature=True)
p.commentary(52, literature=True)
p.write()
