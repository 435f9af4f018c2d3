"""pub10: Halik Kochanski, The Eagle Unbowed: Poland and the Poles in the Second World War (London: Allen Lane, 2012),
endnotes 1-12 of Chapter 1 (13 cut off; the stored page begins with the Introduction's notes 1-11, not taken);
identified by content (see SOURCES.md)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub10")
for n in range(1, 11):
    p.commentary(n, literature=True)
p.archival(11, arch("TNA", "TNA"), U("s", "FO 608", "pi", "69"))
p.commentary(12, literature=True)
p.write()
