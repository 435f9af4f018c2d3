"""pub03: Alex von Tunzelmann, Indian Summer: The Secret History of the End of an Empire (London: Simon & Schuster,
2007), bookreadfree.com copy 520354/12778710: endnotes 13-37 of the chapter on the Delhi disturbances of September
1947 (the stored page begins with note 13; 38 cut off). Identified by the site's book id (the same id's page 12778687
and the trantor.is copy name the book and author) and by content (DM, EA, MKG, MAJ, CRA, JN: the book's abbreviations
for Mountbatten, Edwina, Gandhi, Jinnah, Attlee, Nehru).
`TNA: PREM 8/584` -> TNA printed `TNA`, series `PREM 8`, piece `584` (the colon after the archive is a separator).
`MP: MB1/Q117` (18): MP is the book's abbreviation for the Mountbatten Papers (its list of abbreviations is not in
the stored text) -> collection `MP` (a named collection printed as an abbreviation), the code `MB1/Q117` ->
shelfmark; the repository (University of Southampton, Hartley Library) is not printed -> `Southampton SC` with
abbr_as_printed null (east2: the holder of a named collection, inferred). 19 `Ibid.` -> ibid of 18.
15 `DM cited in ibid, p. 181.` -> ibid of note 14 (literature; world's `cited in ibid.`), 16 ibid of 15.
Newspapers: 23 and 35 (`JN cited in Times of India, 10 September 1947, p. 1`) -> newspaper with page; 24 and 28
archival with the paper cited after the file in `newspaper` (west); 26 a book then `see also Daily Mirror, 9
September 1947` -> newspaper (world: book + paper). 24 ends with `…` as stored (the e-book's truncation mark)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub03")
T = lambda: arch("TNA", "TNA")
PREM = lambda: U("s", "PREM 8", "pi", "584")
p.commentary(13, literature=True)
p.commentary(14, literature=True)
p.ibid(15, 14)
p.ibid(16, 15)
p.commentary(17, literature=True)
p.archival(18, arch("Southampton SC"), U("c", "MP", "sm", "MB1/Q117"))
p.ibid(19, 18)
p.commentary(20, literature=True)
p.commentary(21, literature=True)
p.commentary(22, literature=True)
p.newspaper(23, NP("Times of India", 1947, 9, 8, page="8"))
p.archival(24, T(), PREM(), newspaper=NP("The Times", 1947, 9, 9, page="4"))
p.archival(25, T(), PREM())
p.newspaper(26, NP("Daily Mirror", 1947, 9, 9))
p.archival(27, T(), U("s", "DO 121", "pi", "69"))
p.archival(28, T(), PREM(), newspaper=NP("Times of India", 1947, 9, 9, page="1"))
for n in (29, 30, 31, 32, 33):
    p.archival(n, T(), PREM())
p.commentary(34, literature=True)
p.newspaper(35, NP("Times of India", 1947, 9, 10, page="1"))
p.commentary(36, literature=True)
p.commentary(37, literature=True)
p.write()
