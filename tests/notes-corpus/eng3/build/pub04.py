"""pub04: Robert Conquest, The Great Terror: A Reassessment (40th anniversary edition, London: Pimlico / New York:
Oxford University Press, 2008; the notes cite works of 2007), rulit.me copy (the-great-terror-read-571463-241):
footnotes fn18-fn33 of one section (the page begins with the end of fn17, left out; fn34 cut off). The site prints
`fnNN` on a line of its own and italic titles on lines of their own: `fnNN` is written as the number NN; line breaks
are single spaces, which leaves a space before a following period or comma (`Pravo na repressii .`, `1925-1936 ,`).
22: `RGASPI (Russian State Archive of Socio-Political History), f. 1, op. 58, d. 6, 11, 145-6.` -> archival, name
printed in parentheses (`name_as_printed`); `11,` is almost certainly `ll.` (leaves) misread as digits, so the folios
are 145-146 and no unit is made of `11`; flagged `unlabelled-number` (README Doubtful). 25: Izvestiya with a date ->
newspaper (place Moscow as printed). 20: a Memorial statement (`MEMORIAL (Moscow, 15 April 2007)`) -> literature
(doubtful). 33: the conversation is cited from a journal (Voprosy Literatury) -> literature."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub04")
for n in (18, 19, 20, 21):
    p.commentary(n, literature=True)
p.archival(22, arch("RGASPI", "RGASPI", "Russian State Archive of Socio-Political History"),
           U("fond", "1", "opis", "58", "delo", "6"), "145-146", warn="unlabelled-number")
p.commentary(23, literature=True)
p.commentary(24, literature=True)
p.newspaper(25, NP("Izvestiya", 1992, 7, 16, place="Moscow"))
for n in range(26, 34):
    p.commentary(n, literature=True)
p.write()
