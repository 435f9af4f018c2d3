//! Unit labels of the traditions outside the former USSR (one row per spelling),
//! and the values and leaves after them.

use super::super::archival::Folio;
use crate::model::Level;

/// How a label's value is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Value {
    /// A number or code: `59`, `2.2`, `139–1`, `4436 A`, `I`.
    Number,
    /// A number, or a title when no number follows (`Folder Myron T. Herrick`).
    NumberOrTitle,
    /// A NARA entry code (`A1 1397`, `UD 1195`) or a number.
    Code,
    /// Everything to the end of the part or to a colon (`File 123 H 43`).
    Rest,
}

/// What a label names.
#[derive(Debug, Clone, Copy)]
pub(super) enum Names {
    Unit(fn() -> Level, Value),
    Leaf,
    Page,
}

/// Unit labels, one row per spelling (matched ignoring case, at a word start;
/// a spelling ending in `.` needs its dot, others need a word end). Longer
/// spellings first.
pub(super) const LABELS: &[(&str, Names)] = &[
    ("record group", Names::Unit(|| Level::RecordGroup, Value::Number)),
    ("rg.", Names::Unit(|| Level::RecordGroup, Value::Number)),
    ("rg", Names::Unit(|| Level::RecordGroup, Value::Number)),
    ("entry", Names::Unit(|| Level::Entry, Value::Code)),
    ("container", Names::Unit(|| Level::Box, Value::Number)),
    ("box", Names::Unit(|| Level::Box, Value::Number)),
    ("folder", Names::Unit(|| Level::Folder, Value::NumberOrTitle)),
    ("file", Names::Unit(|| Level::File, Value::Rest)),
    ("subseries", Names::Unit(|| Level::Subseries, Value::Rest)),
    ("series", Names::Unit(|| Level::Series, Value::Rest)),
    ("série", Names::Unit(|| Level::Series, Value::Rest)),
    ("volume", Names::Unit(|| Level::Volume, Value::Number)),
    ("vol.", Names::Unit(|| Level::Volume, Value::Number)),
    ("bd.", Names::Unit(|| Level::Volume, Value::Number)),
    ("bestand", Names::Unit(|| Level::Bestand, Value::Rest)),
    ("signatur", Names::Unit(|| Level::Signatur, Value::Rest)),
    ("faszikel", Names::Unit(|| Level::Fascicle, Value::NumberOrTitle)),
    ("fasz.", Names::Unit(|| Level::Fascicle, Value::NumberOrTitle)),
    ("karton", Names::Unit(|| Level::Carton, Value::Number)),
    ("schachtel", Names::Unit(|| Level::Box, Value::Number)),
    ("liasse", Names::Unit(|| Level::Fascicle, Value::NumberOrTitle)),
    ("microfilm roll", Names::Unit(|| Level::Volume, Value::Number)),
    ("roll", Names::Unit(|| Level::Volume, Value::Number)),
    ("reel", Names::Unit(|| Level::Volume, Value::Number)),
    ("carton", Names::Unit(|| Level::Carton, Value::Number)),
    ("zl.", Names::Unit(|| Level::File, Value::Number)),
    ("dossier", Names::Unit(|| Level::Dossier, Value::NumberOrTitle)),
    ("plaquette", Names::Unit(|| Level::Dossier, Value::Number)),
    ("pièce", Names::Unit(|| Level::Item, Value::Number)),
    ("exhibit", Names::Unit(|| Level::Item, Value::Number)),
    ("no.", Names::Unit(|| Level::Item, Value::Number)),
    ("nr.", Names::Unit(|| Level::Item, Value::Number)),
    ("no", Names::Unit(|| Level::Item, Value::Number)),
    ("n.", Names::Unit(|| Level::Item, Value::Number)),
    ("n°", Names::Unit(|| Level::Item, Value::Number)),
    ("zesp.", Names::Unit(|| Level::Zespol, Value::Number)),
    ("sygn.", Names::Unit(|| Level::Sygnatura, Value::Rest)),
    ("ref.", Names::Unit(|| Level::ReferenceCode, Value::Rest)),
    ("barcode", Names::Unit(|| Level::ReferenceCode, Value::Number)),
    // Spanish: legajo (bundle), expediente (file), caja (box), carpeta (folder);
    // PARES's images are pages.
    ("legajo", Names::Unit(|| Level::Fascicle, Value::Number)),
    ("leg.", Names::Unit(|| Level::Fascicle, Value::Number)),
    ("expediente", Names::Unit(|| Level::File, Value::Number)),
    ("exp.", Names::Unit(|| Level::File, Value::Number)),
    ("cajas", Names::Unit(|| Level::Box, Value::Number)),
    ("caja", Names::Unit(|| Level::Box, Value::Number)),
    ("carpeta", Names::Unit(|| Level::Folder, Value::NumberOrTitle)),
    // A court-martial's file: sumario, causa, sumarísimo (`Sº 522/36`).
    ("sumarísimo", Names::Unit(|| Level::File, Value::Number)),
    ("sumario", Names::Unit(|| Level::File, Value::Number)),
    ("causa", Names::Unit(|| Level::File, Value::Number)),
    // Italian: busta (box), fascicolo; Czech karton; Polish and French tom/tome;
    // Württemberg's Büschel.
    ("busta", Names::Unit(|| Level::Box, Value::Number)),
    ("b.", Names::Unit(|| Level::Box, Value::Number)),
    ("fascicolo", Names::Unit(|| Level::Fascicle, Value::Number)),
    ("fasc.", Names::Unit(|| Level::Fascicle, Value::Number)),
    // A Vatican posizione (`AESS, pos. 515, fasc. 523`).
    ("pos.", Names::Unit(|| Level::File, Value::Number)),
    ("kart.", Names::Unit(|| Level::Carton, Value::Number)),
    ("t.", Names::Unit(|| Level::Volume, Value::Number)),
    ("bü", Names::Unit(|| Level::Fascicle, Value::Number)),
    ("fols.", Names::Leaf),
    // (British notes often print no point: `vol. 38, fos 124–6`.)
    ("fols", Names::Leaf),
    ("fos", Names::Leaf),
    ("fol.", Names::Leaf),
    ("fos.", Names::Leaf),
    ("frames", Names::Leaf),
    ("frame", Names::Leaf),
    ("fo.", Names::Leaf),
    ("ff.", Names::Leaf),
    ("f°", Names::Leaf),
    ("f.", Names::Leaf),
    ("bl.", Names::Leaf),
    ("k.", Names::Leaf),
    ("imágenes", Names::Page),
    ("imagen", Names::Page),
    ("pp.", Names::Page),
    ("p.", Names::Page),
    ("s.", Names::Page),
];

