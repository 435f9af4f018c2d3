//! Archival citations as printed: "AVP RF. F. 07. Op. 23a. P. 30. D. 407. L. 97.",
//! "GARF, f. R-9401, op. 2, d. 64, ll. 9–10.", "РГАСПИ. Ф. 17. Оп. 162. Д. 37.
//! Л. 121–122 об.", "NARA, RG 331, Box 1434, Folder 5", "TNA, FO 371/84036".
//!
//! The scanner finds runs of labelled units (`F. 0146`, `Оп. 30`) and the folios
//! after them; the archive is what stands before the first unit.

use crate::model::Level;

/// One archival citation found in a note.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Cited {
    /// The units in printed order: level, value normalised to Latin script.
    pub units: Vec<(Level, String)>,
    /// Folios (leaves) cited.
    pub folios: Vec<Folio>,
    /// Char range of the run (first label to the end of the folios) in the text.
    pub start: usize,
    /// End of the run (exclusive), in chars.
    pub end: usize,
    /// Problems noticed while reading.
    pub issues: Vec<Issue>,
    /// The labels were Cyrillic.
    pub cyrillic: bool,
    /// A number with no label inside the run (kept in `units` as `Level::Other("number")`).
    pub unlabelled: bool,
    /// Every printed value (units and leaves) in printed order, for matching a
    /// garbled citation against the others of the document.
    pub values: Vec<String>,
    /// A level was given two values, or units follow the folios: the labels
    /// cannot be right as printed.
    pub garbled: bool,
    /// The folios are pages of a document (`p. 3`, `S. 12`), not leaves.
    pub pages: bool,
}

/// A leaf or a range of leaves.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Folio {
    /// First leaf.
    pub from: String,
    /// Last leaf.
    pub to: String,
    /// The first leaf is a verso.
    pub from_verso: bool,
    /// The last (or only) leaf is a verso.
    pub verso: bool,
}

impl Folio {
    /// As the model's locator writes it: "5", "1–4", "9–10 ob.", "4 ob.–5".
    pub fn text(&self) -> String {
        let ob = |v: bool| if v { " ob." } else { "" };
        if self.from == self.to && self.from_verso == self.verso {
            format!("{}{}", self.from, ob(self.verso))
        } else {
            format!("{}{}–{}{}", self.from, ob(self.from_verso), self.to, ob(self.verso))
        }
    }

    /// Parses the model's locator form back ("9–10 ob.", "56, 60").
    pub fn parse_list(s: &str) -> Vec<Folio> {
        s.split(',')
            .filter_map(|part| {
                let part = part.trim();
                if part.is_empty() {
                    return None;
                }
                let (a, b) = part.split_once('–').unwrap_or((part, part));
                let side = |x: &str| {
                    let x = x.trim();
                    match x.strip_suffix("ob.") {
                        Some(n) => (n.trim().to_string(), true),
                        None => (x.to_string(), false),
                    }
                };
                let (from, from_verso) = side(a);
                let (to, verso) = side(b);
                Some(Folio { from, to, from_verso, verso })
            })
            .collect()
    }
}

/// A problem in a printed citation, with a stable code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// "homoglyph", "missing-space", "repeated-label", "unit-order", "descending-range".
    pub code: &'static str,
    /// Says what and where.
    pub message: String,
}

impl Issue {
    /// A value printed without its label, read as `level`.
    pub(super) fn unlabelled(value: &str, level: &Level) -> Issue {
        Issue {
            code: "unlabelled-number",
            message: format!("`{value}` has no label; read as the {}", level.name()),
        }
    }
}

/// What a label names.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Label {
    Unit(Level),
    Folio,
    /// A page of a file (read as its leaves, marked as pages).
    Page,
}

