"""pub07: Arthur G. Kogan, Office of the Historian Research Project No. 1261, "Department of State Publication of
Foreign Government Documents" (June 1981), frus-history documents/1981-06-kogan-fgi-study-rp1261.xml, notes 1-36 (all)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub07")
NA = lambda: arch("NARA")    # decimal files printed alone: NARA, file (as ../frus)
# bare documents (author, addressee, date, no repository, file or unit) are commentary without literature
lit = {1, 2, 3, 4, 22, 26, 27, 30, 35}
bare = {9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 23, 24, 25, 28, 29, 31, 32, 33, 34, 36}
for n in range(1, 37):
    if n in lit:
        p.commentary(n, literature=True)   # 1-2 articles (2: "Spaulding, ibid." inside the note), 3-4 FRUS,
                                           # 22 regulation, 26/30 executive orders, 27 a published Historical Study, 35 FAM
    elif n in bare:
        p.commentary(n)
    elif n in (5, 6):
        p.archival(n, NA(), U("fi", "811.114/4517"))
    elif n == 7:
        # decimal file printed with a dot for the slash (as stored); the citing memorandum is filed with FW 026 Foreign Relations*
        p.archival(7, NA(), U("fi", "763.72119.12298"), also=[cite(NA(), U("fi", "FW 026 Foreign Relations*"))])
    elif n == 8:
        p.archival(8, NA(), U("fi", "FW 026 Foreign Relations 1456"))
    elif n == 21:
        # "(Files; “Access to Records-Basic File” in AGK Safe.)": a named file kept in an office safe; no archive printed
        p.archival(21, arch("DOS"), U("fi", "Access to Records-Basic File", "sm", "AGK Safe"))
p.write()
