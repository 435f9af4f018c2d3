"""pub19: blog La historia en la memoria (lahistoriaenlamemoria.blogspot.com), memorial entry
2022/01/comunidad-de-madrid-memorial_60.html (Alvariño López, Francisco): the entry's only note [1], printed after the entry's text (not taken: the entry's prose).
Both archives are printed by name in capitals with their abbreviation in parentheses -> name_as_printed and
abbr_as_printed. AGHD: the court's records (Tribunal Militar Territorial ...) -> fond, "fondo Madrid" -> series
(label "fondo" dropped), sumario -> file. AHPCE: Represión política -> series, caja -> box, carpeta -> folder.
The literature that follows gives no also."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub19")
p.archival(1, arch("AGHD", "AGHD", "ARCHIVO GENERAL E HISTÓRICO DE LA DEFENSA"),
           U("fond", "Tribunal Militar Territorial Primero", "s", "Madrid", "fi", "62.109"),
           also=[cite(arch("AHPCE", "AHPCE", "ARCHIVO HISTÓRICO DEL PCE"),
                      U("s", "Represión política", "b", "44", "fo", "41/2"))])
p.write()
