"""pub05: Dikötter, The Tragedy of Liberation (as pub01), endnotes 15-23 of the chapter on the grain monopoly and
the Five-Year Plan, from bookreadfree.com/566106/13897260; note 24 cut off. Jilin codes with a bracketed mulu
('1-7(2)-7') -> one shelfmark as printed. 19: a second file after ';' without the place printed again -> also with
the same printed place (world pub05 35, shared archive). 23: the Archive of the President of the Russian Federation
named in full, its Soviet fond-opis-delo triple printed with hyphens ('45-1-329') -> fond/opis/delo (slav/eng2
rule for Soviet triples); 'quoted and translated in' the CWIHP Bulletin does not make it literature, since the
archival location is printed (west2's 'DAKhO, 116/1/141 ..., in ibid.' rule)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U
from dik import mk, c

p = Pub("pub05")
a = mk(p)
a(15, "Jilin", "1-7(2)-7", "p:69-70", also=[c("Jilin", "1-1(11)-81", "p:1-3"),
                                             c("Jilin", "1-7(2)-7", "p:101-104, p:117-118")])
a(16, "Guangdong", "204-1-94", "p:73-77", also=[c("Jilin", "1-1(10)-74", "p:33, p:34")])
a(17, "Guangdong", "204-1-94", "p:73-77")      # a full repeat of note 16's first citation, no Ibid. -> archival
a(18, "Jilin", "55-7-2", "p:45", also=[c("Sichuan", "JK1-729", "p:57")])
a(19, "Jilin", "1-7(3)-2", "p:4", also=[c("Jilin", "1-7(4)-1", "p:5")])
a(20, "Shandong", "A1-2-138", "p:7-14", also=[c("Guangdong", "204-1-95", "p:31-37")])
a(21, "Shandong", "A1-2-143", "p:138-140")
a(22, "Shandong", "A1-2-143", "p:138-140", also=[c("Shandong", "A1-2-138", "p:70-71")])
p.archival(23, arch("APRF", None, "Archives of the President, Russian Federation"),
           U("fond", "45", "opis", "1", "delo", "329"), "p:75-87")
p.write()