/// Labels, one row per spelling: (text without the final dot, needs a dot, what).
/// Longer spellings first. Matching ignores case.
type LabelRow = (&'static str, bool, fn() -> Label);

const LABELS: &[LabelRow] = &[
    ("ed. khr", true, || Label::Unit(Level::EdinitsaKhraneniya)),
    ("ed.khr", true, || Label::Unit(Level::EdinitsaKhraneniya)),
    ("ед. хр", true, || Label::Unit(Level::EdinitsaKhraneniya)),
    ("ед.хр", true, || Label::Unit(Level::EdinitsaKhraneniya)),
    ("chast'", false, || Label::Unit(Level::Chast)),
    ("chast’", false, || Label::Unit(Level::Chast)),
    ("часть", false, || Label::Unit(Level::Chast)),
    ("karton", false, || Label::Unit(Level::Kartonazh)),
    ("картон", false, || Label::Unit(Level::Kartonazh)),
    ("folder", false, || Label::Unit(Level::Folder)),
    ("entry", false, || Label::Unit(Level::Entry)),
    ("kart", true, || Label::Unit(Level::Kartonazh)),
    ("карт", true, || Label::Unit(Level::Kartonazh)),
    ("fond", false, || Label::Unit(Level::Fond)),
    ("фонд", false, || Label::Unit(Level::Fond)),
    ("opis'", false, || Label::Unit(Level::Opis)),
    ("опись", false, || Label::Unit(Level::Opis)),
    ("delo", false, || Label::Unit(Level::Delo)),
    ("дело", false, || Label::Unit(Level::Delo)),
    ("leaf", false, || Label::Folio),
    ("list", false, || Label::Folio),
    ("лист", false, || Label::Folio),
    ("box", false, || Label::Unit(Level::Box)),
    ("ch", true, || Label::Unit(Level::Chast)),
    ("op", true, || Label::Unit(Level::Opis)),
    ("оп", true, || Label::Unit(Level::Opis)),
    ("ll", true, || Label::Folio),
    ("лл", true, || Label::Folio),
    // Ukrainian: справа (file), аркуш (leaf); Latvian lapa (leaf); Lithuanian
    // apyrašas (inventory). (Latvian `apr.` is left out: it is also April.)
    ("спр", true, || Label::Unit(Level::Delo)),
    ("арк", true, || Label::Folio),
    // The same transliterated (`spr. 8, od. 75`), and одиниця зберігання.
    ("od. zb", true, || Label::Unit(Level::EdinitsaKhraneniya)),
    ("од. зб", true, || Label::Unit(Level::EdinitsaKhraneniya)),
    ("spr", true, || Label::Unit(Level::Delo)),
    ("ark", true, || Label::Folio),
    ("od", true, || Label::Unit(Level::EdinitsaKhraneniya)),
    ("lp", true, || Label::Folio),
    ("ap", true, || Label::Unit(Level::Opis)),
    ("rg", false, || Label::Unit(Level::RecordGroup)),
    ("ч", true, || Label::Unit(Level::Chast)),
    ("f", true, || Label::Unit(Level::Fond)),
    ("ф", true, || Label::Unit(Level::Fond)),
    ("p", true, || Label::Unit(Level::Papka)),
    ("п", true, || Label::Unit(Level::Papka)),
    ("d", true, || Label::Unit(Level::Delo)),
    ("д", true, || Label::Unit(Level::Delo)),
    ("t", true, || Label::Unit(Level::Tom)),
    ("т", true, || Label::Unit(Level::Tom)),
    ("l", true, || Label::Folio),
    ("л", true, || Label::Folio),
];

/// Where a level sits in a path (for the unit-order check); equal ranks may
/// come in either order.
pub(crate) fn rank(l: &Level) -> u8 {
    match l {
        Level::Fond
        | Level::RecordGroup
        | Level::Series
        | Level::Collection
        | Level::Bestand
        | Level::Zespol => 1,
        Level::Opis | Level::Entry | Level::Subseries => 2,
        Level::Papka
        | Level::Chast
        | Level::Kartonazh
        | Level::Box
        | Level::Piece
        | Level::Carton
        | Level::Volume
        | Level::Fascicle => 3,
        Level::Delo
        | Level::EdinitsaKhraneniya
        | Level::Folder
        | Level::File
        | Level::Dossier
        | Level::Signatur
        | Level::Sygnatura => 4,
        Level::Tom | Level::Item => 5,
        _ => 3,
    }
}

fn is_cyr(c: char) -> bool {
    matches!(c, 'А'..='я' | 'Ё' | 'ё')
}

/// A Cyrillic letter of a unit value in Latin script (values are opaque:
/// `Р-9401` -> `R-9401`, `1п` -> `1p`, `23а` -> `23a`).
fn latin(c: char) -> Option<&'static str> {
    crate::model::ids::translit(c).filter(|t| !t.is_empty())
}