pub(super) fn lower(s: &str) -> String {
    s.to_lowercase()
}

/// A label at char `i` of `c` (a word start): what it names and where its value starts.
pub(super) fn label_at(c: &[char], i: usize) -> Option<(Names, usize)> {
    // Not inside a word, nor inside a code ("867/f.11/g-24").
    if i > 0 && (c[i - 1].is_alphanumeric() || c[i - 1] == '/') {
        return None;
    }
    for (text, what) in LABELS {
        let n = text.chars().count();
        if i + n > c.len() {
            continue;
        }
        let same = c[i..i + n].iter().zip(text.chars()).all(|(a, b)| a.to_lowercase().eq([b]));
        if !same {
            continue;
        }
        let word_end =
            text.ends_with(['.', '°']) || !c.get(i + n).is_some_and(|x| x.is_alphanumeric());
        if !word_end {
            continue;
        }
        // A capitalised word label inside a name is part of the name
        // ("Central Decimal File 1910–29", "White House Memoranda Series").
        if n >= 3 && !text.ends_with('.') && c[i].is_uppercase() && i >= 2 && c[i - 1] == ' ' {
            let prev: Vec<char> =
                c[..i - 1].iter().rev().take_while(|x| x.is_alphabetic()).copied().collect();
            if prev.len() >= 2 && prev.last().is_some_and(|x| x.is_uppercase()) {
                continue;
            }
        }
        // Short labels need a value: a digit next (`p. 3`, `no 130`, `k. 12`).
        let mut k = i + n;
        while c.get(k) == Some(&' ') {
            k += 1;
        }
        let digit_next = c.get(k).is_some_and(char::is_ascii_digit);
        let short = n <= 3 || matches!(*text, "fols." | "fol." | "fos." | "fols");
        let title_ok =
            matches!(what, Names::Unit(_, Value::NumberOrTitle | Value::Rest | Value::Code));
        let roman_next = c.get(k).is_some_and(|x| matches!(x, 'I' | 'V' | 'X'));
        // A box numbered after its series' letters (`Box H–224`, `Box CL 426`).
        let prefixed_box = *text == "box" && prefixed_number_at(c, k).is_some();
        let valued = digit_next || prefixed_box || (roman_next && text.starts_with('v'));
        if short && !valued {
            continue;
        }
        if !short && !digit_next && !title_ok && !roman_next {
            continue;
        }
        // A lone capital `S.`/`P.` before a name is an initial, not a page.
        if n <= 2 && c[i].is_uppercase() && matches!(*text, "s." | "p.") && i > 0 && c[i - 1] == ' '
        {
            let prev_initial = i >= 3 && c[i - 2] == '.' && c[i - 3].is_uppercase();
            if prev_initial {
                continue;
            }
        }
        return Some((*what, k));
    }
    None
}

