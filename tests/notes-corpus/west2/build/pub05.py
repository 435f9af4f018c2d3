"""pub05: Die Protokolle des österreichischen Ministerrates 1848-1867, Abt. III: Das Ministerium Buol-Schauenstein,
Bd. 2 (März 1853 - 9. Oktober 1853), Einleitung von Waltraud Heindl, notes 84-119."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite

p = Pub("pub05")
H = lambda pr="HHSTA.": arch("HHStA", pr)
OOE = "OBERÖSTERREICHISCHES LANDESARCHIV"
def rr(reg, num):
    return U("be", "RR.", "s", reg, "fi", num)
NOE = U("be", "Reg. A.", "s", "GC.", "ca", "159 a", "si", "IM., Präs. 3933/1852")

p.archival(84, H(), rr("Org.", "1/1852"))
p.archival(85, H(), rr("Org.", "4/1853"), also=[cite(H(None), rr("Org.", "49/1853"))])   # "und Org. 49/1853"
p.commentary(86, literature=True)        # protocols of this edition (MK. v. ..., Anm.)
p.archival(87, arch("AVA", "AVA."), U("c", "Nachlaß Bach", "ca", "1"))                   # "o. D., o. Nr." are not units
p.commentary(88, literature=True)
p.commentary(89, literature=True)
p.commentary(90)                          # "Siehe S. XXVII." points into the same volume
p.archival(91, H(), rr("Org.", "49/1853"))
p.commentary(92, literature=True)
p.commentary(93, literature=True)
p.commentary(94, literature=True)
p.archival(95, H(), rr("Org.", "78/1853"))
p.commentary(96)                          # "Darüber siehe S. L."
p.commentary(97, literature=True)
p.commentary(98, literature=True)
p.archival(99, H(), U("be", "Kab. Kanzlei", "s", "MRZ.", "fi", "1074/1852"),
           also=[cite(H(), rr("Präs.", "122/1852"))])
p.archival(100, H(), rr("Org.", "10/1852"), also=[cite(H(), rr("Präs.", "122/1852"))])
p.commentary(101, literature=True)        # Walter, Nachlaß Kübeck: a printed edition
p.commentary(102, literature=True)
p.commentary(103, literature=True)
p.commentary(104, literature=True)
# 105: "mit der Signatur IM., Präs. 3933/1852" -> signatur; "ebd., Präs. 3932/1852" repeats the carton (in-note ebd.)
p.archival(105, arch("NÖLA", "NÖLA."), NOE,
           also=[cite(arch("NÖLA", None), U("be", "Reg. A.", "s", "GC.", "ca", "159 a", "si", "Präs. 3932/1852"))])
p.archival(106, arch("NÖLA", "NÖLA."), NOE)
p.commentary(107, literature=True)        # RGBL.
p.archival(108, H(), rr("Org.", "4/1852"))
p.archival(109, H(), U("be", "Kab. Kanzlei", "s", "MCZ.", "fi", "3558/1852"))
p.archival(110, arch("OÖLA", None, OOE), U("be", "Archiv der Statthalterei", "b", "516", "s", "Präs.", "fi", "1876/1852"))
p.archival(111, H(), U("be", "Kab. Kanzlei", "s", "MCZ.", "fi", "3558/1852"))
p.archival(112, H(), rr("Org.", "4/1852"), also=[cite(H(None), rr("Org.", "49/1852"))])  # "auch ebd., Org. 49/1852"
p.commentary(113)                         # "zit. Anm. 111 ... ebd.": points to another note
p.archival(114, arch("OÖLA", None, OOE),
           U("be", "Archiv der Statthalterei", "s", "Präs.", "fa", "15/J/1853", "ss", "Org.", "fi", "1/1853"))
p.archival(115, arch("OÖLA", None, OOE), U("be", "Archiv der Statthalterei", "b", "784", "s", "Präs.", "fi", "30/1853"),
           also=[cite(arch("NÖLA", "NÖLA."), U("be", "Reg. A.", "ca", "27", "s", "OC.", "fi", "1207/1852"))])
p.commentary(116, literature=True)
p.archival(117, arch("NÖLA", "NÖLA."), NOE)
p.commentary(118, literature=True)
p.commentary(119, literature=True)
p.write()
