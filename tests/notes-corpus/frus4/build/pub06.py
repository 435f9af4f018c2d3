"""pub06: FRUS 1942, China (1956), chapter on Chinese internal affairs: documents 178-185 (to footnote 34
of 185). Footnotes are numbered per chapter; footnote `29a` (document 180) is label 18029 (as frus pub01
8134 for `34a`). n = 100 x document number + printed number; unnumbered source note = 100 x doc + 0."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U

p = Pub("pub06")
NA = lambda: arch("NARA", None)          # decimal file printed alone
def src(n, f):
    p.archival(n, NA(), U("fi", f))
src(17800, "893.00/14882")
p.commentary(17828)                      # delivery: no citation
src(17900, "893.00/14881")
p.commentary(17929)                      # Not printed.
src(18000, "893.00/14870")
# quotes a telegram printed elsewhere in the volume ("p. 146") and ends with its file in parentheses:
# archival (class of the first kind of citation present: archival before the FRUS pointer)
p.archival(18029, NA(), U("fi", "740.0011 Pacific War/2777"))
p.commentary(18030)
src(18100, "893.00/14871")
src(18200, "893.20/760")
p.commentary(18231)
src(18300, "893.00/9–842")               # date-based decimal file (9–842 = September 8, 1942), en dash as stored
p.archival(18332, NA(), U("fi", "793.94/17089"))   # file of the Ambassador's telegram, in parentheses at the end
src(18400, "893.00/14886")
p.commentary(18433)                      # Neither printed.
src(18500, "893.00/14887")
p.commentary(18534)                      # a memorandum named, no location
p.write()
