"""pub12: Peter Longerich, Goebbels: A Biography, endnotes 68-81 of another chapter (the stored page begins with
note 68; 82 is cut off). Conventions as pub06 (TB = printed diaries -> literature; BAB -> BArch)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub12")
B = lambda: arch("BArch", "BAB")
for n in (68, 69, 70):                         # 70: articles in Das Reich (a weekly) -> literature (east2)
    p.commentary(n, literature=True)
# a speech printed in a book + the Völkischer Beobachter, Berlin edition, of 7 June 1943 -> newspaper
p.newspaper(71, NP("VB", 1943, 6, 7))
for n in (72, 73, 74, 75, 76):                 # 75: SD reports in the printed 'Meldungen aus dem Reich'
    p.commentary(n, literature=True)
# in-note "(ibid., Vorlage Tießler an Goebbels, 19 May 1943)" -> also with the same units
p.archival(77, B(), U("be", "NS 18", "si", "225"), also=[cite(arch("BArch"), U("be", "NS 18", "si", "225"))])
# 'R 33/43g' is the number of Bormann's circular (Rundschreiben 33/43 geheim), not a Bundesarchiv Bestand R 33 (doubtful)
p.archival(78, B(), U("be", "NS 6", "si", "344"))
for n in (79, 80, 81):
    p.commentary(n, literature=True)
p.write()
