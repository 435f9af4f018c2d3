"""pub07: Stephen Kotkin, «Сталин. Том 2. В предчувствии Гитлера. 1929-1941» (Russian translation of Stalin: Waiting for
Hitler), endnotes 363-367 (https://bookz.ru/authors/kotkin-stiven/book-stalin-tom-2-v-predchuvstvii-g-1400289/read/page=25;
368 cut off)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub07")
p.commentary(363, literature=True)                                   # published trial record
p.commentary(364, literature=True)
p.commentary(365, literature=True)
p.archival(366, arch("TsA FSB", "ЦА ФСБ"), U("f", "2", "op", "8", "d", "658"), "398-408")  # in parentheses after the edition
p.commentary(367, literature=True)                                   # Бюллетень оппозиции (journal), Ciliga
p.write()
