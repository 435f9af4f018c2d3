"""pub01: Anne Applebaum, Iron Curtain: The Crushing of Eastern Europe, 1944-1956 (New York: Doubleday, 2012),
"Page 66" of the bookreadfree.com copy (509643/12515255): endnotes 39-55 of one chapter (56 cut off).
Archives by the book's own List of Archives (stored at bookreadfree.com 408236/10039151): 'BStU MfSZ' is the
book's abbreviation for the Stasi records archive (abbr_as_printed 'BStU MfSZ'); 'HA IX', 'Sekr. D. Min.' are the
Bestand (the MfS department), 'no. 20603' the Signatur (west's BArch rule, label dropped). PIL (Archives of the
Institute of Political History, Budapest): the Hungarian code printed whole is one shelfmark (README, Decisions).
Interviews and conversations by the author are commentary without literature (world); a documentary film is
literature."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub01")
B = lambda: arch("BStU", "BStU MfSZ")
p.archival(39, arch("PIL", "PIL"), U("shelfmark", "867/f.11/g-24"), "p:15-58")
p.ibid(40, 39)
p.commentary(41, literature=True)       # conversations, then 'also Böszörményi, Recsk, p. 49'
p.commentary(42, literature=True)
p.commentary(43, literature=True)       # incl. a CWIHP Working Paper
p.archival(44, B(), U("bestand", "HA IX", "signatur", "20603"), "p:2")
p.commentary(45, literature=True)
p.commentary(46, literature=True)
p.commentary(47)                        # interview by the author
p.archival(48, B(), U("bestand", "Sekr. D. Min.", "signatur", "1920"))
p.commentary(49, literature=True)
p.archival(50, B(), U("bestand", "HA VII", "signatur", "4000"), "p:16-17")
p.commentary(51, literature=True)
p.commentary(52)
p.commentary(53, literature=True)
p.commentary(54, literature=True)       # documentary film
p.commentary(55)
p.write()
