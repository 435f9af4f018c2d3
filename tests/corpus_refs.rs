//! Field-level accuracy of the free-text reference parser [`refconv::formats::text::refs::parse`]
//! on the public labelled corpora in `../shared/corpus/`:
//!
//! * AnyStyle's parser sets `gold-anystyle/parser/{gold,core,good,ugly,bad}.xml`
//!   (good/ugly/bad also hold Cyrillic references; an extra OVERALL line gives the
//!   score on the Latin-script sequences only),
//! * CORA `gold-cora/cora.xml` (same AnyStyle XML; `booktitle` is the container),
//! * GROBID's citation evaluation sets `gold-grobid/citation-evaluation/*.tei.xml`
//!   (TEI `<bibl>` with field markup).
//!
//! The reference string of an AnyStyle `<sequence>` is the texts of its segments
//! joined by single spaces, in document order, except `citation-number` ("12.",
//! "[12]"): `refs::parse` takes a reference as `refs::segment` hands it over, with
//! its number marker already removed. That of a TEI `<bibl>` is all its
//! text (markup removed, whitespace collapsed). Each string is parsed alone and
//! the entry compared with the labelled segments. Per field we count (tp, fp, fn):
//! ours present, gold present and equal → tp; ours present and not equal, or gold
//! absent → fp; gold present and ours absent or not equal → fn. P/R/F1 per field,
//! and micro-averaged over the fields (OVERALL).
//!
//! Gold segment → field, and normalisation before comparison:
//!
//! * `title` (first `title` segment; TEI `title[@level=a]`, or `title[@level=m]` when
//!   there is no `a` title), `container-title` (first `journal`, `container-title` or
//!   `booktitle` segment, a leading "In " / "In: " / `В кн.:` / `В сб.:` removed; TEI `title[@level=j]`,
//!   or `title[@level=m]` next to an `a` title; a title also matches with its
//!   bracketed translation, which refconv keeps apart and a labeller may leave in
//!   the segment), `publisher`, `publisher-place`
//!   (`location`; TEI `pubPlace`; the first segment, or all of them together when
//!   there are several: `Москва : АСТ ; СПб. : Астрель`): lowercased, every character that is not a letter
//!   or digit replaced by a space, spaces collapsed — so punctuation and quotes
//!   around or inside do not matter. Compared for equality.
//! * `issued`: the first 4-digit year 1500–2099 in the `date` segments vs our
//!   `issued` start year.
//! * `volume`: the first run of digits on both sides (gold volume segments often
//!   carry the issue as well: "1(1)", "vol.36, no. 9"); when gold has no digit at
//!   all (roman numerals), the normalised text less a leading volume word (`t. I`
//!   is volume `I`). AnyStyle has no issue label, so
//!   our issue stands for the volume when the gold volume is an issue alone
//!   ("№ 4", "no. 3") or when we read no volume ("Das Argument Nr. 80").
//! * `page`: both reduced to digits and '-' (any dash → '-', runs of '-' → one),
//!   abbreviated ranges completed on both sides ("40-9" → "40-49").
//! * `author` / `editor`: our family names (or `literal`s), normalised as text, vs
//!   the gold segments of that label (all of them, joined; editor segments without
//!   a leading "In", "ed.", "eds.", "edited by", "editor(s)"). A match when every one
//!   of our names occurs as a whole word (sequence) in the gold text, AND either the
//!   gold text begins with our first name or our first name occurs before all our
//!   other names. This is lenient: a list cut short (fewer names than gold) still
//!   counts as a match.
//!
//! Empty values after normalisation count as absent. Other labels (citation-number,
//! note, url, doi, genre, ...) are not scored.
//!
//! Each set's parse is timed (parse calls only, after a warm-up on its first 100
//! references) and printed as references/second. The most frequent kinds of misses
//! are printed per set, and the first 20 misses of the biggest set. Set
//! `CORPUS_REFS_MISSES=/some/file.tsv` to write every miss.
//!
//! The overall F1 on `gold.xml` and on the GOST test split must stay at or above
//! [`RATCHET_F1_GOLD`] and [`RATCHET_F1_GOST`].
//!
//! `cargo test --release --test corpus_refs -- --ignored --nocapture`