/// A number or code at `i`: `59`, `2.2`, `139–1`, `74443/1915`, `4436 A`, `I`, `12a`.
pub(super) fn number_at(c: &[char], i: usize) -> Option<(String, usize)> {
    let mut j = i;
    let roman_at =
        |k: usize| c[k..].iter().take_while(|x| matches!(x, 'I' | 'V' | 'X' | 'L')).count();
    let roman = roman_at(j);
    if roman > 0 && !c.get(j + roman).is_some_and(|x| x.is_alphanumeric()) {
        let mut end = j + roman;
        // A range of them ("X–XV"), or a number within ("XX 1–5", "XVIII 3b").
        if matches!(c.get(end), Some('–' | '-')) && roman_at(end + 1) > 0 {
            end += 1 + roman_at(end + 1);
        } else if c.get(end) == Some(&' ') && c.get(end + 1).is_some_and(char::is_ascii_digit) {
            if let Some((_, e)) = number_at(c, end + 1) {
                end = e;
            }
        }
        if !c.get(end).is_some_and(|x| x.is_alphanumeric()) {
            return Some((c[j..end].iter().collect(), end));
        }
        return Some((c[j..j + roman].iter().collect(), j + roman));
    }
    if !c.get(j).is_some_and(char::is_ascii_digit) {
        return None;
    }
    while j < c.len() {
        let inner =
            matches!(c[j], '.' | '–' | '-' | '/') && c.get(j + 1).is_some_and(char::is_ascii_digit);
        if c[j].is_ascii_digit() || inner {
            j += 1;
        } else {
            break;
        }
    }
    // A letter after the number: "12a", "4436 A" (a lone capital before the end).
    if c.get(j).is_some_and(|x| x.is_alphabetic())
        && !c.get(j + 1).is_some_and(|x| x.is_alphanumeric())
    {
        j += 1;
    } else if c.get(j) == Some(&' ')
        && c.get(j + 1).is_some_and(char::is_ascii_alphabetic)
        && !c.get(j + 2).is_some_and(|x| x.is_alphanumeric() || *x == '.')
    {
        j += 2;
    }
    Some((c[i..j].iter().collect(), j))
}

