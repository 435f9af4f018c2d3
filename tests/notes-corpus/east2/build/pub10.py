"""pub10: Ian Kershaw, The End (2011), endnotes 32-33 of another chapter as stored on
https://libcat.ru/knigi/dokumentalnye-knigi/nonf-military/215357-148-ian-kershaw-the-end.html (note 34 is cut off).
Same conventions as pub09; `NL Heinrici` / `NL Reinhardt` name the Nachlass and are not units."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite

p = Pub("pub10")
p.archival(32, arch("BA-MA", "BA/MA"), U("be", "N265", "si", "112"), "23-24", also=[
    cite(arch("BA-MA", "BA/MA"), U("be", "N265", "si", "26"), "22-23")])   # the archive is printed again here
p.archival(33, arch("BA-MA", "BA/MA"), U("be", "N245", "si", "3"), "87")
p.write()
