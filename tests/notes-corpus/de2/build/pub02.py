"""pub02: Peter Bahl, Belastung und Bereicherung. Vertriebenenintegration in Brandenburg ab 1945 (Bibliothek der
Brandenburgischen und Preußischen Geschichte 17), Berlin: BWV 2020 (open access, CC BY-NC-ND 4.0); chapter
"Staatliche Archive" (pp. 70-76), footnotes 212-215. 216 is cut by the stored text and not taken; 211 and earlier
are not on the stored page. Stored page: https://9dok.net/article/staatliche-archive-belastung-und-bereicherung.q2npkpxj"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub

p = Pub("pub02")
p.commentary(212, literature=True)        # short title "(wie Anm. 12)" with page: a literature citation
p.commentary(213, literature=True)        # printed census results + article
p.commentary(214, literature=True)        # names two reference works (with "wie Anm." pointers) -> literature (doubtful)
p.commentary(215)                         # pointer to a table of the book
p.write()
