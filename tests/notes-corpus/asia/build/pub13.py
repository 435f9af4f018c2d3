"""pub13: Die Protokolle des Bayerischen Ministerrats 1945-1954, Das Kabinett Ehard II (Historische Kommission bei
der Bayerischen Akademie der Wissenschaften; bayerischer-ministerrat.de, vol. ehr22, doc. p061), notes 3-6 of the
session of March 1949 (7 cut off; notes 1-2 of the session are not in the stored text). The stored text runs the
notes together with the protocol ("...StK 11943.4Max Brauer"); each note was cut at its printed number. The edition
cites the Bayerisches Hauptstaatsarchiv's holdings without naming it -> BayHStA, abbr_as_printed null (west's
rule for codes of one archive). AVBRD = the printed Akten zur Vorgeschichte der Bundesrepublik -> literature."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub13")
B = lambda: arch("BayHStA")
p.archival(3, B(), U("be", "NL Ehard", "si", "1387"), also=[cite(B(), U("be", "StK", "si", "11943"))])
p.commentary(4)                     # biographical note, no citation
p.commentary(5, literature=True)    # "Anm. 95 und Anm. 96" point into the AVBRD volume
p.commentary(6, literature=True)
p.write()
