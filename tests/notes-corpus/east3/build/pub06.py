"""pub06: the same book as pub05, endnotes 50-65 (same stored page; 66 cut off)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub06")
p.commentary(50, literature=True)                                    # Р.Дэвис, с.49. (short title defined earlier)
p.newspaper(51, NP("Известия", 1928, 1, 12))                          # «от 12 и 13 января 1928»: first issue; no final period
p.commentary(52, literature=True)                                    # «Деревенский коммунист»: a journal
p.commentary(53, literature=True)                                    # «Бюллетень оппозиции»: a journal
p.commentary(54, literature=True)
p.commentary(55, literature=True)                                    # «Большевик»: the CC journal
p.newspaper(56, NP("Правда", 1929, 2, 12))
p.newspaper(57, NP("Правда", 1929, 1, 10))
p.commentary(58, literature=True)                                    # «Большевик Казахстана», №12: a journal
p.commentary(59, literature=True)                                    # «Народное просвещение»: a journal
p.commentary(60, literature=True)                                    # Smolensk Archive named, no unit, cited through Fitzpatrick
p.newspaper(61, NP("Правда", 1928, 12, 14))
p.commentary(62, literature=True)                                    # stray « 3.» after the page, as stored
p.commentary(63, literature=True)
p.commentary(64, literature=True)
p.commentary(65, literature=True)
p.write()
