//! Citations with no repository printed: a code only one repository uses
//! (`FO 371/84036`, `R 43 I/1370`, `RG 59`), a NARA series named by its file
//! (`026 Foreign Relations/1118, DoS CDF 1930-1939`), or a collection of papers
//! with its boxes (`Fish Papers, Container 277, Letters Sent`).

use super::super::found::ArchiveRef;
use super::super::registry::Registry;
use super::labels::{BARCH_BESTAENDE, TNA_DEPARTMENTS};
use super::part::{has_word, Ctx, Read};
use super::split::{bounds, part_text, parts, read_parts, reorder_backward, Clause};
use crate::model::Level;

/// The code at `i` that only one repository uses, and that repository's key:
/// a NARA record group (`RG 59`, `Record Group 84`), a TNA piece (`FO 371/84036`)
/// or a Bundesarchiv file (`R 43 I/1370`, `B136/4959`).
fn implicit_code(c: &[char], i: usize, german: impl Fn() -> bool) -> Option<(&'static str, usize)> {
    let starts = |t: &str| {
        let n = t.chars().count();
        i + n < c.len() && c[i..i + n].iter().copied().eq(t.chars()) && c[i + n].is_ascii_digit()
    };
    if starts("RG ") || starts("Record Group ") {
        let mut j = i + if c[i + 1] == 'G' { 3 } else { 13 };
        while c.get(j).is_some_and(char::is_ascii_digit) {
            j += 1;
        }
        return Some(("NARA", j));
    }
    let letters = c[i..].iter().take_while(|x| x.is_ascii_alphabetic()).count();
    let word: String = c[i..i + letters].iter().collect();
    let mut j = i + letters;
    if c.get(j) == Some(&' ') {
        j += 1;
    }
    let digits = c[j..].iter().take_while(|x| x.is_ascii_digit()).count();
    if digits == 0 {
        return None;
    }
    j += digits;
    // "R 43 I/1370", "RH 19 III/5": a Roman numeral before the slash.
    if c.get(j) == Some(&' ') {
        let roman = c[j + 1..].iter().take_while(|x| matches!(x, 'I' | 'V' | 'X')).count();
        if roman > 0 {
            j += 1 + roman;
        }
    }
    if c.get(j) != Some(&'/') || !c.get(j + 1).is_some_and(char::is_ascii_digit) {
        return None;
    }
    // The end: the numbers after the slash ("49069/9595").
    let mut end = j;
    while c.get(end) == Some(&'/') && c.get(end + 1).is_some_and(char::is_ascii_alphanumeric) {
        end += 1;
        // A range in the last part ("PREM3/206/1-3").
        while c.get(end).is_some_and(char::is_ascii_alphanumeric)
            || (matches!(c.get(end), Some('-' | '–'))
                && c.get(end + 1).is_some_and(char::is_ascii_digit))
        {
            end += 1;
        }
    }
    let tna = TNA_DEPARTMENTS.contains(&word.as_str());
    let barch = BARCH_BESTAENDE.contains(&word.as_str());
    let key = match (tna, barch) {
        (true, true) if german() => "BArch",
        (true, _) => "TNA",
        (false, true) => "BArch",
        _ => return None,
    };
    Some((key, end))
}

