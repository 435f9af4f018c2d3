"""Sanity check (not a parser): every unit value and folio number of a non-ibid gold object must occur in
its note text; prints each note side by side with its gold for reading."""
import json, sys, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
name = sys.argv[1]
lines = open(os.path.join(ROOT, name + ".txt"), encoding="utf-8").read().splitlines()
gold = json.load(open(os.path.join(ROOT, name + ".gold.json"), encoding="utf-8"))
def cit(c):
    a = c["archive"]
    s = "" if a is None else f'{a["abbr"]}[{a["abbr_as_printed"]}{"|"+a["name_as_printed"] if "name_as_printed" in a else ""}] '
    s += " / ".join(f'{u["level"]}={u["value"]}' for u in c["units"])
    if c["folios"]:
        s += " fol " + ",".join(f'{f["from"]}{"v" if f["from_verso"] else ""}-{f["to"]}{"v" if f["verso"] else ""}{"p" if f.get("unit") else ""}' for f in c["folios"])
    return s
bad = 0
for line, g in zip(lines, gold):
    print(line)
    extra = (" LIT" if g.get("literature") else "") + (f' ibid_of={g["ibid_of"]}' if g["ibid_of"] else "") + (f' WARN={g["warning_reason"]}' if g["expect_warning"] else "")
    print(f'   => {g["class"]}{extra}: {cit(g)}')
    for a in g.get("also", []):
        print(f'      + {cit(a)}')
    if "newspaper" in g:
        print(f'      NP {g["newspaper"]}')
    if g["class"] != "ibid":
        for c in [g] + g.get("also", []):
            for u in c["units"]:
                if u["value"] not in line:
                    print("   !!! unit value not in text:", u); bad += 1
            for f in c["folios"]:
                for k in ("from", "to"):
                    if f[k] not in line:
                        print("   !!! folio not in text:", f); bad += 1
    print()
print("problems:", bad)
