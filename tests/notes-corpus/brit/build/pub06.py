"""pub06: Cita Stelzer, Working with Winston: The Unsung Women Behind Britain's Greatest Statesman (London: Head of
Zeus, 2019), whosread.com copy 170143/4208315 ("Page 35"): endnotes 31-52 of one chapter (the stored page begins
with note 31; 53 cut off).
42 `IWM Document 9858` -> IWM printed `IWM`; the number of the Documents (private papers) collection -> item `9858`
(the label `Document` dropped, as `Item No.` in east2).
46 `Grace in Russia 1945, Churchill Archives Centre, Churchill College, Cambridge, HAMB 1/ 4, p. 3` -> CAC, name as
printed `Churchill Archives Centre` (college and town are the seat); the code printed whole with its space
(`HAMB 1/ 4`, as west pub08's `1/ 15`) -> shelfmark; `p. 3` a page folio. 47-49 `Ibid., p. N` -> ibids, the
printed page replacing the previous one.
40 `Hamblin talk to Inner Wheel Club in Westerham, 1974, p. 18` (a talk by Grace Hamblin, no repository printed) ->
literature, doubtful. 36 (a quotation from Gilbert's Churchill Documents) and 44 (prose and a book) -> literature.
41 (a news website) -> literature."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub06")
for n in range(31, 42):
    p.commentary(n, literature=True)
p.archival(42, arch("IWM", "IWM"), U("it", "9858"))
for n in (43, 44, 45):
    p.commentary(n, literature=True)
p.archival(46, arch("CAC", None, "Churchill Archives Centre"), U("sm", "HAMB 1/ 4"), "p:3")
p.ibid(47, 46, folios="p:4")
p.ibid(48, 47, folios="p:5")
p.ibid(49, 48, folios="p:6")
for n in (50, 51, 52):
    p.commentary(n, literature=True)
p.write()
