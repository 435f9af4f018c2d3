"""pub12: Ukrainian-language book on Galicia and Volhynia in interwar Poland (newlib.net book 288114, page 52; possibly
the Folio volume 'Проект «Україна». Галичина та Волинь у складі міжвоєнної Польщі', identified by content;
the stored page does not show the title), endnotes 315-321 (322 cut off).
'ЦДІАУ у Львові. – Ф. 359. – Оп. 1. – Спр. 219. – Арк. 54.' -> TsDIAL, fond/opis/delo (спр.), leaf (арк.).
'Діло. – 1939. – 31 серп.' (Lviv daily) -> newspaper. Mixed-script words in literature titles flagged homoglyph:
'iсторично'/'iст.' (Latin i in a Cyrillic word, 315, 318), 'Krakόw' (Greek omicron with tonos, 321)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub12")
T = lambda: arch("TsDIAL", "ЦДІАУ у Львові")
p._obj(315, "commentary", literature=True, warn="homoglyph")
p.archival(316, T(), U("fond", "359", "opis", "1", "delo", "219"), "54")
p.archival(317, T(), U("fond", "359", "opis", "1", "delo", "219"))
p._obj(318, "commentary", literature=True, warn="homoglyph")
p.commentary(319, literature=True)
p.newspaper(320, NP("Діло", 1939, 8, 31))
p._obj(321, "commentary", literature=True, warn="homoglyph")
p.write()
