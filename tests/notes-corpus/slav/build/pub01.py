"""pub01: Anne Applebaum, Red Famine: Stalin's War on Ukraine (London: Allen Lane, 2017), endnotes 49-69 of the
chapter on the spring and summer of 1933 ("Page 52" of the bookreadfree.com copy; note 70 cut off).
Applebaum prints Ukrainian and Russian archival references as fond/opys/sprava codes followed by the year of the
file in parentheses and the leaves without label ('TsDAHOU 1/20/6277 (1933), 233-5'): the code is split into
fond/opis/delo, the year is not a unit, the bare numbers are leaves (see README, Decisions). A file cited from a
document edition ('..., in Pyrih, ed., Holodomor, 798-800') is archival; the edition's pages are not folios."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub01")
FOD = lambda f, o, d: U("fond", f, "opis", o, "delo", d)
p.commentary(49, literature=True)
p.ibid(50, 49)                                   # 'in ibid., 489-90': the same collection of testimonies (ibid of literature)
p.archival(51, arch("TsDAHO", "TsDAHOU"), FOD("1", "20", "6277"), "233-235")
p.archival(52, arch("TsDAHO", "TsDAHOU"), FOD("1", "20", "6275"), "182-186")
p.ibid(53, 52)
p.archival(54, arch("DAVinO", "DAVO"), FOD("136", "3", "71"), "127-129")      # DAVO = Vinnytsia oblast archive
p.archival(55, arch("DAKhersO", "DAKhO"), FOD("104", "1", "123"), "2")        # DAKhO = Kherson oblast archive
p.archival(56, arch("DAKhersO", "DAKhO"), FOD("116", "1", "141"), "19-22")    # 'in ibid.' = the memorial book of note 55
p.archival(57, arch("DAKhersO", "DAKhO"), FOD("P-1962", "1", "973"), "9")     # P- = party fond
p.archival(58, arch("UCRDC", "UCRDC"), [])        # interview held by the UCRDC (Toronto), no unit printed
p.archival(59, arch("RGASPI", "RGASPI"), FOD("17", "162", "14"), "17")
p.commentary(60, literature=True)
p.ibid(61, 60)
for n in range(62, 70):                           # 65 'Okosina' (sic, for Osokina)
    p.commentary(n, literature=True)
p.write()
