"""pub08: Alexander Bahar and Wilfried Kugel, "Der Reichstagsbrand. Neue Aspekte, Indizien und Dokumente"
(first published in Zeitschrift für Geschichtswissenschaft 43, 1995, no. 9), footnote page of the reprint on
zeitreisen.de (kulturbox-archiv/brand/bahar-fn.htm, "Fussnoten zum Text von Alexander Bahar/Wilfried Kugel"):
footnotes 1-16 (German; 17 cut off). The page holds only the footnotes; the article text is on another page.
- 4: `Preuß. Geh. Staatsarchiv. Rep. 84 a, 2.5.1, 12738, 12739, 12740` -> GStA PK, name_as_printed (the abbreviated
  name as printed), bestand `84 a` (label `Rep.` dropped, west), the classification point `2.5.1` -> series, the
  three file numbers -> signatur 12738 and two also (same bestand and series, abbr null). `(im folgenden zit. als
  "Ermittlungsakte Rall")` defines a short name.
- 7, 8, 13: `(Ermittlungsakte Rall)` alone -> archival (ohist: a defined short name of an archival unit is a unit,
  not an ibid): GStA PK implied (abbr_as_printed null), file `Ermittlungsakte Rall`.
- 5, 6, 11, 12, 14: `Fond 551, St 65/112, Bl. 126-128` -> no archive is printed (the article must name it in its
  text); taken as the Bundesarchiv (the files of the Oberreichsanwalt's Reichstag fire trial, St 65, are now BArch
  R 3003), abbr_as_printed null (doubtful). `Fond 551` -> fond, `St 65/112` -> bestand `St 65` + signatur `112`,
  `Bl.` -> folios. 11 prints `Fond 551 St 65/46` without comma (not flagged).
- 10: `Akte: Strafsache Adolf Rall der Staatsanwaltschaft beim Landgericht Berlin III, Brandenburgisches
  Landeshauptarchiv, Potsdam.` -> BLHA, name_as_printed, the file title (label `Akte:` dropped) -> file.
- 15: `Personalakte Felix Brucks, Archiv der Senatsverwaltung für Justiz, Berlin.` -> SenJust Berlin, file.
- 16: `(SA-Akte Karl Reineking, Berlin Document Center)` -> BDC, name_as_printed, file `SA-Akte Karl Reineking`.
- 1 (first publication of the article) -> literature; 2, 3 (IMT volume), 9 -> literature."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub08")
B = lambda si: U("fond", "551", "bestand", "St 65", "signatur", si)
RALL = lambda: U("file", "Ermittlungsakte Rall")
G = lambda: arch("GStA PK")
p.commentary(1, literature=True)
p.commentary(2, literature=True)
p.commentary(3, literature=True)
p.archival(4, arch("GStA PK", None, "Preuß. Geh. Staatsarchiv"), U("bestand", "84 a", "series", "2.5.1", "signatur", "12738"),
           also=[cite(G(), U("bestand", "84 a", "series", "2.5.1", "signatur", x)) for x in ("12739", "12740")])
p.archival(5, arch("BArch"), B("112"), "126-128")
p.archival(6, arch("BArch"), B("34"), "256")
p.archival(7, G(), RALL())
p.archival(8, G(), RALL())
p.commentary(9, literature=True)
p.archival(10, arch("BLHA", None, "Brandenburgisches Landeshauptarchiv"),
           U("file", "Strafsache Adolf Rall der Staatsanwaltschaft beim Landgericht Berlin III"))
p.archival(11, arch("BArch"), B("46"), "23")
p.archival(12, arch("BArch"), B("46"), "22")
p.archival(13, G(), RALL())
p.archival(14, arch("BArch"), B("34"), "256")
p.archival(15, arch("SenJust Berlin", None, "Archiv der Senatsverwaltung für Justiz"), U("file", "Personalakte Felix Brucks"))
p.archival(16, arch("BDC", None, "Berlin Document Center"), U("file", "SA-Akte Karl Reineking"))
p.write()
