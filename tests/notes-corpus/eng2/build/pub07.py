"""pub07: Timothy Snyder, Bloodlands: Europe Between Hitler and Stalin (New York: Basic Books, 2010), "Page 59" of the
bookreadfree.com copy (457283/11233620): endnotes 12-23 of chapter 1 (24 cut off). Note numbers are printed without
a period. Snyder's short-title notes are literature. 23: 'Report of 13 July 1926, AVPRF, 122/10/34' -> AVP RF,
the three-part code as fond/opis/delo (slav's rule; an AVP RF reference usually has a papka, README Doubtful)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub07")
for n in range(12, 23):
    p.commentary(n, literature=True)
p.archival(23, arch("AVP RF", "AVPRF"), U("fond", "122", "opis", "10", "delo", "34"))
p.write()
