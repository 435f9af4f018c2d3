"""pub04: Die Protokolle des österreichischen Ministerrates 1848-1867, Abt. II: Das Ministerium Schwarzenberg,
Bd. 1 (Dezember 1848 - 7. Jänner 1850), Sitzung 1, MR. v. 5. 12. 1848 (file ...-18481205-P-0001), notes 1-26
(note 27 is not printed in the stored protocol; the run stops before the gap)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite

p = Pub("pub04")
H = lambda pr="HHSTA.": arch("HHStA", pr)
KA = lambda pr="KA.": arch("KA", pr)
MRZ = lambda n: U("be", "Kab. Kanzlei", "s", "MRZ.", "fi", n)
KMP = lambda n: U("be", "HKR.", "s", "KM.", "ss", "Präs.", "fi", n)   # Hofkriegsrat, Kriegsministerium, Präsidialreihe

p.archival(1, H(), MRZ("2771/1848"))          # MR./ÖMR. (edition) before, Heindl after
p.archival(2, H(), MRZ("2685/1848"))
p.archival(3, H(), MRZ("2684/1848"))
p.archival(4, H(), MRZ("2687/1848"))
p.commentary(5, literature=True)
p.commentary(6, literature=True)
p.commentary(7, literature=True)              # "in Anm. 4 zit. Vortrag" + RGBL. (printed)
p.archival(8, H(), MRZ("2686/1848"))
p.commentary(9, literature=True)
# "HHSTA., RTA. 107, Fasz. IV/17, Entschädigungs-Ausschuß": Karton printed without label; the title after the
# fascicle number describes it and is not a unit
p.archival(10, H(), U("be", "RTA.", "ca", "107", "fa", "IV/17"), warn="unlabelled-number")
p.commentary(11, literature=True)
p.archival(12, arch("FHKA", "FA."), U("be", "FM.", "s", "Präs.", "fi", "7858/1848"))
# 13: MRZ. 2769; "ebd., MRZ. 3049/1848"; "AVA., MH., Präs. 900/1848"; two bare in-note "ebd." (same file)
MH = U("be", "MH.", "s", "Präs.", "fi", "900/1848")
p.archival(13, H(), MRZ("2769/1848"),
           also=[cite(H(None), MRZ("3049/1848")), cite(arch("AVA", "AVA."), MH),
                 cite(arch("AVA", None), MH), cite(arch("AVA", None), MH)])
p.archival(14, KA(), KMP("6289/1848"))
p.archival(15, H(), MRZ("2770/1848"))
p.archival(16, H(), MRZ("2691/1848"))
p.ibid(17, of=16, units=U("s", "MRZ.", "fi", "2689/1848"))     # "ebd., MRZ. 2689/1848"
p.ibid(18, of=17, units=U("s", "MRZ.", "fi", "2690/1848"))
p.ibid(19, of=18, units=U("s", "MRZ.", "fi", "2688/1848"))
p.ibid(20, of=19, units=U("s", "MRZ.", "fi", "2772/1848"))     # then Walter (literature)
p.commentary(21, literature=True)
p.commentary(22, literature=True)
p.archival(23, KA(), KMP("6096/1848"), also=[cite(KA(None), KMP("6096/1848"))])   # "…, ebd." (bare, in-note)
p.archival(24, KA(), KMP("3207/1848"))
p.archival(25, KA(), KMP("6113/1848"))        # "KM. Präs." printed without comma: not flagged
p.archival(26, KA(), KMP("6241/1848"))
p.write()
