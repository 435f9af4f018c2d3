"""pub07: «22 июня 1941. Тайны больше нет» (2books.mobi, book 70182, page 114; the initials «А.М.» in note 396 point to
Арсен Мартиросян), endnotes 389-391 (the page begins with the end of 388, left out; 392-393 are not in the stored copy)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub07")
p.commentary(389, literature=True)                   # «М„2009» as stored
p.archival(390, arch("TsAMO RF", "ЦАМО РФ"), U("f", "229", "op", "164", "d", "1"), "31")  # then a book and a weekly (literature)
p.commentary(391, literature=True)
p.write()
