"""pub01: Die Protokolle des österreichischen Ministerrates 1848-1867, Abt. V: Die Ministerien Erzherzog Rainer
und Mensdorff, Bd. 6 (Mai 1863 - 12. Oktober 1863), Einleitung (Kletečka, Koch), notes 163-185 (Zollverein; direct-tax reform)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite

p = Pub("pub01")
H = lambda pr="HHSTA.": arch("HHStA", pr)
FA = lambda pr="FA.": arch("FHKA", pr)
MAT = "Materialien zur Reform der direkten Steuern"
BEIL = U("be", "FM.", "s", "Präs. Beilagen", "fi", "4152/1863")
def mat(fasz):
    # "FA., Materialien ..., Fasz. XX 12 und 13 sowie ebd., FM., Präs. Beilagen 4152/1863"
    return dict(archive=FA(), units=U("be", MAT, "fa", fasz), also=[cite(FA(None), BEIL)])

p.archival(163, FA(), U("be", "FM.", "s", "Präs. Beilagen", "fi", "4363/1863"))   # after "MR. II v. ..." (edition)
p.archival(164, H(), U("be", "PA. IV", "ca", "31"), warn="unlabelled-number")     # Karton printed without label
p.commentary(165, literature=True)        # Die auswärtige Politik Preussens (printed edition); Böhme
p.commentary(166, literature=True)
p.commentary(167, literature=True)
p.archival(168, FA(), U("be", MAT, "fa", "X–XV"))                                 # after Lesigang (literature)
p.archival(169, H(), U("be", "JStr.", "fi", "531/1863"))
p.commentary(170, literature=True)
p.ibid(171, of=170)                       # "Ebd. 54" -> Wolf (literature)
p.commentary(172, literature=True)
p.archival(173, **mat("XX 12 und 13"))    # opens with "Ebd. 220 f." (ibid of 172), but archival ranks first
p.archival(174, **mat("XVIII 5–14"))
p.archival(175, **mat("XIX 1–9"))
p.archival(176, **mat("XIX 10–18"))
p.commentary(177, literature=True)        # MR. of this edition
p.archival(178, **mat("XX 1–5"))
p.commentary(179, literature=True)
p.commentary(180, literature=True)
p.commentary(181, literature=True)
p.ibid(182, of=181)                       # bare "Ebd." -> MR. (literature)
p.archival(183, H(), U("be", "Kab. Kanzlei", "s", "KZ.", "fi", "3097/1863"))
p.archival(184, **mat("XVIII 3b"))        # after Prot. Reichsrat (literature)
p.commentary(185, literature=True)
p.write()
