"""pub15: Jochen Hellbeck, Stalingrad: The City that Defeated the Third Reich (New York: PublicAffairs, 2015),
erenow.org page 35: endnotes 1-9 of chapter 1 (10 cut off). 1 cites two Soviet dailies with dates (Izvestiia,
Krasnaia Zvezda) -> newspaper, the first issue recorded. 5: a printed edition of SD reports (literature, world).
9: a web address alone (literature, slav)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub15")
p.newspaper(1, NP("Izvestiia", 1942, 10, 25))
for n in range(2, 10):
    p.commentary(n, literature=True)
p.write()
