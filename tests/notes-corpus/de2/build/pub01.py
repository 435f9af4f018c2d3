"""pub01: Darmstädter Geschichtswerkstatt (ed.), Karl Plagge, ein Gerechter unter den Völkern. Begleitheft zur
Ausstellung, 3rd ed., Darmstadt, Dec. 2008; "Anmerkungen" to Tafel 5 "Das Wilnaer Ghetto", notes 1-6 (the whole
series of this panel). Stored page: https://www.yumpu.com/de/document/view/7553272/karl-plagge-darmstadter-geschichtswerkstatt/30
Printed numbers are "1)" ... "6)"; the parenthesis is dropped (asia's rule for number punctuation)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U

p = Pub("pub01")
for n in (1, 2, 3, 4):
    p.commentary(n, literature=True)      # short titles keyed to the catalogue's literature list
# Barch = Bundesarchiv (Ludwigsburg branch, named in parentheses); B 162 /2509: Bestand / Signatur, space kept out of values
p.archival(5, arch("BArch", "Barch", "Bundesarchiv Ludwigsburg"), U("be", "B 162", "si", "2509"), "4431")
p.commentary(6, literature=True)          # the printed IMT volumes (Blue Series) are literature
p.write()
