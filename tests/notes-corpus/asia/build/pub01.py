"""pub01: Peter Longerich, "Davon haben wir nichts gewusst!" Die Deutschen und die Judenverfolgung 1933-1945
(München: Siedler, 2006), endnotes 86-87 of the chapter on 1938 (online page 208; 85 begun before the stored text,
88 cut off). OA Mos/OA Moskau = Osobyi arkhiv (Special Archive, Moscow; now in the RGVA); the fond-opis-delo
code is printed whole (500/1/645, 500-1-380) -> shelfmark (east2 rule). K/J = the printed edition of Kulka/Jäckel
(document numbers are not units); the archival location of each K/J document is printed in parentheses ->
archival citation, one per document (also)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub01")
R = lambda pr: arch("RGVA", pr)
W = lambda: arch("HHStAW", "HStA Wi")
B = lambda: arch("BayHStA", "BayHStA")
p.archival(86, R("OA Mos"), U("sm", "500/1/645"), also=[
    cite(R("OA Mos"), U("sm", "500-1-380")),
    cite(R("OA Mos"), U("sm", "500/1/645")),
    cite(R("OA Moskau"), U("sm", "500/1/261")),
    cite(W(), U("be", "483", "si", "10009")),          # Abt. 483 Nr. 10009: labels Abt./Nr. dropped
    cite(B(), U("be", "StK", "si", "106673"))])
p.archival(87, B(), U("be", "StK", "si", "106683"), also=[
    cite(arch("StABa", "StA Ba"), U("be", "K 8", "si", "9205 I")),
    cite(W(), U("be", "483", "si", "100014"))])
p.write()
