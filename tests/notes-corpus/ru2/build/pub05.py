"""pub05: И. Ф. Плотников, «Правда истории. Гибель царской семьи» (Екатеринбург; the copy on livebooks.pro, book e14481,
read?page=359), endnotes 143-150 (the page begins with 143; 151 cut off)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub05")
p.commentary(143)                                    # the author's conversations with Paramonov: no citation
p.commentary(144)                                    # «Документ ныне хранится в … музее»: a holder named, no unit, nothing cited
p.commentary(145, literature=True)
p.commentary(146, literature=True)                   # «C. 116» with Latin C as stored
p.newspaper(147, NP("Областная газета", 1993, 7, 2, place="Екатеринбург"))   # daily; then the journal «Урал» and books
p.commentary(148, literature=True)
p.commentary(149, literature=True)
p.archival(150, arch("TsDOOSO", "ЦДООСО"), U("f", "41", "op", "1", "d", "149"),
           also=[cite(arch("TsDOOSO"), U("f", "41", "op", "1", "d", "151"), "")])  # «д. 149 и 151»: second file as also
p.write()
