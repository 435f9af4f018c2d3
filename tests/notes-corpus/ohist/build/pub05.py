"""pub05: Joshua Botts, "'A Burden for the Department'?: To The 1991 FRUS Statute"
(Office of the Historian, 6 Feb 2012; frus-history articles/to-the-1991-frus-statute.xml), notes 1-18 (all)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub05")
DOS = lambda name=None: arch("DOS", None, name)
PR = "DoS P-Reels"      # defined in note 2 as the short name of "Department of State Microfilmed Central Files"
p.commentary(1, literature=True)        # executive order, web copy
# 2: lot file folder (main); newspaper, two articles (literature); P-reel document (also)
p.archival(2, DOS("Department of State"), U("fo", "June 1991 (84 Plan)", "b", "1", "sm", "Lot File 09 D 473"),
           also=[cite(DOS(), U("fi", "P840134-2027", "s", "Department of State Microfilmed Central Files"))],
           newspaper=NP("Washington Post", 1983, 9, 10, page="A3"))
# 3: P-reel; then two documents "in Department of State Central Files (SAS), Washington, DC"
SAS = "Department of State Central Files (SAS)"
p.archival(3, DOS(), U("fi", "P860009-1020", "s", PR),
           also=[cite(DOS(), U("fi", "P860009-0998", "s", SAS)),
                 cite(DOS(), U("fi", "1986 State 057676", "s", SAS))])
p.newspaper(4, NP("New York Times", 1984, 1, 4, page="A3"))
p.newspaper(5, NP("Washington Post", 1990, 4, 16, page="A13"))
p.archival(6, DOS(), U("fi", "P870122-1080", "s", PR))        # then a web article (literature)
p.archival(7, DOS(), U("fi", "P890058-1591", "s", PR))
p.archival(8, DOS(), U("fi", "P900159-0985", "s", PR))        # then a journal article
# 9: two NYT issues, a journal, a Boston Globe issue: newspaper, first issue
p.newspaper(9, NP("New York Times", 1990, 5, 8, page="A29"))
p.commentary(10, literature=True)       # Congressional Record
p.newspaper(11, NP("Washington Post", 1990, 6, 11, page="A13"))
# 12: two documents in one folder (main), two P-reel documents (also); Congressional Record, articles
p.archival(12, DOS("Department of State"), U("fo", "Program – A Plan – Feb. 91", "b", "1", "sm", "Lot File 09 D 473"),
           also=[cite(DOS(), U("fi", "P920042-0683", "s", PR)),
                 cite(DOS(), U("fi", "P900159-0982", "s", PR))])
# 13: US Code (literature), then a Washington Post article -> newspaper
p.newspaper(13, NP("Washington Post", 1991, 10, 31, page="A19"))
p.commentary(14, literature=True)       # presidential statement, web
# 15: three folders in Box 1, Lot File 99 D 041, and one folder in Lot File 10 D 061; one archive for all
p.archival(15, DOS("Department of State"), U("fo", "1992 – HAC Meetings/Briefing Mat.", "b", "1", "sm", "Lot File 99 D 041"),
           also=[cite(DOS("Department of State"), U("fo", "1992 – HAC Declassification of FRUS", "b", "1", "sm", "Lot File 99 D 041")),
                 cite(DOS("Department of State"), U("fo", "1992 Advisory Committee & Legislation Materials", "b", "1", "sm", "Lot File 99 D 041")),
                 cite(DOS("Department of State"), U("fo", "Declassification – transfer of Function", "sm", "Lot File 10 D 061"))])
p.archival(16, DOS("Department of State"), U("fo", "FRUS – Memos of Understanding – Access 1992", "sm", "Lot File 09 D 480"),
           also=[cite(DOS("Department of State"), U("fo", "1992 – HAC Memos of Understanding/Agreements", "sm", "Lot File 99 D 041"))])
p.commentary(17, literature=True)       # journal articles, a chapter (short title)
# 18: a guide to the lot files: each lot number printed bare (no "Lot"); the Department named as their owner
LOTS = ["99 D 041", "00 D 512", "02 D 213", "03 D 130", "04 D 446", "09 D 473"]
p.archival(18, DOS("Department of State"), U("sm", "96 D 292"),
           also=[cite(DOS("Department of State"), U("sm", l)) for l in LOTS])
p.write()
