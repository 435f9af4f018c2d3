"""pub09: an article on the Wuhan Federation of Industry and Commerce in the early 1950s, Journal of Jianghan
University (Social Sciences) 2011, vol. 28, no. 4, p. 78 ff. (qks.jhun.edu.cn/jhdx_sk/EN/Y2011/V28/I4/78; author
and title not in the stored text): its numbered reference list [1]-[14] in GB/T 7714 style, one entry per citation
marker (the Chinese journal form of endnotes: [8] and [9] cite the same file separately). '[n]' brackets dropped
(asia); the table bar after [14] is page markup, dropped. Wuhan Municipal Archives printed by name
('武汉档案馆藏档案, 案卷号:18-10-415' = 'archives held by the Wuhan Archives, file no. ...') -> Wuhan MA,
name_as_printed '武汉档案馆', the code printed whole after the label 案卷号 -> one shelfmark (label dropped).
Document-type markers [M] [J] [A] [Z] are not units. [3] (a report printed in the founding congress's proceedings,
[A] in [Z]) and the gazette 武汉政报 / the journal 武汉工商 are literature."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U

p = Pub("pub09")
W = lambda: arch("Wuhan MA", None, "武汉档案馆")
for n in range(1, 15):
    if n == 5:
        p.archival(5, W(), U("sm", "18-10-415"))
    elif n in (8, 9):
        p.archival(n, W(), U("sm", "119-127-2"))
    else:
        p.commentary(n, literature=True)
p.write()
