#!/usr/bin/env python3
"""Checks for the GOST reference-parser data in /work/gost-data.

Usage: python3 check.py [DIR]   (default: the folder of this script)

Checks gost-train.xml and gost-test.xml (AnyStyle parser XML):
  * well-formed XML, root <dataset>, children <sequence>;
  * only the allowed labels; no empty segment;
  * every sequence has a title, journal or container-title;
  * every sequence is preceded (somewhere above it) by a
    <!-- source: ... | ... | script: cyrillic|translit|latin --> comment;
  * no duplicate sequence text (whitespace-normalised) within or across files,
    none that also occurs in the shared gold data
    (gold-anystyle/parser/*.xml, gold-dev/numbered.txt);
  * split by source (no source on both sides), test side >= 110 sequences
    from >= 7 sources, <= 25 sequences per source, both sides mix scripts;
  * counts per label, per script, per source.
Exit code 0 if every check passes, 1 otherwise.
"""
import glob
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict

ALLOWED = {
    "citation-number", "author", "editor", "translator", "compiler", "title",
    "volume-title", "container-title", "journal", "collection-title",
    "collection-number", "edition", "location", "publisher", "date", "volume",
    "pages", "number-of-volumes", "medium", "genre", "url", "accessed", "doi",
    "isbn", "note",
}
HEADS = {"title", "journal", "container-title"}
SCRIPTS = {"cyrillic", "translit", "latin"}
SHARED = "/work/shared/corpus"
FILES = ("gost-train.xml", "gost-test.xml")
EXTRA = ("gost-partial.xml",)  # checked per sequence, not part of the split


def norm(s):
    s = s.replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


def seq_text(seq):
    return norm(" ".join((c.text or "") for c in seq))


def detect_script(text):
    cyr = sum(1 for ch in text if "CYRILLIC" in unicodedata.name(ch, ""))
    lat = sum(1 for ch in text if ch.isalpha() and "LATIN" in unicodedata.name(ch, ""))
    if cyr > lat:
        return "cyrillic"
    return "latin-letters"


def parse_with_comments(path):
    parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True))
    with open(path, "rb") as fh:
        return ET.fromstring(fh.read(), parser=parser)


