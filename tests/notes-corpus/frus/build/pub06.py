"""pub06: FRUS 1969-1976, vol. XII, Soviet Union, January 1969-October 1970 (2006), documents 51-57
(to footnote 3 of document 57). n = 100 x document number + printed footnote number (source note = 1).
"National Archives, Nixon Presidential Materials, NSC Files, Box 765, Presidential Correspondence,
Kosygin" -> NARA (name_as_printed "National Archives"), collection, series, box, folder (the whole
title printed after the box, "Vol. II" included)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite

p = Pub("pub06")
NA = lambda: arch("NARA", None, "National Archives")
def nsc(box, folder):
    return U("c", "Nixon Presidential Materials", "s", "NSC Files", "b", box, "fo", folder)
p.archival(5101, NA(), nsc("765", "Presidential Correspondence, Kosygin"))
p.commentary(5102, literature=True)     # "... is Document 28."
p.commentary(5103, literature=True)     # Beam, Multiple Exposure
p.commentary(5104, literature=True)     # "... is Document 39."
p.commentary(5105)                      # Attached but not printed.
p.commentary(5106)
p.commentary(5107)                      # "Secret; Nodis." (classification of the attached letter)
p.commentary(5108)                      # "See footnote 4, Document 2.": points to a note
p.archival(5201, NA(), nsc("709", "Country Files, Europe, USSR, Vol. II"))
p.ibid(5202, 5201)                      # "... (Ibid.)"
p.commentary(5203, literature=True)     # RN: The Memoirs of Richard Nixon
p.archival(5301, NA(), nsc("653", "Country Files, Middle East, Sisco Middle East Talks, April–June 1969"))
# 5302: archival citation in parentheses, then FRUS (literature); class archival
p.archival(5302, NA(), nsc("711", "Country Files, Europe, USSR, Vol. VI"))
p.archival(5303, NA(), nsc("653", "Country Files, Middle East, Sisco Middle East Talks, April–June 1969"))
p.archival(5401, NA(), U("rg", "59", "s", "Central Files 1967–69", "fi", "POL USSR 7"))
p.archival(5501, NA(), nsc("177", "Paris Talks/Meetings, Paris Meetings, May–June 1969, State Nodis Cables/Habib Calls"))
p.commentary(5502, literature=True)     # "See Document 25."
# 5601: "(Ibid.)" at the end repeats the source of the same note -> an `also`, resolved, not printed again
u5601 = nsc("489", "President's Trip Files, Dobrynin/Kissinger, 1969, Part 1")
p.archival(5601, NA(), u5601, also=[cite(arch("NARA", None), u5601)])
p.commentary(5602)
p.archival(5701, NA(), nsc("710", "Country Files, Europe, USSR, Vol. III"))
p.ibid(5702, 5701)
p.ibid(5703, 5702)                      # chains are not collapsed
p.write()
