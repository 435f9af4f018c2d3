"""pub03: Applebaum, Red Famine (as pub01), notes 1-11 of chapter 3 (the famine and truce of the 1920s; note 12
cut off in the stored trantor.is page). Note 5 reports, after the book it quotes, the files that book cites
('citing TsDAVOU 2/2/40 (1921), 33, and RDVA 40442/3/2 (1920), 16, 25'): archival at second hand (east3 pub08 222);
RDVA = RGVA printed in Ukrainian transliteration (Rosiis'kyi derzhavnyi viis'kovyi arkhiv)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub03")
for n in range(1, 5):
    p.commentary(n, literature=True)
p.archival(5, arch("TsDAVO", "TsDAVOU"), U("fond", "2", "opis", "2", "delo", "40"), "33",
           also=[cite(arch("RGVA", "RDVA"), U("fond", "40442", "opis", "3", "delo", "2"), "16, 25")])
for n in range(6, 12):                           # 8 Stalin's Works; 11 a printed document edition
    p.commentary(n, literature=True)
p.write()
