"""pub09: Ian Kershaw, The End: Hitler's Germany, 1944-45 (London: Allen Lane, 2011), endnotes 38-46 of one
chapter as stored on https://booksonline.com.ua/view.php?book=159387&page=107 (the page begins inside note 37 and
breaks off in note 47; neither is taken). Printed numbers are followed by a period, dropped by the N-text format.
German Federal Archives: `BAB` (Berlin) is BArch, `BA/MA` (Freiburg) BA-MA; a Bestand and its Signatur printed as
one code (`R55/603`, `MSg2/5284`) are `bestand` + `signatur`, values as printed; `fo.`/`fos.` are leaves."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite

p = Pub("pub09")
BAB = lambda: arch("BArch", "BAB")
BAMA = lambda: arch("BA-MA", "BA/MA")
p.archival(38, BAB(), U("be", "R55", "si", "603"), "508")
p.archival(39, BAB(), U("be", "R55", "si", "603"), "380")
p.archival(40, arch("BfZ", "BfZ"), U("c", "Sammlung Sterz"))          # a soldier's letter in the collection; no unit below it
p.commentary(41, literature=True)
p.commentary(42, literature=True)
p.commentary(43, literature=True)
p.archival(44, arch("LHCMA", "LHC"), U("c", "Dempsey Papers", "it", "72"))   # «appendix B»: part of the document, not a unit
p.archival(45, BAMA(), U("be", "MSg2", "si", "5284"), "603")
mama = lambda si, f: cite(arch("BA-MA"), U("be", "MSg2", "si", si), f)
p.archival(46, BAMA(), U("be", "MSg2", "si", "2697", "v", "2"), "20", also=[
    mama("2696", "1"),
    mama("2696", "190"),          # «(fo. 190)»: a further leaf of the file named just before
    mama("2697", "182")])          # «the Kartei of the BA/MA» is a mention, not a citation
p.write()
