"""pub02: Andrew Stewart, Empire Lost (2008), notes 26-36 of Chapter 2 or 3 (the stored page does not show the heading; it ends before
note 68 of Chapter 3, pub03), as stored on
urking.top/read/empire-lost-andrew-stewart-702c2e/137.html (note 37 is cut off in the stored copy)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite
from empire_lost import tna, T, papers

p = Pub("pub02")
TNA = lambda: arch("TNA")
p.archival(26, TNA(), tna("CAB65/1"), also=[
    T("CAB65/1"),                                   # in-note «ibid., WCM(39)46»: the same piece
    T("DO121/6"),
    papers("UoB CRL", "Lord Avon Papers", "sm", "AP20/1/19", printed_name="University of Birmingham")])
p.commentary(27, literature=True)
p.archival(28, arch("RHL", None, "Rhodes House Library"), [], "p:1")   # an interview transcript held by the library
p.archival(29, TNA(), tna("FO372/3315"), also=[T("FO800/310")])
p.archival(30, TNA(), tna("FO371/23966"), also=[T("DO35/548D/3/128")])
p.archival(31, arch("UoB CRL"), U("c", "Avon Papers", "sm", "27/1"))
p.archival(32, arch("LAC", None, "Library and Archives Canada"), U("c", "Lester Pearson Papers", "s", "MG 26", "ss", "N8"),
           also=[papers("UoB CRL", "Avon Papers", "sm", "27/1/62A")])
p.archival(33, TNA(), tna("DO35/548D"), also=[T("DO121/6")])
p.archival(34, TNA(), tna("CAB21/874"))
p.commentary(35, literature=True)
p.archival(36, TNA(), tna("CAB65/1"))
p.write()
