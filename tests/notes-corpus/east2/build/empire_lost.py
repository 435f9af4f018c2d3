"""Shared helpers for pub02-pub06: Andrew Stewart, Empire Lost: Britain, the Dominions and the Second World War
(London: Continuum, 2008), endnotes. TNA references are printed as bare codes without the archive's name
(`CAB65/1`, `DO35/1000/1/101`): archive TNA with abbr_as_printed null; the department code and class number are
`series` (as printed, no space: `CAB65`), the piece `piece`; a further part after the piece (the department's own
registry file number, `1/101`, `3/128`, `2/11/1/1B`) is `file`. Document designations (`WCM(39)43`, `WP135(39)`,
`HCWM`) are names of documents, not units."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import arch, U, cite

def tna(code, folios=""):
    parts = code.split("/")
    units = U("s", parts[0], "pi", parts[1])
    if len(parts) > 2:
        units += U("fi", "/".join(parts[2:]))
    return units

def T(code):
    """a TNA code printed alone, as a citation for `also`"""
    return cite(arch("TNA"), tna(code))

def papers(abbr, name, *more, printed_name=None, folios=""):
    return cite(arch(abbr, None, printed_name), U("c", name, *more), folios)