/// Latin letters that look like Cyrillic ones (for a Latin letter in a
/// Cyrillic citation: `Ф. P-123` is `Р-123`, which is `R-123`).
fn latin_homoglyph_as_cyrillic(c: char) -> Option<char> {
    Some(match c {
        'A' => 'А',
        'a' => 'а',
        'B' => 'В',
        'E' => 'Е',
        'e' => 'е',
        'K' => 'К',
        'M' => 'М',
        'H' => 'Н',
        'O' => 'О',
        'o' => 'о',
        'P' => 'Р',
        'p' => 'р',
        'C' => 'С',
        'c' => 'с',
        'T' => 'Т',
        'X' => 'Х',
        'x' => 'х',
        'y' => 'у',
        _ => return None,
    })
}

/// A dash standing alone between spaces at `k` (GOST's area separator ` – `).
pub(crate) fn spaced_dash(c: &[char], k: usize) -> bool {
    matches!(c.get(k), Some('–' | '—' | '-'))
        && k > 0
        && c[k - 1] == ' '
        && c.get(k + 1).is_some_and(|x| *x == ' ' || *x == '\u{a0}')
}

/// Matches a label at `i` (at a word start); returns what it names and the
/// index after it (after its dot, if any).
fn label_at(c: &[char], i: usize) -> Option<(Label, usize)> {
    label_in(c, i, LABELS)
}

/// Labels that are units only inside a run, after the level above them;
/// alone they are other things (a page of a book, a document of a published
/// collection): (spelling, needs a dot, the run's last level, what).
const RUN_LABELS: &[(&str, bool, Level, Label)] = &[
    // RGANI's fond 89: "Ф. 89. Перечень 18. Док. 3", "f. 89, per. 18, dok. 3".
    ("перечень", false, Level::Fond, Label::Unit(Level::Opis)),
    ("пер", true, Level::Fond, Label::Unit(Level::Opis)),
    ("per", true, Level::Fond, Label::Unit(Level::Opis)),
    ("документ", false, Level::Opis, Label::Unit(Level::Delo)),
    ("док", true, Level::Opis, Label::Unit(Level::Delo)),
    ("dok", true, Level::Opis, Label::Unit(Level::Delo)),
    // Estonian nimistu and säilik ("ERA, f. 1, n. 2, s. 3"); Lithuanian byla
    // ("LCVA, f. 383, ap. 7, b. 2125").
    ("n", true, Level::Fond, Label::Unit(Level::Opis)),
    ("s", true, Level::Opis, Label::Unit(Level::Delo)),
    ("b", true, Level::Opis, Label::Unit(Level::Delo)),
    // A page of a file ("Д. 64. С. 5", "d. 64, s. 5").
    ("с", true, Level::Delo, Label::Page),
    ("s", true, Level::Delo, Label::Page),
    ("с", true, Level::EdinitsaKhraneniya, Label::Page),
    ("s", true, Level::EdinitsaKhraneniya, Label::Page),
];

