//! A clause of parts: the text between commas, split, bounded and read in
//! order or backwards (Chicago order).

use super::super::archival::{Cited, Issue};
use super::super::found::ArchiveRef;
use super::labels::{label_at, leaves_at, lower, Names, LABELS};
use super::part::{
    has_word, is_place, only_dates, read_part, tape_conversation, Ctx, Read, ACCESSIONS,
    COLLECTION_WORDS, DIVISION_WORDS, LIBRARY_DIVISION_WORDS,
};
use crate::model::Level;

/// One citation read here.
#[derive(Debug, Clone)]
pub(crate) struct Clause {
    /// Char range covered (to be hidden from the other scanners).
    pub(crate) start: usize,
    /// End (exclusive), in chars.
    pub(crate) end: usize,
    /// The repository, when named or implied by a code.
    pub(crate) archive: Option<ArchiveRef>,
    /// The parts after an ibid (`ebd., RR., Präs. 180/1851`), to be resolved
    /// against the citation the ibid repeats.
    pub(crate) ibid: bool,
    /// Units and folios.
    pub(crate) cited: Cited,
}

/// Splits `c[lo..hi]` into parts at commas (not between digits: `9,554`), at
/// semicolons and at sentence ends (`1929. Manuscript Division`); returns char ranges, trimmed.
/// Also reports commas with no space after them (`MS 2925,Container 15`).
pub(super) fn parts(c: &[char], lo: usize, hi: usize) -> (Vec<(usize, usize)>, Vec<usize>) {
    let mut out = Vec::new();
    let mut tight = Vec::new();
    let mut s = lo;
    let mut i = lo;
    while i < hi {
        let ch = c[i];
        // A title in curly quotes is one part, commas and full stops inside it
        // included (`Folder “Documents …, 1950-1954 (1980),” Box 3`): go on from
        // its last char, where a comma before the closing quote ends the part.
        if ch == '“' {
            let close = c[i + 1..hi.min(i + 200)].iter().position(|x| *x == '”');
            let clean = close.is_some_and(|n| !c[i + 1..i + 1 + n].contains(&';'));
            if let Some(n) = close.filter(|n| clean && *n > 1) {
                i += n;
                continue;
            }
        }
        let split = match ch {
            // Clauses end at semicolons: no part runs over one.
            ';' => true,
            // A comma inside a closing quote (`Folder “X,” Box 3`): the part
            // ends at the comma and the next begins after the quote.
            ',' if matches!(c.get(i + 1), Some('”' | '"'))
                && c.get(i + 2).is_none_or(|x| x.is_whitespace()) =>
            {
                out.push((s, i));
                s = i + 2;
                i += 2;
                continue;
            }
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
                    && !LABELS
                        .iter()
                        .any(|(t, _)| t.ends_with('.') && t.trim_end_matches('.') == lower(&word));
                let marking = next_upper && opens_with_marking(&c[(i + 2).min(hi)..hi]);
                next_upper && (number || long_word || marking)
            }
            // "…/1458.25 in DoS CDF 1940-1944": a unit, then the larger unit it is in.
            ' ' => {
                i > lo
                    && c[i - 1].is_ascii_digit()
                    && c.get(i + 1) == Some(&'i')
                    && c.get(i + 2) == Some(&'n')
                    && c.get(i + 3) == Some(&' ')
                    && c.get(i + 4).is_some_and(|x| x.is_uppercase())
            }
            _ => false,
        };
        if split && ch == ' ' {
            out.push((s, i));
            s = i + 3;
            i += 3;
            continue;
        }
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
pub(super) fn part_text(c: &[char], (a, b): (usize, usize)) -> String {
    let s: String = c[a..b].iter().collect();
    let s = s.trim().to_string();
    if let Some(stem) = s.strip_suffix('.') {
        let last = stem.chars().next_back();
        let word: String = stem.chars().rev().take_while(|x| x.is_alphanumeric()).collect();
        let abbreviation = word.chars().count() <= 3 || last.is_some_and(char::is_uppercase);
        // A code's last word holds a digit (`27/1/62A.`): its stop ends the sentence.
        let code = word.chars().any(|x| x.is_ascii_digit());
        let closing = |x: char| x.is_ascii_digit() || matches!(x, ')' | '"' | '”' | '»' | '’');
        if last.is_some_and(closing) || !abbreviation || code {
            return stem.to_string();
        }
    }
    s
}

/// A `missing-space` issue for each comma with no space after it (`tight`, from
/// [`parts`]) within chars `start..end`.
pub(super) fn missing_spaces<'a>(
    c: &'a [char],
    tight: &'a [usize],
    start: usize,
    end: usize,
) -> impl Iterator<Item = Issue> + 'a {
    tight.iter().filter(move |&&t| t >= start && t < end).map(|&t| {
        let next: String = c[t + 1..].iter().take_while(|x| x.is_alphabetic()).collect();
        Issue {
            code: "missing-space",
            message: format!("no space after the comma before `{next}`"),
        }
    })
}

