"""pub01: Peter Cozzens, "FRUS's Brush With Death" (Office of the Historian, 23 Jan 2012), notes 1-15."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub01")
LC = lambda pr=None: arch("LC MD", pr)
NA = lambda: arch("NARA", "NA")
RS = "Reports of the Secretary to the President and Congress"
MC = "Miscellaneous Correspondence of the Department of State, 1784–1906"
# 1: Fish Papers, Container 277, Letters Sent, DLC (DLC = the Library of Congress's MARC code); literature after
p.archival(1, LC("DLC"), U("c", "Fish Papers", "b", "277", "s", "Letters Sent"))
# 2: three items, "all in Fish Papers, LC": the collection is repeated in each; Roll = microfilm roll -> volume
p.archival(2, LC("LC"), U("v", "277", "c", "Fish Papers"),
           also=[cite(LC("LC"), U("s", "Moore Files", "b", "369", "c", "Fish Papers")),
                 cite(LC("LC"), U("b", "188", "s", "Letters Sent", "c", "Fish Papers"))])
p.commentary(3, literature=True)
# 4: literature first, then a decimal file at the end -> archival
p.archival(4, NA(), U("fi", "026 Foreign Relations/592", "s", "Department of State Decimal File, 1930–1939", "rg", "59"))
p.archival(5, NA(), U("ss", RS, "v", "10", "s", MC, "rg", "59"), "p:198")
p.archival(6, NA(), U("ss", RS, "v", "11", "s", MC, "rg", "59"), "p:199",
           also=[cite(NA(), U("ss", "Reports of the Secretary and President to Congress", "s", "A1", "e", "145",
                              "v", "17", "rg", "59"), "p:141")])
p.archival(7, NA(), U("ss", RS, "v", "10", "s", "Misc. Correspondence of the Department of State, 1784–1906", "rg", "59"))
p.commentary(8, literature=True)
p.commentary(9, literature=True)          # names online newspaper collections (web resources), no issue cited
p.commentary(10)
p.archival(11, NA(), U("ss", RS, "v", "10", "s", "Misc. Correspondence", "e", "145", "rg", "59"), "p:208",
           newspaper=NP("New York Herald Tribune", 1869, 12, 9))
p.archival(12, LC(), U("s", "Letters Received", "b", "188", "c", "Fish Papers"))
p.archival(13, LC(), U("v", "277", "c", "Fish Papers"))
p.archival(14, LC(), U("s", "Letters Sent", "b", "277", "c", "Fish Papers"),
           newspaper=NP("New York Herald Tribune", 1869, 12, 12))
p.archival(15, arch("Harvard HL", None, "Harvard University"), U("c", "Charles Sumner Papers"))
p.write()
