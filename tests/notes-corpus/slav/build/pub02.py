"""pub02: Applebaum, Red Famine (as pub01), notes to the Preface, 1-8 (all notes of the stored trantor.is page).
Note 3 'Ibid., 134.' repeats the file of note 2; 134 is a page of the document edition (Pyrih) in which the file
is printed, not a leaf of the file: folios empty (doubtful, see README)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub02")
p.commentary(1, literature=True)
p.archival(2, arch("TsDAHO", "TsDAHOU"), U("fond", "1", "opis", "20", "delo", "5254"), "1-16")
p.ibid(3, 2, folios="")
p.commentary(4, literature=True)                 # Literaturna Ukraïna (a weekly) named with a date: literature, not a newspaper
for n in range(5, 9):
    p.commentary(n, literature=True)
p.write()
