"""pub07: Mark Zuehlke, The Liri Valley: Canada's World War II Breakthrough to Rome (Vancouver: Douglas & McIntyre,
2001), bookreadfree.com copy (468163/11501915): endnotes 27-28 of chapter 13, the end of the chapter (26 begun
before the stored text). Book identified by content (chapter 14 'Operation Chesterfield', the Hitler Line, May
1944); the page names only the author.
27: `Vokes Papers, Royal Military College of Canada Massey Library, n.p.` -> archive `RMC Massey Library` (name
printed, abbr_as_printed null), collection; `n.p.` gives no folio.
28: `Potvin account.` -> an unpublished account without holder (the author's source) -> commentary without
literature (world's rule for interviews and unpublished memoirs without holder)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub07")
p.archival(27, arch("RMC Massey Library", None, "Royal Military College of Canada Massey Library"), U("c", "Vokes Papers"))
p.commentary(28)
p.write()
