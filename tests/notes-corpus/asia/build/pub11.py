"""pub11: 関静雄 (Seki Shizuo), article on Japanese policy in Manchuria after the Russo-Japanese War (Japanese),
Tezukayama University online journal (tlr, no. 10), notes (1)-(16) ((17) cut off). 同右 ("as on the right", the
vertical-writing ibid) -> ibid; 同頁 = same page. 外務省編『日本外交年表竝主要文書』 is a printed documentary
edition -> literature."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub11")
L = lambda n: p.commentary(n, literature=True)
L(1); L(2); L(3); L(4)
p.ibid(5, 4)
L(6)
for n in range(7, 14):
    p.ibid(n, n - 1)
L(14)
p.ibid(15, 14)
L(16)
p.write()
