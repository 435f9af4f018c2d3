"""pub12: Andrew Stewart, Empire Lost (2008), Notes to Chapter 7, notes 66-73 as stored on
urking.top/read/empire-lost-andrew-stewart-702c2e/153.html (conventions: empire_lost.py, README.md)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite
from empire_lost import tna, T, papers

p = Pub("pub12")
# AMEL is the Churchill Archives Centre's code for the Amery papers; the archive is not printed
p.archival(66, arch("CAC"), U("c", "Amery Papers", "sm", "AMEL2/1/33"),
           also=[papers("CAC", "Amery Papers", "sm", "AMEL2/1/33")])
p.commentary(67, literature=True)          # The Dalton Diaries: published
p.ibid(68, 67)                             # ibid of a published work
p.commentary(69, literature=True)
p.commentary(70, literature=True)
p.commentary(71, literature=True)
p.commentary(72, literature=True)
p.commentary(73, literature=True)          # a letter cited from a published article
p.write()
