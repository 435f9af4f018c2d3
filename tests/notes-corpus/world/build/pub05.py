"""pub05: Frank Dikötter, Mao's Great Famine (London: Bloomsbury, 2010), endnotes 14-44 of one chapter (45 cut off).
Archives are printed by the province or city alone (the book's convention: 'Hunan' = Hunan Provincial Archives,
'Wuhan' = Wuhan Municipal Archives); the reference 'quanzong-mulu-juan' is printed whole -> shelfmark (east2 rule);
'pp.' -> page folios; the date of the document is not a unit."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub05")
K = {"Wuhan": "Wuhan MA", "Nanjing": "Nanjing MA", "Hunan": "Hunan PA", "Hubei": "Hubei PA", "Hebei": "Hebei PA",
     "Sichuan": "Sichuan PA", "Guangdong": "Guangdong PA", "Yunnan": "Yunnan PA"}
A = lambda pr: arch(K[pr], pr)
def a(n, pr, code, pages, **kw):
    p.archival(n, A(pr), U("sm", code), pages, **kw)
a(14, "Wuhan", "70-1-767", "p:33-45")
a(15, "Wuhan", "70-1-68", "p:19-24")
a(16, "Nanjing", "4003-1-150", "p:81")
a(17, "Hunan", "163-1-1087", "p:43-45")
a(18, "Sichuan", "JC1-2346", "p:15")
a(19, "Guangdong", "217-1-645", "p:11-14")
a(20, "Guangdong", "217-1-646", "p:10-11")
a(21, "Hunan", "146-1-583", "p:96")
p.ibid(22, 21)
a(23, "Guangdong", "217-1-576", "p:54-68")
a(24, "Hunan", "151-1-18", "p:24-25")
a(25, "Guangdong", "217-1-645", "p:60-64")
# Neibu cankao (internal reference bulletin of Xinhua, issued every few days) with an issue date -> newspaper (doubtful)
p.newspaper(26, NP("Neibu cankao", 1960, 11, 30, page="16"))
a(27, "Yunnan", "2-1-3700", "p:93-98")
p.commentary(28)                               # the author's interviews: no citation
p.commentary(29)
p.commentary(30)
p.commentary(31, literature=True)
a(32, "Nanjing", "5003-3-722", "p:27-31")
a(33, "Hebei", "855-18-778", "p:36")
p.commentary(34)
# one archive printed for two files: the second file is an also with the same printed archive (west2 shared-archive rule)
a(35, "Nanjing", "4003-1-202", "p:1", also=[cite(A("Nanjing"), U("sm", "4003-2-315"), "p:17, p:20, p:27, p:36")])
a(36, "Nanjing", "4003-1-202", "p:1", also=[cite(A("Nanjing"), U("sm", "4003-2-315"), "p:17, p:27, p:36")])
a(37, "Nanjing", "4003-2-315", "p:12-14")
a(38, "Wuhan", "13-1-765", "p:72-73", also=[cite(A("Hubei"), U("sm", "SZ34-5-16"), "p:35-36")])
a(39, "Hubei", "SZ34-5-16", "p:41-42")
a(40, "Hebei", "878-2-17", "p:142-145")
a(41, "Hebei", "878-2-17", "p:1-5")
a(42, "Guangdong", "217-1-640", "p:18-28")
# "see JC44-1442, p. 34" after prose: a second file of the same archive, archive not printed again
a(43, "Sichuan", "JC44-1432", "p:89-90", also=[cite(arch("Sichuan PA"), U("sm", "JC44-1442"), "p:34")])
a(44, "Sichuan", "JC44-1440", "p:46, p:118-119")
p.write()
