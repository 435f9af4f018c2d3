#!/usr/bin/env python3
"""Checks the corpora of real notes (every folder here with a split.txt, or the
folders named on the command line): every pubNN.txt / pubNN.gold.json pair, split.txt.

- JSON valid, an array of objects with the required keys;
- each gold object's n matches a line of the .txt (same order, one object per line);
- classes and unit levels from the allowed sets (README.md);
- ibid_of points to an earlier note of the same publication;
- archive objects complete; folios well formed; newspaper objects well formed;
- expect_warning / warning_reason consistent.
Exit status 1 on any error.
"""
import json, os, re, sys, glob

ROOT = os.path.dirname(os.path.abspath(__file__))
HERE = ROOT
CLASSES = {"archival", "newspaper", "ibid", "crossref", "commentary"}
LEVELS = {
    "fond", "opis", "papka", "chast", "delo", "kartonazh", "edinitsa_khraneniya",
    "record_group", "entry", "box", "folder", "series", "piece",
    "collection", "shelfmark", "subseries", "file", "volume",
    "bestand", "signatur", "zespol", "sygnatura", "carton", "dossier", "reference_code", "fascicle", "item",
}
WARNINGS = {None, "homoglyph", "missing-space", "repeated-label", "unit-order",
            "descending-range", "unlabelled-number"}
REQUIRED = ["n", "class", "archive", "units", "folios", "refers_to", "ibid_of",
            "expect_warning", "warning_reason"]
OPTIONAL = {"locators", "newspaper", "also", "literature", "label"}
ARCH_KEYS = {"abbr", "abbr_as_printed", "name_en", "place"}

errors = []
def err(where, msg):
    errors.append(f"{where}: {msg}")

def check_archive(where, a, cls):
    if a is None:
        if cls in ("archival",):
            err(where, "archival note without archive")
        return
    if not isinstance(a, dict):
        err(where, "archive not an object"); return
    keys = set(a)
    if not ARCH_KEYS <= keys:
        err(where, f"archive lacks {ARCH_KEYS - keys}")
    if keys - ARCH_KEYS - {"name_as_printed"}:
        err(where, f"archive has unknown keys {keys - ARCH_KEYS - {'name_as_printed'}}")
    for k in ("abbr", "name_en", "place"):
        if not isinstance(a.get(k), str) or not a.get(k):
            err(where, f"archive.{k} empty")
    if a.get("abbr_as_printed") is not None and not isinstance(a["abbr_as_printed"], str):
        err(where, "abbr_as_printed not a string or null")
    if cls == "ibid" and a.get("abbr_as_printed") is not None:
        err(where, "ibid archive must have abbr_as_printed null")

def check_units(where, units):
    if not isinstance(units, list):
        err(where, "units not a list"); return
    for u in units:
        if set(u) != {"level", "value"}:
            err(where, f"unit keys {set(u)}")
        if u.get("level") not in LEVELS:
            err(where, f"unknown level {u.get('level')!r}")
        if not isinstance(u.get("value"), str) or not u["value"].strip():
            err(where, f"unit value {u.get('value')!r}")

def check_folios(where, folios):
    if not isinstance(folios, list):
        err(where, "folios not a list"); return
    for f in folios:
        keys = set(f)
        if not {"from", "to", "from_verso", "verso"} <= keys or keys - {"from", "to", "from_verso", "verso", "unit"}:
            err(where, f"folio keys {keys}")
            continue
        if not all(isinstance(f[k], str) and f[k] for k in ("from", "to")):
            err(where, f"folio from/to {f}")
        if not all(isinstance(f[k], bool) for k in ("from_verso", "verso")):
            err(where, f"folio verso flags {f}")
        if f["from"] == f["to"] and f["from_verso"] != f["verso"]:
            err(where, f"single leaf with differing verso flags {f}")
        if "unit" in f and f["unit"] != "page":
            err(where, f"folio unit {f['unit']!r}")

