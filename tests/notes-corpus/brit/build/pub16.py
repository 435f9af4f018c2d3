"""pub16: a chapter on the Attlee government and Palestine, 1945 (Colonial Secretary George Hall and the events
of 1 November 1945), of a Palgrave Macmillan book, notes 1-5 as stored on globalauthorid.com (ArticleView
wd=03E459076164F53E86DF587CF7D75EBB8BD99995D42E0115A36DD74E467E959D; only these five notes on the page; book and
author not named there).
1 `The National Archives [TNA], Colonial Office [CO] 733/457/11` -> TNA printed `TNA` (bracketed definition), name
as printed; the department is spelled out with its code in brackets before the class number: series `CO 733`
(assembled from `[CO]` and `733`, the only value not printed as one string; doubtful), piece `457`, file `11`;
the book (Bell) after the document -> not recorded. 2-5 literature (3 and 4 prose with books)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub16")
p.archival(1, arch("TNA", "TNA", "The National Archives"), U("s", "CO 733", "pi", "457", "fi", "11"))
for n in (2, 3, 4, 5):
    p.commentary(n, literature=True)
p.write()