/// A label of `RUN_LABELS` at `i`, after a run whose last unit is its level above.
fn run_label_at(c: &[char], i: usize, run: &Cited) -> Option<(Label, usize)> {
    let (last, _) = run.units.last()?;
    if !run.folios.is_empty() || !word_start(c, i) {
        return None;
    }
    RUN_LABELS
        .iter()
        .filter(|row| row.2 == *last)
        .find_map(|(text, dot, _, what)| label_end(c, i, text, *dot).map(|j| (what.clone(), j)))
}

fn label_in(c: &[char], i: usize, table: &[LabelRow]) -> Option<(Label, usize)> {
    if !word_start(c, i) {
        return None;
    }
    table.iter().find_map(|(text, dot, what)| label_end(c, i, text, *dot).map(|j| (what(), j)))
}

/// A letter at `i` that begins a word (labels stand only there).
fn word_start(c: &[char], i: usize) -> bool {
    let glued = i > 0 && (c[i - 1].is_alphanumeric() || c[i - 1] == '\'' || c[i - 1] == '-');
    !glued && c[i].is_alphabetic()
}

/// Where the label `text` (lower case; `dot`: it needs its full stop) ends when it
/// stands at `i` (a word start, see `word_start`) with a value after it.
fn label_end(c: &[char], i: usize, text: &str, dot: bool) -> Option<usize> {
    let n = text.chars().count();
    if i + n > c.len() || !starts_with_ci(&c[i..], text) {
        return None;
    }
    let mut j = i + n;
    if dot {
        if c.get(j) != Some(&'.') {
            return None;
        }
        j += 1;
    } else if c.get(j).is_some_and(|x| x.is_alphanumeric()) {
        return None;
    } else if c.get(j) == Some(&'.') {
        j += 1;
    }
    // A label spelt out with its abbreviation after it: "fond (f.) 1286".
    if c.get(j) == Some(&' ') && c.get(j + 1) == Some(&'(') {
        let letters = c[j + 2..].iter().take(5).take_while(|x| x.is_alphabetic()).count();
        if (1..=4).contains(&letters)
            && c.get(j + 2 + letters) == Some(&'.')
            && c.get(j + 3 + letters) == Some(&')')
        {
            j += 4 + letters;
        }
    }
    // Upper-case one-letter labels must not be initials of a name ("L. Samuelson"):
    // a label is followed by a value, i.e. a digit soon.
    let mut k = j;
    while k < c.len() && (c[k] == ' ' || c[k] == '\u{a0}' || c[k] == '№') {
        k += 1;
    }
    let value_start = c.get(k).is_some_and(|x| x.is_ascii_digit())
        || (c.get(k).is_some_and(|x| x.is_alphabetic() && x.is_uppercase())
            && c.get(k + 1).is_some_and(|x| *x == '-' || x.is_ascii_digit()));
    let repeated = c.get(k).is_some_and(|_| label_at_simple(c, k));
    let titled = matches!(text, "folder" | "entry") && coded_value_at(c, j).is_some();
    (value_start || repeated || titled).then_some(j)
}

/// Whether `c` starts with `text` (lower case), ignoring case, without allocating.
fn starts_with_ci(c: &[char], text: &str) -> bool {
    let mut it = c.iter();
    text.chars()
        .all(|t| it.next().is_some_and(|&x| x == t || x.to_lowercase().eq(std::iter::once(t))))
}

/// Whether another label starts at `k` (for "D. D. 407").
fn label_at_simple(c: &[char], k: usize) -> bool {
    c.get(k).is_some_and(|x| x.is_alphabetic())
        && LABELS.iter().any(|(text, dot, _)| {
            let n = text.chars().count();
            k + n < c.len() && starts_with_ci(&c[k..], text) && (!dot || c[k + n] == '.')
        })
}

