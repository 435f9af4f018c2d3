"""pub05: Die Protokolle des österreichischen Ministerrates 1848-1867, Abt. I: Die Ministerien des
Revolutionsjahres 1848, Bd. 1 (März - 21. November 1848), protocol MR. v. 1. 4. 1848 (file ...-18480401-P-0001), notes 1-23."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub05")
H = lambda pr="HHSTA.": arch("HHStA", pr)
MRZ = lambda n: U("be", "Kab. Kanzlei", "s", "MRZ.", "fi", n)
KMP = lambda n: U("be", "HKR.", "s", "KM.", "ss", "Präs.", "fi", n)

p.archival(1, H(), MRZ("12/1848"))
p.commentary(2, literature=True)              # Beidtel, "ebd. 363ff." inside the note, Regele, Schmidt-Brentano
p.archival(3, H(), MRZ("126/1848"), also=[cite(H(), MRZ("12/1848"))])
p.archival(4, H(), U("be", "MKA.", "s", "MZ.", "fi", "655/1848"))          # after Wurzbach (literature)
p.commentary(5)                               # "In dem in Anm. 3 zit. Brief": points to another note
p.commentary(6, literature=True)
# 7: negative finding "konnten ... im ZDIAUL., StH., Präs. [nicht] gefunden werden" (west: Bestand named as searched)
p.archival(7, arch("TsDIAL", "ZDIAUL."), U("be", "StH.", "s", "Präs."))
p.commentary(8, literature=True)              # Wurzbach
p.ibid(9, of=8)                               # "siehe ebd., 56, 112f." -> Wurzbach (literature)
p.ibid(10, of=9)                              # "siehe ebd., 2, 420ff."
p.archival(11, H(), MRZ("12/1848"))
# 12: "KA, HKR., KM., Präs. 507/1848", "ebd., K. 70/8" (in-note ebd.: HKR. kept, registry K.), "HHSTA., Kab. Kanzlei, MRZ. 124/1848"
p.archival(12, arch("KA", "KA"), KMP("507/1848"),
           also=[cite(arch("KA", None), U("be", "HKR.", "s", "K.", "fi", "70/8")), cite(H(), MRZ("124/1848"))])
p.commentary(13, literature=True)
p.commentary(14, literature=True)
p.commentary(15, literature=True)
p.commentary(16, literature=True)
# 17: "HHSTA., Kab. Kanzlei, MRZ. 12/1848, KA., HKR. K. 70/28 ex 1848 und ebd., KM. Präs. 5/1848 ... ebd., KM. Präs. 1/1848"
p.archival(17, H(), MRZ("12/1848"),
           also=[cite(arch("KA", "KA."), U("be", "HKR.", "s", "K.", "fi", "70/28 ex 1848")),
                 cite(arch("KA", None), KMP("5/1848")), cite(arch("KA", None), KMP("1/1848"))])
p.commentary(18, literature=True)
p.newspaper(19, NP("Wiener Zeitung", 1848, 4, 4))   # "Am 4. 4. 1848 erschien in der offiziellen Wiener Zeitung …"
p.commentary(20)                              # "Siehe Anm. 1."
p.commentary(21, literature=True)             # MR. of this edition
p.commentary(22)                              # "Siehe Einleitung #." (pointer into the volume; '#' as stored)
# 23: newspaper "Wiener Zeitung (M) V. 2. 4. 1848"; "HHSTA., StK., Sardinien 83b, fol. 507f." (Karton unlabelled);
#     "ebd., fol. 498–513" (in-note ebd., same carton); Filipuzzi (literature)
STK = U("be", "StK.", "s", "Sardinien", "ca", "83b")
p.archival(23, H(), STK, "507-508", warn="unlabelled-number",
           also=[cite(H(None), STK, "498-513")], newspaper=NP("Wiener Zeitung", 1848, 4, 2))
p.write()
