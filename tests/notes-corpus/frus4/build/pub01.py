"""pub01: FRUS 1943, vol. VI, The American Republics (1965), Cuba chapter (the Central Tinguaro case):
documents 190-195 (to the source note of 195). Footnotes are numbered per chapter. In document 193 the
footnote mark 18 is printed twice (the second `Not printed.` is the same footnote 18 referred to again,
not a new note); it is one note here. n = 100 x document number + printed number; unnumbered source
note = 100 x document number + 0."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U

p = Pub("pub01")
NA = lambda: arch("NARA", None)          # decimal file printed alone
def src(n, f):
    p.archival(n, NA(), U("fi", f))
src(19000, "837.61351/4219")
p.commentary(19008)                      # Not printed.
p.commentary(19009, literature=True)     # decree published in the Gaceta Oficial (an official gazette: literature, not newspaper)
p.commentary(19010)                      # identification of a person
p.commentary(19011, literature=True)     # Not printed; ... "infra": pointer to the next document
src(19100, "837.61351/4230")
p.commentary(19112)                      # despatch number and receipt date: not a location
src(19200, "837.61351/4243")
p.commentary(19213)
p.commentary(19214)                      # names a decree, no publication
p.commentary(19215, literature=True)     # "Supra.": pointer to the previous document (frus)
p.commentary(19216)
src(19300, "837.61351/4353")
p.commentary(19318)
p.commentary(19319, literature=True)     # pointer to a page of this volume
p.commentary(19320)
src(19400, "837.61351/4454")
p.commentary(19421)
p.commentary(19422)                      # despatch number: not a location
src(19500, "837.61351/4504")
p.write()
