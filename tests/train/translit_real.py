#!/usr/bin/env python3
"""Transliterated copies of the real Cyrillic GOST training strings.

    python3 tests/train/translit_real.py TRANSLIT_TABLES OUT_DIR GOST_FILE... [--seed N]

Reads the AnyStyle XML files of real labelled GOST strings (tests/train/gost/
gost-train*.xml) and writes OUT_DIR/tr--NAME with one Latin-script copy of every
sequence that is mostly Cyrillic: each labelled segment is transliterated letter by
letter, so the labels stay on the same words and the punctuation, the `//`, ` / `,
`. – ` areas and the order of the parts stay as printed. The scheme of each copy is
chosen by a hash of the seed and the sequence's text among five tables of
TRANSLIT_TABLES (the iuliia JSON tables of /work/shared/schemas/translit): BGN/PCGN
and ALA-LC without diacritics, BS 2979 without diacritics, GOST 16876-71 (gost_7034,
`j`, `x`, `yo`) and Wikipedia's; the soft and hard signs are dropped in a fifth of
the copies; a place is written in English (`Moscow`, `St. Petersburg`) in half of
them and a publisher gets ` Publ.` in a third. Deterministic: every choice is a hash.

Why: Russian authors cite Russian works in Latin letters in two ways. The
"References" list of a journal (`Moscow, Nauka Publ., 1985. 320 p.`) is what the
synthetic strings of build-synthetic.sh render through English CSL styles; the other
way keeps the GOST form and only changes the letters (`Zemskaya E. A. Sovremennyj
russkij yazyk. Slovoobrazovanie. M., 1973. S. 114.`, seen in real lists), and no
training string had that form: the parser read the title into the author and the
`M.` into the publisher (issue 15).
"""
import hashlib
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

SCHEMES = ["bgn_pcgn_alt", "ala_lc_alt", "bs_2979_alt", "gost_7034", "wikipedia"]
UKRAINIAN = {"і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u"}
PLACES = {
    "м": "Moscow", "москва": "Moscow", "спб": "St. Petersburg", "санкт-петербург": "St. Petersburg",
    "л": "Leningrad", "ленинград": "Leningrad", "к": "Kiev", "киев": "Kiev", "київ": "Kyiv",
    "мн": "Minsk", "минск": "Minsk", "екатеринбург": "Yekaterinburg", "новосибирск": "Novosibirsk",
    "казань": "Kazan", "ростов-на-дону": "Rostov-on-Don", "ростов н/д": "Rostov-on-Don",
    "н. новгород": "Nizhny Novgorod", "нижний новгород": "Nizhny Novgorod",
}
CYR = re.compile(r"[\u0400-\u04FF]")
LETTER = re.compile(r"[^\W\d_]+")


def h(seed, key, n):
    d = hashlib.sha256(f"{seed}\0{key}".encode()).digest()
    return int.from_bytes(d[:8], "big") % n


def load(tables, name):
    s = json.load(open(os.path.join(tables, name + ".json"), encoding="utf-8"))
    m = dict(UKRAINIAN)
    m.update(s["mapping"])
    return {
        "mapping": m,
        "prev": s.get("prev_mapping") or {},
        "next": s.get("next_mapping") or {},
        "ending": s.get("ending_mapping") or {},
    }


def word(w, sc, signs):
    chars = list(w)
    stem, ending = chars, ""
    low = w.lower()
    if len(chars) > 2:
        for k, v in sc["ending"].items():
            if low.endswith(k) and len(chars) > len(k):
                stem = chars[: len(chars) - len(k)]
                ending = v.upper() if chars[len(chars) - len(k)].isupper() else v
                break
    out = []
    for i, c in enumerate(stem):
        lc = c.lower()
        prev = stem[i - 1].lower() if i else ""
        nxt = stem[i + 1].lower() if i + 1 < len(stem) else ""
        if not signs and lc in "ьъ":
            continue
        if prev + lc in sc["prev"]:
            t = sc["prev"][prev + lc]
        elif lc + nxt in sc["next"]:
            t = sc["next"][lc + nxt]
        else:
            t = sc["mapping"].get(lc, c)
        if c.isupper() and t:
            t = t[0].upper() + t[1:]
        out.append(t)
    t = "".join(out) + ending
    if len(chars) > 1 and all(not x.isalpha() or x.isupper() for x in chars):
        t = t.upper()
    return t.replace("ё", "e").replace("Ё", "E")


def translit(s, sc, signs):
    return LETTER.sub(lambda m: word(m.group(0), sc, signs) if CYR.search(m.group(0)) else m.group(0), s)


def place(s, sc, signs, english):
    m = re.match(r"^(\s*)([^:,;]*?)(\s*)([:,;].*)?$", s, re.S)
    if english and m and m.group(2).lower().rstrip(".") in PLACES:
        rest = translit(m.group(4) or "", sc, signs)
        return m.group(1) + PLACES[m.group(2).lower().rstrip(".")] + m.group(3) + rest
    return translit(s, sc, signs)


def publisher(s, sc, signs, publ):
    t = translit(s.replace("«", "").replace("»", "").replace('"', ""), sc, signs)
    if publ:
        m = re.match(r"^(.*?)([\s.,:;–—-]*)$", t)
        if m.group(1) and not m.group(1).endswith("Publ"):
            t = m.group(1) + " Publ." + m.group(2).lstrip(".")
    return t


def main(argv):
    seed = 20261205
    if "--seed" in argv:
        i = argv.index("--seed")
        seed = int(argv[i + 1])
        del argv[i : i + 2]
    tables, out_dir, files = argv[0], argv[1], argv[2:]
    schemes = [load(tables, n) for n in SCHEMES]
    os.makedirs(out_dir, exist_ok=True)
    total = 0
    for f in files:
        root = ET.parse(f).getroot()
        out = ET.Element("dataset")
        for seq in root.iter("sequence"):
            text = " ".join((c.text or "") for c in seq)
            letters = LETTER.findall(text)
            cyr = sum(len(w) for w in letters if CYR.search(w))
            if cyr * 2 <= sum(len(w) for w in letters):
                continue
            sc = schemes[h(seed, text, len(schemes))]
            signs = h(seed, "signs" + text, 5) != 0
            english = h(seed, "place" + text, 2) == 0
            publ = h(seed, "publ" + text, 3) == 0
            copy = ET.SubElement(out, "sequence")
            for c in seq:
                e = ET.SubElement(copy, c.tag)
                v = c.text or ""
                if c.tag == "location":
                    e.text = place(v, sc, signs, english)
                elif c.tag == "publisher":
                    e.text = publisher(v, sc, signs, publ)
                else:
                    e.text = translit(v, sc, signs)
            total += 1
        ET.indent(out)
        name = os.path.join(out_dir, "tr--" + os.path.basename(f))
        ET.ElementTree(out).write(name, encoding="utf-8", xml_declaration=True)
    print(f"translit_real.py: {total} transliterated copies in {out_dir}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
