"""pub19: the same edition as pub15, document «Сталин — Кагановичу 29 августа 1936 г.», its only footnote
(https://istmat.org/node/36950; the stored copy does not show the source line)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub19")
p.commentary(1)                                                      # «в «Известиях» заметка»: a mention, no issue cited
p.write()
