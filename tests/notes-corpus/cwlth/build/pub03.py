"""pub03: Brad St Croix, Fighting It Out (as pub02), hkvca.ca/st_croix/footnotes_chap6.php: footnotes 1-11 of
chapter 6 (12 cut off). LAC codes as in pub02. 4: prose + LAC citation -> archival; the dates `1,2, and 4 January
1942` are diary entries, not folios. 6-8: ibid chain of 5 (the file of 5; `"4 January 1942"` in 7 names another
memorandum in the same file, not a unit). 10: House of Commons Debates -> literature; 11 ibid of literature."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub03")
HK = "Royal Commission to Inquire into and Report upon the Organization, Authorization and Dispatch of the Canadian Expeditionary Force to the Crown Colony of Hong Kong fonds"
p.commentary(1, literature=True)
p.commentary(2, literature=True)
p.archival(3, arch("LAC", "LAC", "Library and Archives Canada"),
           U("c", HK, "s", "RG 33", "ss", "120", "v", "1", "fi", "Volume 4 --- pp.297 to 398 Thursday March 9, 1942"), "p:324")
p.archival(4, arch("LAC", "LAC"), U("c", "J.L. Ralston fonds", "s", "MG 27", "ss", "III BII", "v", "67", "fi", "Ralston, J.L. Diary 1941–44 (Incomplete)"))
p.archival(5, arch("LAC", "LAC"), U("c", "Ralston fonds", "s", "MG 27", "ss", "III BII", "v", "69", "fi",
           "Hong Kong Enquiry – memoranda of 3 discussions in Minister’s Office, 1 January 1941"), "p:17")
p.ibid(6, 5, folios="p:21,p:24-25")
p.ibid(7, 6, folios="p:40")
p.ibid(8, 7, folios="p:8")
p.commentary(9, literature=True)
p.commentary(10, literature=True)
p.ibid(11, 10)
p.write()
