#!/usr/bin/env python3
"""Checks a labelled humanities reference file (AnyStyle parser XML).

Usage: python3 check.py FILE.xml [FILE.xml ...]
  * well-formed, root <dataset>, children <sequence>, only allowed labels, no empty segment;
  * each sequence has title/journal/container-title; a <!-- source: URL-or-repo@commit:path |
    what | lang: xx --> comment above it; <= 25 sequences per source;
  * no duplicate text within/across the given files, none that also occurs (after
    normalising case, spaces, punctuation) in ../shared/corpus/gold-anystyle/parser/*.xml
    (the test sets gold/core/ugly among them), gold-cora, or GROBID's evaluation files.
Exit 0 if all pass.
"""
import glob, re, sys, unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
ALLOWED = {"citation-number","author","editor","translator","title","container-title","journal",
  "collection-title","edition","location","publisher","date","volume","pages","genre","url",
  "doi","isbn","note","medium","director","producer"}
HEADS = {"title","journal","container-title"}
SH = "/work/shared/corpus"
def norm(s): return re.sub(r"\s+"," ",s.replace("\u00ad","")).strip()
def key(s):
    s = unicodedata.normalize("NFKC", s).lower()
    return re.sub(r"[\W_]+","",s)
def shared():
    ks=set()
    for p in glob.glob(SH+"/gold-anystyle/parser/*.xml")+glob.glob(SH+"/gold-cora/*.xml"):
        try: r=ET.parse(p).getroot()
        except ET.ParseError: continue
        for q in r.iter("sequence"): ks.add(key(" ".join(q.itertext())))
    for p in glob.glob(SH+"/gold-grobid/**/*evaluation*.xml", recursive=True):
        t=open(p,encoding="utf-8").read()
        for b in re.findall(r"<bibl>(.*?)</bibl>", t, re.S):
            ks.add(key(re.sub(r"<[^>]+>","",b)))
    return ks
def main():
    errs=[]; sk=shared(); seen={}; lab=Counter(); src=Counter(); lang=Counter(); n=0
    for f in sys.argv[1:]:
        try: root=ET.fromstring(open(f,"rb").read(), parser=ET.XMLParser(target=ET.TreeBuilder(insert_comments=True)))
        except ET.ParseError as e: errs.append(f"{f}: not well-formed: {e}"); continue
        if root.tag!="dataset": errs.append(f"{f}: root <{root.tag}>")
        s=None; lg=None; i=0
        for el in root:
            if el.tag is ET.Comment:
                t=(el.text or "").strip()
                if t.startswith("source:"):
                    s=t.split("|")[0][7:].strip(); m=re.search(r"lang:\s*([\w,-]+)",t); lg=m.group(1) if m else None
                    if not lg: errs.append(f"{f}: source {s!r} has no lang:")
                continue
            if el.tag!="sequence": errs.append(f"{f}: <{el.tag}>"); continue
            i+=1; n+=1; w=f"{f} seq {i}"
            if s is None: errs.append(f"{w}: no source comment")
            tags=[c.tag for c in el]
            for c in el:
                if c.tag not in ALLOWED: errs.append(f"{w}: label <{c.tag}>")
                if len(c): errs.append(f"{w}: nested element in <{c.tag}>")
                if not (c.text or "").strip(): errs.append(f"{w}: empty <{c.tag}>")
                lab[c.tag]+=1
            if not HEADS&set(tags): errs.append(f"{w}: no title/journal/container-title")
            t=norm(" ".join(el.itertext())); k=key(t)
            if k in seen: errs.append(f"{w}: duplicate of {seen[k]}: {t[:70]}")
            else: seen[k]=w
            if k in sk: errs.append(f"{w}: also in the shared gold/test data: {t[:70]}")
            if s: src[s]+=1
            if lg: lang[lg]+=1
    for s,k in src.items():
        if k>25: errs.append(f"source has {k} > 25 sequences: {s}")
    for e in errs: print("ERROR", e)
    print(f"{n} sequences, {len(src)} sources; langs {dict(lang)}")
    print("labels", dict(lab.most_common()))
    sys.exit(1 if errs else 0)
main()
