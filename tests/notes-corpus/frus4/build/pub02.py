"""pub02: FRUS 1918, Russia, vol. III (1932), chapter on purchase of supplies in Russia, documents 169-180
(to the source note of 180). n = 100 x document number + printed footnote number (footnotes are numbered
per page in this volume; no number repeats within a document); the unnumbered source note `File No. …`
is 100 x document number + 0."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U

p = Pub("pub02")
NA = lambda: arch("NARA", None)          # decimal file printed alone (`File No.` is its label)
def src(n, f):
    p.archival(n, NA(), U("fi", f))
src(16900, "861.24/69a")
src(17000, "861.24/78")
src(17100, "861.00/1887")
p.commentary(17101, literature=True)     # FRUS 1918 Russia vol. i pages; in-note ibid. of that volume
p.commentary(17102)                      # identification of a person
src(17200, "861.24/78")
src(17300, "861.00/1990")
src(17400, "861.48/675")
src(17500, "861.00/1887")
src(17600, "861.00/2014")
p.commentary(17601, literature=True)     # FRUS 1918 Russia vol. ii
src(17700, "861.00/2211")
p.commentary(17702)                      # transmission route: no citation
p.commentary(17703, literature=True)     # "See ante, p. 114.": pointer to a page of this volume
src(17800, "861.00/2075")
p.commentary(17801)
p.commentary(17802)
p.commentary(17803)
src(17900, "861.00/2014")
src(18000, "861.00/2094")
p.write()
