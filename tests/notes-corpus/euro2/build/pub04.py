"""pub04: Michael B. Miller, Shanghai on the Métro: Spies, Intrigue, and the French Between the Wars (Berkeley:
University of California Press, 1994), UC Press E-Books Collection (publishing.cdlib.org, docId ft7870085f,
chunk `endnotes`): notes 1-2 to the Introduction (3 cut off at the end of the stored text).
- `Service historique de l'armée de terre, Paris (hereafter, SHAT) 3H 137` -> SHD, name_as_printed and abbr_as_printed
  `SHAT`, series `3H`, piece `137` (world's `GR 2 M 9` rule; no space between 3 and H, value as printed); the dates
  that follow are not units.
- `Ministère des affaires étrangères, Paris (hereafter, MAE) Maroc/Tunisie 1917-1940 Maroc 1214, ..., pp. 154-64` ->
  also: AMAE, series `Maroc/Tunisie 1917-1940`, subseries `Maroc`, volume `1214` (world: the volume of a country
  series is printed without label, not flagged), pages 154-164. `See SHAT 3H 102` -> a second also.
- 2: `Archives de la préfecture de police, Paris (hereafter, APP) BA 1745` -> APP, series `BA`, carton `1745` (the
  author calls the designations box numbers); `ibid., May 1937` -> also repeating the file (east: in-note ibid,
  abbr_as_printed null). `[hereafter, MI]` names an issuing ministry, not an archive. Mader -> literature, no unit."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub04")
p.archival(1, arch("SHD", "SHAT", "Service historique de l'armée de terre"), U("series", "3H", "piece", "137"), also=[
    cite(arch("AMAE", "MAE", "Ministère des affaires étrangères"),
         U("series", "Maroc/Tunisie 1917-1940", "subseries", "Maroc", "volume", "1214"), "p:154-164"),
    cite(arch("SHD", "SHAT"), U("series", "3H", "piece", "102")),
])
p.archival(2, arch("APP", "APP", "Archives de la préfecture de police"), U("series", "BA", "carton", "1745"), also=[
    cite(arch("APP"), U("series", "BA", "carton", "1745"))])
p.write()
