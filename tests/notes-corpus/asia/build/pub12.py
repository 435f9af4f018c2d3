"""pub12: Chinese-language book on He Chengjun (何成濬) and Nationalist politics, 1928-1936 (dubu123.com, book p2769,
section 四 运用成败的原因分析, page 2/3), notes [2]-[12] ([1] on the previous page, [13] cut off). The title is not
on the stored page. "国史馆" = Academia Historica (Taipei) -> AH; 蒋中正总统档案 (the Chiang Kai-shek presidential
papers) -> collection, 《筹笔》 -> series, 统一时期 -> subseries, 第25册 -> volume, 总编号 -> item (units in
printed order, small-to-large, not flagged). 事略稿本 (printed by Academia Historica, 2003) and the
Nationalist government gazette are literature."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub12")
L = lambda n: p.commentary(n, literature=True)
L(2)
p.newspaper(3, NP("时报", 1928, 11, 1, place="上海"))
for n in range(4, 12):
    L(n)
p.archival(12, arch("AH", None, "国史馆"),
           U("s", "筹笔", "ss", "统一时期", "v", "25", "it", "2875", "c", "蒋中正总统档案"))
p.write()
