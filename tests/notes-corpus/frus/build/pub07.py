"""pub07: FRUS 1977-1980, vol. I, Foundations of Foreign Policy (2014), documents 51 (from footnote 8)
to 53 (to footnote 3). n = 100 x document number + printed footnote number (source note = 1)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, NP

p = Pub("pub07")
p.commentary(5108, literature=True)     # White House Diary; FRUS 1977-80 vol. VIII
p.commentary(5109)
p.commentary(5110, literature=True)
p.commentary(5111)                      # "see footnote 11, Document 26": points to a note
# 5112: Carter Library; four named levels before the box: collection, series, and two nested
# subseries ("Office File", "Outside the System File"); the title after the box is the folder
p.archival(5112, arch("JCL", None, "Carter Library"),
           U("c", "National Security Affairs", "s", "Staff Material", "ss", "Office File",
             "ss", "Outside the System File", "b", "48", "fo", "Chron: 6/77"))
p.commentary(5113)
p.commentary(5114)
p.commentary(5201, literature=True)     # Public Papers: Carter
p.ibid(5202, 5201)                      # "see ibid., pp. 1231-1239" -> Public Papers: no archive
p.commentary(5203)                      # "See footnote 4, Document 51."
p.commentary(5204, literature=True)
p.commentary(5205, literature=True)
p.commentary(5206, literature=True)
p.commentary(5207)                      # "See footnote 4, Document 33."
p.commentary(5208, literature=True)     # UN Treaty Series; FRUS
p.commentary(5209, literature=True)
p.commentary(5210, literature=True)
p.commentary(5301, literature=True)     # Department of State Bulletin (a journal), in-note ibid.
p.commentary(5302, literature=True)
# 5303: two New York Times issues -> newspaper, the first issue in `newspaper`
p.newspaper(5303, NP("The New York Times", 1977, 5, 12, page="4"))
p.write()
