#!/usr/bin/env python3
"""Noisy copies of the synthetic GOST strings, as people type GOST lists by hand.

    python3 tests/train/augment.py SYNTH_DIR OUT_DIR [PATTERN] [SEED]

Reads every SYNTH_DIR/*.xml whose name matches PATTERN (a regular expression,
default 'gost-r-7': the strings rendered in the GOST CSL styles) — the
GROBID-like TEI of build-synthetic.sh, one <bibl> a line, labelled elements in
mixed content — and writes OUT_DIR/aug--NAME with one noisy copy of each <bibl>.
The labels stay on the same words; only the punctuation between and inside the
parts, the spelling of initials and places, and the shape of the statement of
responsibility change. Every choice is a hash of SEED and the <bibl>'s n and
position, so a run is deterministic.

Why: the CSL GOST styles print one tidy form (`Автор И. И. Заглавие. М.: Изд-во,
2006. 392 с.`); real lists, typed by hand, mix GOST 7.1-2003, 7.0.5-2008 and
7.0.100-2018 habits — area dashes (`. – `, `. — `, `. - `), `М. : ` / `Москва : `,
`И.И.` without spaces, `Иванов, И. И.` with a comma, the authors repeated after
` / `, `С.5-9`, `Т. 5, № 3`, the series at the end in parentheses, a title in
capitals, a final period or none. The parser trained on the
tidy form alone misses them (issue 15's GOST test split).
"""
import hashlib
import os
import random
import re
import sys
import xml.etree.ElementTree as ET

CITIES = {"М.": "Москва", "СПб.": "Санкт-Петербург", "Л.": "Ленинград", "К.": "Киев",
          "Мн.": "Минск", "Н. Новгород": "Нижний Новгород", "Екб.": "Екатеринбург"}
NAME_ROLES = ("author", "editor", "translator", "compiler")


def rng_for(seed, key):
    h = hashlib.sha256(f"{seed}\0{key}".encode()).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


def squeeze_initials(s):
    """`И. И.` -> `И.И.` (initials only: an upper-case letter and a period)."""
    return re.sub(r"(?<=\b\w\.) (?=\w\.)", "", s)


def comma_after_family(s):
    """`Иванов И. И.` -> `Иванов, И. И.` for the first name of a list."""
    return re.sub(r"^(\w[\w'’-]+) (?=\w\.)", r"\1, ", s, count=1)


def initials_first(name):
    """`Иванов И. И.` -> `И. И. Иванов` (one name; others unchanged)."""
    m = re.match(r"^(\w[\w'’-]+),? ((?:\w\.\s?(?:-\w\.)?)+)$", name.strip())
    return f"{m.group(2).strip()} {m.group(1)}" if m else None


def statement(author):
    """The authors of a heading as GOST 7.0.100 repeats them after ` / `, or None."""
    names = [n.strip() for n in re.split(r",\s(?=\w[\w'’-]+,?\s\w\.)", author)]
    if not names or any(" и др" in n or "et al" in n for n in names):
        return None
    out = [initials_first(n) for n in names]
    return ", ".join(out) if all(out) else None


class Style:
    """The habits of one typist, drawn once per string."""

    def __init__(self, r, gost):
        self.dash = r.choices(["", "–", "—", "-"], [0.35, 0.4, 0.15, 0.1])[0] if gost else ""
        self.tight_dash = r.random() < 0.1
        self.colon = r.choices([": ", " : ", ":", ", "], [0.45, 0.35, 0.1, 0.1])[0]
        self.squeeze = r.random() < 0.4
        self.comma = gost and r.random() < 0.3
        self.repeat = gost and r.random() < 0.3
        self.city = gost and r.random() < 0.3
        self.hyphen = r.random() < 0.3
        self.tight_abbr = r.random() < 0.15
        self.lower_pages = r.random() < 0.1
        self.slashes = r.choices([" // ", "// ", " //"], [0.85, 0.1, 0.05])[0]
        self.vol_comma = gost and r.random() < 0.4
        self.no_final = r.random() < 0.2
        # Titles copied from e-library pages in capitals (`ВЫБОР СТЕКА ТЕХНОЛОГИЙ …`).
        self.caps = r.random() < 0.05


