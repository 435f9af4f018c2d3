"""pub02: "The 1925 Order" (Office of the Historian, frus-history articles/1925-order.xml: the Department order of
1925 with editorial notes), notes 1-4 (all)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub02")
# "Folder 55D606 OSS/PB-1": the folder title (it begins with a lot-style number) kept whole as `folder`
p.archival(1, arch("NARA", None, "Archives II"),
           U("fo", "55D606 OSS/PB-1", "b", "35", "s", "Miscellaneous Office Files, 1910-1944", "rg", "59"))
for n in (2, 3, 4):
    p.commentary(n)                         # descriptions of handwritten initials on the document
p.write()
