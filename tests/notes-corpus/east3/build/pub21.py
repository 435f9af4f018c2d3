"""pub21: «Ленинград в борьбе за выживание в блокаде. Книга третья. Январь 1943 – январь 1944», ed. Г. Л. Соболев, endnotes
1101-1115 (https://online-biblioteka.com/page-239-160268-leningrad-v-borbe-za-vyzhivanie-v-blokade-kniga.html; the stored
page begins with the title line and note 1101; 1116 cut off). The notes use the Soviet-era names of the Leningrad archives:
ЛГАОРСС (now ЦГА СПб), ЦГАОР СССР (now ГАРФ), ЛПА (now ЦГАИПД СПб); the present archive is the key (as west: PRO -> TNA)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub21")
L = lambda: arch("TsGA SPb", "ЛГАОРСС")

p.archival(1101, L(), U("f", "8557", "op", "7", "d", "33"), "13")
p.archival(1102, arch("GARF", "ЦГАОР СССР"), U("f", "7021", "op", "30", "d", "1748"), "1,49-50")
p.newspaper(1103, NP("Красная звезда", 1964, 6, 28))                 # an article in the paper
p.commentary(1104, literature=True)
p.archival(1105, L(), U("f", "4965", "op", "1", "d", "4733"), "1,1ob",   # «Д.4733.Л.1и1об.»: leaf 1 and its verso
           warn="missing-space")
p.commentary(1106, literature=True)
p.commentary(1107, literature=True)
p.archival(1108, L(), U("f", "7384", "op", "13", "d", "142"), "6-7")
p.ibid(1109, 1108)                                                   # bare Там же.: folios repeated
p.ibid(1110, 1109, folios="1-3,6-7")
p.archival(1111, arch("TsGAIPD SPb", "ЛПА", name="Ленинградский партийный архив"), U("f", "25", "op", "12", "d", "66"), "137")
p.commentary(1112, literature=True)
p.commentary(1113, literature=True)
p.commentary(1114, literature=True)
p.archival(1115, L(), U("f", "330", "op", "1", "d", "5"), "2")
p.write()
