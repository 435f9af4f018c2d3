//! Archival citations as the traditions outside the former USSR print them: the
//! repository, then its parts separated by commas ("NARA, RG 59, Entry A1 1397,
//! Box 12, Folder 3", "HHStA, Kab. Kanzlei, MRZ. 3759/1851", "BArch, R 43 I/1370,
//! Bl. 12", "AN, F 7 4436 A, dossier 4, no 130", "(Harvard University Archives,
//! Cambridge, Massachusetts, Smith Papers, HUGFP 76.14, Box 1)"), or the parts
//! first and the repository last, as Chicago notes do ("Copy from file 123 H 43,
//! Central Decimal File, Record Group 59, National Archives").
//!
//! The repository is found by the registry (its archives with a tradition); the
//! labels are a table with one row per spelling; unlabelled parts are read by
//! their shape (a TNA piece `FO 371/84036`, a Bundesarchiv `R 43 I/1370`, a
//! shelfmark `MS 2925`, a NARA decimal file `763.72/859`) or, for named parts,
//! by the tradition's hierarchy (`Kab. Kanzlei` is the Bestand of an Austrian
//! citation, `Smith Papers` a collection anywhere).

use super::archival::{Cited, Issue};
use super::found::ArchiveRef;
use super::registry::{self, Registry};
use crate::model::Level;
use labels::{lower, BARCH_BESTAENDE, LABELS, TNA_DEPARTMENTS};
use part::{
    has_word, is_place, only_dates, read_part, Ctx, Read, COLLECTION_WORDS, DIVISION_WORDS,
};

/// One citation read here.
#[derive(Debug, Clone)]
pub(super) struct Clause {
    /// Char range covered (to be hidden from the other scanners).
    pub(super) start: usize,
    /// End (exclusive), in chars.
    pub(super) end: usize,
    /// The repository; `None` for the parts after an ibid (`ebd., RR., Präs. 180/1851`).
    pub(super) archive: Option<ArchiveRef>,
    /// Units and folios.
    pub(super) cited: Cited,
}

mod labels;
mod part;

/// Splits `c[lo..hi]` into parts at commas (not between digits: `9,554`) and at
/// sentence ends (`1929. Manuscript Division`); returns char ranges, trimmed.
/// Also reports commas with no space after them (`MS 2925,Container 15`).
fn parts(c: &[char], lo: usize, hi: usize) -> (Vec<(usize, usize)>, Vec<usize>) {
    let mut out = Vec::new();
    let mut tight = Vec::new();
    let mut s = lo;
    let mut i = lo;
    while i < hi {
        let ch = c[i];
        let split = match ch {
            ',' => {
                let between_digits = i > lo
                    && c[i - 1].is_ascii_digit()
                    && c.get(i + 1).is_some_and(char::is_ascii_digit);
                if !between_digits && c.get(i + 1).is_some_and(|x| x.is_alphabetic()) {
                    tight.push(i);
                }
                !between_digits
            }
            '.' => {
                let next_upper =
                    c.get(i + 1) == Some(&' ') && c.get(i + 2).is_some_and(|x| x.is_uppercase());
                let word: String = c[lo..i]
                    .iter()
                    .rev()
                    .take_while(|x| x.is_alphanumeric())
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                let number = !word.is_empty() && word.chars().all(|x| x.is_ascii_digit());
                let long_word = word.chars().count() >= 4
                    && word.chars().skip(1).all(char::is_lowercase)
                    && !LABELS.iter().any(|(t, _)| t.trim_end_matches('.') == lower(&word));
                next_upper && (number || long_word)
            }
            _ => false,
        };
        if split {
            out.push((s, i));
            s = i + 1;
        }
        i += 1;
    }
    out.push((s, hi));
    let trimmed = out
        .into_iter()
        .filter_map(|(a, b)| {
            let mut a = a;
            let mut b = b;
            while a < b && c[a].is_whitespace() {
                a += 1;
            }
            while b > a && (c[b - 1].is_whitespace()) {
                b -= 1;
            }
            (a < b).then_some((a, b))
        })
        .collect();
    (trimmed, tight)
}

