"""pub03: Die Protokolle des cisleithanischen Ministerrates 1867-1918, Bd. VIII:
Erster Weltkrieg, Teilband 2 (22. November 1916 - 11. November 1918), Einleitung, notes 1003-1024 (Ausgleich 1917; the army
question 1918). Values keep the source's dashes: HR. 38\u20122/1 (figure dash), 38\u20132/1 ex 1918 and 7\u20132
(en dash)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub03")
H = lambda pr="Hhsta.": arch("HHStA", pr)
KA = lambda pr="Ka.": arch("KA", pr)
KZ = lambda n: U("be", "Kab. Kanzlei", "s", "KZ.", "fi", n)
BAERN = U("be", "Sonderbestände B", "c", "Nachlass Baernreither", "ca", "7–2")   # carton printed without label
HR = U("be", "MKSM.", "s", "HR.", "fi", "38‒2/1")
EX = U("be", "MKSM.", "fi", "38–2/1 ex 1918")

p.archival(1003, H(), KZ("2320/1917"), also=[cite(H(), KZ("2646/1917"))])   # MR./Prot. Reichsrat/Rgbl. are printed
p.commentary(1004, literature=True)
p.archival(1005, H(), BAERN, warn="unlabelled-number")                      # "Tagebucheintrag 3. 1. 1918" describes
p.newspaper(1006, NP("St. Pöltner Bote", 1917, 10, 18))                      # then Prager Tagblatt; UMR. 296 (no archive), Prot. Reichsrat
p.commentary(1007, literature=True)
p.archival(1008, KA(), EX, "24-25")                                          # "fol. 24 f." = 24-25 (west2)
p.commentary(1009, literature=True)
p.archival(1010, KA(), HR, "72‒109,92")                                      # "fol. 72‒109, Vortrag fol. 92"
p.commentary(1011, literature=True)
p.archival(1012, KA(), HR, "1‒9,10‒12")                                       # "fol. 1‒9, Beilage Czapp fol. 10‒12"
p.newspaper(1013, NP("Wiener Zeitung", 1917, 12, 13))                        # "(M.)" = Morgenblatt (west2); then Neue Freie Presse
p.archival(1014, H(), BAERN, warn="unlabelled-number")
p.archival(1015, H(), BAERN, warn="unlabelled-number")
p.commentary(1016, literature=True)
p.commentary(1017, literature=True)
p.archival(1018, KA(), EX, "13")
p.archival(1019, KA(), HR, "16‒17")
p.archival(1020, H(), BAERN, warn="unlabelled-number")                      # document printed in this edition, then quotation
p.archival(1021, H(), BAERN, warn="unlabelled-number")
p.commentary(1022, literature=True)
p.commentary(1023, literature=True)
p.newspaper(1024, NP("Neues Wiener Tagblatt", 1918, 3, 8))
p.write()
