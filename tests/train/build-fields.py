#!/usr/bin/env python3
"""Builds the reference parser's word-field table (src/formats/text/refs/fields.txt):
for each word of real bibliographic records, the fields it is printed in.

    python3 tests/train/build-fields.py CORPUS REFCONV OUT

Reads every record of the real libraries in CORPUS (a user's Zotero library of 7,166
entries, bibtex-large; the .bib/.csl.json files users attached to Better BibTeX bug
reports and its export fixtures, bibtex-zotero-bbt; Zotero's CSL-JSON exports,
csl-json-zotero; all MIT), converted to CSL-JSON by REFCONV, and counts each word
(lower case, as the tokeniser cuts them: letters, no digits) per field class:

    T title    C container-title   S collection-title (series)
    P publisher    L publisher-place / event-place    N a person's name

A word seen at least MIN_COUNT times gets the classes that hold at least SHARE of its
occurrences, the commonest first (`proceedings C`, `press P`, `history TC`). A record with
any Cyrillic letter is left out: the Russian items of the shared corpus are rendered
into the synthetic training strings, and a word table drawn from the same records would
be right there more often than on real text. None of these libraries is a test set or
a training set of the parser.

Deterministic: files in sorted order, ties broken by the class order above.
"""
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict

MIN_COUNT = 3
SHARE = 0.25
CLASSES = "TCSPLN"
FIELDS = {
    "title": "T",
    "container-title": "C",
    "collection-title": "S",
    "publisher": "P",
    "publisher-place": "L",
    "event-place": "L",
}
NAME_FIELDS = ("author", "editor", "translator", "container-author", "collection-editor")
# A word as refconv's tokeniser cuts one: letters, with an apostrophe between letters.
WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
CYRILLIC = re.compile("[\u0400-\u04FF]")
SOURCES = [
    ("bibtex-large", (".bib",)),
    ("bibtex-zotero-bbt", (".bib", ".bibtex", ".biblatex", ".csl.json")),
    ("csl-json-zotero", (".json",)),
]


def records(corpus, refconv):
    for folder, exts in SOURCES:
        root = os.path.join(corpus, folder)
        if not os.path.isdir(root):
            sys.exit(f"build-fields.py: no {root}")
        paths = []
        for d, _, files in os.walk(root):
            paths += [os.path.join(d, f) for f in files if f.endswith(exts)]
        for p in sorted(paths):
            if p.endswith(".json"):
                try:
                    with open(p, encoding="utf-8") as f:
                        data = json.load(f)
                except (ValueError, UnicodeDecodeError):
                    continue
            else:
                out = subprocess.run(
                    [refconv, "convert", p, "-t", "csl-json", "-q"],
                    capture_output=True,
                )
                if out.returncode != 0:
                    continue
                try:
                    data = json.loads(out.stdout.decode("utf-8"))
                except (ValueError, UnicodeDecodeError):
                    continue
            if isinstance(data, dict):
                data = data.get("items", [data])
            for item in data if isinstance(data, list) else []:
                if isinstance(item, dict):
                    yield item


def words(text):
    return [w.lower() for w in WORD.findall(text)]


def main():
    corpus, refconv, out = sys.argv[1:4]
    counts = defaultdict(Counter)
    n = 0
    for item in records(corpus, refconv):
        if CYRILLIC.search(json.dumps(item, ensure_ascii=False)):
            continue
        n += 1
        for field, cls in FIELDS.items():
            value = item.get(field)
            if isinstance(value, str):
                for w in words(value):
                    counts[w][cls] += 1
        for field in NAME_FIELDS:
            for name in item.get(field) or []:
                if not isinstance(name, dict):
                    continue
                for part in ("family", "given", "literal"):
                    value = name.get(part)
                    if isinstance(value, str):
                        for w in words(value):
                            counts[w]["N"] += 1
    rows = []
    for w in sorted(counts):
        c = counts[w]
        total = sum(c.values())
        if total < MIN_COUNT:
            continue
        keep = [k for k in CLASSES if c[k] >= SHARE * total]
        keep.sort(key=lambda k: (-c[k], CLASSES.index(k)))
        if keep:
            rows.append(f"{w} {''.join(keep)}")
    with open(out, "w", encoding="utf-8") as f:
        f.write(
            "# word -> the fields it is printed in (tests/train/build-fields.py; "
            f"{n} records of MIT-licensed libraries)\n"
        )
        f.write("\n".join(rows) + "\n")
    print(f"build-fields.py: {n} records, {len(rows)} words -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
