"""pub06: Violencia roja y azul (as pub05), notes file notas4.xhtml (another chapter), notes 1-3 (4 cut off).
AHN: FC (Fondos Contemporáneos, the section) -> series, Causa General -> subseries, Leg. -> fascicle, Exp. -> file;
PARES image numbers (imagen 244) -> page folios (doubtful). CDMH: FRP (Fondo Responsabilidades Políticas) ->
series, Madrid -> subseries, Cajas -> box, exp. -> file."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub06")
p.newspaper(1, NP("ABC", 1939, 3, 30))
A = lambda: arch("AHN", "AHN")
base = ("s", "FC", "ss", "Causa General")
p.archival(2, A(), U(*base, "fa", "1503", "fi", "1"), "p:244", also=[
    cite(A(), U(*base, "fa", "1504", "fi", "1"), "p:201, p:203"),    # "imagen 201/203": two images (doubtful)
    cite(A(), U(*base, "fa", "1504", "fi", "5"), "p:30, p:102")])
C = lambda: arch("CDMH", "CDMH")
p.archival(3, C(), U("s", "FRP", "ss", "Madrid", "b", "42/2663"), also=[
    cite(C(), U("s", "FRP", "ss", "Madrid", "b", "42/2645", "fi", "270"))])
p.write()
