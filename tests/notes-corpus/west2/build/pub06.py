"""pub06: Die Protokolle des cisleithanischen Ministerrates 1867-1918, Bd. IV: 1879-1893, Teilband 1
(17. Februar 1879 - 28. Dezember 1882), Einleitung von Anatol Schmied-Kowarzik, notes 212-250."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub06")
H = lambda pr="Hhsta.": arch("HHStA", pr)
A = lambda pr="Ava.": arch("AVA", pr)
KZ = lambda num: U("be", "Kab. Kanzlei", "s", "KZ.", "fi", num)
def cum(num, be="CUM.", reg="Präs."):
    return U("be", be, "s", "neuer Kultus", "ss", reg, "fi", num)
RUTH = "PA. XL"
L = lambda n: p.commentary(n, literature=True)

p.archival(212, H(), KZ("1637/1883"))
L(213)                                    # Rgbl.
p.archival(214, A(), cum("162/1882"))
p.archival(215, H(), U("s", "admin. Reg.", "ss", "F 28", "ca", "11",
                       "fa", "Griechisch-katholische Kirche 1880–1911, 1–15, 7 (1. Teil)"), "200-263")
p.archival(216, H(), U("be", RUTH, "fa", "X", "fo", "Ruthenenprozess in Lemberg (gegen Olga Hrabar und Genossen) 1882",
                       "it", "56 B"), newspaper=NP("Die Presse", 1882, 7, 30))
L(217)                                    # MR. v. ...: a protocol of this edition
p.archival(218, H(), U("be", RUTH, "fa", "X", "fo", "Ruthenen-Prozess in Lemberg (gegen Olga Hrabar und Genossen) 1882",
                       "it", "56 B"))
L(219)                                    # "in Beilage zu MR. v. 26. 9. 1882/VI" (printed in the edition)
p.archival(220, A(), cum("162/1882"))
p.newspaper(221, NP("Neue freie Presse", 1882, 2, 10))   # "(M.)" = Morgenblatt, not a place
# 222: "Präs. (K.) 151, resolvierter Vortrag 162 beide ex 1882": two numbers of one registry
p.archival(222, A(), cum("151", reg="Präs. (K.)"), also=[cite(A(None), cum("162", reg="Präs. (K.)"))])
L(223)
L(224)
# 225: item = the numbered report "Nr. 14 E"; "fol. 36 f." = leaves 36-37
p.archival(225, H(), U("be", "PA.", "s", "admin. Reg.", "ss", "F 28", "ca", "11", "it", "14 E"), "36-37")
p.archival(226, A(), cum("459/1882", be="CUM"))
L(227)
L(228)
# 229: two Kab. Kanzlei numbers printed without a registry label; "Zl. 525/CUM." is inside a quotation
p.archival(229, H(), U("be", "Kab. Kanzlei", "fi", "4248/1879"),
           also=[cite(H(), U("be", "Kab. Kanzlei", "fi", "3106/1880"))])
L(230)
p.archival(231, A(), cum("459/1882", be="CUM"))
L(232)
L(233)
L(234)
p.archival(235, H(), KZ("2763/1871"))
p.archival(236, H(), KZ("961/1880"))
L(237)                                    # MR. ... (liegt nicht ein)
L(238)
L(239)
L(240)
p.archival(241, H(), KZ("121/1883"))
L(242)
L(243)
L(244)
L(245)
L(246)
L(247)
p.archival(248, H(), KZ("3490/1869"),
           also=[cite(A(), U("be", "CUM.", "s", "Präs.", "fi", "663/1869"))])   # "laut Protokollbuch Ava., CUM., Präs."
L(249)
L(250)
p.write()
