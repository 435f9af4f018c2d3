"""pub09: Paxton, Vichy France (as pub08), books.thomasstone.org copy "free-books-23" (the same text is stored at
full-english-books.net chapter-23): endnotes 98-108 of chapter 2 (the page begins with 98; 109 is cut off).
- T-120 citations as pub08 (NARA, abbr_as_printed null, series, roll -> volume, frames -> folios). `243366 ff.`
  -> the first frame only (world: an open ff range has no end). `T-120/3699H/ passim` -> no folio.
- 98: an unpublished diary named without repository, DFCAA and FRUS -> literature.
- 101 `U.S. Dept. of State Serial Files 740.0011 Eur War 1939/6827 and 851.0./181`: the State Department decimal
  files (RG 59, at NARA; no archive printed) -> NARA, abbr_as_printed null; the named filing series -> series, each
  decimal file -> file (west); the second file -> also with the same series.
- 102: main T-120/3699H; `(T-120/587/243360-61)` -> also; `(740-0011 Eur War 1939/7043)` (decimal file printed with
  an en dash, as stored) -> also, NARA, file only.
- 107 `T-77/OKW-2012/5, 596, 112-13` (OKW records on NARA microfilm T-77): series T-77, the OKW file serial
  `OKW-2012` -> volume (as a T-120 roll/serial), the frame number printed with thousands separators `5, 596, 112-13`
  -> folios 5596112 to 5596113 (digits joined; doubtful, verify.py reports these values as not in the text).
- 108: three T-120 citations -> main + two also."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub09")
N = lambda: arch("NARA")
T = lambda r: U("series", "T-120", "volume", r)
p.commentary(98, literature=True)
p.archival(99, N(), T("587"), "243398-243403", also=[cite(N(), T("368"), "207282-207285")])
p.archival(100, N(), T("121"), "119692", also=[cite(N(), T("121"), "119810")])
p.archival(101, N(), U("series", "U.S. Dept. of State Serial Files", "file", "740.0011 Eur War 1939/6827"),
           also=[cite(N(), U("series", "U.S. Dept. of State Serial Files", "file", "851.0./181"))])
p.archival(102, N(), T("3699H"), also=[cite(N(), T("587"), "243360-243361"),
                                        cite(N(), U("file", "740–0011 Eur War 1939/7043"))])
p.archival(103, N(), T("587"), "243366")
p.archival(104, N(), T("587"), "243383")
p.commentary(105, literature=True)
p.archival(106, N(), T("587"), "243360-243361")
p.archival(107, N(), U("series", "T-77", "volume", "OKW-2012"), "5596112-5596113")
p.archival(108, N(), T("1540"), "372456-372458", also=[cite(N(), T("587"), "243362"),
                                                       cite(N(), T("121"), "119713")])
p.write()
