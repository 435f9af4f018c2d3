"""pub01: FRUS 1948, vol. I, part 2, General; The United Nations (publ. 1976), document 23 fn. 2 to the
source note of document 28. n = 100 x document number + printed footnote number; an unnumbered source
line is 100 x document + 0. Source lines: decimal file, Department of State Committee Files lot, S/S-NSC
lot files (Lot 63D351)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U

p = Pub("pub01")
L = lambda n: p.commentary(n, literature=True)
C = lambda n: p.commentary(n)
NA = lambda: arch("NARA", None)
C(2302)        # Not printed.
C(2303)        # See footnote 1, above. -> a footnote
L(2304)        # "Of July 1, p. 585." = a document of this volume
L(2305)        # FRUS 1946 vol. i; in-note ibid. of the same
L(2306)        # vol. iii, p. 757 (FRUS 1948)
C(2307)
# "Department of State Committee Files: Lot 122": the custodian named as in frus's "Department of State,
# Central Files" -> NARA, name_as_printed "Department of State"; the files' name is the series, the lot the shelfmark
DSCF = lambda n: p.archival(n, arch("NARA", None, "Department of State"),
                            U("s", "Committee Files", "sm", "Lot 122"))
DSCF(2400)
# 2401 describes Lot 122 (the lot is named; a location only): archival, shelfmark only
p.archival(2401, NA(), U("sm", "Lot 122"))
C(2402)
DSCF(2403)     # "(Department of State Committee Files: Lot 122)" at the end of the note
C(2404)
L(2405)        # 62 Stat (pt. 1)153: Statutes at Large
p.archival(2600, NA(), U("fi", "761.00/6–3048"))
C(2601); C(2603)   # both printed "1" (TEI xml:id d26fn1, d26fn3)
C(2602)
p.archival(2700, NA(), U("s", "S/S–NSC Files", "sm", "Lot 63D351", "fo", "NSC 14 Series"))
C(2701); C(2702); C(2703)
L(2704)        # PL 457 ...; 58 Stat (pt. 1) 765
L(2705)        # vol. ix, pp. 207 ff.
C(2706)        # see footnote 3, p. 597 -> a footnote
p.archival(2800, NA(), U("s", "S/S–NSC Files", "sm", "Lot 63D351", "fo", "NSC 20 Series"))
p.write()