/// The part's text with a final sentence dot removed (kept after an abbreviation: `RR.`).
fn part_text(c: &[char], (a, b): (usize, usize)) -> String {
    let s: String = c[a..b].iter().collect();
    let s = s.trim().to_string();
    if let Some(stem) = s.strip_suffix('.') {
        let last = stem.chars().next_back();
        let word: String = stem.chars().rev().take_while(|x| x.is_alphanumeric()).collect();
        let abbreviation = word.chars().count() <= 3 || last.is_some_and(char::is_uppercase);
        if last.is_some_and(|x| x.is_ascii_digit() || x == ')') || !abbreviation {
            return stem.to_string();
        }
    }
    s
}

/// The bounds of the clause around chars `[s, e)`: the parentheses it stands in,
/// or the text between semicolons.
fn bounds(c: &[char], s: usize, e: usize) -> (usize, usize) {
    let mut depth = 0i32;
    let mut open = None;
    for i in (0..s).rev() {
        match c[i] {
            ')' => depth += 1,
            '(' if depth == 0 => {
                open = Some(i);
                break;
            }
            '(' => depth -= 1,
            ';' if depth == 0 => break,
            _ => {}
        }
    }
    match open {
        Some(o) => {
            let close = c[e..].iter().position(|x| *x == ')').map_or(c.len(), |p| e + p);
            (o + 1, close)
        }
        None => {
            let lo = c[..s].iter().rposition(|x| *x == ';').map_or(0, |p| p + 1);
            let hi = c[e..].iter().position(|x| matches!(x, ';' | '(')).map_or(c.len(), |p| e + p);
            (lo, hi)
        }
    }
}

/// Hides `(henceforth PRO)`, `(hereafter TNA)` and `(TNA)` after a name: spaces
/// in a copy of the text.
fn hide_definitions(c: &[char]) -> Vec<char> {
    let mut out = c.to_vec();
    let mut i = 0;
    while i < c.len() {
        if c[i] == '(' {
            if let Some(len) = c[i + 1..].iter().position(|x| *x == ')') {
                let inner: String = c[i + 1..i + 1 + len].iter().collect();
                let abbr = super::registry::strip_hereafter(inner.trim());
                let is_abbr = !abbr.is_empty()
                    && abbr.chars().count() <= 12
                    && !abbr.contains(' ')
                    && abbr.chars().filter(|x| x.is_uppercase()).count() >= 2
                    && !abbr.chars().any(|x| x.is_ascii_digit());
                if is_abbr {
                    for x in out.iter_mut().skip(i).take(len + 2) {
                        *x = ' ';
                    }
                }
                i += len + 1;
            }
        }
        i += 1;
    }
    out
}

/// Reads the parts of `ranges` in order (or in reverse), stopping at the first
/// that is not a unit; returns what was read and the char range covered.
fn read_parts(
    c: &[char],
    ranges: &[(usize, usize)],
    cx: &mut Ctx,
    place: &str,
    registry_again: &dyn Fn(&str) -> Option<bool>,
) -> (Read, Option<(usize, usize)>) {
    let mut all = Read::default();
    let mut span: Option<(usize, usize)> = None;
    for &(a, b) in ranges {
        let p = part_text(c, (a, b));
        let started = !all.units.is_empty() || !all.folios.is_empty();
        match registry_again(&p) {
            // The same repository again ("The Sheridan Libraries, The Johns Hopkins University").
            Some(true) if !started => continue,
            // Another repository: another citation.
            Some(_) => break,
            None => {}
        }
        if !started && is_place(&p, place) {
            continue;
        }
        if started && only_dates(&p) {
            continue;
        }
        if has_word(&p, DIVISION_WORDS) && !has_word(&p, COLLECTION_WORDS) {
            continue;
        }
        let Some(r) = read_part(&p, cx) else { break };
        let stop = r.prose_head;
        all.units.extend(r.units);
        all.issues.extend(r.issues);
        if !r.folios.is_empty() {
            all.pages = r.pages;
        }
        all.folios.extend(r.folios);
        span = Some(span.map_or((a, b), |(s, e)| (s.min(a), e.max(b))));
        if stop {
            break;
        }
    }
    (all, span)
}

