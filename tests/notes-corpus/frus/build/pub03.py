"""pub03: FRUS 1955-1957, vol. X, Foreign Aid and Economic Defense Policy (1989), documents 20 (from
footnote 3) to 23 (to footnote 7). n = 100 x document number + printed footnote number (source note = 1).
"Department of State" (the custodian named in the note; the records are now at NARA, RG 59) ->
NARA with abbr_as_printed null and name_as_printed "Department of State".
"<Office> Files: Lot 54 D 291, <title>" -> series (the office files), shelfmark (the lot number,
kept with "Lot" as a code like "MS 2925"), folder (the file title printed after the lot)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U

p = Pub("pub03")
DS = lambda: arch("NARA", None, "Department of State")
p.commentary(2003)
p.archival(2004, DS(), U("s", "S/S–NSC (Miscellaneous) Files", "sm", "Lot 66 D 95",
                          "fo", "Records of Action by the National Security Council, 1956"))
p.archival(2101, DS(), U("s", "A/MS Files", "sm", "Lot 54 D 291", "fo", "ICA–1956"))
# 2102 "... not printed. (Ibid.)": the telegram is in the file of the source note (the TEI links the
# ibid to FRUS 1955-57 vol. IX p. 22, which contradicts "not printed"; the printed text is followed)
p.ibid(2102, 2101)
p.commentary(2103, literature=True)     # Federal Register; Department of State Bulletin
p.archival(2201, DS(), U("s", "S/S–NSC Files", "sm", "Lot 63 D 351", "fo", "NSC 5610 Series"))
p.commentary(2202)                      # "See footnote 14, Document 13.": points to a note
p.archival(2203, DS(), U("s", "OFD Files", "sm", "Lot 59 D 620", "fo", "All Countries, U.S. Aid Programs, 1956"))
# 2301: box given in the prose ("one of two unlabeled folders in box 57") -> box 57
p.archival(2301, arch("DDEL", None, "Eisenhower Library"), U("c", "Dulles Papers", "b", "57"))
for n in (2302, 2303, 2304, 2305, 2306):
    p.commentary(n)
p.commentary(2307, literature=True)     # 68 Stat. 454
p.write()
