"""pub04: Patrick Bishop, Air Force Blue: The RAF in World War Two - Spearhead of Victory (London: William Collins,
2017), trantor.is copy iNXuxFWScRZfQ4ai, Text/Blue-29.xhtml (the e-book's notes file; book identified by the file
name `Blue-` and by content: a history of the RAF citing works up to 2016; not verified on a title page). The
stored file holds the notes of two chapters without headings; this is the first run, notes 1-16. Note 7 is not in
the stored text (an empty line stands where it should be: left out, the file has no line 7).
1 `The National Archive [TNA] AIR 41/9` -> TNA, printed `TNA` in brackets (a hereafter-definition), name as
printed; series `AIR 41`, piece `9`. 4 `TNA AIR 41/9` (no separator) -> the same; not an ibid (two notes between).
3 `Ibid., p. 152.` -> ibid of 2 (literature). 9, 12, 16 *Picture Post* (a weekly picture magazine) -> literature
(eng2/world: weeklies are literature); 13 `Ibid., 28 October 1939.` -> ibid of 12 (literature).
14 `Diary of John Thornley, Mass Observation Archive, University of Sussex, Diarist No. 5212` -> MOA, name as
printed `Mass Observation Archive` (the university is the holder's seat), the diarist number -> item `5212`."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub04")
p.archival(1, arch("TNA", "TNA", "The National Archive"), U("s", "AIR 41", "pi", "9"))
p.commentary(2, literature=True)
p.ibid(3, 2)
p.archival(4, arch("TNA", "TNA"), U("s", "AIR 41", "pi", "9"))
p.commentary(5, literature=True)
p.commentary(6, literature=True)
p.commentary(8, literature=True)
p.commentary(9, literature=True)
p.commentary(10, literature=True)
p.commentary(11, literature=True)
p.commentary(12, literature=True)
p.ibid(13, 12)
p.archival(14, arch("MOA", None, "Mass Observation Archive"), U("it", "5212"))
p.commentary(15, literature=True)
p.commentary(16, literature=True)
p.write()