/// Reads a unit value at `i`: `0146`, `R-9401`, `Р-9401`, `23a`, `1п`, `19-а`.
/// Returns the raw text and the index after it.
pub(crate) fn value_at(c: &[char], i: usize) -> Option<(String, usize)> {
    let mut j = i;
    while j < c.len() && (c[j] == ' ' || c[j] == '\u{a0}' || c[j] == '№') {
        j += 1;
    }
    let start = j;
    // Letter prefix: "R-", "Р-", "P-", "К-".
    if c.get(j).is_some_and(|x| x.is_alphabetic()) && c.get(j + 1) == Some(&'-') {
        j += 2;
    }
    let digits = j;
    while j < c.len() && c[j].is_ascii_digit() {
        j += 1;
    }
    if j == digits {
        return None;
    }
    // Letter suffix: "23a", "1п", "8А", "4ос", "4os" (up to three letters, not the
    // start of a word, not a verso mark "о."/"об.").
    let letters = c[j..].iter().take_while(|x| x.is_alphabetic()).count();
    let suffix: String = c[j..j + letters].iter().collect();
    let verso =
        c.get(j + letters) == Some(&'.') && matches!(suffix.as_str(), "o" | "о" | "ob" | "об");
    if (1..=3).contains(&letters) && !verso {
        j += letters;
    }
    // "19-а", "19-б".
    if c.get(j) == Some(&'-')
        && c.get(j + 1).is_some_and(|x| x.is_alphabetic())
        && !c.get(j + 2).is_some_and(|x| x.is_alphabetic())
    {
        j += 2;
    }
    Some((c[start..j].iter().collect(), j))
}

/// A NARA entry or a folder: a code before the number (`A1 1397`, `UD 1195`,
/// `P 12`) or a quoted title (`"Japan – War Criminals"`).
pub(super) fn coded_value_at(c: &[char], i: usize) -> Option<(String, usize)> {
    let mut j = i;
    while c.get(j) == Some(&' ') {
        j += 1;
    }
    let start = j;
    if matches!(c.get(j), Some('"' | '“' | '«')) {
        let close = c[j + 1..].iter().position(|x| matches!(x, '"' | '”' | '»'))?;
        let end = j + 1 + close;
        return Some((c[j + 1..end].iter().collect(), end + 1));
    }
    // Capital letters and digits, then a space and the number.
    let code = c[j..].iter().take_while(|x| x.is_ascii_uppercase() || x.is_ascii_digit()).count();
    if !(1..=3).contains(&code) || !c[j].is_ascii_uppercase() {
        return None;
    }
    j += code;
    if c.get(j) != Some(&' ') || !c.get(j + 1).is_some_and(char::is_ascii_digit) {
        return None;
    }
    j += 1;
    while c.get(j).is_some_and(char::is_ascii_digit) {
        j += 1;
    }
    Some((c[start..j].iter().collect(), j))
}

/// Normalises a value to Latin script; `cyrillic` is the citation's script.
/// Returns the value and whether a letter of the other script was in it.
pub(crate) fn normalise(v: &str, cyrillic: bool) -> (String, bool) {
    let mut out = String::new();
    let mut mixed = false;
    for ch in v.chars() {
        if is_cyr(ch) {
            if !cyrillic {
                mixed = true;
            }
            out.push_str(latin(ch).unwrap_or("?"));
        } else if cyrillic && ch.is_ascii_alphabetic() {
            // A Latin letter in a Cyrillic citation: read as the Cyrillic letter it looks like.
            match latin_homoglyph_as_cyrillic(ch).and_then(latin) {
                Some(l) => {
                    mixed = true;
                    out.push_str(l);
                }
                None => out.push(ch),
            }
        } else {
            out.push(ch);
        }
    }
    (out, mixed)
}