/// The citations of a note read here: one per repository named with parts
/// around it, and the parts after a mid-note ibid (`in ebd., RR., GA. 118/1851`).
pub(super) fn clauses(text: &[char], registry: &Registry) -> Vec<Clause> {
    let c = hide_definitions(text);
    let mut out: Vec<Clause> = Vec::new();
    let mentions = registry.mentions(&c);
    for m in &mentions {
        if out.iter().any(|cl| m.start >= cl.start && m.start < cl.end) {
            continue;
        }
        let (lo, hi) = bounds(&c, m.start, m.end);
        let (ranges, tight) = parts(&c, lo, hi);
        // The part holding the mention; the rest of it after the name is a part too.
        let Some(pi) = ranges.iter().position(|&(a, b)| m.start >= a && m.start < b) else {
            continue;
        };
        let mut after: Vec<(usize, usize)> = Vec::new();
        let rest_start = m.end;
        if rest_start < ranges[pi].1 {
            let rest: String = c[rest_start..ranges[pi].1].iter().collect();
            if !rest.trim_start_matches(['.', ' ']).is_empty() {
                let skip = rest.len() - rest.trim_start_matches(['.', ' ']).len();
                after.push((rest_start + rest[..skip].chars().count(), ranges[pi].1));
            }
        }
        after.extend(ranges[pi + 1..].iter().copied());
        // Archives départementales: the département names the archive
        // ("A. D. Eure", "A. D., Hauts-de-Seine").
        let mut known = m.known.clone();
        if known.key == "AD" {
            let Some(&first) = after.first() else { continue };
            let dept = part_text(&c, first);
            let name_like = dept.starts_with(char::is_uppercase)
                && !dept.chars().any(|x| x.is_ascii_digit())
                && dept.split_whitespace().count() <= 4;
            if !name_like {
                continue;
            }
            known.key = format!("AD {dept}");
            after.remove(0);
        }
        let m = &registry::Mention { known, ..m.clone() };
        let same = |p: &str| {
            let inner: Vec<char> = p.chars().collect();
            let found = registry.mentions(&inner);
            (!found.is_empty()).then(|| found.iter().all(|x| x.known.key == m.known.key))
        };
        // Departmental cotes are codes; a name after the département is its seat.
        let named = if m.known.key.starts_with("AD ") { 2 } else { 0 };
        let mut cx = Ctx { tradition: &m.known.tradition, named, record_group: false };
        let (mut read, mut span) = read_parts(&c, &after, &mut cx, &m.known.place, &same);
        if read.units.is_empty() && read.folios.is_empty() {
            // Chicago order: the parts before the repository, read backwards.
            let before: Vec<(usize, usize)> = ranges[..pi].iter().rev().copied().collect();
            let mut cx = Ctx { tradition: &m.known.tradition, named: 0, record_group: false };
            let (mut r, s) = read_parts(&c, &before, &mut cx, &m.known.place, &same);
            if !r.units.is_empty() {
                // Printed order: the backward read's parts were pushed last-first.
                r.units = reorder_backward(&c, &before, r.units, &m.known.tradition);
                read = r;
                span = s;
            }
        }
        if read.units.is_empty() && read.folios.is_empty() {
            // A document cited with its repository last and no units ("Letter, 3 June
            // 1919, Hoover Institution Archives."): archival, with the repository only.
            let whole_part = part_text(&c, ranges[pi]).trim_start_matches("The ").len()
                <= m.as_printed.trim_start_matches("The ").len() + 1;
            let only_places = after.iter().all(|&r| is_place(&part_text(&c, r), &m.known.place));
            let closes_note = c[hi..].iter().all(|x| !x.is_alphanumeric());
            if !(pi > 0 && whole_part && only_places && closes_note) {
                continue;
            }
            span = Some((ranges[pi].0, after.last().map_or(ranges[pi].1, |r| r.1)));
        }
        let (s, e) = span.unwrap_or((m.start, m.end));
        let mut cited = read.into_cited(s.min(m.start), e.max(m.end));
        for &t in &tight {
            if t >= cited.start && t < cited.end {
                let next: String = c[t + 1..].iter().take_while(|x| x.is_alphabetic()).collect();
                cited.issues.push(Issue {
                    code: "missing-space",
                    message: format!("no space after the comma before `{next}`"),
                });
            }
        }
        out.push(Clause {
            start: cited.start,
            end: cited.end,
            archive: Some(ArchiveRef {
                as_printed: m.as_printed.clone(),
                name_printed: m.is_name.then(|| m.as_printed.clone()),
                known: Some(m.known.clone()),
            }),
            cited,
        });
    }
    let implicit = implicit_clauses(&c, registry, &out);
    out.extend(implicit);
    out.extend(ibid_clauses(&c, &out));
    out.sort_by_key(|cl| cl.start);
    out
}