/// The bounds of the clause around chars `[s, e)`: the parentheses it stands in,
/// or the text between semicolons.
pub(super) fn bounds(c: &[char], s: usize, e: usize) -> (usize, usize) {
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
            // Parentheses inside the clause ("S/S–NSC (Miscellaneous) Files",
            // "714.00(w)/4–1454") do not close it.
            let mut depth = 0i32;
            let close = c[e..]
                .iter()
                .position(|x| match x {
                    '(' => {
                        depth += 1;
                        false
                    }
                    ')' if depth > 0 => {
                        depth -= 1;
                        false
                    }
                    ')' => true,
                    ';' => depth == 0,
                    _ => false,
                })
                .map_or(c.len(), |p| e + p);
            (o + 1, close)
        }
        None => {
            let lo = c[..s].iter().rposition(|x| *x == ';').map_or(0, |p| p + 1);
            // A closing parenthesis ends the clause too: the clause is the last of
            // a list in parentheses ("(Telegram 1614, February 14; National
            // Archives, RG 59, …, D780069–0124)").
            // A parenthesis glued to a code is part of it (`105-00339-01(1)`,
            // `714.00(w)/4–1454`), and so is a short one inside a part
            // (`NSC Institutional Files (H-Files), Box H–224`).
            let inside = |i: usize| {
                let close = c[i + 1..].iter().take(14).position(|x| *x == ')');
                close.is_some_and(|n| {
                    !c[i + 1..i + 1 + n].iter().any(|x| x.is_whitespace() || *x == '(')
                        && c.get(i + n + 2) == Some(&',')
                })
            };
            let mut glued = 0;
            let hi = (e..c.len())
                .find(|&i| match c[i] {
                    '(' if i > 0 && (c[i - 1].is_alphanumeric() || inside(i)) => {
                        glued += 1;
                        false
                    }
                    ')' if glued > 0 => {
                        glued -= 1;
                        false
                    }
                    x => matches!(x, ';' | '(' | ')'),
                })
                .unwrap_or(c.len());
            (lo, hi)
        }
    }
}

