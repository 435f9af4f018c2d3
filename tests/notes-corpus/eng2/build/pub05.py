"""pub05: Anne Applebaum, Gulag: A History (New York: Doubleday, 2003), page 92 of the 100vampirenovels.net copy:
endnotes 10-58 of one chapter (59 cut off). Applebaum prints GARF references as fond/opis/delo codes without labels
('GARF, 9401/1a/552'): three units (slav's rule for Soviet slash codes), letters kept ('1a'). A second file of the
same opis ('552 and 64') is an also with fond and opis repeated, archive not printed again (east: abbr_as_printed
null); a second full code ('9401/1a/64 and 9401/12/319') is an also sharing the printed archive (west2/world).
Short titles refer to the book's bibliography: literature. 20: an article in a camp journal held at GARF
('(GARF)') is literature (doubtful, README). 36 'Rossi, ibid., p. 310' and 46 'Solzhenitsyn, ibid.' are ibids
of literature; 47 'Morakov, ibid.' refers to the conversation named in 46 (ibid of 46, archive null).
37 'Lvov, unpublished memoir' (no holder) and 54 (interview) are commentary without literature."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub05")
G = lambda: arch("GARF", "GARF")
FOD = lambda f, o, d: U("fond", f, "opis", o, "delo", d)
LIT = lambda *ns: [p.commentary(n, literature=True) for n in ns]
LIT(10, 11, 12)
p.archival(13, G(), FOD("9401", "1a", "552"), also=[cite(arch("GARF"), FOD("9401", "1a", "64"))])
LIT(14, 15, 16)
p.archival(17, G(), FOD("9401", "1a", "185"))
p.archival(18, G(), FOD("9401", "1a", "7"))
LIT(19, 20)
p.archival(21, G(), FOD("9414", "1", "8"))
LIT(22, 23, 24)
p.archival(25, G(), FOD("9401", "1a", "5"))
LIT(26)
p.archival(27, G(), FOD("9401", "1a", "5"), also=[cite(arch("GARF"), FOD("9401", "1a", "6"))])
LIT(28, 29, 30)
p.archival(31, G(), FOD("9401", "1a", "20"))
p.archival(32, G(), FOD("9401", "1a", "128"))
LIT(33)
p.archival(34, G(), FOD("9414", "1", "2632"))
LIT(35)
p.ibid(36, 35)
p.commentary(37)
LIT(38, 39, 40)
p.archival(41, G(), FOD("9401", "1", "2244"))
LIT(42)
p.archival(43, G(), FOD("9401", "1a", "64"))
LIT(44, 45)
p.ibid(46, 45)
p.ibid(47, 46)
p.archival(48, G(), FOD("9414", "4", "10"))
p.archival(49, G(), FOD("9401", "12", "319"))
LIT(50)
p.archival(51, G(), FOD("9401", "1a", "552"))
p.archival(52, G(), FOD("9401", "1a", "64"), also=[cite(G(), FOD("9401", "12", "319"))])
LIT(53)
p.commentary(54)
LIT(55, 56, 57, 58)
p.write()
