"""pub06: FRUS 1950-1955, The Intelligence Community (retrospective volume, publ. 2007), documents 53-61
(60 is an editorial note without footnotes), source notes (footnote 1) and all footnotes.
n = 100 x document number + printed footnote number. Document 58 (not declassified) has no footnote:
its source is printed in brackets as the document's only text, "[Source: Truman Library, ...]"; it is
taken as the source note, 5800.
Truman Library -> HSTL; Central Intelligence Agency -> CIA with the office as series, the job as
shelfmark, box, folder (frus); National Archives, RG 59, <office> Files: Lot ..., <title> (frus)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite

p = Pub("pub06")
L = lambda n: p.commentary(n, literature=True)
C = lambda n: p.commentary(n)
TL = lambda: arch("HSTL", None, "Truman Library")
CIA = lambda: arch("CIA", None, "Central Intelligence Agency")
NA = lambda: arch("NARA", None, "National Archives")
PSF = U("c", "Papers of Harry S. Truman", "s", "President's Secretary's Files")
ER9 = U("s", "Executive Registry", "sm", "Job 95–G00278R", "b", "1", "fo", "9")
p.archival(5301, TL(), PSF)
p.archival(5302, CIA(), U("s", "Directorate of Intelligence", "sm", "Job 97–T00975A", "b", "1"))
L(5303)        # See also Documents 48 and 51.
p.archival(5401, CIA(), U("s", "Executive Registry", "sm", "Job 80–B01731R", "b", "10"))
C(5402); C(5403)
p.archival(5404, CIA(), ER9)
C(5405)
p.archival(5501, TL(), PSF)
L(5502)        # See Document 53.
C(5503)
p.archival(5601, CIA(), ER9)
L(5602)        # Document 54.
C(5603)
p.archival(5701, NA(), U("rg", "59", "s", "Central Files 1950–54", "fi", "711.5200/3–751"))
L(5702); L(5703)   # Document 2; Document 28
# 5704: literature pointer first, then the archival citation: class archival (the first citation kind in
# the order archival > ... wins), literature not represented
p.archival(5704, NA(), U("rg", "59", "s", "S/P–NSC Files", "sm", "Lot 63 D 351", "fo", "NSC 74"))
# 5705: the citation, then two in-note "ibid." (the same RG 59) -> `also`, resolved like ibids
# (archive without abbr_as_printed/name); three decimal files printed with one shared series -> three cites
NAr = lambda: arch("NARA", None)
cf = lambda f: cite(NAr(), U("rg", "59", "s", "Central Files 1950–54", "fi", f))
p.archival(5705, NA(), U("rg", "59", "s", "INR Historical Files", "sm", "Lot 58 D 776",
                         "fo", "Project Troy, Perforating the Iron Curtain"),
           also=[cf("511.00"), cf("611.00"), cf("711.5"),
                 cite(NAr(), U("rg", "59", "s", "S/P Files", "sm", "Lot 64 D 563"))])
p.archival(5800, TL(), PSF)   # bracketed source line of a document not declassified
# 5901: the folder title is printed before the box (FRUS lot-file style: lot, title, box); the note's
# own convention, not flagged unit-order (west)
p.archival(5901, NA(), U("rg", "59", "s", "S/P Files", "sm", "Lot 64 D 563",
                         "fo", "Political and Psychological Warfare 1951–1953", "b", "11A"))
L(5902)        # a paragraph of Document 57 "and footnote 5 thereto": points to a document first (doubtful)
p.archival(5903, NA(), U("rg", "59", "s", "INR Files", "sm", "Lot 58 D 776", "b", "14"))
C(5904); C(5905); C(5906)
p.archival(6101, CIA(), U("s", "Office of the Deputy Director for Operations", "sm", "Job 79–01228A", "b", "6"))
p.write()
