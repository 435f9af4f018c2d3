"""pub12: Fursenko and Naftali, Khrushchev's Cold War (as pub10), "Page 86" of the bookreadfree.com copy
(94666/2350302.amp): endnotes 53-66 of the chapter on autumn 1962 (67, the last note of the stored text, left out:
it may run on). AVP RF as 'MFA' (fond, then opis/papka/delo). 55: National Security Archive (named), collection.
61: 'NSF Box 100, LBJ Library, Austin, Texas' -> collection 'NSF' (National Security File) and box (frus names the
library 'Johnson Library' as name_as_printed). 62: Deutsche Soldaten-Zeitung und National-Zeitung was a weekly ->
literature (east2/world rule for weeklies; doubtful). 65: Volkogonov Collection, Library of Congress (named);
66 '..., ibid.' (the same collection) -> ibid of 65."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub12")
MFA = lambda f, o, pa, d: U("fond", f, "opis", o, "papka", pa, "delo", d)
p.commentary(53, literature=True)
p.commentary(54, literature=True)
p.archival(55, arch("NSArchive", None, "National Security Archive"), U("collection", "Cuban Missile Crisis Collection"))
p.archival(56, arch("AVP RF", "MFA"), MFA("0757", "7", "33", "2"))
p.archival(57, arch("AVP RF", "MFA"), MFA("0757", "7", "33", "2"))
p.commentary(58, literature=True)
p.archival(59, arch("AVP RF", "MFA"), MFA("0757", "7", "33", "2"))
p.commentary(60, literature=True)
p.archival(61, arch("LBJL", None, "LBJ Library"), U("collection", "NSF", "box", "100"))
p.commentary(62, literature=True)
p.archival(63, arch("AOK", "AOK"), [])
p.archival(64, arch("AVP RF", "MFA"), MFA("0570", "8", "7", "3"))
p.archival(65, arch("LC MD", None, "Library of Congress"), U("collection", "Volkogonov Collection"))
p.ibid(66, 65)
p.write()
