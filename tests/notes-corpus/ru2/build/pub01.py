"""pub01: Сергей Яров, «Блокадная этика. Представления о морали в Ленинграде в 1941–1942 гг.» (2011; the copy on
user.bibliboba.online, page /p/245), endnotes 1294-1296 (the page begins with 1294; 1297 cut off)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub01")
RNB = lambda: arch("OR RNB", "ОР РНБ")
p.archival(1294, RNB(), U("f", "1273", "d", "26"), "34",
           also=[cite(arch("OR RNB"), U("f", "1273", "d", "26"), "16")])   # in-note «(Там же. Л. 16)»; literature after it not recorded
p.commentary(1295, literature=True)
p.archival(1296, RNB(), U("f", "1273", "d", "7"), "35-36")                 # then literature (Кулябко, Никитин, ...)
p.write()
