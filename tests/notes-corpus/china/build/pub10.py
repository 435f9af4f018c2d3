"""pub10: Fan Hongwei, 'The 1967 anti-Chinese riots in Burma and Sino-Burmese relations', Journal of Southeast Asian
Studies 43, no. 2 (2012), pp. 234-256, footnotes 1-2 as listed under 'References' on the Cambridge Core abstract
page (www.cambridge.org/core/journals/journal-of-southeast-asian-studies/article/1967-antichinese-riots-...);
note 3 cut off. The link label 'Google Scholar' glued to note 1 ('p. 199Google Scholar.') is page markup, dropped.
2: 'Archive of the Ministry of Foreign Affairs of the PRC (hereafter, AMFA), no. 105-00339-01(1)' -> PRC FMA with
both the name and the abbreviation it defines (asia's AGHD), shelfmark (label 'no.' dropped)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U

p = Pub("pub10")
p.commentary(1, literature=True)
p.archival(2, arch("PRC FMA", "AMFA", "Archive of the Ministry of Foreign Affairs of the PRC"), U("sm", "105-00339-01(1)"))
p.write()
