"""pub02: the same book as pub01 (rutlib.com book 14505), endnotes 927-929 (https://rutlib.com/book/14505/p/947; the
stored page begins with the end of note 926, which is left out)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub02")
CGA = lambda: arch("TsGA SPb", "ЦГА СПб")

p.archival(927, CGA(), U("f", "4900", "op", "1", "d", "68"), "185ob")
p.archival(928, CGA(), U("f", "1698", "op", "9", "d", "66"), "18")     # «Обобщено по:»; «Оп.9.» not flagged
p.archival(929, CGA(), U("f", "3255", "op", "1", "d", "3"), "49")      # prose, citation in parentheses
p.write()
