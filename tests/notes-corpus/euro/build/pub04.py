"""pub04: Peter Longerich, Heinrich Himmler: A Life, trans. Jeremy Noakes and Lesley Sharpe (Oxford: Oxford University
Press, 2012), books.thomasstone.org copy "free-books-163": endnotes 120-124 of the chapter on the war in Poland,
1939-40 (the page begins with 120; 125 is cut off). The copy prints italic titles on lines of their own, which leaves
a space before the following comma (`Heer , 445 f.`), kept as stored. `BAB` = Bundesarchiv Berlin(-Lichterfelde) ->
BArch (east2, world). `NS 19/3901` -> bestand + signatur (west). 124: `(NS 2/275)` later in the note -> an `also`
with abbr_as_printed null (the archive is not repeated). Printed editions and diaries (Halder, Kriegstagebuch;
Groscurth's diary by date, no repository) are literature."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub04")
for n in (120, 121, 122):
    p.commentary(n, literature=True)
p.archival(123, arch("BArch", "BAB"), U("be", "NS 19", "si", "3901"))
p.archival(124, arch("BArch", "BAB"), U("be", "NS 19", "si", "3901"),
           also=[cite(arch("BArch"), U("be", "NS 2", "si", "275"))])
p.write()
