"""pub08: Liang Zhi (as pub07), todaychina.cc/1769.html page 6, notes 60-66; note 67 cut off. Numbering as pub07
('65(7)Ian' -> '65 Ian': the parenthesized article number is dropped). 60: 'in the archives of the Chinese
Ministry of Foreign Affairs, file number 105-00110-01' -> PRC FMA by name, shelfmark (label dropped). 64: NARA printed
'National Archive II, College Park, MD' (name, sic) -> record_group 59, series 'Central Decimal File, 1950-1954'
(frus), box 5538; 'General Records of Department of State' is the title of RG 59, not a further unit (doubtful).
65/66: literature with missing spaces ('Brown,Burma’s', 'p.103;Michael'); not flagged (outside archival units)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U

p = Pub("pub08")
p.archival(60, arch("PRC FMA", None, "archives of the Chinese Ministry of Foreign Affairs"), U("sm", "105-00110-01"))
p.commentary(61, literature=True)
p.commentary(62, literature=True)
p.archival(63, arch("NAM", None, "National Archives of Myanmar"), U("sm", "12/6-499"))
p.archival(64, arch("NARA", None, "National Archive II"),
           U("rg", "59", "s", "Central Decimal File, 1950-1954", "b", "5538"))
p.commentary(65, literature=True)
p.commentary(66, literature=True)
p.write()