/// Reads folios at `i` (after `L.`): "1–4", "56, 60", "121–122 об.", "4 об.–5",
/// "45ob.", "14, 16–17", "17a". Returns them and the index after them.
fn folios_at(c: &[char], i: usize, cyrillic: bool) -> (Vec<Folio>, usize, Vec<Issue>) {
    let mut out = Vec::new();
    let mut issues = Vec::new();
    let mut j = i;
    while let Some((from_raw, k)) = leaf_at(c, j) {
        let (from, from_verso, mut k) = verso_after(c, k, from_raw);
        let mut f = Folio { from: from.clone(), to: from.clone(), from_verso, verso: from_verso };
        // A range.
        let mut m = k;
        while c.get(m) == Some(&' ') {
            m += 1;
        }
        if matches!(c.get(m), Some('–' | '-' | '—')) {
            let mut n = m + 1;
            while c.get(n) == Some(&' ') {
                n += 1;
            }
            if let Some((to_raw, p)) = leaf_at(c, n) {
                let (to, verso, p) = verso_after(c, p, to_raw);
                f.to = to;
                f.verso = verso;
                k = p;
                if let (Ok(a), Ok(b)) = (f.from.parse::<u64>(), f.to.parse::<u64>()) {
                    if b < a {
                        issues.push(Issue {
                            code: "descending-range",
                            message: format!("folio range {}–{} runs backwards", f.from, f.to),
                        });
                    }
                }
            }
        }
        let _ = cyrillic;
        out.push(f);
        j = k;
        // ", " or " и " then another leaf ("Л. 5, 7 и 9", "Л. 1 и 1 об.", "Л.1и1об.")?
        let mut m = j;
        while c.get(m) == Some(&' ') {
            m += 1;
        }
        let and = c.get(m) == Some(&'и') && !c.get(m + 1).is_some_and(|x| x.is_alphabetic());
        if c.get(m) == Some(&',') || and {
            m += 1;
            while c.get(m) == Some(&' ') {
                m += 1;
            }
            if c.get(m).is_some_and(|x| x.is_ascii_digit()) {
                j = m;
                continue;
            }
        }
        break;
    }
    (out, j, issues)
}

fn leaf_at(c: &[char], i: usize) -> Option<(String, usize)> {
    let mut j = i;
    while c.get(j) == Some(&' ') || c.get(j) == Some(&'\u{a0}') {
        j += 1;
    }
    let start = j;
    while j < c.len() && c[j].is_ascii_digit() {
        j += 1;
    }
    if j == start {
        return None;
    }
    // "17a", "1а" (but not the "o" of "ob.").
    // (Not the "и" of "1и1об.", and.)
    if c.get(j).is_some_and(|x| x.is_alphabetic() && !matches!(x, 'o' | 'о'))
        && !c.get(j + 1).is_some_and(|x| x.is_alphabetic())
        && !(c.get(j) == Some(&'и') && c.get(j + 1).is_some_and(char::is_ascii_digit))
    {
        j += 1;
    }
    let (v, _) = normalise(&c[start..j].iter().collect::<String>(), false);
    Some((v, j))
}

/// After a leaf: " об.", " ob.", "ob.", " v." (verso).
fn verso_after(c: &[char], i: usize, leaf: String) -> (String, bool, usize) {
    let mut j = i;
    while c.get(j) == Some(&' ') || c.get(j) == Some(&'\u{a0}') {
        j += 1;
    }
    // Russian оборот, Ukrainian зворот.
    for mark in ["ob.", "об.", "зв.", "zv.", "ob", "об"] {
        let n = mark.chars().count();
        if j + n <= c.len()
            && c[j..j + n].iter().collect::<String>() == mark
            && !c.get(j + n).is_some_and(|x| x.is_alphabetic())
        {
            return (leaf, true, j + n);
        }
    }
    (leaf, false, i)
}

/// The end of a gloss at `i` between units: a parenthesis (up to 150 chars) or a
/// registry year (`1806 god (g.)`, `1906 g.`, `1906 г.`).
fn gloss_end(c: &[char], i: usize) -> Option<usize> {
    if c[i] == '(' {
        let close = c[i + 1..].iter().take(150).position(|x| *x == ')')?;
        let inner = &c[i + 1..i + 1 + close];
        return (!inner.contains(&'(')).then_some(i + close + 2);
    }
    let digits = c[i..].iter().take_while(|x| x.is_ascii_digit()).count();
    if digits != 4 || (i > 0 && c[i - 1].is_alphanumeric()) {
        return None;
    }
    let rest: String = c[i + 4..(i + 16).min(c.len())].iter().collect();
    let word =
        [" god (g.)", " god", " g.", " г.", " год"].iter().find(|w| rest.starts_with(**w))?;
    Some(i + 4 + word.chars().count())
}

