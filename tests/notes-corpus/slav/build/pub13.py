"""pub13: Materiały i Studia z Dziejów Stosunków Polsko-Ukraińskich (a Polish collective volume; atelim.com copy,
part 25 of 28; the stored page names no editor or year), endnotes 97-104 (105 cut off). Polish-language notes
citing Ukrainian archives in Polish transliteration: 'Centralnyj Derżawnyj Archiw Wyszczych Orhaniw Włady i
Uprawlinnia Ukrajiny, Kijów (dalej jako CDAWOWU), 3833/2/1, s. 208' -> TsDAVO, code fond/opis/delo split, 's.'
(strona) and 'p.' -> page folios; 'Derżawnyj Archiw Wołynśkoji Obłasti, Łuck, (DAWO), R/1021/1/1' -> Volyn
oblast archive, fond 'R/1021' (the R- fond printed with a slash; doubtful)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub13")
C = lambda: arch("TsDAVO", "CDAWOWU")
FOD = lambda f, o, d: U("fond", f, "opis", o, "delo", d)
p.commentary(97, literature=True)
p.archival(98, arch("TsDAVO", "CDAWOWU",
                    name="Centralnyj Derżawnyj Archiw Wyszczych Orhaniw Włady i Uprawlinnia Ukrajiny"),
           FOD("3833", "2", "1"), "p:208")
p.archival(99, C(), FOD("38", "1", "245"), "p:47")
p.archival(100, C(), FOD("3838", "1", "60"), "p:12, p:45, p:55, p:76")   # 'na stronach: 12, 45, 55, 76'
p.archival(101, C(), FOD("38", "1", "58"), "p:31")                        # then biographical prose and literature
p.archival(102, C(), FOD("3838", "1", "59"), "p:25")
p.archival(103, arch("DAVolO", "DAWO", name="Derżawnyj Archiw Wołynśkoji Obłasti"), FOD("R/1021", "1", "1"), "p:33")
p.archival(104, C(), FOD("3833", "1", "33"), "p:5, p:5a")
p.write()