/// Leaves or pages at `i`: "12", "12v", "12–14", "12r–13v", "3, 5", "12 v°".
pub(crate) fn leaves_at(c: &[char], i: usize) -> (Vec<Folio>, usize) {
    let mut out = Vec::new();
    let mut j = i;
    loop {
        while c.get(j) == Some(&' ') {
            j += 1;
        }
        let Some((from, from_verso, k)) = leaf(c, j) else { break };
        let mut f = Folio { from: from.clone(), to: from, from_verso, verso: from_verso };
        j = k;
        if matches!(c.get(j), Some('–' | '-' | '—' | '‒')) {
            if let Some((to, verso, k)) = leaf(c, j + 1) {
                f.to = expand_range(&f.from, to);
                f.verso = verso;
                j = k;
            }
        }
        out.push(f);
        if c.get(j) == Some(&',')
            && c.get(j + 1) == Some(&' ')
            && c.get(j + 2).is_some_and(char::is_ascii_digit)
        {
            j += 1;
            continue;
        }
        // "pp. 12 and 14", "imágenes 30 y 102", "S. 5 u. 7", "k. 3 i 5".
        if let Some(n) = AND.iter().find_map(|w| {
            let n = w.chars().count();
            (c.len() > j + n
                && c[j..j + n].iter().copied().eq(w.chars())
                && c[j + n].is_ascii_digit())
            .then_some(n)
        }) {
            j += n;
            continue;
        }
        break;
    }
    (out, j)
}

/// The words that join two leaves or pages of a list, with their spaces.
const AND: [&str; 8] = [" and ", " y ", " et ", " e ", " und ", " u. ", " i ", " & "];

/// The end of a range printed short (`251–7`, `270–72`): the digits it leaves
/// out are the start's.
pub(super) fn expand_range(from: &str, to: String) -> String {
    let (f, t) = (from.len(), to.len());
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if t < f && digits(from) && digits(&to) {
        let full = format!("{}{to}", &from[..f - t]);
        if full.as_str() > from {
            return full;
        }
    }
    to
}

/// One leaf: digits and a recto/verso mark (`v`, `r`, `v°`, `R` for German *Rückseite*).
pub(super) fn leaf(c: &[char], i: usize) -> Option<(String, bool, usize)> {
    let mut j = i;
    while c.get(j).is_some_and(char::is_ascii_digit) {
        j += 1;
    }
    if j == i {
        return None;
    }
    let n: String = c[i..j].iter().collect();
    let mut k = j;
    if c.get(k) == Some(&' ')
        && matches!(c.get(k + 1), Some('v' | 'r'))
        && c.get(k + 2) == Some(&'°')
    {
        k += 1;
    }
    let mark = c.get(k).copied();
    let ends = |m: usize| !c.get(m).is_some_and(|x| x.is_alphanumeric());
    match mark {
        Some('v' | 'R') if ends(k + 1) || c.get(k + 1) == Some(&'°') => {
            let end = if c.get(k + 1) == Some(&'°') { k + 2 } else { k + 1 };
            Some((n, true, end))
        }
        Some('r') if ends(k + 1) || c.get(k + 1) == Some(&'°') => {
            let end = if c.get(k + 1) == Some(&'°') { k + 2 } else { k + 1 };
            Some((n, false, end))
        }
        _ => Some((n, false, j)),
    }
}

