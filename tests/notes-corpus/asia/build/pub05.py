"""pub05: Francisco Espinosa Maestre (ed.), Violencia roja y azul. España, 1936-1950 (Barcelona: Crítica, 2010),
ePub copy, notes file notas2.xhtml (the chapter on Seville), notes 1-8 (9 cut off). The ePub prints "[n] text <<";
brackets and the back-link "<<" are markup. ATMTSS = Archivo del Tribunal Militar Territorial Segundo (Seville).
Sº (sumario/sumarísimo: the procedure number) -> file, label dropped; leg. (legajo) -> fascicle; Caja -> box."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub05")
T = lambda: arch("ATMTS", "ATMTSS")
for n in (1, 2, 3):
    p.commentary(n, literature=True)
p.archival(4, T(), U("s", "HU.", "fi", "95/36", "b", "97-1267"))
# a register of the municipal court, named without code: archival; "libro de Defunciones" -> volume (doubtful)
p.archival(5, arch("RC Castilleja", None, "Juzgado de Castilleja de Guzmán"), U("v", "Defunciones"))
p.archival(6, T(), U("s", "Diligencias Previas", "fa", "93-2327"))     # "s/n.º 1936": no number, no unit
p.archival(7, T(), U("fi", "522/36", "fa", "101-2755"))
p.archival(8, T(), U("s", "DVA", "b", "1-6"))
p.write()