use refconv::xmltree::{self, Element};
use refconv::{Entry, Value, Var};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Overall F1 on `gold-anystyle/parser/gold.xml` must not fall below this (raise it
/// as the parser improves; measured 0.959 with the model of issue 15, 0.957 with
/// that of 2026-12-06's seventeenth session, 0.963 once glued words of the gold are
/// parted as they mean, eighteenth session).
const RATCHET_F1_GOLD: f64 = 0.96;
/// Overall F1 on the real GOST test split (`tests/train/gost/gost-test.xml`);
/// measured 0.858, then 0.860 with the model of 2026-12-05 (gost-train4, noisy copies),
/// 0.890 in the sixteenth session, 0.8893 in the seventeenth's first commit (the
/// ratchet lowered to 0.885 for it), 0.897 with the model of its second (back to 0.89).
const RATCHET_F1_GOST: f64 = 0.89;

const FIELDS: [&str; 9] = [
    "author",
    "editor",
    "title",
    "container-title",
    "publisher",
    "publisher-place",
    "issued",
    "volume",
    "page",
];

/// One labelled reference: its string and its (label, text) segments in order.
struct Seq {
    text: String,
    segs: Vec<(String, String)>,
}

fn corpus() -> PathBuf {
    match std::env::var_os("REFCONV_CORPUS") {
        Some(p) => PathBuf::from(p),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"),
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An XML file as refconv's own small tree (entities resolved).
fn load_xml(path: &Path) -> Element {
    let src = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let index = refconv::LineIndex::new(&src);
    match xmltree::parse(&src, &index) {
        Ok((root, _)) => root,
        Err(d) => panic!("{}:{}:{}: {}", path.display(), d.line, d.column, d.message),
    }
}

/// An element's text, white space collapsed.
fn text_of(e: &Element) -> String {
    collapse(&xmltree::clean(&e.text()))
}

/// The outermost elements named `name`, in document order.
fn outermost<'a>(e: &'a Element, name: &str, out: &mut Vec<&'a Element>) {
    for c in e.elements() {
        if c.name == name {
            out.push(c);
        } else {
            outermost(c, name, out);
        }
    }
}

/// AnyStyle XML: `<dataset><sequence><label>text</label>...</sequence>...`.
fn read_anystyle(path: &Path) -> Vec<Seq> {
    let root = load_xml(path);
    let mut seqs = Vec::new();
    outermost(&root, "sequence", &mut seqs);
    seqs.into_iter()
        .map(|seq| {
            let segs: Vec<(String, String)> = seq
                .elements()
                .map(|c| (c.name.clone(), text_of(c)))
                .filter(|(_, t)| !t.is_empty())
                .collect();
            let segs = unglue(segs);
            // Without the citation number: `refs::parse` takes one reference
            // as `refs::segment` hands it over, its "12." / "[12]" marker removed.
            let text = segs
                .iter()
                .filter(|(l, _)| l != "citation-number")
                .map(|(_, t)| t.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            Seq { text, segs }
        })
        .collect()
}

/// AnyStyle's segments are whole words, so a word that glues fields is given to
/// one of them: `2000;355(9222):` is a volume in AnyStyle's data, `2017
/// Jul;30(3):827-860.` a date and `256(1):499–507,` a volume in the GOST sets.
/// Their meaning is plain: the year is the date, the number after `;` the volume
/// (and issue), the range after the last `:` the pages. Parted so, where the
/// sequence has no segment of that label of its own.
fn unglue(segs: Vec<(String, String)>) -> Vec<(String, String)> {
    let has = |l: &str| segs.iter().any(|(x, _)| x == l);
    let (has_date, has_volume, has_pages) = (has("date"), has("volume"), has("pages"));
    let mut out = Vec::new();
    for (label, text) in segs {
        let mut label = label;
        let mut rest = text.as_str();
        if label == "date" || label == "volume" {
            if let Some(sep) = year_glued_at(rest, label == "date") {
                let volume_after = if label == "date" { !has_volume } else { !has_date };
                if volume_after {
                    out.push(("date".to_string(), rest[..=sep].to_string()));
                    rest = rest[sep + 1..].trim_start();
                    label = "volume".to_string();
                }
            }
        }
        if label == "volume" && !has_pages {
            if let Some(i) = rest.rfind(':') {
                let range = rest[i + 1..].trim_end_matches(['.', ',', ';']);
                let ranged = range.split(['-', '–']).count() == 2
                    && range
                        .split(['-', '–'])
                        .all(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
                if ranged {
                    out.push((label.clone(), rest[..=i].to_string()));
                    label = "pages".to_string();
                    rest = &rest[i + 1..];
                }
            }
        }
        out.push((label, rest.to_string()));
    }
    out
}

/// Where the separator after a year glued to what follows it is (`2000;355`,
/// `2017 Jul;30`, `2019;(7)`, and `2011:3` when `colon`).
fn year_glued_at(s: &str, colon: bool) -> Option<usize> {
    let b = s.as_bytes();
    if b.len() <= 5 || !b[..4].iter().all(u8::is_ascii_digit) || b[4].is_ascii_digit() {
        return None;
    }
    let sep = s.find(|c| c == ';' || colon && c == ':')?;
    let between = s[4..sep].trim();
    let month = between.is_empty()
        || between.starts_with(char::is_alphabetic)
            && between.chars().all(|c| c.is_alphanumeric() || matches!(c, ' ' | '.' | '-'));
    let after = s[sep + 1..].trim_start_matches(|c| b[sep] == b';' && c == ' ');
    (month && after.starts_with(|c: char| c.is_ascii_digit() || c == '(')).then_some(sep)
}

/// TEI: every outermost `<bibl>`; its direct children are the segments (TEI
/// names mapped to AnyStyle labels), its whole text the reference string.
fn read_tei(path: &Path) -> Vec<Seq> {
    let root = load_xml(path);
    let mut bibls = Vec::new();
    outermost(&root, "bibl", &mut bibls);
    bibls
        .into_iter()
        .map(|bibl| {
            let mut segs: Vec<(String, String)> = bibl
                .elements()
                .map(|c| {
                    let label = match c.name.as_str() {
                        "title" => match c.attr("level").or_else(|| c.attr("type")) {
                            Some("a") => "title",
                            Some("j") => "journal",
                            Some("m") => "title-m",
                            Some("s") => "collection-title",
                            _ => "title",
                        },
                        // GROBID's evaluation files say `unit="volume"`, its
                        // training files `type="vol"`.
                        "biblScope" => match c.attr("unit").or_else(|| c.attr("type")) {
                            Some("volume" | "vol") => "volume",
                            Some("page" | "pp") => "pages",
                            Some("issue") => "issue",
                            _ => "scope",
                        },
                        "pubPlace" => "location",
                        other => other,
                    };
                    (label.to_string(), text_of(c))
                })
                .filter(|(_, t)| !t.is_empty())
                .collect();
            let has_a = segs.iter().any(|(l, _)| l == "title");
            for (l, _) in segs.iter_mut() {
                if l == "title-m" {
                    *l = if has_a { "container-title" } else { "title" }.to_string();
                }
            }
            Seq { text: text_of(bibl), segs }
        })
        .collect()
}

/// Lowercase; every non-alphanumeric character a space; spaces collapsed;
/// Cyrillic letters that look Latin read as Latin on both sides, so that a
/// stray letter of the other script in the gold (`Мoscow`, `Cлoвo`, which the
/// reader mends) is no difference.
fn norm(s: &str) -> String {
    let mapped: String = s
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .map(|c| refconv::formats::text::refs::latin_twin(c).unwrap_or(c))
        .collect::<String>()
        .to_lowercase();
    collapse(&mapped)
}

fn nonempty(s: String) -> Option<String> {
    if s.is_empty() {
        None
    } else {
        Some(s)
    }
}

fn strip_in(s: &str) -> &str {
    let t = s.trim_start();
    const LEAD_INS: [&str; 20] = [
        "In: ",
        "Dans ",
        "dans ",
        "Nel ",
        "nel ",
        "In:",
        "in: ",
        "In ",
        "in ",
        "В кн.:",
        "В кн.",
        "В сб.:",
        "В сб.",
        "В его кн.:",
        "В ее кн.:",
        "В её кн.:",
        "В:",
        "V kn.:",
        "V sb.:",
        "У зб.:",
    ];
    for p in LEAD_INS {
        if let Some(r) = t.strip_prefix(p) {
            return r;
        }
    }
    t
}

/// "ed. Michael Renov," / "In C. B. Jones, editors," / "edited by X" → the names.
fn strip_editor_words(s: &str) -> String {
    let n = norm(s);
    let words: Vec<&str> = n.split(' ').collect();
    let skip = words
        .iter()
        .take_while(|w| matches!(**w, "in" | "ed" | "eds" | "edited" | "by" | "editor" | "editors"))
        .count();
    words[skip..].join(" ")
}

/// A volume with no digit: its normalised text less a leading volume word (`t. I`
/// and `I` are one volume, `Tom. IX` and `IX` another).
fn numeral(s: &str) -> Option<String> {
    const WORDS: [&str; 14] = [
        "t", "tom", "tome", "tomo", "tomus", "vol", "vols", "volume", "v", "bd", "band", "deel",
        "т", "том",
    ];
    let n = norm(s);
    let rest = n.split_once(' ').filter(|(w, _)| WORDS.contains(w)).map_or(n.as_str(), |(_, r)| r);
    nonempty(rest.to_string())
}

fn first_digits(s: &str) -> Option<String> {
    let d: String =
        s.chars().skip_while(|c| !c.is_ascii_digit()).take_while(|c| c.is_ascii_digit()).collect();
    nonempty(d)
}

fn year_in(s: &str) -> Option<String> {
    let b = s.as_bytes();
    (0..b.len().saturating_sub(3)).find_map(|i| {
        let w = &b[i..i + 4];
        let digits = w.iter().all(u8::is_ascii_digit);
        let before = i == 0 || !b[i - 1].is_ascii_digit();
        let after = i + 4 == b.len() || !b[i + 4].is_ascii_digit();
        let century = matches!(&w[..2], b"15" | b"16" | b"17" | b"18" | b"19" | b"20");
        (digits && before && after && century).then(|| s[i..i + 4].to_string())
    })
}

/// Digits and '-' only; "40-9" → "40-49".
fn pages(s: &str) -> Option<String> {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_digit() {
            out.push(c);
        } else if matches!(c, '-' | '‐' | '‑' | '‒' | '–' | '—' | '―' | '−') && !out.ends_with('-')
        {
            out.push('-');
        }
    }
    let out = out.trim_matches('-').to_string();
    let out = match out.split_once('-') {
        Some((a, b)) if !b.contains('-') && !b.is_empty() && b.len() < a.len() => {
            format!("{a}-{}{b}", &a[..a.len() - b.len()])
        }
        _ => out,
    };
    nonempty(out)
}

fn names(e: &Entry, v: Var) -> Option<Vec<String>> {
    match e.get(v) {
        Some(Value::Names(n)) => {
            let v: Vec<String> = n
                .iter()
                // "et al." is the literal `others`; the gold segments keep it as text.
                .filter(|n| n.literal.as_deref() != Some("others"))
                .filter_map(|n| n.family.as_deref().or(n.literal.as_deref()).map(norm))
                .filter(|s| !s.is_empty())
                .collect();
            (!v.is_empty()).then_some(v)
        }
        _ => None,
    }
}

/// Every name occurs as a whole word (sequence) in `gold`; the first one begins the
/// gold text or comes before all the others.
fn names_match(ours: &[String], gold: &str) -> bool {
    let g = format!(" {gold} ");
    let pos: Vec<Option<usize>> = ours.iter().map(|n| g.find(&format!(" {n} "))).collect();
    if pos.iter().any(Option::is_none) {
        return false;
    }
    let first = pos[0].unwrap_or(0);
    first == 0 || pos[1..].iter().all(|p| p.unwrap_or(0) >= first)
}

/// One field: (ours, gold, equal), both as normalised display strings.
fn compare(field: &str, e: &Entry, s: &Seq) -> (Option<String>, Option<String>, bool) {
    let segs = |labels: &[&str]| -> Vec<&str> {
        s.segs
            .iter()
            .filter(|(l, _)| labels.contains(&l.as_str()))
            .map(|(_, t)| t.as_str())
            .collect()
    };
    let first = |labels: &[&str]| segs(labels).first().copied();
    let txt = |v: Var| e.text(v).map(norm).and_then(nonempty);
    let (ours, gold) = match field {
        "author" | "editor" => {
            let ours = names(e, if field == "author" { Var::Author } else { Var::Editor });
            let gold: Vec<String> = segs(&[field])
                .into_iter()
                .map(|t| if field == "editor" { strip_editor_words(t) } else { norm(t) })
                .collect();
            let gold = nonempty(gold.join(" "));
            let eq = match (&ours, &gold) {
                (Some(o), Some(g)) => names_match(o, g),
                _ => false,
            };
            return (ours.map(|o| o.join("; ")), gold, eq);
        }
        // A bracketed translation after a title or journal (`Istoriya Rossii [History of
        // Russia]`) is the title's translation for refconv, part of the segment for
        // labellers who give it no label of its own: either reading matches.
        "title" | "container-title" => {
            let var = if field == "title" { Var::Title } else { Var::ContainerTitle };
            let gold = if field == "title" {
                first(&["title"]).map(norm)
            } else {
                first(&["journal", "container-title", "booktitle"]).map(|t| norm(strip_in(t)))
            };
            let ours = txt(var);
            let translated = match e.get(var) {
                Some(Value::Text(t)) => {
                    t.variants.first().map(|v| norm(&format!("{} {}", t.value, v.value)))
                }
                _ => None,
            };
            if translated.is_some() && translated == gold.clone().and_then(nonempty) {
                return (translated, gold, true);
            }
            (ours, gold)
        }
        // GOST's `Москва : АСТ ; Санкт-Петербург : Астрель` has two publishers and two
        // places: the gold is the first segment, or all of them together.
        "publisher" | "publisher-place" => {
            let (var, label) = if field == "publisher" {
                (Var::Publisher, "publisher")
            } else {
                (Var::PublisherPlace, "location")
            };
            let ours = txt(var);
            let all = nonempty(norm(&segs(&[label]).join(" ")));
            if segs(&[label]).len() > 1 && ours.is_some() && ours == all {
                return (ours, all, true);
            }
            (ours, first(&[label]).map(norm))
        }
        "issued" => (
            match e.get(Var::Issued) {
                Some(Value::Date(d)) => d.start.as_ref().map(|p| p.year.to_string()),
                _ => None,
            },
            segs(&["date"]).into_iter().find_map(year_in),
        ),
        "volume" => {
            // AnyStyle has no issue label: its `volume` holds "№ 4" alone as well,
            // which is the issue of a journal with no volumes (GOST).
            let issue_only = first(&["volume"]).is_some_and(|t| {
                let t = t.trim_start().to_lowercase();
                ["№", "n ", "no.", "no ", "nr.", "issue", "вып."].iter().any(|m| t.starts_with(m))
            });
            // Nor when the issue's word is another segment's (`Das Argument Nr. 80`):
            // an issue without a volume is compared with the gold volume.
            let var =
                if issue_only || e.get(Var::Volume).is_none() { Var::Issue } else { Var::Volume };
            let ours = e.text(var).and_then(|t| first_digits(t).or_else(|| numeral(t)));
            let gold = first(&["volume"]).and_then(|t| first_digits(t).or_else(|| numeral(t)));
            (ours, gold)
        }
        // AnyStyle's `pages` holds page ranges and page counts alike ("160 с.",
        // "300 pp."); refconv tells them apart (page, number-of-pages).
        "page" => (
            e.text(Var::Page).or_else(|| e.text(Var::NumberOfPages)).and_then(pages),
            first(&["pages"]).and_then(pages),
        ),
        other => panic!("unknown field {other}"),
    };
    let gold = gold.and_then(nonempty);
    let eq = ours.is_some() && ours == gold;
    (ours, gold, eq)
}

/// A short name for what went wrong.
fn miss_kind(field: &str, ours: &Option<String>, gold: &Option<String>) -> String {
    let how = match (ours, gold) {
        (None, _) => "missing",
        (_, None) => "spurious (gold has none)",
        (Some(_), Some(_)) if field == "author" || field == "editor" => "names differ",
        (Some(o), Some(g)) if g.contains(o.as_str()) => "too short (part of gold)",
        (Some(o), Some(g)) if o.contains(g.as_str()) => "too long (contains gold)",
        _ => "different",
    };
    format!("{field}: {how}")
}

fn is_cyrillic(s: &str) -> bool {
    s.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

type Score = BTreeMap<&'static str, (usize, usize, usize)>;

fn prf((tp, fp, fn_): (usize, usize, usize)) -> (f64, f64, f64) {
    let p = if tp + fp == 0 { 1.0 } else { tp as f64 / (tp + fp) as f64 };
    let r = if tp + fn_ == 0 { 1.0 } else { tp as f64 / (tp + fn_) as f64 };
    (p, r, if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) })
}

fn total(score: &Score) -> (usize, usize, usize) {
    score.values().fold((0, 0, 0), |t, s| (t.0 + s.0, t.1 + s.1, t.2 + s.2))
}

struct Miss {
    seq: usize,
    kind: String,
    ours: Option<String>,
    gold: Option<String>,
    text: String,
}

struct SetResult {
    name: String,
    sequences: usize,
    f1: f64,
    misses: Vec<Miss>,
}

/// The parser measured: `refs::parse` (what `refconv` uses), with
/// `REFCONV_REFS_MODEL=FILE` the trained parser alone with that model (with
/// `REFCONV_REFS_HYBRID=1` too: routed as `refs::parse` routes), with
/// `REFCONV_REFS_RULES=1` the hand-written rules alone.
fn parser() -> Box<dyn Fn(&str) -> Entry> {
    use refconv::formats::text::refs;
    if std::env::var_os("REFCONV_REFS_RULES").is_some() {
        return Box::new(refs::parse_rules);
    }
    match std::env::var_os("REFCONV_REFS_MODEL") {
        Some(path) => {
            let bytes = std::fs::read(&path).expect("REFCONV_REFS_MODEL: cannot read the model");
            let model = refconv::crf::Model::from_bytes(&bytes).expect("REFCONV_REFS_MODEL");
            if std::env::var_os("REFCONV_REFS_HYBRID").is_some() {
                // As refs::parse routes, with this model.
                return Box::new(move |s| {
                    if refs::gost_like(s) {
                        refs::parse_rules(s)
                    } else {
                        refs::parse_with(&model, s)
                    }
                });
            }
            Box::new(move |s| refs::parse_with(&model, s))
        }
        None => Box::new(refs::parse),
    }
}

fn evaluate(name: &str, seqs: &[Seq]) -> SetResult {
    let parse = parser();
    // Warm up (the parser's regexes are compiled on first use), then time.
    for s in seqs.iter().take(100) {
        std::hint::black_box(parse(&s.text));
    }
    let start = Instant::now();
    let entries: Vec<Entry> = seqs.iter().map(|s| parse(&s.text)).collect();
    let secs = start.elapsed().as_secs_f64();
    let mut score: Score = BTreeMap::new();
    let mut latin: Score = BTreeMap::new();
    let mut misses = Vec::new();
    let mut fully_right = 0;
    for (i, (s, e)) in seqs.iter().zip(&entries).enumerate() {
        let cyr = is_cyrillic(&s.text);
        let before = misses.len();
        for field in FIELDS {
            let (ours, gold, eq) = compare(field, e, s);
            let count = |sc: &mut Score| {
                let c = sc.entry(field).or_default();
                match (&ours, &gold) {
                    (Some(_), Some(_)) if eq => c.0 += 1,
                    (Some(_), Some(_)) => {
                        c.1 += 1;
                        c.2 += 1;
                    }
                    (Some(_), None) => c.1 += 1,
                    (None, Some(_)) => c.2 += 1,
                    (None, None) => {}
                }
            };
            count(&mut score);
            if !cyr {
                count(&mut latin);
            }
            if !eq && (ours.is_some() || gold.is_some()) {
                misses.push(Miss {
                    seq: i + 1,
                    kind: miss_kind(field, &ours, &gold),
                    ours,
                    gold,
                    text: s.text.clone(),
                });
            }
        }
        fully_right += usize::from(misses.len() == before);
    }
    let cyr = seqs.iter().filter(|s| is_cyrillic(&s.text)).count();
    println!();
    println!(
        "=== {name}: {} sequences ({cyr} with Cyrillic); parsed in {:.3} s = {:.0} references/s ===",
        seqs.len(),
        secs,
        seqs.len() as f64 / secs.max(1e-9)
    );
    println!(
        "{:<16} {:>6} {:>6} {:>6}   {:>6} {:>6} {:>6}",
        "field", "P", "R", "F1", "tp", "fp", "fn"
    );
    for (field, s) in &score {
        let (p, r, f) = prf(*s);
        println!("{field:<16} {p:>6.3} {r:>6.3} {f:>6.3}   {:>6} {:>6} {:>6}", s.0, s.1, s.2);
    }
    let t = total(&score);
    let (p, r, f1) = prf(t);
    println!("{:<16} {p:>6.3} {r:>6.3} {f1:>6.3}   {:>6} {:>6} {:>6}", "OVERALL", t.0, t.1, t.2);
    println!(
        "references with every field right: {fully_right} of {} ({:.1} %)",
        seqs.len(),
        100.0 * fully_right as f64 / seqs.len().max(1) as f64
    );
    if cyr > 0 {
        let t = total(&latin);
        let (p, r, f) = prf(t);
        println!(
            "{:<16} {p:>6.3} {r:>6.3} {f:>6.3}   {:>6} {:>6} {:>6}",
            "OVERALL (Latin)", t.0, t.1, t.2
        );
    }
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for m in &misses {
        *kinds.entry(m.kind.as_str()).or_default() += 1;
    }
    let mut kinds: Vec<(&str, usize)> = kinds.into_iter().collect();
    kinds.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("most frequent misses ({} in all):", misses.len());
    for (k, n) in kinds.iter().take(15) {
        println!("  {n:>6}  {k}");
    }
    SetResult { name: name.to_string(), sequences: seqs.len(), f1, misses }
}

/// `CORPUS_REFS_MISSES=FILE`: every miss as a TSV line (set, sequence, kind, ours,
/// gold, string).
fn write_misses(results: &[SetResult]) {
    if let Ok(path) = std::env::var("CORPUS_REFS_MISSES") {
        let mut f =
            std::fs::File::create(&path).unwrap_or_else(|e| panic!("cannot create {path}: {e}"));
        for r in results {
            for m in &r.misses {
                let _ = writeln!(
                    f,
                    "{}\t{}\t{}\t{}\t{}\t{}",
                    r.name,
                    m.seq,
                    m.kind,
                    m.ours.as_deref().unwrap_or("-"),
                    m.gold.as_deref().unwrap_or("-"),
                    m.text
                );
            }
        }
        println!("all misses written to {path}");
    }
}

#[test]
#[ignore = "needs ../shared/corpus; run with --ignored"]
fn refs_parser_accuracy_on_public_corpora() {
    let root = corpus();
    let anystyle = root.join("gold-anystyle/parser");
    assert!(
        anystyle.is_dir(),
        "the labelled corpus is missing: {} does not exist (expected ../shared/corpus/gold-anystyle \
         next to the crate)",
        anystyle.display()
    );
    let mut results = Vec::new();
    // REFCONV_REFS_ONLY_EXTRA=1: measure only the REFCONV_REFS_EXTRA files (a dev
    // split), not the public sets (tests).
    let only_extra = std::env::var_os("REFCONV_REFS_ONLY_EXTRA").is_some();
    for set in ["gold", "core", "good", "ugly", "bad"].iter().filter(|_| !only_extra) {
        let path = anystyle.join(format!("{set}.xml"));
        let seqs = read_anystyle(&path);
        assert!(!seqs.is_empty(), "no <sequence> in {}", path.display());
        results.push(evaluate(&format!("anystyle/{set}.xml"), &seqs));
    }
    // Real GOST and transliterated lists labelled for refconv (tests/train/gost/SOURCES.md):
    // the test split, never trained on.
    if !only_extra {
        let gost = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/train/gost/gost-test.xml");
        results.push(evaluate("gost/gost-test.xml", &read_anystyle(&gost)));
    }
    // REFCONV_REFS_EXTRA=a.xml,b.xml: more AnyStyle files to measure (a dev split);
    // `@list.txt` (a file listing GROBID TEI files, one path a line) measures those
    // files as one set.
    for extra in std::env::var("REFCONV_REFS_EXTRA").unwrap_or_default().split(',') {
        if let Some(list) = extra.strip_prefix('@') {
            let text = std::fs::read_to_string(list).expect("REFCONV_REFS_EXTRA: cannot read list");
            let seqs: Vec<Seq> = text
                .lines()
                .filter(|l| !l.trim().is_empty())
                .flat_map(|l| read_tei(Path::new(l.trim())))
                .collect();
            results.push(evaluate(list, &seqs));
        } else if !extra.is_empty() {
            results.push(evaluate(extra, &read_anystyle(Path::new(extra))));
        }
    }
    if only_extra {
        for r in &results {
            println!("{}: F1 {:.3} on {} sequences", r.name, r.f1, r.sequences);
        }
        write_misses(&results);
        return;
    }
    let cora = root.join("gold-cora/cora.xml");
    if cora.is_file() {
        results.push(evaluate("cora.xml", &read_anystyle(&cora)));
    } else {
        println!("(skipped: {} not found)", cora.display());
    }
    let grobid = root.join("gold-grobid/citation-evaluation");
    if let Ok(dir) = std::fs::read_dir(&grobid) {
        let mut files: Vec<PathBuf> = dir
            .flatten()
            .map(|d| d.path())
            .filter(|p| p.to_string_lossy().ends_with(".tei.xml"))
            .collect();
        files.sort();
        for f in files {
            let name = f.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            results.push(evaluate(&format!("grobid/{name}"), &read_tei(&f)));
        }
    } else {
        println!("(skipped: {} not found)", grobid.display());
    }

    if let Some(big) = results.iter().max_by_key(|r| r.sequences) {
        println!();
        println!("first 20 misses in {} (normalised values):", big.name);
        for m in big.misses.iter().take(20) {
            println!("  [{}] {}: ours {:?}, gold {:?}", m.seq, m.kind, m.ours, m.gold);
            println!("        {}", m.text);
        }
    }
    write_misses(&results);

    for (set, ratchet) in
        [("anystyle/gold.xml", RATCHET_F1_GOLD), ("gost/gost-test.xml", RATCHET_F1_GOST)]
    {
        let f1 = results.iter().find(|r| r.name == set).map_or(0.0, |r| r.f1);
        assert!(f1 >= ratchet, "overall F1 on {set} {f1:.4} fell below the ratchet {ratchet}");
    }
}
