"""pub11: David Irving, Goebbels: Mastermind of the Third Reich (London: Focal Point, 1996), endnotes 41-55 of one
chapter (the stored page begins inside note 40; 56 is cut off); identified by content. The stored text runs the
notes together ('...14).42 Diary'); each note starts at its number. Words joined at former line ends are kept
('easternregion', 'andEtzdorf', 'specialreport', '1943that').
Diaries: 'Diary' (Goebbels's diary, printed) and 'Unpubl. diary' (cited by date without repository) are taken as
citations of the diary as a text -> literature (doubtful). NARA microfilm: T-number -> series, roll -> volume,
frame -> folio ('0773ff' -> the first frame)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub11")
NA = lambda pr="NA": arch("NARA", pr)
p.archival(41, arch("YIVO", "Yivo"), U("sm", "G–PA–14"))
p.commentary(42, literature=True)
p.archival(43, NA(), U("s", "T175", "v", "33"), "2113")
# 'roll 788,ND: 1384–PS' (ND = Nuremberg document number, printed): missing-space; IfZ ZS (Zeugenschrifttum); PA AA papers
p.archival(44, NA(), U("s", "T78", "v", "788"), warn="missing-space",
           also=[cite(arch("IfZ", "IfZ"), U("sm", "ZS.406")),
                 cite(arch("PA AA", "Pol.Archiv des AA"), U("c", "Etzdorf papers"))])
p.archival(45, arch("BDC", "BDC"), U("fi", "d’Alquèn"))
# 'Rep.50.01' (label Rep. dropped) -> bestand 50.01; 'vol.799' -> volume; 'Yivofiles' (no space): missing-space;
# 'Occ E FD.1 and 4' -> series Occ E, folders FD.1 and 4
p.archival(46, arch("ZStA", "ZStA"), U("be", "50.01", "v", "799"), warn="missing-space",
           also=[cite(arch("YIVO", "Yivo"), U("s", "Occ E", "fo", "FD.1")),
                 cite(arch("YIVO", "Yivo"), U("s", "Occ E", "fo", "4"))])
# JG's diary (literature) + 'Yivo also has good files ... (Occ E FD.9, 10, and 13)'
p.archival(47, arch("YIVO", "Yivo"), U("s", "Occ E", "fo", "FD.9"),
           also=[cite(arch("YIVO", "Yivo"), U("s", "Occ E", "fo", "10")),
                 cite(arch("YIVO", "Yivo"), U("s", "Occ E", "fo", "13"))])
p.archival(48, NA(), U("s", "T81", "v", "672"), "0773")
p.commentary(49, literature=True)
p.ibid(50, 49)                                 # Ibid. -> the unpublished diary (literature, see docstring)
# three NARA citations; 'RG.332,entry', 'NAfile', 'roll 265,0543ff.' -> missing-space
p.archival(51, NA(), U("rg", "332", "e", "ETO, Mis-Y, Sect.", "b", "116"), warn="missing-space",
           also=[cite(NA(), U("rg", "226", "e", "16", "b", "384", "fi", "37319")),
                 cite(NA(), U("s", "T175", "v", "265"), "0543")])
p.commentary(52, literature=True)
p.commentary(53, literature=True)
p.archival(54, NA(), U("s", "T84", "v", "264"))
# 'author's film DI–160' (the author's own microfilm) is not an archive; '(NAfilm T84' -> missing-space
p.archival(55, NA(), U("s", "T84", "v", "264"), warn="missing-space",
           also=[cite(NA(), U("s", "T84", "v", "R274"), "1099")])
p.write()
