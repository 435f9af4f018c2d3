"""pub05: FRUS 1934, vol. IV, The American Republics (1951), chapter on the Chaco dispute: documents
159-171 (to the source note of 171; footnotes numbered per chapter). n = 100 x document number + printed
number; unnumbered source note = 100 x document number + 0."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U

p = Pub("pub05")
NA = lambda: arch("NARA", None)          # decimal file printed alone
def src(n, f):
    p.archival(n, NA(), U("fi", f))
src(15900, "724.3415/4351")
src(16000, "724.3415/4364")
src(16100, "724.3415/4372")
src(16200, "724.3415/4373")
src(16300, "724.3415/4373")
src(16400, "724.3415/4392")
p.commentary(16481)                      # identification of a person
src(16500, "724.3415/4392")
src(16600, "724.3415/4395")
p.commentary(16682)
src(16700, "724.3415/4373")
p.commentary(16783)
p.commentary(16784, literature=True)     # "Ante, p. 114": pointer to a page of this volume
src(16800, "724.3415/4400")
src(16900, "724.3415/4399")
p.commentary(16985)                      # Not printed.
src(17000, "724.3415/4401")
p.commentary(17086)                      # "See footnote 83, p. 121.": pointer to a note
src(17100, "724.3415/4372")
p.write()