/// A State Department decimal file at `i` (`715.1715/661a`, `611.61/2–350`,
/// `714.00(w)/4–1454`, `890d.01/226`): three digits (a country's letter), a point, digits, an optional letter in
/// parentheses, a slash and the document's number or date. Only NARA's State
/// Department records use the scheme. Returns the end.
fn decimal_file_at(c: &[char], i: usize) -> Option<usize> {
    if i > 0 && (c[i - 1].is_alphanumeric() || matches!(c[i - 1], '.' | '/' | '-' | '–')) {
        return None;
    }
    let digits = |j: usize| c[j.min(c.len())..].iter().take_while(|x| x.is_ascii_digit()).count();
    let mut j = i;
    if digits(j) != 3 {
        return None;
    }
    j += 3;
    // A country's letter after the class ("890d.01/226": Syria and Lebanon).
    if c.get(j).is_some_and(char::is_ascii_lowercase) {
        j += 1;
    }
    if c.get(j) != Some(&'.') {
        return None;
    }
    j += 1;
    // Subdivisions of up to six digits ("837.61351/4219").
    let d = digits(j);
    if d == 0 || d > 6 {
        return None;
    }
    j += d;
    if c.get(j) == Some(&'(')
        && c.get(j + 1).is_some_and(char::is_ascii_lowercase)
        && c.get(j + 2) == Some(&')')
    {
        j += 3;
    }
    if c.get(j) != Some(&'/') || !c.get(j + 1).is_some_and(char::is_ascii_digit) {
        return None;
    }
    j += 1;
    while c.get(j).is_some_and(|x| x.is_ascii_alphanumeric())
        || (matches!(c.get(j), Some('–' | '-')) && c.get(j + 1).is_some_and(char::is_ascii_digit))
    {
        j += 1;
    }
    Some(j)
}

/// Whether a note reads as German (for codes both TNA and the Bundesarchiv use).
fn german(c: &[char]) -> bool {
    let t: String = c.iter().collect();
    [" der ", " die ", " das ", " und ", " vom ", " im ", " Bl. ", " vgl. ", " in den "]
        .iter()
        .any(|w| t.contains(w))
}

