"""pub01: FRUS 1937, vol. V, The American Republics (1954), chapter on the Honduras-Nicaragua boundary
dispute, documents 77-92 (source notes and footnotes 31-40).
n = 100 x document number + printed footnote number; the unnumbered source note (the file number
printed above the heading) is 100 x document number + 0. Footnote 34a of document 81 is n 8134."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U

p = Pub("pub01")
NA = lambda: arch("NARA", None)          # decimal file printed alone: only NARA (RG 59) uses it
def src(n, f):
    p.archival(n, NA(), U("fi", f))
src(7700, "715.1715/661a")
p.commentary(7731)                       # "The same ... as telegram No. 62": no citation
p.commentary(7732, literature=True)      # FRUS 1930/1931 (in-note ibid.), Nicaraguan printed protocol
src(7800, "715.1715/662")
src(7900, "715.1715/670")
p.commentary(7933)                       # "See footnote 31, p. 76.": points to another note
src(8000, "715.1715/662")
p.commentary(8034)
src(8100, "715.1715/678")
p.commentary(8134, literature=True)      # British and Foreign State Papers
p.commentary(8135, literature=True)      # FRUS 1931
src(8200, "715.1715/684")
p.commentary(8236)
src(8300, "715.1715/685")
p.commentary(8337)
p.commentary(8338, literature=True)
src(8400, "715.1715/678")
src(8500, "715.1715/695")
src(8600, "715.1715/693")
src(8700, "715.1715/692")
src(8800, "715.1715/685")
p.commentary(8840)
src(8900, "715.1715/693")
src(9000, "715.1715/708")
src(9100, "715.1715/708")
src(9200, "715.1715/730a")
p.write()
