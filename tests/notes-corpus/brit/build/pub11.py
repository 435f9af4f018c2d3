"""pub11: Ramm (ed.), Gladstone-Granville Correspondence 1871-1876 (as pub09), footnotes of printed page 249,
notes 1-2 (3 cut off in the stored text). `See to Granville` (the writer's name, Argyll, is lost in the site's
text, as stored). 1 `G.D. 29/52` -> TNA. 2 `..., 29 May, ibid.` -> a further letter in the same file: an ibid of
note 1 (the ibid refers back to the previous note, eng2's in-note ibid of a collection)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub11")
p.archival(1, arch("TNA"), U("s", "G.D. 29", "pi", "52"))
p.ibid(2, 1)
p.write()
