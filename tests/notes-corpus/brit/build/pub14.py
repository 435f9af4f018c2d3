"""pub14: Andrew, The Defence of the Realm (as pub13), readonlinefree.net books-177: endnotes 20-48 of the chapter
on MI5 in the early 1950s (the stored page begins with note 20; 40 is not in the stored text; 49 cut off).
Mojibake and italic line breaks as pub13 (`pp. 137 â 8 .`, `âThe man ...'`).
`Security Service Archives` -> SSA as pub13; `Home Office Archives` (the department's retained records, cited by
the authorized historian without reference) -> `HO Archives`, name as printed, no units. Repeated bare holders are
repeated archival notes, not ibids. 25 and 30 (a letter, then the holder) -> archival.
29 `Trevor-Roper, ..., Sunday Telegraph (Review section), 9 April 1995` -> newspaper (a dated issue of a weekly
paper's review section; the section is not recorded). 31 holder, then a book -> archival.
33 (recollections of a former officer) and 32 -> commentary without literature. 34 prose and `Security Service`
(the book's short title of the official history, Curry's The Security Service 1908-1945) -> literature."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub14")
S = lambda: arch("SSA", None, "Security Service Archives")
H = lambda: arch("HO Archives", None, "Home Office Archives")
for n in (20, 21, 22):
    p.archival(n, S(), [])
p.commentary(23, literature=True)
p.archival(24, S(), [])
for n in (25, 26, 27):
    p.archival(n, H(), [])
p.commentary(28, literature=True)
p.newspaper(29, NP("Sunday Telegraph", 1995, 4, 9))
p.archival(30, H(), [])
p.archival(31, S(), [])
p.commentary(32)
p.commentary(33)
p.commentary(34, literature=True)
for n in (35, 36, 37, 38):
    p.archival(n, S(), [])
for n in (39, 41, 42, 43, 44, 45, 46, 47):
    p.archival(n, H(), [])
p.archival(48, S(), [])
p.write()
