"""pub15: Олег Хлевнюк, «Сталин. Жизнь одного вождя» (М.: АСТ / Corpus, 2015), the Russian original of pub07/pub08,
notes 23-29 of one chapter as stored on http://librs.net/lread_100394_p53 (the stored page begins with note 23;
note 30 is cut off). Literature notes only (GOST-style short references, a journal, a published correspondence)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub

p = Pub("pub15")
for n in (23, 24, 25, 26, 27, 28, 29):
    p.commentary(n, literature=True)
p.write()
