"""pub05: J. Arch Getty and Oleg V. Naumov, The Road to Terror: Stalin and the Self-Destruction of the Bolsheviks,
1932-1939 (New Haven: Yale University Press, 1999), trantor.is copy (OnmJPcWOPqLsJCEk/OEBPS/notes.htm): notes 1-14 to
the Introduction (15 cut off). The stored page does not name the book; identified by content (Tivel's party file,
the Abakumov memo of 1947, Trevor-Roper's witch-craze, Scott's transcripts: the Introduction of The Road to Terror;
README Doubtful). 2: `Rossiiskii gosudarstvennyi arkhiv noveishei istorii (hereafter RGANI), fond 89, opis' 18, delo
12` -> RGANI with the transliterated name as `name_as_printed`, spelled-out labels are the usual levels. 11: `Rabochii
put' (Smolensk), October 30, 1936, 1` -> newspaper, page 1, place Smolensk. 8 and 10: prose without a citation."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub05")
p.commentary(1, literature=True)
p.archival(2, arch("RGANI", "RGANI", "Rossiiskii gosudarstvennyi arkhiv noveishei istorii"),
           U("fond", "89", "opis", "18", "delo", "12"))
p.archival(3, arch("RGASPI", "RGASPI"), U("fond", "589", "opis", "3", "delo", "1466"))
for n in (4, 5, 6, 7):
    p.commentary(n, literature=True)
p.commentary(8)
p.commentary(9, literature=True)
p.commentary(10)
p.newspaper(11, NP("Rabochii put’", 1936, 10, 30, page="1", place="Smolensk"))
p.commentary(12, literature=True)
p.ibid(13, 12)
p.commentary(14, literature=True)
p.write()