/// Hides `(henceforth PRO)`, `(hereafter TNA)`, `(TNA)` and `[IWM]` after a name: spaces
/// in a copy of the text.
pub(super) fn hide_definitions(c: &[char]) -> Vec<char> {
    let mut out = c.to_vec();
    let mut i = 0;
    while i < c.len() {
        // (Square brackets too: `Imperial War Museum [IWM] Sound Archive 2207`.)
        let close = match c[i] {
            '(' => Some(')'),
            '[' => Some(']'),
            _ => None,
        };
        if let Some(close) = close {
            if let Some(len) = c[i + 1..].iter().position(|x| *x == close) {
                let inner: String = c[i + 1..i + 1 + len].iter().collect();
                let abbr = super::super::registry::strip_hereafter(inner.trim());
                let is_abbr = !abbr.is_empty()
                    && abbr.chars().count() <= 12
                    && !abbr.contains(' ')
                    && abbr.chars().filter(|x| x.is_uppercase()).count() >= 2
                    && !abbr.chars().any(|x| x.is_ascii_digit())
                    // `(H-Files)` names files: a capitalised word, not letters.
                    && !abbr.split('-').any(|w| {
                        w.chars().count() >= 4
                            && w.starts_with(|x: char| x.is_uppercase())
                            && w.chars().skip(1).all(char::is_lowercase)
                    });
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
pub(super) fn read_parts(
    c: &[char],
    ranges: &[(usize, usize)],
    cx: &mut Ctx,
    place: &str,
    registry_again: &dyn Fn(&str) -> Option<bool>,
) -> (Read, Option<(usize, usize)>) {
    let mut all = Read::default();
    let mut span: Option<(usize, usize)> = None;
    // Read in printed order (not backwards, as Chicago notes are).
    let forward = ranges.windows(2).all(|w| w[0].1 <= w[1].0);
    // The part before gave leaves (read forward).
    let mut prev_leaves = false;
    // Parts a folder's title took in.
    let mut taken_to = 0;
    for (k, &(a, b)) in ranges.iter().enumerate() {
        if k < taken_to {
            continue;
        }
        let p = part_text(c, (a, b));
        let started = !all.units.is_empty() || !all.folios.is_empty();
        let comma_before = c[..a].iter().rev().find(|x| !x.is_whitespace()) == Some(&',');
        let title_level =
            (forward && started && comma_before).then(|| folder_follows(&p, &all, cx)).flatten();
        if let Some(title_level) = title_level {
            // The folder's title: this part and the ones after it up to the end of
            // the sentence (`Box 48, Chron: 6/77`; `Lot 59 D 620, All Countries, U.S.
            // Aid Programs, 1956`; `…Estimates File, 10–5, Communist States`).
            let mut e = b;
            // A labelled unit after the title (`TKH Jan.–July 1966, Box 1`) is
            // read on.
            let mut labelled_after = None;
            for (j, &(x, y)) in ranges.iter().enumerate().skip(k + 1) {
                let q = part_text(c, (x, y));
                // `Vol. V` numbers folders of a folder series (`Country File, USSR,
                // Vol. V`), not a bound volume: it stays in the title.
                let folder_volume = lower(&q).starts_with("vol");
                if c.get(e) != Some(&',') {
                    break;
                }
                if label_in(&q) && !folder_volume {
                    labelled_after = Some(j);
                    break;
                }
                e = y;
            }
            let title = part_text(c, (a, e));
            // The title ends at a sentence after a numeral ("Vietnam I. No
            // classification marking"; "Vol. II. Secret").
            let title = match title.find(". ") {
                Some(k)
                    if title[..k].rsplit(' ').next().is_some_and(roman_or_number)
                        && title[k + 2..].starts_with(char::is_uppercase) =>
                {
                    title[..k].to_string()
                }
                _ => title,
            };
            all.units.push((title_level, title.trim_matches(['"', '“', '”']).to_string()));
            span = Some(span.map_or((a, e), |(s, _)| (s.min(a), e)));
            match labelled_after {
                Some(j) => {
                    taken_to = j;
                    continue;
                }
                None => break,
            }
        }
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
        // (A frame right after a film's roll, not a year, is kept: "roll 33, 2113".)
        let frame = cx.film
            && all.units.last().is_some_and(|(l, _)| *l == Level::Volume)
            && p.bytes().all(|b| b.is_ascii_digit())
            && !p.parse::<u32>().is_ok_and(|y| (1600..=2030).contains(&y));
        if started && only_dates(&p) && !frame {
            continue;
        }
        if has_word(&p, DIVISION_WORDS) && !has_word(&p, COLLECTION_WORDS) {
            continue;
        }
        // A new sentence of prose after the citation ("… MRZ. 2687/1848. Zur
        // Absicht …", "… Box 5. The letter …"): the citation ended.
        if started && !comma_before && prose_start(&p) {
            break;
        }
        // A security classification ends an American source note's location
        // ("… Dulles Papers. Confidential; Personal and Private.").
        if opens_with_marking(&c[a..b]) {
            break;
        }
        // Chicago order read backwards: a quoted title printed just before a box
        // or a lot file is its folder (`“Historians 1956,” Box 477`, `… 1956 in
        // “Committee on the Historian,” Box 444`).
        if !forward && started {
            if let Some(title) = folder_title_before(&p, &all) {
                all.units.push((Level::Folder, title));
                span = Some(span.map_or((a, b), |(s, e)| (s.min(a), e.max(b))));
                break;
            }
        }
        // A list of leaves goes on after a comma (`fos. 270–72, 282–3`); at Kew
        // the leaves follow the piece unlabelled (`WO 208/3817, 220, 242`).
        let after_piece = forward
            && cx.tradition == "uk"
            && all.folios.is_empty()
            && matches!(all.units.last(), Some((Level::Piece | Level::File, _)))
            && all.units.iter().any(|(l, _)| *l == Level::Piece)
            && !p.parse::<u32>().is_ok_and(|y| (1600..=2030).contains(&y));
        if (prev_leaves || after_piece) && p.starts_with(|x: char| x.is_ascii_digit()) {
            let pc: Vec<char> = p.chars().collect();
            let (more, end) = leaves_at(&pc, 0);
            if !more.is_empty() && end == pc.len() {
                all.folios.extend(more);
                prev_leaves = forward;
                span = Some(span.map_or((a, b), |(s, e)| (s.min(a), e.max(b))));
                continue;
            }
        }
        let Some(r) = read_part(&p, cx).or_else(|| office_before_accession(c, ranges, k, &p, cx))
        else {
            // A part read by no rule between the units and the leaves (`AMAE PA-AP,
            // 43, fos. 251–7`): kept as a unit of no known level, so that the leaves
            // after it are read.
            let leaves_next = ranges.get(k + 1).is_some_and(|&r| {
                let q: Vec<char> = part_text(c, r).chars().collect();
                matches!(label_at(&q, 0), Some((Names::Leaf, _)))
            });
            let short = p.split_whitespace().count() <= 4 && p.chars().count() <= 40;
            if forward && started && leaves_next && short {
                all.units.push((Level::Other("unit".to_string()), p.clone()));
                span = Some(span.map_or((a, b), |(s, e)| (s.min(a), e.max(b))));
                continue;
            }
            break;
        };
        // Read backwards, a collection's volume may stand before it, but a
        // second collection is the document's title (`Diary of John Adams,
        // vol. 1, …, Adams Papers, MHS`).
        let collection = |u: &[(Level, String)]| u.iter().any(|(l, _)| *l == Level::Collection);
        if !forward && collection(&r.units) && collection(&all.units) {
            break;
        }
        cx.papers = r.units.last().is_some_and(|(l, _)| *l == Level::Collection);
        // After an Italian busta, a name is the document's place or sender, not
        // a division (`ACS, CR, b. 4, Roma, 1 maggio 1923`).
        if cx.tradition == "it" && r.units.iter().any(|(l, _)| *l == Level::Box) {
            cx.named = usize::MAX;
        }
        if forward && cx.papers && cx.tradition == "us" && !cx.presidential {
            cx.presidential = divided_papers(c, ranges.get(k + 1).copied(), &r.units);
            if cx.presidential {
                cx.named = cx.named.max(1);
            }
        }
        prev_leaves = forward && !r.folios.is_empty();
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

/// Whether an American collection of papers is divided as a presidential
/// library's files are (series, subseries, box, then the folder's title): a
/// named division follows it ("Haig Papers, Department of State, Day File, Box
/// 66, …"; "Nixon Presidential Materials, NSC Files, Box 711, …"), not a code
/// ("Myron T. Herrick Papers, MS 2925") nor a printed series ("American State
/// Papers, Miscellaneous").
fn divided_papers(c: &[char], next: Option<(usize, usize)>, read: &[(Level, String)]) -> bool {
    let Some(next) = next else { return false };
    let Some((_, name)) = read.last() else { return false };
    let printed = ["State Papers", "Public Papers", "Parliamentary Papers", "Sessional Papers"];
    let p = part_text(c, next);
    c[..next.0].iter().rev().find(|x| !x.is_whitespace()) == Some(&',')
        && !printed.iter().any(|w| name.contains(w))
        && p.starts_with(char::is_uppercase)
        && !p.chars().any(|x| x.is_ascii_digit())
        && !label_in(&p)
        && !opens_with_marking(&c[next.0..next.1])
        && !is_place(&p, "")
        && !has_word(&p, &["university", "library", "archives", "society", "college", "institute"])
}

/// A quoted title at the end of a part (alone or after `in`) when the unit read
/// before it, backwards, is a box or a lot file.
fn folder_title_before(p: &str, all: &Read) -> Option<String> {
    let below_box = all.units.last().is_some_and(|(l, v)| {
        matches!(l, Level::Box | Level::Shelfmark) || (*l == Level::Series && v.starts_with("Lot "))
    });
    if !below_box {
        return None;
    }
    let p = p.trim_end_matches([',', '”', '"']);
    let (open, q) = p.char_indices().rev().find(|(_, x)| matches!(x, '“' | '"'))?;
    let head = p[..open].trim_end();
    let title = p[open + q.len_utf8()..].trim();
    let after_in = head.is_empty() || head.rsplit(' ').next().is_some_and(|w| w == "in");
    (after_in && !title.is_empty() && !title.contains(['”', '"'])).then(|| title.to_string())
}

/// Whether a part opens a sentence of prose: its first word an article, a
/// preposition or a pronoun (German, English, French), which no unit's name
/// begins with.
fn prose_start(p: &str) -> bool {
    const WORDS: &[&str] = &[
        "Zu", "Zur", "Zum", "Mit", "Auf", "Siehe", "Vgl.", "Dazu", "Die", "Der", "Das", "Den",
        "Dem", "Des", "Ein", "Eine", "Im", "Am", "Nach", "Über", "Vom", "Es", "Er", "Sie", "See",
        "The", "For", "On", "This", "It", "He", "She", "They", "Cf.", "Also", "Voir", "Le", "La",
        "Les", "Il", "Elle", "Sur",
    ];
    p.split_whitespace().next().is_some_and(|w| WORDS.contains(&w))
}

/// The office whose files an accession holds, named before it ("Central
/// Intelligence Agency, Executive Registry, Job 95–G00278R"): a series.
fn office_before_accession(
    c: &[char],
    ranges: &[(usize, usize)],
    k: usize,
    p: &str,
    cx: &Ctx,
) -> Option<Read> {
    let next = part_text(c, *ranges.get(k + 1)?);
    let accession = ACCESSIONS.iter().any(|w| {
        next.strip_prefix(w).is_some_and(|rest| rest.starts_with(|x: char| x.is_ascii_digit()))
    });
    let name = p.starts_with(char::is_uppercase)
        && p.split_whitespace().count() <= 8
        && !p.chars().any(|x| x.is_ascii_digit());
    (cx.tradition == "us" && accession && name)
        .then(|| Read { units: vec![(Level::Series, p.to_string())], ..Read::default() })
}

/// Whether a part, after what `all` holds, begins an unlabelled folder title:
/// after a box, a lot or job number, or a presidential library's last division
/// (American citations only).
fn folder_follows(p: &str, all: &Read, cx: &Ctx) -> Option<Level> {
    if cx.tradition != "us" || label_in(p) || !p.starts_with(|x: char| x.is_alphanumeric()) {
        return None;
    }
    if !all.folios.is_empty() || p.chars().count() > 90 || is_place(p, "") {
        return None;
    }
    if tape_conversation(p).is_some() {
        return None;
    }
    let (last, value) = all.units.last()?;
    // A records center's accession: an office's decimal file and its title
    // after it (`FRC 330 76 197, Korea, 000.1–292`).
    if *last == Level::Shelfmark && value.starts_with("FRC ") {
        return Some(Level::File);
    }
    let after_accession =
        *last == Level::Shelfmark && (value.starts_with("Lot ") || value.starts_with("Job "));
    let division = has_word(p, LIBRARY_DIVISION_WORDS) || has_word(p, COLLECTION_WORDS);
    let folder = match last {
        // After a presidential library's box, everything is the folder's title
        // (`Box 71, Kissinger Office Files, Country Files, Europe, USSR`).
        Level::Box => {
            !division || cx.presidential || all.units.iter().any(|u| u.0 == Level::Collection)
        }
        _ if after_accession => true,
        Level::Collection | Level::Series | Level::Subseries => cx.presidential && !division,
        _ => false,
    };
    folder.then_some(Level::Folder)
}

/// Whether `c` begins with a security marking as a whole word ("Secret", not
/// "Secretary's").
fn opens_with_marking(c: &[char]) -> bool {
    MARKINGS.iter().any(|m| {
        let n = m.chars().count();
        n <= c.len()
            && m.chars().zip(c).all(|(a, b)| a == *b)
            && !c.get(n).is_some_and(|x| x.is_alphanumeric())
    })
}

/// Security classifications and handling caveats printed after the location in
/// American source notes.
const MARKINGS: &[&str] = &[
    "Secret",
    "Top Secret",
    "Confidential",
    "Unclassified",
    "No classification marking",
    "Limited Official Use",
    "Official Use Only",
    "Eyes Only",
    "Nodis",
    "Exdis",
    "Limdis",
];

fn roman_or_number(w: &str) -> bool {
    !w.is_empty()
        && (w.chars().all(|x| matches!(x, 'I' | 'V' | 'X' | 'L'))
            || w.chars().all(|x| x.is_ascii_digit()))
}

/// Whether a unit label or a leaf stands in the part.
fn label_in(p: &str) -> bool {
    let c: Vec<char> = p.chars().collect();
    // A label word that ends the part names no value ("NSC 5610 Series").
    (0..c.len()).any(|i| {
        c[i].is_alphabetic()
            && (i == 0 || !c[i - 1].is_alphanumeric())
            && label_at(&c, i)
                .is_some_and(|(_, v)| c[v.min(c.len())..].iter().any(|x| x.is_alphanumeric()))
    })
}

impl Read {
    /// The citation read, covering chars `start..end`.
    pub(super) fn into_cited(self, start: usize, end: usize) -> Cited {
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
pub(super) fn reorder_backward(
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
        let mut cx = Ctx { record_group: true, ..Ctx::new(tradition) };
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
