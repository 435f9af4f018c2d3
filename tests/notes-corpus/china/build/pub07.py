"""pub07: Liang Zhi, 'China-Burma Relations from 1949 to 1953 Revisited' (English translation of a Chinese
article, todaychina.cc/1769.html, page 5), notes 39-46; note 47 cut off. The site prints a running number and the
article's own number in parentheses ('39 (7)', '41(1)'): the running number is kept as the note number, the
parenthesized one is dropped as a second numbering (asia drops '(n)'/'[n]'). The Myanmar and Chinese archives are
printed by name (no abbreviation): NAM codes ('12/6-499', '15/3(13)-76') and the Chinese Foreign Ministry file
number ('File No. 105-00603-02(1)') are codes printed whole -> one shelfmark (label 'File No.' dropped).
People's Daily with four issue dates -> newspaper, first issue (asia). 46: '15/3(31)43' (no hyphen, sic) kept as
printed; the second file, its archive printed again -> also with the printed name."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub07")
NAM = lambda: arch("NAM", None, "National Archives of Myanmar")
p.commentary(39, literature=True)
p.archival(40, NAM(), U("sm", "12/6-499"))
p.archival(41, arch("PRC FMA", None, "Chinese Ministry of Foreign Affairs Archives Collection"),
           U("sm", "105-00603-02(1)"))
p.archival(42, NAM(), U("sm", "12/9-19"))        # + Nehru's Selected Works (literature, no key)
p.archival(43, NAM(), U("sm", "12/9-19"))        # full repeat, no Ibid. -> archival
p.newspaper(44, NP("People’s Daily", 1951, 12, 18))
p.archival(45, NAM(), U("sm", "15/3(13)-76"))
p.archival(46, NAM(), U("sm", "15/3(31)43"), also=[cite(NAM(), U("sm", "15/3(31)-42"), "")])
p.write()
