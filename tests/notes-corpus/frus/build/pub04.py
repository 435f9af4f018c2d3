"""pub04: FRUS 1952-1954, Guatemala (retrospective volume, 2003), documents 127-132.
n = 100 x document number + printed footnote number (source note = footnote 1).
CIA records: archive CIA (named "Central Intelligence Agency"); "Job 79-01025A" is the accession
number of a body of records (like a State Department lot) -> shelfmark with "Job" kept; Box, Folder."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite

p = Pub("pub04")
CIA = lambda: arch("CIA", None, "Central Intelligence Agency")
def cia(n, job, box, folder):
    p.archival(n, CIA(), U("sm", "Job " + job, "b", box, "fo", folder))
cia(12701, "79-01025A", "143", "1")      # the quoted handwritten "File Policy folder" is not a citation
cia(12801, "79-01025A", "8", "10")
p.commentary(12802, literature=True)    # FRUS 1952-54 vol. IV
cia(12901, "79-01025A", "3", "6")
cia(13001, "231677/1", "102", "2")
p.commentary(13002)
p.commentary(13003)
cia(13101, "79-01025A", "151", "1")
p.commentary(13102)
NA = arch("NARA", None, "National Archives and Records Administration")
p.archival(13103, NA, U("rg", "59", "s", "Central Files", "fi", "814.413/4–1254"),
           also=[cite(NA, U("rg", "59", "s", "Central Files", "fi", "714.00(w)/4–1454")),
                 cite(NA, U("rg", "59", "s", "Central Files", "fi", "714.00(w)/4-2354"))])
cia(13201, "79–01025A", "143", "1")      # en dash as printed in this note
p.commentary(13202, literature=True)    # FRUS 1952-54 vol. iv
p.ibid(13203, 13202)                    # "see ibid., pp. 1099-1100" -> the FRUS volume of 13202
p.commentary(13204)
p.commentary(13205)
p.write()
