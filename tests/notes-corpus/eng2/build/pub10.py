"""pub10: Aleksandr Fursenko and Timothy Naftali, Khrushchev's Cold War: The Inside Story of an American Adversary
(New York: Norton, 2006), "Page 75" of the bookreadfree.com copy (94666/2350247.amp): endnotes 4-14 of one chapter
(15 cut off). 4: TNA 'Prem 11/1015' (series + piece, west), archive named 'National Archives—UK'
(name_as_printed). 6-8: New York Times articles with an issue date -> newspaper. 10 'NSC, ..., ibid., pp. 25, 27'
refers to the FRUS volume of 9 -> ibid of literature. 11: a file in personal papers held by the New York Times
Archives (named): file 'Dulles File', collection 'A. H. Sulzberger Papers' in printed order. 12 'AOK': the
authors' abbreviation for the holder of the Presidium protocols and stenograms (README Doubtful), no unit."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub10")
p.archival(4, arch("TNA", None, "National Archives—UK"), U("series", "Prem 11", "piece", "1015"))
p.commentary(5, literature=True)
p.newspaper(6, NP("New York Times", 1955, 2, 9))
p.newspaper(7, NP("New York Times", 1955, 2, 9))
p.newspaper(8, NP("New York Times", 1955, 2, 9))
p.commentary(9, literature=True)
p.ibid(10, 9)
p.archival(11, arch("NYT Archives", None, "New York Times Archives"),
           U("file", "Dulles File", "collection", "A. H. Sulzberger Papers"))
p.archival(12, arch("AOK", "AOK"), [])
p.commentary(13, literature=True)
p.commentary(14, literature=True)
p.write()
