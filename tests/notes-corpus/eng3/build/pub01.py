"""pub01: Stephen Kotkin, Stalin, vol. 1: Paradoxes of Power, 1878-1928 (New York: Penguin Press, 2014), fb2.top copy
(stalin-paradoxes-of-power-1878-1928-394321/read/part-69): endnotes 176-190 of the chapter on the Civil War / Turkestan
and Bukhara (191 cut off). Kotkin's short-title notes refer to his bibliography (literature). Archival references
printed in parentheses after the published source they were taken from are archival (east3 pub07 366, slav); the
edition's pages are not folios. 178: Zhizn' natsional'nostei (a weekly of the Commissariat of Nationalities) with a
date + Sochineniia -> literature (eng2: weeklies are literature; README Doubtful). 186 `l. 3-5` (singular label with a
range) -> folios 3-5. 188: `RGASPI, f. 76, op. 3, d. 234, l. 5; d. 357, l. 1` -> main + also (fond/opis repeated,
abbr_as_printed null); the later full `(RGASPI, f. 76, op. 3, d. 357, l. 1: ...)` -> a second also with the archive
printed."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub01")
R = lambda: arch("RGASPI", "RGASPI")
for n in range(176, 181):
    p.commentary(n, literature=True)
p.archival(181, R(), U("fond", "2", "opis", "1", "delo", "14345"), "13")
p.archival(182, R(), U("fond", "2", "opis", "1", "delo", "14884"), "1")
p.commentary(183, literature=True)
p.commentary(184, literature=True)
p.archival(185, R(), U("fond", "5", "opis", "2", "delo", "315"), "83")
p.archival(186, R(), U("fond", "124", "opis", "1", "delo", "1474"), "3-5")
p.commentary(187, literature=True)
p.archival(188, R(), U("fond", "76", "opis", "3", "delo", "234"), "5", also=[
    cite(arch("RGASPI"), U("fond", "76", "opis", "3", "delo", "357"), "1"),
    cite(R(), U("fond", "76", "opis", "3", "delo", "357"), "1"),
])
p.commentary(189, literature=True)
p.commentary(190, literature=True)
p.write()
