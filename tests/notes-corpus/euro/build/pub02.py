"""pub02: Kertzer, The Pope and Mussolini (as pub01), whosread.com copy (book 511641, page 12565291): endnotes 10-18 of
the chapter on the Lateran Accords (the page begins with 10; 19 is cut off). Short citations and CC (La Civilta
cattolica, a periodical, cited by year/volume/pages) are literature. 12 (based on Augustine's Confessions, chap. 11)
cites a work -> literature. 17 `ACS, CR, b. 4, Roma, 1 maggio 1923, Mussolini a De Vecchi. ... ACS, CR, b. 4.`:
CR (Carteggio riservato of Mussolini's private secretariat) -> fond, b. -> box; the date and document description
are not units; the same file cited again at the end of the note is kept as an `also` (west2: repeated citations kept)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub02")
for n in range(10, 17):
    p.commentary(n, literature=True)
p.archival(17, arch("ACS", "ACS"), U("fond", "CR", "box", "4"),
           also=[cite(arch("ACS", "ACS"), U("fond", "CR", "box", "4"))])
p.commentary(18, literature=True)
p.write()
