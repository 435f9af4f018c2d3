"""pub13: Гжегож Россолінський-Лібе, «Життя Степана Бандери: Тероризм. Фашизм. Геноцид. Культ» (Ukrainian translation of
Grzegorz Rossoliński-Liebe, Stepan Bandera: The Life and Afterlife of a Ukrainian Nationalist), endnotes 1351-1355
(https://read-book.net/uk/publitsistika/page-246-34509-zhittja-stepana-banderi-terorizm-fashizm-genocid-kult-gzhegozh-rossolinski-libi.html;
1356 cut off). The book prints leaves without a label after the file (`спр. 43, 9`)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub13")
p.archival(1351, arch("TsDAVO", "ЦДАВО"), U("f", "3833", "op", "1", "d", "43"), "9")    # спр. (справа) = delo; leaf unlabelled
p.commentary(1352, literature=True)
p.commentary(1353, literature=True)
p.archival(1354, arch("TsDAHO", "ЦДАГО"), U("f", "57", "op", "4", "d", "344"), "28,38-41,51-54")
p.commentary(1355, literature=True)
p.write()