/// Finds every run of labelled units in `text` (chars).
pub fn scan(c: &[char]) -> Vec<Cited> {
    let mut out: Vec<Cited> = Vec::new();
    let mut i = 0;
    let mut cur: Option<Cited> = None;
    let mut last_end = 0usize;
    while i < c.len() {
        let in_run = |r: &&Cited| r.end > 0 && i <= last_end + 5;
        let found = label_at(c, i)
            .or_else(|| cur.as_ref().filter(in_run).and_then(|r| run_label_at(c, i, r)));
        let Some((label, after)) = found else {
            // A gloss after a unit's value ("f. 1286 (Departament politsii)") or the
            // year of a registry ("op. 1, 1806 god (g.), d. 122") keeps the run going.
            if cur.as_ref().is_some_and(|r| r.end > 0) && i <= last_end + 3 {
                if let Some(end) = gloss_end(c, i) {
                    last_end = end;
                    i = end;
                    continue;
                }
            }
            // Between units only separators may stand; anything else ends the run.
            // GOST's area dash stands between units too ("Ф. 1. – Оп. 2. – Спр. 3").
            if let Some(run) = cur.as_ref() {
                let dash = |k: usize| spaced_dash(c, k);
                let sep = matches!(c[i], ' ' | '.' | ',' | '\u{a0}') || dash(i);
                let slack = if (last_end..=i).any(dash) { 5 } else { 3 };
                if (!sep || i > last_end + slack) && run.end > 0 {
                    out.push(cur.take().unwrap_or_default());
                }
            }
            i += 1;
            continue;
        };
        let is_cyr_label = c[i..after].iter().any(|x| is_cyr(*x));
        let run = cur.get_or_insert_with(|| Cited {
            start: i,
            cyrillic: is_cyr_label,
            ..Cited::default()
        });
        // Missing space: "66.D. 1065".
        if i > 0 && c[i - 1] == '.' && i >= 2 && c[i - 2].is_alphanumeric() && !run.units.is_empty()
        {
            let label_text: String = c[i..after].iter().collect();
            run.issues.push(Issue {
                code: "missing-space",
                message: format!("no space before `{label_text}`"),
            });
        }
        match label {
            Label::Folio | Label::Page => {
                let (folios, end, issues) = folios_at(c, after, run.cyrillic);
                if folios.is_empty() {
                    // "L. L. 5" or a label with no leaf: look on.
                    i = after;
                    continue;
                }
                run.values.extend(folios.iter().map(|f| f.from.clone()));
                run.folios.extend(folios);
                run.pages |= label == Label::Page;
                run.issues.extend(issues);
                run.end = end;
                last_end = end;
                i = end;
                // Units after the folios: a garbled citation (kept in the same run).
                continue;
            }
            Label::Unit(level) => {
                let label_text: String = c[i..after].iter().collect();
                let value = if level == Level::Entry || level == Level::Folder {
                    coded_value_at(c, after).or_else(|| value_at(c, after))
                } else {
                    value_at(c, after)
                };
                match value {
                    Some((raw, end)) => {
                        let (value, mixed) = normalise(&raw, run.cyrillic);
                        if mixed {
                            run.issues.push(Issue {
                                code: "homoglyph",
                                message: format!(
                                    "`{label_text} {raw}` mixes Cyrillic and Latin letters; read as `{value}`"
                                ),
                            });
                        }
                        if let Some((prev, _)) = run.units.last() {
                            // A part or volume may belong to any level ("d. 12, ch. 2").
                            let flexible = |l: &Level| matches!(l, Level::Chast | Level::Tom);
                            // American notes print small to large ("Folder 3, Box 12,
                            // Entry 5, RG 59"): consistent, so no slip.
                            let american = |l: &Level| {
                                matches!(
                                    l,
                                    Level::Box | Level::Folder | Level::Entry | Level::RecordGroup
                                )
                            };
                            let upward = american(prev)
                                && american(&level)
                                && run.units.windows(2).all(|w| rank(&w[0].0) > rank(&w[1].0));
                            if rank(prev) > rank(&level)
                                && !flexible(prev)
                                && !flexible(&level)
                                && !upward
                            {
                                run.issues.push(Issue {
                                    code: "unit-order",
                                    message: format!(
                                        "`{label_text}` ({}) comes after the {}, which is usually below it",
                                        level.name(),
                                        prev.name()
                                    ),
                                });
                            }
                        }
                        if !run.folios.is_empty() || run.units.iter().any(|(l, _)| *l == level) {
                            run.garbled = true;
                            run.issues.push(Issue {
                                code: "repeated-label",
                                message: format!(
                                    "`{label_text}` ({}) appears again{}",
                                    level.name(),
                                    if run.folios.is_empty() { "" } else { " after the folios" }
                                ),
                            });
                        }
                        run.values.push(value.clone());
                        run.units.push((level, value));
                        run.end = end;
                        last_end = end;
                        i = end;
                    }
                    None => {
                        // "D. D. 407": the label is repeated.
                        if label_at_simple(c, {
                            let mut k = after;
                            while c.get(k) == Some(&' ') {
                                k += 1;
                            }
                            k
                        }) {
                            run.issues.push(Issue {
                                code: "repeated-label",
                                message: format!("`{label_text}` is printed twice"),
                            });
                        }
                        last_end = after;
                        i = after;
                    }
                }
            }
        }
        // A `;` ends the run: the next one is another citation.
        let mut k = i;
        while k < c.len() && matches!(c[k], ' ' | '.') {
            k += 1;
        }
        if c.get(k) == Some(&';') {
            if let Some(r) = cur.take() {
                out.push(r);
            }
        }
    }
    if let Some(r) = cur.take() {
        if r.end > 0 {
            out.push(r);
        }
    }
    // A part or volume alone is a book's ("discussed in ch. 8", "Т. 2"), not a file's.
    out.retain(|r| {
        let book_part = r.folios.is_empty()
            && r.units.iter().all(|(l, _)| matches!(l, Level::Chast | Level::Tom));
        (!r.units.is_empty() || !r.folios.is_empty()) && !book_part
    });
    out
}

/// Where a TNA-style reference starts and ends (bytes), and its units.
pub type TnaRef = (usize, usize, Vec<(Level, String)>);

/// TNA-style references: "FO 371/84036" -> series "FO 371", piece "84036".
pub fn tna_at(text: &str) -> Option<TnaRef> {
    let c: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < c.len() {
        if c[i].is_ascii_uppercase() && (i == 0 || !c[i - 1].is_alphanumeric()) {
            let mut j = i;
            while j < c.len() && c[j].is_ascii_uppercase() {
                j += 1;
            }
            if (2..=5).contains(&(j - i)) && c.get(j) == Some(&' ') {
                let mut k = j + 1;
                while k < c.len() && c[k].is_ascii_digit() {
                    k += 1;
                }
                if k > j + 1 && c.get(k) == Some(&'/') {
                    let mut m = k + 1;
                    while m < c.len() && c[m].is_ascii_digit() {
                        m += 1;
                    }
                    if m > k + 1 {
                        let series: String = c[i..k].iter().collect();
                        let piece: String = c[k + 1..m].iter().collect();
                        return Some((i, m, vec![(Level::Series, series), (Level::Piece, piece)]));
                    }
                }
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    None
}

#[cfg(test)]
mod tests;
