"""pub05: a Russian-language book on the Soviet countryside and collectivization, 1928-1929 (booksonline.com.ua book 56870;
title not on the stored page), endnotes 42-45 (https://booksonline.com.ua/view.php?book=56870&page=154). The stored
page continues with a garbled stretch (note 46 carries the texts of notes 47 and 48 run on, and 47 and 48 are stored as
«Нет сноски» 'no note'); it is left out, and notes 50-65 are pub06. Note 49 («Там же, с.526.») is left out as well: its
referent (note 48) is one of the garbled notes."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub05")
p.newspaper(42, NP("Правда", 1928, 9, 30))
p.commentary(43, literature=True)                                    # Stalin's Works
p.commentary(44, literature=True)                                    # «Социалистический вестник», №6: a journal (emigre monthly)
p.newspaper(45, NP("Правда", 1928, 9, 18))                           # opening «, no closing », as stored
p.write()
