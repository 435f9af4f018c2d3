"""pub06: Longerich, Heinrich Himmler (as pub04), studmed.ru copy of the printed book (page 92 of the viewer):
endnotes 25-26 of the chapter on the police (the stored text begins inside note 24, left out). The copy is text
extracted from the printed PDF: line breaks become spaces; `117,52 5` and `rec ruited` kept as stored.
26 ends the stored text with a complete sentence and is taken (doubtful: no following number shows it is whole).
25: `(BAB, R 19/382, ...)` -> main; `(NS 19/335, ...)` -> also with abbr_as_printed null; `(ibid. memorandum ...)`
-> an in-note ibid repeating NS 19/335 -> a second also (east's in-note ibid rule).
26: `(BHStA, Reichsstatthalter Epp, decrees ...)` -> Bavarian Main State Archives (key BayHStA, printed BHStA), the
fonds `Reichsstatthalter Epp` -> bestand, no signatur printed; `(cf. BAB, NS 19/395, ...)` -> also."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub06")
p.archival(25, arch("BArch", "BAB"), U("be", "R 19", "si", "382"), also=[
    cite(arch("BArch"), U("be", "NS 19", "si", "335")),
    cite(arch("BArch"), U("be", "NS 19", "si", "335")),
])
p.archival(26, arch("BayHStA", "BHStA"), U("be", "Reichsstatthalter Epp"),
           also=[cite(arch("BArch", "BAB"), U("be", "NS 19", "si", "395"))])
p.write()
