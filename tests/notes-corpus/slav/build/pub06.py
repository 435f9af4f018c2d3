"""pub06: Grzegorz Rossoliński-Liebe, Stepan Bandera: The Life and Afterlife of a Ukrainian Nationalist. Fascism,
Genocide, and Cult (Stuttgart: ibidem, 2014), endnotes [599]-[618] of the chapter on the Warsaw and Lviv trials
(trantor.is split 109; [619] cut off). The English original of the book whose Ukrainian translation east3 used
(different notes, different language and edition; see SOURCES.md and README, Doubtful cases).
'TsDIAL, f. 371, op. 1, spr. 8, od. 75, 27': fond, opis, sprava (delo), od. [zb.] = odynytsia zberihannia
(edinitsa_khraneniya), then the leaf without label (the book's convention, as east3 pub13). The year or date and the
title of the stenographic report are not units."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub06")
T = lambda: arch("TsDIAL", "TsDIAL")
F371 = lambda: U("fond", "371", "opis", "1", "delo", "8", "edinitsa_khraneniya", "75")
p.archival(599, T(), F371(), "27")
p.commentary(600, literature=True)
p.archival(601, T(), F371(), "31")
p.archival(602, T(), F371(), "31", newspaper=NP("Novyi chas", 1936, 5, 30, page="4"))
p.archival(603, T(), F371(), "35")
p.archival(604, T(), F371(), "44")
p.archival(605, T(), F371(), "34-35")
p.archival(606, T(), F371(), "91")
p.ibid(607, 606, folios="91")
p.ibid(608, 607, folios="91")
p.ibid(609, 608, folios="91-92")
p.ibid(610, 609, folios="93")
p.ibid(611, 610, folios="93-94")
# 'Ibid., 95.' opens the note, a full citation follows after prose ('Cf. ... 179-80'): archival by precedence; the
# opening ibid is the main citation (resolved from 611, archive not printed), the Cf. citation an also.
p.archival(612, arch("TsDIAL"), F371(), "95", also=[cite(T(), F371(), "179-180")])
p.archival(613, T(), F371(), "147")
p.archival(614, T(), F371(), "94")
p.ibid(615, 614, folios="95")
p.ibid(616, 615, folios="97")
p.ibid(617, 616, folios="98")
p.ibid(618, 617, folios="97")
p.write()
