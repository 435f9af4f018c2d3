"""pub02: Christopher Clark, The Sleepwalkers, endnotes 186-197 of one chapter (198 cut off in the stored page)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub02")
# AMAE PA-AP (Papiers d'agents - archives privées) 43 = fonds number of the Cambon papers; "fos. 251-7, here fo. 252"
p.archival(186, arch("AMAE", "AMAE"), U("s", "PA-AP", "c", "43"), "251-257, 252")
# "ibid., 100": same series, another fonds number
p.ibid(187, 186, U("c", "100"), "178-180")
p.commentary(188, literature=True)
p.ibid(189, 188)                               # Ibid. -> Porch (literature)
for n in (190, 191, 192):
    p.commentary(n, literature=True)
# ',August 1912,AMAE' (no space after the commas): missing-space; 'Russie 41' = country series + volume (AMAE convention, unlabelled)
p.archival(193, arch("AMAE", "AMAE"), U("s", "AE NS", "ss", "Russie", "v", "41"), "270-272, 282-283", warn="missing-space")
# title of the volume after the volume number -> folder
p.archival(194, arch("AMAE", "AMAE"), U("c", "Papiers Jean Doulcet", "v", "23",
                                        "fo", "Saint Petersbourg IV, Notes personnelles, 1912–1917"), "312")
for n in (195, 196, 197):
    p.commentary(n, literature=True)
p.write()
