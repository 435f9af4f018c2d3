"""pub01: Memorial, «Сталинские списки» (stalin.memo.ru), essay «История осуждений по спискам», notes 1-47."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite

p = Pub("pub01")
RG = lambda: arch("RGASPI", "РГАСПИ")
AP = lambda: arch("APRF", "АП РФ")
FSB = lambda: arch("TsA FSB", "ЦА ФСБ")
NI = lambda: arch("RGANI", "РГАНИ")

p.archival(1, RG(), U("f", "17", "op", "162", "d", "7"), "99")
p.commentary(2, literature=True)
p.archival(3, AP(), U("f", "3", "op", "58", "d", "230"), "60", also=[
    cite(RG(), U("f", "17", "op", "166", "d", "575"), "17"),
    cite(FSB(), U("f", "3", "op", "5", "d", "1689"), "125")])
p.commentary(4, literature=True)          # Известия ЦК КПСС: a journal, not a newspaper
p.archival(5, RG(), U("f", "17", "op", "171", "d", "224"), "130")
p.archival(6, RG(), U("f", "558", "op", "11", "d", "729"), "83-85", also=[
    cite(RG(), U("f", "17", "op", "171", "d", "241"), "213")])
p.archival(7, RG(), U("f", "17", "op", "171", "d", "242"), "173-174")
p.archival(8, NI(), U("f", "2", "op", "1", "d", "224"), "70")
p.archival(9, FSB(), U("f", "3", "op", "4", "d", "1464"), "166-167")
p.archival(10, FSB(), U("f", "3", "op", "5", "d", "1410"), "212")
p.ibid(11, 10, U("op", "4", "d", "2241"), "685")
p.archival(12, RG(), U("f", "17", "op", "171", "d", "301"), "178-180")
p.commentary(13)
p.commentary(14)
p.commentary(15, literature=True)
p.commentary(16, literature=True)
p.commentary(17)
p.archival(18, arch("UFSB RME Archive", None, "Архив УФСБ РФ по Республике Марий Эл"), U("d", "595"), "186-189")
p.archival(19, AP(), U("f", "3", "op", "58", "d", "212"), "137-139")
p.archival(20, FSB(), U("f", "3", "op", "4", "d", "2256"), "489")
p.ibid(21, 20, U("op", "5", "d", "86"), "313")
p.ibid(22, 21, U("f", "7", "op", "1", "d", "9"), "51-58")
# in-note «Там же» after the first citation: resolved, given in also
ap38 = lambda f: cite(arch("APRF"), U("f", "3", "op", "57", "d", "38"), f)
p.archival(23, AP(), U("f", "3", "op", "57", "d", "38"), "179", also=[ap38("180-181"), ap38("182")])
p.commentary(24, literature=True)
p.commentary(25, literature=True)
p.commentary(26)                          # «Т.2. Л.105» quotes a reference inside a document
p.archival(27, FSB(), U("f", "3", "op", "5", "d", "85"), "244-247", warn="missing-space")  # «Д. 85.Л.244»
p.ibid(28, 27, U("op", "4", "d", "157"), "578")
p.archival(29, RG(), U("f", "17", "op", "171", "d", "373"), "1-2")
p.ibid(30, 29, folios="74")
p.ibid(31, 30, U("d", "374"), "1")
p.ibid(32, 31, U("d", "376"), "87-89", also=[cite(arch("RGASPI"), U("f", "17", "op", "171", "d", "376"), "90")])
p.ibid(33, 32, U("d", "377"), "116-136")
p.ibid(34, 33, folios="116")
p.ibid(35, 34, folios="136")
p.archival(36, FSB(), U("f", "7", "op", "1", "d", "19-a"), "", also=[
    cite(arch("TsA FSB"), U("f", "7", "op", "1", "d", "19-b"), "")])
p.archival(37, RG(), U("f", "17", "op", "171", "d", "378"), "1-2")
p.archival(38, RG(), U("f", "17", "op", "171", "d", "421"), "1-492", also=[
    cite(arch("RGASPI"), U("f", "17", "op", "171", "d", "420"), "1-68")])
p.commentary(39)
p.commentary(40)
p.archival(41, RG(), U("f", "17", "op", "171", "d", "378"), "191")
p.archival(42, RG(), U("f", "17", "op", "171", "d", "378"), "196-211")
p.archival(43, AP(), U("f", "3", "op", "57", "d", "100"), "3")
p.ibid(44, 43, folios="55", also=[cite(arch("APRF"), U("f", "3", "op", "57", "d", "100"), "55-76")])
p.archival(45, RG(), U("f", "17", "op", "171", "d", "409"), "1")
p.archival(46, NI(), U("f", "2", "op", "1", "d", "224"), "70-82")
p.archival(47, RG(), U("f", "17", "op", "171", "d", "409"), "1")
p.write()
