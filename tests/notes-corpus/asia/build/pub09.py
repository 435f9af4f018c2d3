"""pub09: David Bergamini, Japan's Imperial Conspiracy (New York: Morrow, 1971), Japanese translation by 松崎
published on his site (retirementaustralia.net, 「両生空間」), 巻末脚注(3), chapter 3 (敗戦), notes (1)-(30);
(31) is the last note of the stored text, which ends at its byte limit: not taken. The printed "(n)" is the
note number (parentheses dropped, as the period of "1."). Notes are short titles keyed to the book's
bibliography -> literature; 上掲書 ("the book cited above", no name) -> ibid of the preceding note; 同書 inside a
note -> no ibid note. IPS Documents (the Tokyo trial's International Prosecution Section documents; repository
not printed) -> archival NARA, abbr_as_printed null, collection + item (doubtful)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub09")
L = lambda n: p.commentary(n, literature=True)
IPS = lambda n: p.archival(n, arch("NARA"), U("c", "IPS Documents", "it", "539"))
L(1); L(2)
IPS(3)                      # "Army order no. 363, top secret, Aug. 17, 1945" describes the document; not units
L(4)
p.ibid(5, 4)                # 上掲書、67-68 -> Gayn (note 4)
p.newspaper(6, NP("朝日新聞", 1965, 12, 22))
L(7)
p.newspaper(8, NP("Singapore Times", 1946, 4, 9))   # Apr. 9, 10: the first issue
for n in (9, 10, 11, 12):
    L(n)
IPS(13)
p.commentary(14)            # interview with Koizumi: no citation (world's interview rule)
for n in range(15, 31):
    L(n)
p.write()
