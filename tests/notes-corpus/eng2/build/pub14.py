"""pub14: Reid, Leningrad (as pub13), rulit.me page 100 (book 218863): endnotes 1-15 of chapter 4 (the page begins
with notes 31-33 of chapter 3, not taken; 16 cut off). TsGAIPD SPb (the former Leningrad party archive).
'svyazkha' (svyazka, a bundle) -> fascicle. 5 'Fond 25, op. 12, svyazkha 3, 1118, ed. kr. 13': the bare 1118 between
labelled units is taken as the file (delo) and flagged unlabelled-number; 'ed. kr.' -> edinitsa_khraneniya
(doubtful, README). 13, 14 'Ibid., political report of ...': ibids of 12 (the document described is no unit).
1: an interview published on www.iremember.ru -> literature. 11 keeps the site's markup residue
'Souclass="underline"' (a literature title)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub14")
T = lambda: arch("TsGAIPD SPb", "TsGAIPD SPb")
FOD = lambda f, o, d: U("fond", f, "opis", o, "delo", d)
p.commentary(1, literature=True)
p.archival(2, T(), FOD("2281", "1", "22"))
p.commentary(3)
p.archival(4, T(), FOD("4000", "10", "1320"), "p:14")
p.archival(5, T(), U("fond", "25", "opis", "12", "fascicle", "3", "delo", "1118", "edinitsa_khraneniya", "13"),
           warn="unlabelled-number")
p.commentary(6, literature=True)
p.archival(7, T(), U("fond", "25", "opis", "12", "fascicle", "13"))
p.archival(8, T(), FOD("4000", "10", "1320"), "p:15")
p.archival(9, T(), FOD("2281", "1", "15"), "p:9")
p.archival(10, T(), FOD("2281", "1", "2"), "p:35")
p.commentary(11, literature=True)
p.archival(12, T(), FOD("2201", "1", "23"))
p.ibid(13, 12)
p.ibid(14, 13)
p.commentary(15, literature=True)
p.write()
