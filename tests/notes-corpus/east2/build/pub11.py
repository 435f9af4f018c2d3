"""pub11: Notes to the Introduction ('Totalitarianism', Propaganda, War and the Third Reich) of Aristotle A. Kallis,
Nazi Propaganda and the Second World War (Basingstoke: Palgrave Macmillan, 2005), notes 1-7, as stored on
https://docslib.org/doc/6823131/introduction-totalitarianism-propaganda-war-and-the-third-reich (note 8 is cut off).
Printed numbers have a period, dropped by the N-text format."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite

p = Pub("pub11")
p.commentary(1, literature=True)
p.commentary(2, literature=True)
p.commentary(3, literature=True)
# «NS 18/349, 39-40»: the book prints leaves without a label throughout (not flagged, as west2's `Volume 10, 208`);
# «; 347, 39»: a second Signatur of the same Bestand
p.archival(4, arch("BArch", "BA"), U("be", "NS 18", "si", "349"), "39-40", also=[
    cite(arch("BArch"), U("be", "NS 18", "si", "347"), "39")])
p.commentary(5, literature=True)
p.commentary(6, literature=True)
p.commentary(7, literature=True)
p.write()
