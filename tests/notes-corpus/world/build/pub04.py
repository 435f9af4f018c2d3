"""pub04: Christopher Clark, The Sleepwalkers, endnotes 1-11 of Chapter 9 (same stored page as pub03)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub04")
# "AN 427, AP 1": the cote 427 AP 1 (private archives, fonds 427 AP, article 1) printed with a comma inside it;
# units as printed: series 427, piece AP 1 (doubtful, see README)
p.archival(1, arch("AN", "AN"), U("c", "Louis de Robien MSS", "s", "427", "pi", "AP 1", "v", "2"), "1-2")
p.ibid(2, 1, folios="3-4")
p.ibid(3, 2, folios="6-7")
p.ibid(4, 3, folios="8-9")
p.ibid(5, 4, folios="13")
p.ibid(6, 5, folios="12")
p.commentary(7, literature=True)
p.commentary(8, literature=True)
p.archival(9, arch("AMAE", "AMAE"), U("s", "PA-AP", "c", "240 Doulcet", "v", "21"))
# IBZI (edition) + letters without reference + TNA FO 800/165
p.archival(10, arch("TNA", "TNA"), U("s", "FO 800", "pi", "165"), "133-134")
# short re-citation of note 1 (no Ibid., no archive printed): archival, AN implied, no unit printed (doubtful)
p.archival(11, arch("AN"), [], "10")
p.write()
