"""pub03: Einleitung of a volume of the edition "Dokumente der Einsatzgruppen in der Sowjetunion" (very probably
vol. I: K.-M. Mallmann, A. Angrick, J. Matthäus, M. Cüppers (eds.), Die »Ereignismeldungen UdSSR« 1941, Darmstadt:
WBG 2011), footnotes 6-7. The stored page begins with the tail of note 5 ("NARA.") and cuts note 8: neither taken.
Stored page: https://hotlib.net/htrd/964466/p15"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub

p = Pub("pub03")
p.commentary(6, literature=True)
p.commentary(7, literature=True)          # in-note "ebd." of literature does not make an ibid note (west)
p.write()
