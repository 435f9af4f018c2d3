#!/usr/bin/env python3
"""Third round's split, by WORK (pages of one book, chapters of one thesis, files of one
repository go together): within each helper's file, works in order of first appearance,
the 2nd, 5th, 8th ... go to dev, the rest to train. The thesis jairomelo/tesis_capitulado,
already used in the first round, goes to train whole.
Usage: split3.py OUT_DIR FILE.xml..."""
import re, sys
out = sys.argv[1]
def work(src):
    s = src.strip()
    m = re.match(r"github\.com/([^/@]+/[^/@]+)@", s)
    if m: return "gh:" + m.group(1)
    if "esknights" in s or "ESKTS" in s: return "esknights"
    if "slownik.ihpan" in s: return "slownik"
    m = re.match(r"https?://[^/]+/page/\w+/[^/]+/([^/]+?)(-v(ol)?-?[ivx0-9]+.*)?(/\d+)?$", s.split()[0])
    if "bitlit.ru" in s or "livreslib" in s:
        slug = s.split()[0].rstrip("/").split("/")
        slug = [p for p in slug if not p.isdigit()][-1]
        return "book:" + re.sub(r"-(vol|v)-.*$", "", slug).replace("-", "")
    m = re.search(r"diglit/([a-z]+)\d{4}", s)
    if m: return "diglit:" + m.group(1)
    m = re.search(r"hungaricana\.hu/\w+/view/([^/?]+)", s)
    if m: return "hu:" + m.group(1)
    m = re.search(r"/article/([^/ ]+)", s)
    if m: return "art:" + m.group(1)
    m = re.search(r"libria:(\d+)", s)
    if m: return "nav"  # Nuovo Archivio Veneto, three issues
    return s.split()[0]
train, dev = [], []
for f in sys.argv[2:]:
    t = open(f, encoding="utf-8").read()
    body = t.split("<dataset>", 1)[1].rsplit("</dataset>", 1)[0]
    docs = [p.strip() for p in re.split(r"(?=<!--\s*source:)", body) if p.strip().startswith("<!--")]
    order = []
    for d in docs:
        w = work(re.match(r"<!--\s*source:\s*([^|]*)", d).group(1))
        if w not in order: order.append(w)
    devw = {w for i, w in enumerate(order) if i % 3 == 1 and w != "gh:jairomelo/tesis_capitulado"}
    for d in docs:
        w = work(re.match(r"<!--\s*source:\s*([^|]*)", d).group(1))
        (dev if w in devw else train).append(d)
    print(f, len(order), "works:", ", ".join(("DEV " if w in devw else "") + w for w in order), file=sys.stderr)
for name, docs in (("hum-train3.xml", train), ("hum-dev3.xml", dev)):
    with open(f"{out}/{name}", "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="UTF-8"?>\n<dataset>\n')
        for d in docs: fh.write("  " + d + "\n")
        fh.write("</dataset>\n")
    print(name, len(docs), "documents", sum(d.count("<sequence>") for d in docs), "sequences")
