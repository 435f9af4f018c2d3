"""pub09: Agatha Ramm (ed.), The Political Correspondence of Mr. Gladstone and Lord Granville, 1871-1876 (Camden
Third Series, vol. 82; London: Royal Historical Society, 1952), the continuation of pub07-pub08 (same edition and
editor, one publication for the split); Cambridge Core page 2070C3C3A4F6F9BE55DAC39A0A6F169B, footnotes of printed
page 247, notes 1-3. Conventions as pub07/pub08.
1 `Add. MS. 44168, fo. 94, not printed` -> BL shelfmark, folio 94. 2 `printed Letters, 2nd ser., ii. 132` (The
Letters of Queen Victoria) -> literature. 3 `F.O. 5/1297` (Foreign Office, America, General Correspondence) -> TNA,
abbr_as_printed null, series `F.O. 5`, piece `1297`."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub09")
p.archival(1, arch("BL"), U("sm", "Add. MS. 44168"), "94")
p.commentary(2, literature=True)
p.archival(3, arch("TNA"), U("s", "F.O. 5", "pi", "1297"))
p.write()
