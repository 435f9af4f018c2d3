"""pub02: Die Protokolle des österreichischen Ministerrates 1848-1867, Abt. IV: Das Ministerium Rechberg,
Bd. 3 (Oktober 1860 - 2. Februar 1861), Einleitung (Malfèr), notes 248-269 (press; the Protestant patent of 1861)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub02")
for n in (248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258):
    p.commentary(n, literature=True)      # MK./MR./ÖMR. of this edition, Einleitungen, books; 255 "Ders., ..."
p.newspaper(259, NP("Die Presse", 1860, 11, 16))
p.archival(260, arch("AVA", "AVA."), U("be", "CUM.", "s", "Kultus", "ss", "Präs", "fi", "35/1861"))
p.commentary(261, literature=True)
# "Karton 1, Denkwürdigkeiten, 2. Heft": title after the carton = folder (west), Heft = volume
p.archival(262, arch("HHStA", "HHSTA."),
           U("c", "Nachlaß Bienerth-Schmerling", "ca", "1", "fo", "Denkwürdigkeiten", "v", "2"), "171-185")
p.ibid(263, of=262, folios="176")         # quotation, then "ebd. fol. 176."
p.commentary(264, literature=True)
p.commentary(265, literature=True)
p.commentary(266, literature=True)
p.archival(267, arch("HHStA", "HHSTA."), U("be", "Kab. Kanzlei", "s", "KZ.", "fi", "564/1861"))  # "Eintragung im Protokollbuch zu"
p.commentary(268, literature=True)        # "MK. I v. 2. 2. 1861/II, Anm. 3": a note of the edition
p.commentary(269, literature=True)
p.write()