/// Citations with no repository named, by a code only one repository uses
/// (`implicit_code`); the repository is the one the code belongs to.
pub(super) fn clauses(c: &[char], registry: &Registry, taken: &[Clause]) -> Vec<Clause> {
    let mut out: Vec<Clause> = Vec::new();
    let de = std::cell::OnceCell::new();
    let mut i = 0;
    while i < c.len() {
        let word_start = c[i].is_ascii_uppercase() && (i == 0 || !c[i - 1].is_alphanumeric());
        let inside = taken.iter().chain(out.iter()).any(|t| i >= t.start && i < t.end);
        let code = if c[i].is_ascii_digit() {
            decimal_file_at(c, i).map(|end| ("NARA", end))
        } else if let Some(end) = super::microfilm::code_at(c, i) {
            // A film of the National Archives (`T-120/587/243383`).
            Some(("NARA", end))
        } else {
            implicit_code(c, i, || *de.get_or_init(|| german(c))).filter(|_| word_start)
        };
        let Some((key, code_end)) = code.filter(|_| !inside) else {
            i += 1;
            continue;
        };
        let Some(known) = registry.by_abbr(key) else {
            i += 1;
            continue;
        };
        let (_, hi) = bounds(c, i, i + 1);
        // The code is a part of its own ("B136/4959. - Der Beschluß …").
        let after = c[code_end..hi.max(code_end)].iter().position(|x| *x == ',');
        let mut ranges = vec![(i, code_end)];
        if let Some(k) = after {
            ranges.extend(parts(c, code_end + k + 1, hi).0);
        }
        let again = |p: &str| {
            let inner: Vec<char> = p.chars().collect();
            (!registry.mentions(&inner).is_empty()).then_some(false)
        };
        let mut cx = Ctx::new(&known.tradition);
        let (read, span) = read_parts(c, &ranges, &mut cx, "", &again);
        match span.filter(|_| !read.units.is_empty()) {
            Some((_, e)) => {
                let cited = read.into_cited(i, e);
                let archive = ArchiveRef {
                    as_printed: known.key.clone(),
                    name_printed: None,
                    known: Some(known.clone()),
                };
                out.push(Clause { start: i, end: e, archive: Some(archive), ibid: false, cited });
                i = e.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

/// A collection of papers cited alone at the end of its clause ("Diary, 10 April
/// 1940, Waterson Papers."): a name ending in "Papers", not a published series
/// ("Public Papers of the Presidents", "British and Foreign State Papers",
/// "Parliamentary Papers", "The Papers of Woodrow Wilson").
fn papers_alone(c: &[char], p: &str, end: usize) -> bool {
    let words: Vec<&str> = p.split_whitespace().collect();
    let published =
        ["Public", "State", "Parliamentary", "Sessional", "Command", "Foreign", "Working"];
    let clause_end =
        c[end..].iter().find(|x| !x.is_whitespace()).is_none_or(|x| matches!(x, '.' | ';' | ')'));
    (2..=5).contains(&words.len())
        && words.last().is_some_and(|w| matches!(*w, "Papers" | "Diaries"))
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "and" | "de" | "von"))
        && !words.iter().any(|w| published.contains(w))
        && clause_end
}

/// A series of NARA's State Department files named without the repository
/// ("DoS CDF 1930-1939", "Department of State Central Decimal Files"), or a
/// collection of papers ("Fish Papers") next to its boxes: the clause around it,
/// read forward and, when nothing follows, backward (Chicago order).
pub(super) fn named(c: &[char], registry: &Registry, taken: &[Clause]) -> Vec<Clause> {
    let mut out: Vec<Clause> = Vec::new();
    let (ranges, _) = parts(c, 0, c.len());
    for &(a, b) in &ranges {
        if taken.iter().chain(out.iter()).any(|t| a < t.end && b > t.start) {
            continue;
        }
        let p = part_text(c, (a, b));
        let nara_series = has_word(&p, &["cdf", "decimal file", "decimal files"]);
        let collection = !nara_series
            && p.starts_with(char::is_uppercase)
            && p.split_whitespace().count() <= 6
            && has_word(&p, &["papers", "collection", "nachlass", "nachlaß"]);
        if !nara_series && !collection {
            continue;
        }
        // The clause: parts between semicolons around this one.
        let (lo, hi) = bounds(c, a, b);
        let within: Vec<(usize, usize)> =
            ranges.iter().copied().filter(|&(x, y)| x >= lo && y <= hi).collect();
        let Some(at) = within.iter().position(|&r| r == (a, b)) else { continue };
        let again = |q: &str| {
            let inner: Vec<char> = q.chars().collect();
            (!registry.mentions(&inner).is_empty()).then_some(false)
        };
        let mut cx = Ctx::new("us");
        let (fwd, fspan) = read_parts(c, &within[at..], &mut cx, "", &again);
        let mut cx = Ctx::new("us");
        let before: Vec<(usize, usize)> = within[..at].iter().rev().copied().collect();
        let (mut back, bspan) = read_parts(c, &before, &mut cx, "", &again);
        // A second collection before the papers is the document's title (`Fish
        // Diary, March 30, 1870, Microfilm Roll 277, Fish Papers`).
        if collection {
            if let Some(k) = back.units.iter().position(|(l, _)| *l == Level::Collection) {
                back.units.truncate(k);
            }
        }
        // Units besides the anchor itself: a box, a file, a record group.
        let labelled = |r: &Read| {
            r.units.iter().any(|(l, _)| !matches!(l, Level::Collection | Level::Series))
                || !r.folios.is_empty()
        };
        let (units, span, folios, pages) = if labelled(&back) && fwd.units.len() <= 1 {
            let mut u = reorder_backward(c, &before, back.units, "us");
            u.extend(fwd.units);
            let s = bspan.map_or(a, |x| x.0);
            let e = fspan.map_or(b, |x| x.1);
            // Pages after the collection (`Box 477, AHA Papers, p. 2`) too.
            let pages = if fwd.folios.is_empty() { back.pages } else { fwd.pages };
            let mut folios = back.folios;
            folios.extend(fwd.folios);
            (u, (s, e), folios, pages)
        } else if labelled(&fwd) {
            (fwd.units, fspan.unwrap_or((a, b)), fwd.folios, fwd.pages)
        } else if collection && papers_alone(c, &p, b) {
            (vec![(Level::Collection, p.clone())], (a, b), Vec::new(), false)
        } else {
            continue;
        };
        let read = Read { units, folios, pages, ..Read::default() };
        let cited = read.into_cited(span.0, span.1);
        let archive = if nara_series {
            registry.by_abbr("NARA").map(|k| ArchiveRef {
                as_printed: k.key.clone(),
                name_printed: None,
                known: Some(k.clone()),
            })
        } else {
            None
        };
        out.push(Clause { start: span.0, end: span.1, archive, ibid: false, cited });
    }
    out
}