def check_pub(txt, gold_path):
    name = os.path.basename(txt)[:-4]
    lines = []
    with open(txt, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            line = line.rstrip("\n")
            m = re.match(r"^(\d+) (\S.*)$", line)
            if not m:
                err(f"{name}.txt:{i}", "line is not 'N text'"); continue
            if "  " in m.group(2) or m.group(2) != m.group(2).strip():
                err(f"{name}.txt:{i}", "stray whitespace")
            lines.append(int(m.group(1)))
    if len(set(lines)) != len(lines):
        err(name, "duplicate note numbers in .txt")
    if lines != sorted(lines):
        err(name, "note numbers not in increasing order")
    try:
        with open(gold_path, encoding="utf-8") as f:
            gold = json.load(f)
    except Exception as e:
        err(name, f"gold JSON invalid: {e}"); return 0
    if not isinstance(gold, list):
        err(name, "gold is not an array"); return 0
    ns = [o.get("n") for o in gold]
    if ns != lines:
        err(name, f"gold n sequence differs from .txt lines ({len(ns)} vs {len(lines)})")
    seen = {}
    for o in gold:
        n = o.get("n")
        where = f"{name}#{n}"
        missing = [k for k in REQUIRED if k not in o]
        if missing:
            err(where, f"missing keys {missing}")
            continue
        extra = set(o) - set(REQUIRED) - OPTIONAL
        if extra:
            err(where, f"unknown keys {extra}")
        cls = o["class"]
        if cls not in CLASSES:
            err(where, f"unknown class {cls!r}")
        if not isinstance(n, int):
            err(where, "n not an integer")
        check_archive(where, o["archive"], cls)
        check_units(where, o["units"])
        check_folios(where, o["folios"])
        if cls in ("newspaper", "crossref", "commentary"):
            if o["archive"] is not None or o["units"] or o["folios"]:
                err(where, f"{cls} note with archive/units/folios")
        if cls == "archival" and not o["units"] and not o.get("also"):
            # an archive named without units is allowed but worth a look
            pass
        if cls == "ibid":
            of = o["ibid_of"]
            if not isinstance(of, int) or of not in seen:
                err(where, f"ibid_of {of!r} is not an earlier note")
            elif seen[of] == "commentary" and not gold[[g['n'] for g in gold].index(of)].get("literature"):
                err(where, f"ibid_of {of} is a note without a citation")
        elif o["ibid_of"] is not None:
            err(where, "ibid_of set on a non-ibid note")
        if cls == "newspaper":
            np = o.get("newspaper")
            if not isinstance(np, dict) or "title" not in np or "issued" not in np:
                err(where, "newspaper object lacks title/issued")
            else:
                if set(np) - {"title", "issued", "issue", "page", "place"}:
                    err(where, f"newspaper keys {set(np)}")
                dp = np["issued"].get("date-parts") if isinstance(np["issued"], dict) else None
                if not (isinstance(dp, list) and len(dp) == 1 and all(isinstance(x, int) for x in dp[0])):
                    err(where, f"newspaper issued {np['issued']}")
        elif "newspaper" in o and cls not in ("archival",):
            err(where, "newspaper object on a non-newspaper note")
        if "literature" in o and (cls != "commentary" or o["literature"] is not True):
            err(where, "literature flag only on commentary notes, value true")
        for a in o.get("also", []):
            if set(a) != {"archive", "units", "folios"}:
                err(where, f"also keys {set(a)}")
                continue
            check_archive(where + " also", a["archive"], "archival")
            check_units(where + " also", a["units"])
            check_folios(where + " also", a["folios"])
        if not isinstance(o["refers_to"], list):
            err(where, "refers_to not a list")
        if o["warning_reason"] not in WARNINGS:
            err(where, f"warning_reason {o['warning_reason']!r}")
        if bool(o["expect_warning"]) != (o["warning_reason"] is not None) or not isinstance(o["expect_warning"], bool):
            err(where, "expect_warning / warning_reason mismatch")
        seen[n] = cls
    return len(gold)

def check_group():
    total = 0
    pubs = sorted(glob.glob(os.path.join(HERE, "pub*.txt")))
    names = set()
    for txt in pubs:
        gold = txt[:-4] + ".gold.json"
        name = os.path.basename(txt)[:-4]
        names.add(name)
        if not os.path.exists(gold):
            err(name, "no gold file"); continue
        total += check_pub(txt, gold)
    for g in glob.glob(os.path.join(HERE, "pub*.gold.json")):
        if os.path.basename(g)[:-10] not in names:
            err(os.path.basename(g), "gold without .txt")
    split = os.path.join(HERE, "split.txt")
    if os.path.exists(split):
        seen = set()
        for line in open(split, encoding="utf-8"):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split()
            if len(parts) != 2 or parts[1] not in ("dev", "test"):
                err("split.txt", f"bad line {line!r}"); continue
            if parts[0] not in names:
                err("split.txt", f"unknown publication {parts[0]}")
            seen.add(parts[0])
        if seen != names:
            err("split.txt", f"publications not assigned: {sorted(names - seen)}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(pubs)} publications, {total} notes, {len(errors)} errors")
    return 1 if errors else 0

def main():
    global HERE
    groups = sys.argv[1:] or sorted(
        d for d in os.listdir(ROOT) if os.path.exists(os.path.join(ROOT, d, "split.txt")))
    status = 0
    for g in groups:
        HERE = os.path.join(ROOT, g)
        errors.clear()
        print(f"{g}: ", end="")
        status |= check_group()
    return status

if __name__ == "__main__":
    sys.exit(main())