/// Departments of The National Archives (Kew) whose references are cited
/// without the repository (`FO 371/84036`, `CAB 128/5`, `PREM 11/1074`).
pub(super) const TNA_DEPARTMENTS: &[&str] = &[
    "ADM", "AIR", "ASSI", "AVIA", "BD", "BN", "BT", "BW", "C", "CAB", "CO", "COAL", "CRES", "CRIM",
    "CSC", "CUST", "DEFE", "DO", "DPP", "DSIR", "E", "ED", "EW", "FCO", "FD", "FO", "FV", "GFM",
    "HCA", "HLG", "HO", "HS", "HW", "INF", "IR", "J", "KB", "KV", "LAB", "LCO", "MAF", "MEPO",
    "MH", "MINT", "MT", "MUN", "NATS", "OD", "PC", "PCOM", "PIN", "POWE", "PREM", "PROB", "RAIL",
    "RECO", "SP", "STAT", "SUPP", "T", "TS", "UGC", "WO", "WORK", "ZHC", "ZPER",
];

/// Bestände of the Bundesarchiv cited without the repository (`R 43 I/1370`,
/// `NS 19/123`, `B 136/4959`, `RH 19 III/5`).
pub(super) const BARCH_BESTAENDE: &[&str] = &[
    "R", "NS", "RH", "RW", "RM", "RL", "RS", "N", "B", "DY", "DC", "DO", "DP", "DE", "DF", "DK",
    "DQ", "ZSg", "MSg", "Pers",
];

/// A number after a series' letters, as presidential libraries and the
/// Library of Congress number boxes (`Box H–224`, `Box CL 426`, `Box TS 24`):
/// the value and where it ends.
pub(super) fn prefixed_number_at(c: &[char], i: usize) -> Option<(String, usize)> {
    let letters = c.get(i..)?.iter().take_while(|x| x.is_ascii_uppercase()).count();
    if !(1..=3).contains(&letters) {
        return None;
    }
    let sep = usize::from(matches!(c.get(i + letters), Some(' ' | '-' | '–')));
    let (_, end) = number_at(c, i + letters + sep)?;
    Some((c[i..end].iter().collect(), end))
}

/// Whether `p` is a Chinese archival reference printed whole: two to four
/// segments joined by hyphens or dashes, the first with an optional letter
/// prefix (`SZ1`, `JX1`, `A1`, `B168`), the others numbers, a sub-number in
/// parentheses allowed (`1-7(2)-7`). Not a range of years (`1950-1952`).
pub(super) fn quanzong_code(p: &str) -> bool {
    let p = p.trim_end_matches('.');
    let segs: Vec<&str> = p.split(['-', '–']).collect();
    if !(2..=4).contains(&segs.len()) || segs.iter().any(|s| s.is_empty()) {
        return false;
    }
    let first = segs[0].trim_start_matches(|x: char| x.is_ascii_uppercase());
    let prefix = segs[0].len() - first.len();
    let number = |s: &str| {
        let digits = s.trim_end_matches(')');
        let (n, sub) = digits.split_once('(').unwrap_or((digits, "1"));
        !n.is_empty()
            && n.bytes().all(|b| b.is_ascii_digit())
            && sub.bytes().all(|b| b.is_ascii_digit())
            && (s.ends_with(')') == s.contains('('))
    };
    let years = segs.len() == 2
        && prefix == 0
        && segs.iter().all(|s| s.len() == 4 && s.parse::<u32>().is_ok_and(|y| y > 1500));
    prefix <= 3 && number(first) && segs[1..].iter().all(|s| number(s)) && !years
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_of_leaves_joined_by_a_word() {
        let c: Vec<char> = "30 y 102. Todas".chars().collect();
        let (f, end) = leaves_at(&c, 0);
        assert_eq!(f.iter().map(|x| x.from.as_str()).collect::<Vec<_>>(), ["30", "102"]);
        assert_eq!(end, 8);
        let c: Vec<char> = "251–7 and 260, and then".chars().collect();
        let (f, _) = leaves_at(&c, 0);
        assert_eq!((f[0].to.as_str(), f.len()), ("257", 2));
        // A word after "and" is no leaf.
        let c: Vec<char> = "12 and Box 4".chars().collect();
        assert_eq!(leaves_at(&c, 0).0.len(), 1);
    }
}
