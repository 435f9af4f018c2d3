"""pub06: Die Protokolle des cisleithanischen Ministerrates 1867-1918, Bd. III: 1871-1879, Teilband 1 (25. November
1871 - 23. April 1872), Nr. 3, MR. v. 28. 11. 1871 (file ...-18711128-P-0003), notes 1-16."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub06")
H = lambda pr="Hhsta.": arch("HHStA", pr)
FA = lambda pr="Fa.": arch("FHKA", pr)
KA = lambda pr="Ka.": arch("KA", pr)
KZ = lambda n: U("be", "Kab. Kanzlei", "s", "KZ.", "fi", n)
FMP = lambda n: U("be", "FM.", "s", "Präs.", "fi", n)

p.commentary(1, literature=True)              # MR./Cmr. of this edition
# 2: "Hhsta., Kab. Kanzlei, Kurrentbilleten 27, B. 69c/1871" (volume/carton number unlabelled; B. = Billet number,
#    label dropped as Zl.); "Fa., FM., Präs. 4237/1871"; "Ka., KM., Präs. 333/1871 und Präs. 398/1871";
#    Wiener Zeitung Nr. 285 v. 26. 11. 1871; Adlgasser, MR./Cmr. (literature)
p.archival(2, H(), U("be", "Kab. Kanzlei", "s", "Kurrentbilleten", "ca", "27", "fi", "69c/1871"),
           warn="unlabelled-number",
           also=[cite(FA(), FMP("4237/1871")),
                 cite(KA(), U("be", "KM.", "s", "Präs.", "fi", "333/1871")),
                 cite(KA(None), U("be", "KM.", "s", "Präs.", "fi", "398/1871"))],
           newspaper=NP("Wiener Zeitung", 1871, 11, 26, issue="285"))
p.commentary(3, literature=True)
# 4: "Fa., FM., Präs. 4257/1871, sowie … Fa., Präs. 4295/1871" (second without the Bestand)
p.archival(4, FA(), FMP("4257/1871"), also=[cite(FA(), U("s", "Präs.", "fi", "4295/1871"))])
p.commentary(5, literature=True)
p.commentary(6, literature=True)
p.commentary(7, literature=True)              # Prot. Reichsrat (printed)
# 8: "Hhsta., Kab. Kanzlei, KZ. 461/1871 bzw. Fa., FM., Präs. 350/1871 und Präs. 568/1871"
p.archival(8, H(), KZ("461/1871"), also=[cite(FA(), FMP("350/1871")), cite(FA(None), FMP("568/1871"))])
# 9: MR./Cmr. (literature); KZ. 4035/1871; Rgbl. (printed); KZ. 3910/1873
p.archival(9, H(), KZ("4035/1871"), also=[cite(H(), KZ("3910/1873"))])
p.archival(10, H(), KZ("4137/1871"))          # MR., Prot. Reichsrat, Rgbl. are printed
# 11: KZ. 4115/1871 bzw. "Ava., IM. Präs. 5656/1871"; Prager Abendblatt Nr. 285 v. 2. 12. 1871
p.archival(11, H(), KZ("4115/1871"), also=[cite(arch("AVA", "Ava."), U("be", "IM.", "s", "Präs.", "fi", "5656/1871"))],
           newspaper=NP("Prager Abendblatt", 1871, 12, 2, issue="285"))
p.commentary(12, literature=True)
p.commentary(13, literature=True)
p.archival(14, H(), KZ("3077/1871"), also=[cite(H(), KZ("1228/1871"))])
p.commentary(15, literature=True)
# 16: negative finding "weder in Hhsta., Kab. Kanzlei noch in Ava., IM." (west: archival with the Bestand);
#     Deutsche Volks-Zeitung Nr. 38 v. 24. 9. 1869
p.archival(16, H(), U("be", "Kab. Kanzlei"), also=[cite(arch("AVA", "Ava."), U("be", "IM."))],
           newspaper=NP("Deutsche Volks-Zeitung", 1869, 9, 24, issue="38"))
p.write()
