"""pub04: Suniti Kumar Ghosh, India and the Raj 1919-1947: Glory, Shame and Bondage, vol. 2 (title and author from
the same site's jacket.htm), web edition on maoism.ws (misc/india/india_raj_v2/chap-3d.htm): the notes of chapter 3,
1-21 (all; an unnumbered footnote on the `Black and Tan' force follows them and is not taken).
Ghosh cites mostly printed sources in short form (`CWG` Collected Works of Mahatma Gandhi, `SWN` Selected Works of
Jawaharlal Nehru, `IAR` Indian Annual Register, `op cit.`): literature.
9 `Home Poll 18-12/1931, cited in Tanika Sarkar, …` -> archival (an archival reference taken from a book, eng3's
Kotkin rule): NAI, not printed (Home Political files are the National Archives of India's), abbr_as_printed null;
series `Home Poll` (Home Department, Political branch, as printed), file `18-12/1931`.
16 `PT Papers, File 42, Parts I and II` -> NMML (holder not printed; the Purshotamdas Thakurdas Papers are at the
Nehru Memorial Museum and Library), collection `PT Papers`, file `42`, volume `I` (a file part, as a volume) and an
`also` with volume `II`. The correspondence dates are not units.
17 `Anderson's letter, 9 May 1932, Templewood Collection, cited in Tanika Sarkar, op cit., 140` -> archival, BL IOR
inferred (the Templewood Collection, Hoare's India Office papers, Mss Eur E240), abbr_as_printed null, collection
only. 18 `Ibid, 160` -> ibid of 17 whose last source is Sarkar's book: ibid of literature, archive null.
7 `Morning Post, 5 May 1930, cited in …`, 8 `See Statesman, 11,12,13 March 1932; CWG …` (first date), 15 `…; Statesman,
5 July 1934` -> newspaper. 6 `Cited in ibid, 225-6` and 11 `Ibid, XLII, …` -> ibids of literature.
3 and 13 (`… see ibid, 340-87`, `… see also ibid, LIX, 267-9`): an in-note ibid referring back inside the same note
to the book just cited -> commentary with literature (not an ibid of the previous note). 14 prose after the
literature does not change the class."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub04")
for n in (1, 2, 3, 4, 5):
    p.commentary(n, literature=True)
p.ibid(6, 5)
p.newspaper(7, NP("Morning Post", 1930, 5, 5))
p.newspaper(8, NP("Statesman", 1932, 3, 11))
p.archival(9, arch("NAI"), U("s", "Home Poll", "fi", "18-12/1931"))
p.commentary(10, literature=True)
p.ibid(11, 10)
for n in (12, 13, 14):
    p.commentary(n, literature=True)
p.newspaper(15, NP("Statesman", 1934, 7, 5))
p.archival(16, arch("NMML"), U("c", "PT Papers", "fi", "42", "v", "I"),
           also=[cite(arch("NMML"), U("c", "PT Papers", "fi", "42", "v", "II"))])
p.archival(17, arch("BL IOR"), U("c", "Templewood Collection"))
p._obj(18, "ibid", None, [], [], ibid_of=17)
for n in (19, 20, 21):
    p.commentary(n, literature=True)
p.write()
