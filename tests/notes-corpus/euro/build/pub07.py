"""pub07: Michael R. Marrus and Robert O. Paxton, Vichy France and the Jews (New York: Basic Books, 1981), vdoc.pub
copy (OCR of the printed book; the stored text runs the notes together): endnotes 36-51 of chapter 1 (the stored text
begins inside 35, left out; `52.` stands alone at its end). OCR spacing (`D F C A A`, `L e Figaro`, `ju ifs`,
`N ovem ber`, `d ’histoire`) is kept as stored.
- `AA: Deutscher Botschaft Paris 1318` (captured files of the German embassy in Paris, now in the Political Archive of
  the Foreign Office) -> PA AA, abbr_as_printed `AA`; the embassy fonds -> bestand, the volume number -> signatur
  (PA AA's Bestand/Signatur scheme, west), not flagged. `AA: Inland Ilg 189` (Inland IIg, with `l` for `I` as stored)
  -> bestand `Inland Ilg`, signatur `189`; the OCR letter is not a mixed-script homoglyph, so no warning.
- `AN: F lCm 1180` (OCR of F1cIII 1180) -> AN, series `F lCm` (the sous-serie as printed), piece `1180`, no warning
  class fits. `AN: A G n520 CC104F` (OCR of AG II 520, dossier CC 104 F) -> series `A G n`, piece `520`, dossier
  `CC104F`; flagged missing-space (no space between the sous-serie and the article number; doubtful).
- `T-120/3527H/E021556` etc. (US National Archives microfilm of the captured German Foreign Office files; no archive
  printed, the T-number belongs to NARA alone) -> NARA, abbr_as_printed null; T-120 -> series, the serial/roll number
  -> volume (world: roll -> volume), the frame number -> folio. `D525934-947` -> D525934 to D525947; `E036091-2` ->
  E036091 to E036092.
- DFCAA, DGFP, FRUS (printed editions) and journal articles -> literature. 44 `Billig, Commissariat [26]` (the
  bracket gives the note where the work was first cited in full; no numbered list in this corpus) -> literature.
- 45, 51 (`L e Figaro, 6 July 1940`, `L e Temps, 24 July 1940`) -> newspaper; title as printed with the OCR space."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub07")
N = lambda: arch("NARA")
p.commentary(36, literature=True)
p.archival(37, arch("PA AA", "AA"), U("be", "Deutscher Botschaft Paris", "si", "1318"))
p.archival(38, arch("PA AA", "AA"), U("be", "Deutscher Botschaft Paris", "si", "1318"))
p.archival(39, arch("AN", "AN"), U("series", "F lCm", "piece", "1180"))
p.commentary(40, literature=True)
p.commentary(41, literature=True)
p.archival(42, N(), U("series", "T-120", "volume", "3527H"), "E021556")
p.archival(43, N(), U("series", "T-120", "volume", "2624H"), "D525934-D525947")
p.commentary(44, literature=True)
p.newspaper(45, NP("L e Figaro", 1940, 7, 6))
p.archival(46, arch("PA AA", "AA"), U("be", "Inland Ilg", "si", "189"))
p.commentary(47, literature=True)
p.commentary(48, literature=True)
p.archival(49, N(), U("series", "T-120", "volume", "3697"), "E036091-E036092")
p.archival(50, arch("AN", "AN"), U("series", "A G n", "piece", "520", "dossier", "CC104F"), warn="missing-space")
p.newspaper(51, NP("L e Temps", 1940, 7, 24))
p.write()
