#!/usr/bin/env python3
"""Variants of labelled reference strings as real lists print them, for training.

    python3 tests/train/augment.py IN.xml OUT.xml

Reads AnyStyle parser XML and writes, for every sequence, one variant with the
typographic liberties of real Russian lists copied from PDFs and databases (each
variant's choice is a hash of the sequence's text, so the output is deterministic):
  - the title in capitals (eLIBRARY and many journals print article titles so), or
    the first author's surname in capitals (library catalogue records: "БЕЛИК, В. В.");
  - the space after an abbreviation dropped before a number or a colon ("С.34",
    "№9", "Т.5", "М.:", "Vol.5", "pp.12") and GOST's dash written "-" or "—".
Segments keep their labels; only their text changes, so every variant stays
correctly labelled.
"""
import hashlib
import re
import sys
import xml.etree.ElementTree as ET

def h(s, salt):
    return int(hashlib.sha1((salt + s).encode('utf-8')).hexdigest(), 16)


def compact(text):
    text = re.sub(r'(№|\b[СсТтЧч]\.|\bVol\.|\bvol\.|\bNo\.|\bno\.|\bpp\.|\bВып\.|\bКн\.) (?=\d)', r'\1', text)
    text = re.sub(r'\b(М|Л|СПб|Киев|Минск|Москва)\.? :', lambda m: m.group(0).replace(' :', ':'), text)
    return text

def main(src, dst):
    root = ET.parse(src).getroot()
    out = ET.Element('dataset')
    for seq in root.iter('sequence'):
        segs = [(c.tag, (c.text or '')) for c in seq]
        key = ' '.join(t for _, t in segs)
        v = h(key, 'variant') % 2
        new = []
        if v == 0:
            caps_title = h(key, 'caps') % 3 != 0
            done_author = False
            for tag, t in segs:
                if tag == 'title' and caps_title:
                    t = t.upper()
                elif tag == 'author' and not caps_title and not done_author:
                    # the surname: the first word of three or more letters
                    t = re.sub(r'\w{3,}', lambda m: m.group(0).upper(), t, count=1)
                    done_author = True
                new.append((tag, t))
        else:
            dash = '-' if h(key, 'dash') % 2 else '—'
            for tag, t in segs:
                t = compact(t)
                t = t.replace(' – ', ' ' + dash + ' ').replace(' –', ' ' + dash)
                if t.endswith('–'):
                    t = t[:-1] + dash
                new.append((tag, t))
        if [t for _, t in new] == [t for _, t in segs]:
            continue
        s = ET.SubElement(out, 'sequence')
        for tag, t in new:
            ET.SubElement(s, tag).text = t
    ET.indent(out)
    ET.ElementTree(out).write(dst, encoding='utf-8', xml_declaration=True)

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
