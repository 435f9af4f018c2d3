"""pub05: Yasmin Khan, The Raj at War: A People's History of India's Second World War (London: Bodley Head, 2015),
whosread.com copy 107775/2669073 (the stored page begins "by Yasmin Khan" and then the last note of chapter 5,
17; chapter 6 follows as pub06, the numbering restarts).
17 `CSAS, Sucheta Kripalani, interviewed by Uma Shanker in 1974` -> archival, CSAS (the Centre of South Asian
Studies' oral-history archive; abbr_as_printed `CSAS`), no units: the interview is described (interviewee,
interviewer, year), not given a reference (brit: holder with a description only -> units [])."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub05")
p.archival(17, arch("CSAS", "CSAS"), [])
p.write()
