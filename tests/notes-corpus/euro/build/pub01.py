"""pub01: David I. Kertzer, The Pope and Mussolini: The Secret History of Pius XI and the Rise of Fascism in Europe
(New York: Random House, 2014), full-english-books.net copy "67 page": endnotes 31-37 of one chapter (the page begins
with 31). Kertzer's short citations (author year, pages) refer to his bibliography: literature.
Archive abbreviations as Kertzer prints them (his list of abbreviations is not in the stored text):
ASV = Archivio Segreto Vaticano (key ASV; now Archivio Apostolico Vaticano), ACS = Archivio Centrale dello Stato,
ARSI = Archivum Romanum Societatis Iesu.
31 `ASV, AESS, pos. 515, fasc. 523, ff. 8r-9r`: AESS (the archive of the Congregation for Extraordinary Ecclesiastical
Affairs) -> series; `pos.` (posizione, the numbered registry file) -> file; `fasc.` -> fascicle (world: ACS f. ->
fascicle); `ff. 8r-9r` -> leaves 8-9, rectos (no verso).
35 `ACS, MI, PS, 1919, b. 1, "Curia Generalizia della Compagnia di Gesu."`: MI (Ministero dell'Interno) -> fond,
PS (Pubblica Sicurezza) -> series, the annual series 1919 -> subseries, b. (busta) -> box, the quoted title right after
the box -> folder (west's rule), quotation marks and the final full stop (printed inside them) dropped. Note begins with literature, class archival.
36 `ACS, MI, DAGR, b. 1320, informatore, ...`: fond MI, series DAGR, box; the document description is not a unit.
37 `ARSI, TV, b. 29` (Tacchi Venturi papers): fond TV, box 29. Last note of the stored text; it ends with a full stop
and reads as complete (doubtful: taken although no following number shows it is whole)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub01")
p.archival(31, arch("ASV", "ASV"), U("series", "AESS", "fi", "515", "fascicle", "523"), "8-9")
p.commentary(32, literature=True)
p.commentary(33, literature=True)
p.commentary(34, literature=True)
p.archival(35, arch("ACS", "ACS"), U("fond", "MI", "series", "PS", "subseries", "1919", "box", "1",
                                      "folder", "Curia Generalizia della Compagnia di Gesù"))
p.archival(36, arch("ACS", "ACS"), U("fond", "MI", "series", "DAGR", "box", "1320"))
p.archival(37, arch("ARSI", "ARSI"), U("fond", "TV", "box", "29"))
p.write()
