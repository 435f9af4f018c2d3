"""pub02: Jean-Baptiste Duroselle, France and the Nazi Threat: The Collapse of French Diplomacy 1932-1939 (New York:
Enigma Books, 2004; translation of La Décadence, 1979), readonlinefree.net copy "103 page": endnotes 13-26 of one
chapter (27 cut off). Italic titles on lines of their own (space before a comma or point kept). Duroselle's `*` marks
works in his bibliography; kept as printed.
- `MAE, D. 22, Paul Morand, 8 June 1939` -> AMAE printed `MAE`; `D.` is read as dépêche (a numbered despatch of
  the sender) -> item `22` (west: a numbered document, label dropped); writer and date are not units.
- 24: `MAE, Summary of the meeting ...` (archive named, no unit) -> main with empty units; `MAE, D. 358` -> also,
  item 358; `SHA, no. 117/S, Colonel Delhomme` (Service historique de l'armée) -> SHD printed `SHA`, item `117/S`.
- 26: `SHAA, documents AFC (J), nos. 5 and 11` (Service historique de l'armée de l'air, now SHD) -> SHD printed
  `SHAA`, series `AFC (J)`, item 5, and item 11 as also (same series, abbr_as_printed null).
- DDF (Documents diplomatiques français) and memoirs -> literature; 17 `Ibid., pp. 13-14, and Rueff` -> ibid of
  literature (16). 25 `Below, § III.` -> commentary without literature (a cross-reference inside the book)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub02")
for n in (13, 14, 15, 16):
    p.commentary(n, literature=True)
p.ibid(17, 16)
for n in (18, 19, 20, 21):
    p.commentary(n, literature=True)
p.archival(22, arch("AMAE", "MAE"), U("item", "22"))
p.commentary(23, literature=True)
p.archival(24, arch("AMAE", "MAE"), [], also=[
    cite(arch("AMAE", "MAE"), U("item", "358")),
    cite(arch("SHD", "SHA"), U("item", "117/S")),
])
p.commentary(25)
p.archival(26, arch("SHD", "SHAA"), U("series", "AFC (J)", "item", "5"), also=[
    cite(arch("SHD"), U("series", "AFC (J)", "item", "11"))])
p.write()
