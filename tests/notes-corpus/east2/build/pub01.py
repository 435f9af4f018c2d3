"""pub01: J. Eugene Clay, "The Democratic Christian Vision of Aleksandr Stepanovich Prokhanov: An Outline for
Future Research", Northwestern University Studies in Russian Philosophy, Literature, and Religious Thought 2 (2025)
(Typst source nulib-ds/rplrt-typst:clay.typ), footnotes 14-48."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub01")
RGIA = lambda: arch("RGIA", "RGIA")
GARF = lambda: arch("GARF", "GARF")
# the year of the records (1806 g., 1898 g.), the office (DPOO) and the titles in parentheses are not units
d2015 = lambda f: (U("f", "776", "op", "8", "d", "2015"), f)

p.commentary(14, literature=True)
p.commentary(15, literature=True)
p.commentary(16, literature=True)
p.archival(17, arch("RGIA", "RGIA", "Rossiiskii gosudarstvennyi istoricheskii arkhiv"),
           U("f", "1286", "op", "1", "d", "122"), "5ob")
p.archival(18, RGIA(), U("f", "1286", "op", "1", "d", "122"), "7")          # «d.122»: no space, not flagged
p.commentary(19, literature=True)
p.commentary(20, literature=True)
p.archival(21, RGIA(), *d2015("9"))
p.commentary(22, literature=True)
p.commentary(23, literature=True)
p.archival(24, RGIA(), *d2015("4"))                                       # «op.' 8»: stray apostrophe, no warning class
p.commentary(25, literature=True)
p.commentary(26, literature=True)
p.archival(27, RGIA(), *d2015("3"), newspaper=NP("Sovremennoe slovo", 1912, 4, 6))
p.commentary(28, literature=True)                                         # Tserkovnyia vedomosti: a journal
p.commentary(29, literature=True)
p.commentary(30, literature=True)
p.commentary(31, literature=True)
p.commentary(32, literature=True)
p.commentary(33, literature=True)
p.commentary(34, literature=True)
p.archival(35, arch("GARF", "GARF", "Gosudarstvennyi arkhiv Rossiiskoi Federatsii"),
           U("f", "102", "op", "226", "d", "12", "ch", "2"), "3")
p.archival(36, GARF(), U("f", "102", "op", "226", "d", "12", "ch", "2"), "15")
p.commentary(37, literature=True)
p.commentary(38, literature=True)
p.archival(39, arch("GARF", "GARF"), U("f", "102", "op", "226", "d", "12", "ch", "2"), "19")  # «GARF f. 102, DPOO 1898, op. 226 d. 12 ch. 2»
p.commentary(40, literature=True)
p.commentary(41, literature=True)
p.archival(42, RGIA(), *d2015("15"))                                      # «f. 776 , op.»
p.commentary(43, literature=True)                                         # «Prokhanov 1905 Nov-Dec: 4–6.»: the journal, short form
p.archival(44, RGIA(), *d2015(""))
p.commentary(45, literature=True)
p.commentary(46, literature=True)
p.commentary(47, literature=True)
p.commentary(48, literature=True)
p.write()