def load_shared():
    texts = set()
    for p in sorted(glob.glob(os.path.join(SHARED, "gold-anystyle/parser/*.xml"))):
        try:
            root = ET.parse(p).getroot()
        except ET.ParseError:
            continue
        for seq in root.iter("sequence"):
            texts.add(seq_text(seq))
    numbered = ""
    p = os.path.join(SHARED, "gold-dev/numbered.txt")
    if os.path.exists(p):
        with open(p, encoding="utf-8") as fh:
            raw = fh.read()
        numbered = norm(raw)
        # also a version with end-of-line hyphenation undone
        numbered += " \n " + norm(re.sub(r"-\n\s*", "", raw))
    return texts, numbered


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errors, warnings = [], []
    shared_texts, numbered = load_shared()
    seen = {}
    per_file = {}
    label_count = Counter()
    script_count = Counter()
    script_by_file = defaultdict(Counter)
    source_count = Counter()
    source_file = defaultdict(set)
    source_script = {}

    for fname in FILES + EXTRA:
        path = os.path.join(d, fname)
        if not os.path.exists(path):
            if fname in FILES:
                errors.append(f"{fname}: missing")
            continue
        try:
            root = parse_with_comments(path)
        except ET.ParseError as e:
            errors.append(f"{fname}: not well-formed XML: {e}")
            continue
        if root.tag != "dataset":
            errors.append(f"{fname}: root is <{root.tag}>, not <dataset>")
        source, script = None, None
        n = 0
        for el in root:
            if el.tag is ET.Comment:
                txt = (el.text or "").strip()
                if txt.startswith("source:"):
                    parts = [x.strip() for x in txt.split("|")]
                    source = parts[0][len("source:"):].strip()
                    m = re.search(r"script:\s*(\w+)", txt)
                    script = m.group(1) if m else None
                    if script not in SCRIPTS:
                        errors.append(f"{fname}: source {source!r}: bad script {script!r}")
                continue
            if el.tag != "sequence":
                errors.append(f"{fname}: unexpected element <{el.tag}>")
                continue
            n += 1
            where = f"{fname} seq {n}"
            if source is None:
                errors.append(f"{where}: no source comment above it")
            labels = [c.tag for c in el]
            for c in el:
                if c.tag not in ALLOWED:
                    errors.append(f"{where}: label <{c.tag}> not allowed")
                if len(c):
                    errors.append(f"{where}: <{c.tag}> has child elements")
                if not (c.text or "").strip():
                    errors.append(f"{where}: empty <{c.tag}>")
                label_count[c.tag] += 1
            if not HEADS & set(labels):
                errors.append(f"{where}: no title/journal/container-title")
            text = seq_text(el)
            if text in seen:
                errors.append(f"{where}: duplicate of {seen[text]}: {text[:80]}")
            else:
                seen[text] = where
            if text in shared_texts:
                errors.append(f"{where}: also in gold-anystyle: {text[:80]}")
            body = text
            if labels and labels[0] == "citation-number":
                body = norm(" ".join((c.text or "") for c in list(el)[1:]))
            if len(body) > 25 and body in numbered:
                errors.append(f"{where}: also in gold-dev/numbered.txt: {body[:80]}")
            if script:
                script_count[script] += 1
                script_by_file[fname][script] += 1
                got = detect_script(text)
                if script == "cyrillic" and got != "cyrillic":
                    warnings.append(f"{where}: declared cyrillic but mostly Latin letters")
                if script in ("translit", "latin") and got == "cyrillic":
                    warnings.append(f"{where}: declared {script} but mostly Cyrillic letters")
            if source:
                source_count[source] += 1
                source_file[source].add(fname)
                source_script.setdefault(source, script)
        per_file[fname] = n

    # split rules
    for s, fs in source_file.items():
        if len(fs & set(FILES)) > 1:
            errors.append(f"source on both sides: {s}")
    for s, k in source_count.items():
        if k > 25:
            errors.append(f"source has {k} > 25 sequences: {s}")
    test_sources = [s for s, fs in source_file.items() if "gost-test.xml" in fs]
    if per_file.get("gost-test.xml", 0) < 110:
        errors.append(f"gost-test.xml has {per_file.get('gost-test.xml', 0)} < 110 sequences")
    if len(test_sources) < 7:
        errors.append(f"gost-test.xml has {len(test_sources)} < 7 sources")
    total = sum(per_file.get(f, 0) for f in FILES)
    if total < 330:
        errors.append(f"total {total} < 330 sequences")
    if len(source_count) < 20:
        errors.append(f"{len(source_count)} < 20 publications")
    for fname in FILES:
        sc = script_by_file.get(fname, Counter())
        if not (sc["cyrillic"] and sc["translit"]):
            errors.append(f"{fname}: does not mix cyrillic and translit lists ({dict(sc)})")

    out = []
    out.append("== sequences per file ==")
    for f in FILES + EXTRA:
        out.append(f"  {f}: {per_file.get(f, 0)}")
    out.append(f"  total: {total}")
    out.append("== sequences per script ==")
    for s in sorted(SCRIPTS):
        out.append(f"  {s}: {script_count[s]}  (train {script_by_file['gost-train.xml'][s]}, test {script_by_file['gost-test.xml'][s]})")
    out.append("== segments per label ==")
    for lab in sorted(ALLOWED):
        out.append(f"  {lab}: {label_count[lab]}")
    out.append("== sequences per source ==")
    for s, k in sorted(source_count.items()):
        out.append(f"  [{','.join(sorted(x.replace('gost-', '').replace('.xml', '') for x in source_file[s]))}] {k:3d}  {source_script.get(s)}  {s}")
    out.append(f"== warnings: {len(warnings)} ==")
    out.extend("  " + w for w in warnings)
    out.append(f"== errors: {len(errors)} ==")
    out.extend("  " + e for e in errors)
    out.append("RESULT: " + ("PASS" if not errors else "FAIL"))
    print("\n".join(out))
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