def tail_text(t, st, nxt):
    """The unlabelled text after a part, rewritten."""
    if t is None:
        return t
    if t == ": " and nxt == "publisher":
        return st.colon
    if t.strip() == "//":
        return st.slashes
    if st.vol_comma and nxt == "volume" and t == ". " and st._prev == "volume":
        return ", "
    if st.dash and re.fullmatch(r"\.\s(\S+\s)?", t) and nxt not in (None, "title"):
        return (f".{st.dash} " if st.tight_dash else f". {st.dash} ") + t[2:]
    return t


def part_text(tag, s, st):
    if s is None:
        return s
    if tag in NAME_ROLES:
        if st.comma and tag == "author":
            s = comma_after_family(s)
        if st.squeeze:
            s = squeeze_initials(s)
    if tag == "title" and st.caps:
        s = s.upper()
    if tag == "location" and st.city:
        s = "; ".join(CITIES.get(p.strip(), p.strip()) for p in s.split(";"))
    if tag in ("pages", "volume", "date") and st.hyphen:
        s = s.replace("–", "-")
    if tag in ("pages", "volume") and st.tight_abbr:
        s = re.sub(r"^(С|Т|№|Вып|P|Vol|No)\.? ", lambda m: m.group(0).rstrip(), s)
    if tag == "pages" and st.lower_pages:
        s = re.sub(r"^С\.", "с.", s)
    return s


def series_to_end(bibl):
    """GOST 7.1's series area: `… 2004. – 394 с. – (Книга света).` at the end, not
    after the title where the CSL GOST styles print it."""
    kids = list(bibl)
    series = next((k for k in kids if k.tag == "collection-title"), None)
    if series is None or kids.index(series) == 0 or series is kids[-1]:
        return
    i = kids.index(series)
    before, after = kids[i - 1], kids[i + 1]
    name = (series.text or "").rstrip(" /.")
    if not name:
        return
    before.tail = " / " if after.tag in NAME_ROLES else ". "
    bibl.remove(series)
    last = list(bibl)[-1]
    end = (last.tail or "").rstrip()
    if not end.endswith(".") and not (not end and (last.text or "").endswith(".")):
        end += "."
    last.tail = end + " – ("
    series.text = name
    series.tail = ")."
    bibl.append(series)


def augment(bibl, r, gost):
    st = Style(r, gost)
    st._prev = None
    if gost and r.random() < 0.6:
        series_to_end(bibl)
    kids = list(bibl)
    heading = next((k for k in kids if k.tag == "author"), None)
    title = next((k for k in kids if k.tag == "title"), None)
    for i, k in enumerate(kids):
        nxt = kids[i + 1].tag if i + 1 < len(kids) else None
        st._prev = k.tag
        k.text = part_text(k.tag, k.text, st)
        k.tail = tail_text(k.tail, st, nxt)
    # GOST 7.0.100: the heading's authors repeated after the title, ` / И. И. Иванов`.
    if st.repeat and heading is not None and title is not None and heading.text:
        stmt = statement(re.sub(r",(?= \w\.)", "", heading.text) if st.comma else heading.text)
        nxt = kids[kids.index(title) + 1] if kids.index(title) + 1 < len(kids) else None
        if stmt and nxt is not None and nxt.tag != "author" and (title.tail or "").startswith("."):
            rest = title.tail
            title.tail = " / "
            resp = ET.Element("author")
            resp.text = squeeze_initials(stmt) if st.squeeze else stmt
            resp.tail = rest
            bibl.insert(list(bibl).index(title) + 1, resp)
    if st.no_final:
        last = list(bibl)[-1] if len(bibl) else None
        if last is not None and last.tail and last.tail.strip() == ".":
            last.tail = last.tail.rstrip(".")
        elif last is not None and last.text and last.text.endswith(".") and not last.tail:
            last.text = last.text[:-1]


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    src, out = sys.argv[1], sys.argv[2]
    pattern = re.compile(sys.argv[3] if len(sys.argv) > 3 else "gost-r-7")
    seed = sys.argv[4] if len(sys.argv) > 4 else "20261204"
    os.makedirs(out, exist_ok=True)
    total = 0
    for name in sorted(os.listdir(src)):
        if not name.endswith(".xml") or not pattern.search(name) or name.startswith("aug--"):
            continue
        tree = ET.parse(os.path.join(src, name))
        root = tree.getroot()
        gost = "gost-r-7" in name
        for i, bibl in enumerate(root.iter("bibl")):
            augment(bibl, rng_for(seed, f"{name}\0{bibl.get('n')}\0{i}"), gost)
            total += 1
        tree.write(os.path.join(out, "aug--" + name), encoding="UTF-8", xml_declaration=True)
    print(f"augment: {total} strings -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
