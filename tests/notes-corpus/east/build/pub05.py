"""pub05: Notes to the Introduction of a Palgrave Macmillan book on popular opinion in the Soviet Union (docslib copy), notes 1-10."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub

p = Pub("pub05")
for n in range(1, 11):
    p.commentary(n, literature=True)
p.write()
