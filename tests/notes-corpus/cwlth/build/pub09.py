"""pub09: Owen McGee, A History of Ireland in International Relations (Dublin: Irish Academic Press, 2020), librs.net
copy (lread_671620_p30): endnotes 97-110 of one chapter (the chapter on the revolutionary period; 111 cut off). The
stored text begins with a fragment of an HTML link before `97` (markup, dropped).
NLI manuscripts: `NLI, Art Ó Briain papers, Ms8427/26` -> collection + shelfmark (the manuscript number printed
whole, west/east2). 101: `; Ms8430/12` -> also, same archive and collection, abbr_as_printed null.
102: prose ending `... can be found in the Art Ó Briain papers in the National Library of Ireland` -> archival with
the collection only (a pointer to a collection is taken as a citation; doubtful, a reader may call it commentary).
103, 104, 107: `'France and Ireland', Young Ireland, <date>` -> newspaper (103 prints several dates; the first,
10 Mar. 1920, is `issued`). 97 newspaper. 109: newspaper + NLI + book -> archival (archival ranks first); the second
manuscript `Ms8425/23` -> also. 110: book + newspaper with page -> newspaper (world's rule)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub09")
AOB = "Art Ó Briain papers"
p.newspaper(97, NP("Young Ireland", 1921, 7, 2))
p.commentary(98, literature=True)
p.commentary(99, literature=True)
p.commentary(100, literature=True)
p.archival(101, arch("NLI", "NLI"), U("c", AOB, "sm", "Ms8427/26"),
           also=[cite(arch("NLI"), U("c", AOB, "sm", "Ms8430/12"))])
p.archival(102, arch("NLI", None, "National Library of Ireland"), U("c", AOB))
p.newspaper(103, NP("Young Ireland", 1920, 3, 10))
p.newspaper(104, NP("Young Ireland", 1921, 2, 5))
p.commentary(105, literature=True)
p.commentary(106, literature=True)
p.newspaper(107, NP("Young Ireland", 1922, 2, 4))
p.archival(108, arch("NLI", "NLI"), U("c", AOB, "sm", "Ms8460/46"))
p.archival(109, arch("NLI", "NLI"), U("c", AOB, "sm", "Ms8460/44"),
           also=[cite(arch("NLI"), U("c", AOB, "sm", "Ms8425/23"))])
p.newspaper(110, NP("Young Ireland", 1920, 10, 2, page="1"))
p.write()