/// The code at `i` that only one repository uses, and that repository's key:
/// a NARA record group (`RG 59`, `Record Group 84`), a TNA piece (`FO 371/84036`)
/// or a Bundesarchiv file (`R 43 I/1370`, `B136/4959`).
fn implicit_code(c: &[char], i: usize, german: bool) -> Option<(&'static str, usize)> {
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
        while c.get(end).is_some_and(char::is_ascii_alphanumeric) {
            end += 1;
        }
    }
    let tna = TNA_DEPARTMENTS.contains(&word.as_str());
    let barch = BARCH_BESTAENDE.contains(&word.as_str());
    let key = match (tna, barch) {
        (true, true) if german => "BArch",
        (true, _) => "TNA",
        (false, true) => "BArch",
        _ => return None,
    };
    Some((key, end))
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
fn implicit_clauses(c: &[char], registry: &Registry, taken: &[Clause]) -> Vec<Clause> {
    let mut out: Vec<Clause> = Vec::new();
    let de = german(c);
    let mut i = 0;
    while i < c.len() {
        let word_start = c[i].is_ascii_uppercase() && (i == 0 || !c[i - 1].is_alphanumeric());
        let inside = taken.iter().chain(out.iter()).any(|t| i >= t.start && i < t.end);
        let Some((key, code_end)) = implicit_code(c, i, de).filter(|_| word_start && !inside)
        else {
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
        let mut cx = Ctx { tradition: &known.tradition, named: 0, record_group: false };
        let (read, span) = read_parts(c, &ranges, &mut cx, "", &again);
        match span.filter(|_| !read.units.is_empty()) {
            Some((_, e)) => {
                let cited = read.into_cited(i, e);
                let archive = ArchiveRef {
                    as_printed: known.key.clone(),
                    name_printed: None,
                    known: Some(known.clone()),
                };
                out.push(Clause { start: i, end: e, archive: Some(archive), cited });
                i = e.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

impl Read {
    /// The citation read, covering chars `start..end`.
    fn into_cited(self, start: usize, end: usize) -> Cited {
        let values = self.units.iter().map(|(_, v)| v.clone()).collect();
        Cited {
            units: self.units,
            folios: self.folios,
            start,
            end,
            pages: self.pages,
            issues: self.issues,
            values,
            ..Cited::default()
        }
    }
}

/// The backward read gives units part by part from the last; printed order is
/// part by part from the first, each part's units in their own order.
fn reorder_backward(
    c: &[char],
    before: &[(usize, usize)],
    units: Vec<(Level, String)>,
    tradition: &str,
) -> Vec<(Level, String)> {
    // Re-read each part alone to know how many units it gave.
    let mut groups: Vec<Vec<(Level, String)>> = Vec::new();
    let mut rest = units.as_slice();
    for &range in before {
        if rest.is_empty() {
            break;
        }
        let p = part_text(c, range);
        let mut cx = Ctx { tradition, named: 0, record_group: true };
        let n = read_part(&p, &mut cx).map_or(0, |r| r.units.len()).min(rest.len());
        if n == 0 {
            continue;
        }
        groups.push(rest[..n].to_vec());
        rest = &rest[n..];
    }
    if !rest.is_empty() {
        groups.push(rest.to_vec());
    }
    groups.into_iter().rev().flatten().collect()
}

/// The ibid words that may open a list of parts (`ebd., RR., Präs. 180/1851`,
/// `Ibid., Box 5, Folder 2`), lower case.
const IBID_WORDS: &[&str] = &["ibid.", "ibid", "ebd.", "ebenda", "ibidem"];

/// Parts after an ibid word, read without a repository.
fn ibid_clauses(c: &[char], taken: &[Clause]) -> Vec<Clause> {
    let mut out = Vec::new();
    for i in 0..c.len() {
        if !c[i].is_alphabetic() || (i > 0 && c[i - 1].is_alphanumeric()) {
            continue;
        }
        let Some(w) = IBID_WORDS.iter().find(|w| {
            let n = w.chars().count();
            i + n <= c.len()
                && c[i..i + n].iter().zip(w.chars()).all(|(a, b)| a.to_lowercase().eq([b]))
                && !c.get(i + n).is_some_and(|x| x.is_alphabetic())
        }) else {
            continue;
        };
        let end = i + w.chars().count();
        if taken.iter().any(|t| i >= t.start && i < t.end) {
            continue;
        }
        let (_, hi) = bounds(c, i, end);
        let (ranges, _) = parts(c, end, hi);
        let ranges: Vec<(usize, usize)> = ranges
            .into_iter()
            .filter(|&(a, b)| c[a..b].iter().any(|x| x.is_alphanumeric()))
            .collect();
        let german = w.starts_with('e');
        let tradition = if german { "at" } else { "us" };
        let mut cx = Ctx { tradition, named: 0, record_group: false };
        let (read, span) = read_parts(c, &ranges, &mut cx, "", &|_| None);
        // Only parts that are plainly units: a code or a label, not a lone name.
        let labelled = read.units.iter().any(|(l, v)| {
            v.chars().any(|x| x.is_ascii_digit()) || matches!(l, Level::Folder | Level::File)
        }) || !read.folios.is_empty();
        let Some((_, e)) = span.filter(|_| labelled) else { continue };
        let cited = read.into_cited(i, e);
        out.push(Clause { start: i, end: e, archive: None, cited });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::text::notes::archival::Folio;

    fn read(s: &str) -> Vec<(Option<String>, Vec<String>, Vec<String>)> {
        let c: Vec<char> = s.chars().collect();
        clauses(&c, &Registry::builtin())
            .into_iter()
            .map(|cl| {
                (
                    cl.archive.map(|a| a.key()),
                    cl.cited.units.iter().map(|(l, v)| format!("{}={v}", l.name())).collect(),
                    cl.cited.folios.iter().map(Folio::text).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn american_repositories_and_labels() {
        let r = read("NARA, RG 59, Entry A1 205, Box 7, Folder 3.");
        assert_eq!(r[0].0.as_deref(), Some("NARA"));
        assert_eq!(r[0].1, ["record_group=59", "entry=A1 205", "box=7", "folder=3"]);
        let r = read("Memo, May 2, 1947 (National Archives, RG 84, 711.00/12).");
        assert_eq!(r[0].1, ["record_group=84", "file=711.00/12"]);
        let r = read(
            "Smith to Jones, 3 May 1950, Dean Acheson Papers, Box 64, Harry S. Truman Library.",
        );
        assert_eq!(r[0].0.as_deref(), Some("HSTL"));
        assert_eq!(r[0].1, ["collection=Dean Acheson Papers", "box=64"]);
        let r = read("(Library of Congress, Washington, D.C., John Doe Papers, MS 1234, Container 2, Folder 9).");
        assert_eq!(
            r[0].1,
            ["collection=John Doe Papers", "shelfmark=MS 1234", "box=2", "folder=9"]
        );
    }

    #[test]
    fn british_german_austrian_french() {
        let r = read("TNA, FO 371/84036, f. 12.");
        assert_eq!(r[0].1, ["series=FO 371", "piece=84036"]);
        assert_eq!(r[0].2, ["12"]);
        let r = read("Public Record Office, Kew (hereafter PRO), CAB 128/5.");
        assert_eq!(r[0].1, ["series=CAB 128", "piece=5"]);
        let r = read("BArch, R 43 I/1370, Bl. 12v.");
        assert_eq!(r[0].1, ["bestand=R 43 I", "signatur=1370"]);
        assert_eq!(r[0].2, ["12 ob."]);
        let r = read("Bericht, HHStA, Kab. Kanzlei, MRZ. 1234/1852.");
        assert_eq!(r[0].1, ["bestand=Kab. Kanzlei", "series=MRZ.", "file=1234/1852"]);
        let r = read("AVA, Inneres, Zl. 512/1910.");
        assert_eq!(r[0].1, ["bestand=Inneres", "file=512/1910"]);
        let r = read("AN, F 7 12345, dossier 2, no 15.");
        assert_eq!(r[0].1, ["series=F 7", "piece=12345", "dossier=2", "item=15"]);
    }

    #[test]
    fn ibid_with_new_parts() {
        let r = read("Vorlage in R 43 I/1370, Bl. 12.");
        assert_eq!(r[0].0.as_deref(), Some("BArch"));
        assert_eq!(r[0].1, ["bestand=R 43 I", "signatur=1370"]);
        let r = read("Minute by Eden, 3 May 1944, FO 371/40123.");
        assert_eq!(r[0].0.as_deref(), Some("TNA"));
        assert_eq!(r[0].1, ["series=FO 371", "piece=40123"]);
        let r = read("JACAR, Ref. B02030010500, 外務省外交史料館.");
        assert_eq!(r[0].1, ["reference_code=B02030010500"]);
        let r = read("AAN, zesp. 1354, sygn. 237/V-12, k. 5.");
        assert_eq!(r[0].1, ["zespol=1354", "sygnatura=237/V-12"]);
        assert_eq!(r[0].2, ["5"]);
        let r = read("Memo, RG 59, Entry 205, Box 7.");
        assert_eq!(r[0].0.as_deref(), Some("NARA"));
        let r = read("Ein Vortrag, ebd., RR., Präs. 12/1851.");
        assert_eq!(r[0].0, None);
        assert_eq!(r[0].1, ["bestand=RR.", "series=Präs.", "file=12/1851"]);
        assert!(read("Ibid., 45.").is_empty());
    }

    #[test]
    fn repository_alone_and_departmental_archives() {
        let r = read("Letter, Smith to Jones, 3 June 1919, Hoover Institution Archives.");
        assert_eq!(r[0].0.as_deref(), Some("HIA"));
        assert!(r[0].1.is_empty());
        assert!(read("The Hoover Institution Archives hold his papers, which few read.").is_empty());
        let r = read("A. D., Hauts-de-Seine, 4 M 123.");
        assert_eq!(r[0].0.as_deref(), Some("AD Hauts-de-Seine"));
        assert_eq!(r[0].1, ["series=4 M", "piece=123"]);
    }

    #[test]
    fn prose_is_not_read() {
        assert!(read("The National Archives opened its reading room in 1977.").is_empty());
        assert!(read("See the Papers of the period, passim.").is_empty());
    }
}
