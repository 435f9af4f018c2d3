"""pub01: Christopher Clark, The Sleepwalkers (New York: Harper, 2013), endnotes of Chapter 5, notes 1-15 (16 cut off in the stored page)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub01")
for n in (1, 2, 3):
    p.commentary(n, literature=True)
p.ibid(4, 3)                                   # Ibid., p. 77 -> Bennett (literature)
p.commentary(5, literature=True)
# cutting of a review (a periodical, not a daily: no newspaper key) filed in the Serbian archives; Fiche = microfiche -> volume
p.archival(6, arch("AS", "AS"), U("c", "Personal fonds Miroslav Spalajković", "v", "101"), "95")
for n in (7, 8, 9, 10, 11, 12):
    p.commentary(n, literature=True)
p.ibid(13, 12)                                 # "cited in ibid., p. 158" -> Bosworth (literature)
p.archival(14, arch("TNA", "TNA"), U("s", "FO 371", "pi", "1250"), "311")
p.commentary(15, literature=True)
p.write()
