"""pub01: Christopher J. Murphy, Security and Special Operations: SOE and MI5 during the Second World War
(Basingstoke: Palgrave Macmillan, 2006), endnotes to the Introduction, 1-9 (all), docslib.org copy of the
book's notes section (the stored text runs the notes together as `1. ... 2. ...`; split at the printed numbers).
Murphy's convention (note 3): every bare code is a document at The National Archives (TNA): Public Record Office
(PRO), Kew. 3 -> archive TNA with `abbr_as_printed` TNA and the name as printed; the code `HS8/840` -> series
`HS8` (printed without a space, east2) and piece `840`. `D/CE.6 to D/CE` (SOE office symbols of sender and
addressee), `(JS/3304)` (an MI5 reference of the letter) and dates are no units (east2: document designations).
4 `HS9/23/3`, 9 `KV4/171`: bare codes -> TNA with abbr_as_printed null; the third part of `HS9/23/3` -> file.
`STS 6` (Special Training School 6) is a place, not a unit.
5 `Imperial War Museum Sound Archive (hereafter IWMSA), Interview with Peter Murray Lee (7493/10), Reel 5` ->
IWM, printed `IWMSA`, name as printed; the Sound Archive's catalogue number 7493/10 -> shelfmark; `Reel 5` ->
volume (west2: a reel of microfilm is a volume). 7 `IWMSA Interview with Lee, Reel 5` -> archival (not an ibid:
note 6 comes between), the reel only. 2 (an interview by the author) and 6 (prose with a book by Leo Marks, whose
name the copy lost: `(, Between Silk ...`) -> commentary; 6 literature."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub01")
p.commentary(1, literature=True)
p.commentary(2)
p.archival(3, arch("TNA", "TNA", "The National Archives"), U("s", "HS8", "pi", "840"))
p.archival(4, arch("TNA"), U("s", "HS9", "pi", "23", "fi", "3"))
p.archival(5, arch("IWM", "IWMSA", "Imperial War Museum Sound Archive"), U("sm", "7493/10", "v", "5"))
p.commentary(6, literature=True)
p.archival(7, arch("IWM", "IWMSA"), U("v", "5"))
p.commentary(8, literature=True)
p.archival(9, arch("TNA"), U("s", "KV4", "pi", "171"))
p.write()
