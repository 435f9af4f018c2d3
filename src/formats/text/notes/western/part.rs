//! One part of a citation (the text between commas): labelled units, leaves,
//! or an unlabelled unit read by its shape or by the tradition's hierarchy.

use super::super::archival::{Folio, Issue};
use super::labels::{label_at, leaves_at, lower, number_at, prefixed_number_at, Names, Value};
pub(super) use super::state::{Ctx, Read};
use crate::model::Level;

/// Words that make a named part a collection of papers.
pub(super) const COLLECTION_WORDS: &[&str] = &[
    "papers",
    "collection",
    "scrapbook",
    "diaries",
    "diary",
    "nachlass",
    "nachlaß",
    "depot",
    "fonds",
    "archives of",
    "manuscripts of",
    "presidential materials",
    "correspondence of",
];

/// Words that make a named part a series.
pub(super) const SERIES_WORDS: &[&str] = &[
    "file",
    "files",
    "series",
    "lot",
    "records of",
    "cdf",
    // The correspondence series of American archives ("Letters Sent", "Diplomatic
    // Despatches", "Diplomatic Instructions").
    "letters sent",
    "letters received",
    "despatches",
    "dispatches",
    "instructions",
];

/// Words that make a named part of a presidential library's citation a division
/// (series, subseries) rather than a folder's title.
pub(super) const LIBRARY_DIVISION_WORDS: &[&str] = &[
    "file",
    "files",
    "material",
    "materials",
    "affairs",
    "series",
    "papers",
    "records",
    "office",
    "diary",
    "book",
    "subject",
    "country",
    "name",
    "collection",
    "central",
    "tapes",
    "recordings",
];

/// Words that make a part a division of the repository, not a unit.
pub(super) const DIVISION_WORDS: &[&str] = &[
    "division",
    "special collections",
    "manuscripts and archives",
    "rare book",
    "abteilung",
    "department of manuscripts",
];

/// Places printed after a repository's name (besides the registry's own).
pub(super) const PLACES: &[&str] = &[
    "Kew",
    "London",
    "Washington",
    "Washington, D.C.",
    "D.C.",
    "DC",
    "College Park",
    "Maryland",
    "MD",
    "Paris",
    "Berlin",
    "Koblenz",
    "Freiburg",
    "Wien",
    "Vienna",
    "Warsaw",
    "Warszawa",
    "Tokyo",
    "Cambridge",
    "Oxford",
    "Massachusetts",
    "MA",
    "Ohio",
    "OH",
    "New York",
    "NY",
    "California",
    "CA",
    "Stanford",
    "Princeton",
    "New Jersey",
    "NJ",
    "New Haven",
    "Connecticut",
    "CT",
    "Baltimore",
    "Cleveland",
    "Boston",
    "Independence",
    "Missouri",
    "Abilene",
    "Kansas",
    "Austin",
    "Texas",
    "Nanjing",
    "Taipei",
    "La Courneuve",
    "Nantes",
    "Vincennes",
];

/// Accessions of office files, printed as codes: a State Department lot file,
/// a CIA job, a Federal Records Center accession (`FRC 330 70 A 4662`).
pub(super) const ACCESSIONS: &[&str] = &["Lot ", "Job ", "FRC "];

/// The subject codes of the State Department's subject-numeric filing system
/// (1963–1973) that open a file's number.
const SUBJECT_CODES: &[&str] = &[
    "AGR", "AID", "BDM", "CON", "CSM", "CUL", "DEF", "ECIN", "ECON", "EDU", "FN", "FSE", "FT",
    "INCO", "LAB", "LEG", "MAR", "ORG", "PER", "PET", "POL", "POW", "PPB", "SCI", "SOC", "STR",
    "TEL", "TRV",
];

pub(super) fn is_place(p: &str, place: &str) -> bool {
    let p = p.trim_end_matches('.').trim();
    // After an unlisted repository: a town's name of a word or two ("Berkeley",
    // "St. Paul", "Sleepy Hollow"), not a unit.
    if place == "*" {
        let words: Vec<&str> = p.split_whitespace().collect();
        return (1..=2).contains(&words.len())
            && words.iter().all(|w| w.starts_with(char::is_uppercase))
            && !p.chars().any(|x| x.is_ascii_digit())
            && !has_word(p, COLLECTION_WORDS)
            && !has_word(p, SERIES_WORDS)
            || PLACES.iter().any(|x| x.eq_ignore_ascii_case(p));
    }
    PLACES.iter().any(|x| x.eq_ignore_ascii_case(p) || x.trim_end_matches('.') == p)
        || place.split([',', '/']).any(|x| !x.trim().is_empty() && x.trim().eq_ignore_ascii_case(p))
}

pub(super) fn has_word(p: &str, words: &[&str]) -> bool {
    let l = lower(p);
    words.iter().any(|w| word_in(&l, w))
}

/// Whether `w` stands in `lower` (a lower-case text) as whole words.
pub(super) fn word_in(lower: &str, w: &str) -> bool {
    lower.match_indices(w).any(|(i, _)| {
        let before = lower[..i].chars().next_back().is_none_or(|x| !x.is_alphanumeric());
        let after = lower[i + w.len()..].chars().next().is_none_or(|x| !x.is_alphanumeric());
        before && after
    })
}

/// A date or a span of years written with slashes (`12/3/45`, `1863/64`), not a code.
pub(super) fn date_like(p: &str) -> bool {
    let parts: Vec<&str> = p.split('/').collect();
    if !parts.iter().all(|x| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit())) {
        return false;
    }
    let year = |x: &str| x.len() == 4 && ("1500".."2100").contains(&x);
    match parts.as_slice() {
        [a, b, c] => a.len() <= 2 && b.len() <= 2 && (c.len() == 2 || year(c)),
        [a, b] => year(a) && (b.len() == 2 || year(b)),
        _ => false,
    }
}

/// Reads an unlabelled part by its shape.
pub(super) fn unlabelled(p: &str, cx: &mut Ctx) -> Option<Read> {
    let c: Vec<char> = p.chars().collect();
    let mut r = Read::default();
    let digits = c.iter().any(char::is_ascii_digit);
    let upper_run = c.iter().take_while(|x| x.is_ascii_uppercase()).count();
    // A recorded conversation of the presidential tapes ("Conversation 53–2",
    // "Conversation No. 543–6"): the item.
    if let Some(n) = tape_conversation(p).filter(|_| cx.tradition == "us") {
        r.units.push((Level::Item, n));
        return Some(r);
    }
    // A museum's catalogue number (`IWM Sound Archive 2207`, `IWM Document 9858`).
    if let Some(r) = super::catalogue::read(p).filter(|_| cx.tradition == "uk") {
        return Some(r);
    }
    // A film of the National Archives in one code (`T-120/587/243383`).
    if let Some(f) = super::microfilm::read(p).filter(|_| cx.tradition == "us") {
        cx.film = true;
        return Some(f);
    }
    // A Chinese archive's quanzong–mulu–juan reference, printed whole.
    if cx.tradition == "cn" && super::labels::quanzong_code(p) {
        r.units.push((Level::Shelfmark, p.trim_end_matches('.').to_string()));
        return Some(r);
    }
    // An accession of office files: a State Department lot file or a CIA job,
    // after the name of the files ("S/S–NSC Files: Lot 63 D 351", "Job 79-01025A").
    if cx.tradition == "us" {
        let (name, code) = match p.split_once(':') {
            Some((n, code)) => (Some(n.trim()), code),
            None => (None, p),
        };
        // No space after the colon (`OSD Files:FRC 330 76 197`).
        let tight = name.is_some() && code.starts_with(|x: char| !x.is_whitespace());
        let code = code.trim();
        // "Lot 63D351: NSC 14 Series": the folder's title after a second colon.
        let (code, title) = match code.split_once(": ") {
            Some((code, t)) => (code.trim(), Some(t.trim())),
            None => (code, None),
        };
        let accession = ACCESSIONS.iter().any(|w| {
            code.strip_prefix(w).is_some_and(|rest| {
                rest.starts_with(|x: char| x.is_ascii_digit())
                    && rest
                        .chars()
                        .all(|x| x.is_alphanumeric() || matches!(x, ' ' | '-' | '–' | '/'))
            })
        });
        if accession {
            if tight {
                r.issues.push(Issue {
                    code: "missing-space",
                    message: format!("no space after the colon before `{code}`"),
                });
            }
            if let Some(n) = name {
                r.units.push((Level::Series, n.to_string()));
            }
            r.units.push((Level::Shelfmark, code.to_string()));
            if let Some(t) = title.filter(|t| !t.is_empty()) {
                r.units.push((Level::Folder, t.to_string()));
            }
            return Some(r);
        }
    }
    // Polish: a collection's letters and the sygnatura ("MSW II 107/848", "BU 0296/45").
    if cx.tradition == "pl" {
        if let Some(at) = p.find(|x: char| x.is_ascii_digit()) {
            let (name, code) = (p[..at].trim(), p[at..].trim());
            let code_ok =
                code.chars().all(|x| x.is_ascii_alphanumeric() || matches!(x, '/' | '-' | '.'));
            if code_ok
                && !name.is_empty()
                && name.split_whitespace().all(|w| w.chars().all(|x| x.is_uppercase()))
            {
                r.units.push((Level::Collection, name.to_string()));
                r.units.push((Level::Sygnatura, code.to_string()));
                return Some(r);
            }
        }
    }
    // "FO 371/84036", "FO 371/49069/9595", "CAB 134/1929" (TNA piece), and in German
    // archives "R 43 I/1370", "B136/4959", "NS 19/123" (Bestand/Signatur).
    // A collection's own reference after its name: one shelfmark ("AMEL2/1/33",
    // "27/1/62A"), not a TNA piece.
    let code_like = !p.contains(' ')
        && p.contains('/')
        && c.iter().all(|x| x.is_ascii_alphanumeric() || matches!(x, '/' | '-' | '–' | '.'));
    // Spaces are allowed there (`HAMB 1/ 4`), a few words at most.
    let own_code = cx.own_codes()
        && p.contains('/')
        && digits
        && p.split_whitespace().count() <= 3
        && p.split_whitespace().all(|w| {
            w.chars().any(|x| x.is_ascii_digit()) || w.chars().all(|x| x.is_ascii_uppercase())
        })
        && c.iter().all(|x| x.is_alphanumeric() || matches!(x, '/' | '-' | '–' | '.' | ' '));
    if (cx.papers && code_like || own_code) && cx.tradition != "de" {
        r.units.push((Level::Shelfmark, p.to_string()));
        return Some(r);
    }
    // A TNA piece printed with a hyphen and no space ("FO371-99238").
    if cx.tradition == "uk" && (1..=4).contains(&upper_run) && !p.contains(['/', ' ']) {
        if let Some((head, tail)) = p.split_once('-') {
            let number = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
            if number(&head[upper_run..]) && number(tail) {
                r.units.push((Level::Series, head.to_string()));
                r.units.push((Level::Piece, tail.to_string()));
                return Some(r);
            }
        }
    }
    if let Some(slash) = p.find('/') {
        let (head, tail) = (p[..slash].trim(), p[slash + 1..].trim());
        let head_ok = upper_run >= 1
            && head
                .chars()
                .skip(upper_run)
                .all(|x| x.is_ascii_digit() || matches!(x, ' ' | 'I' | 'V' | 'X'))
            && head.chars().any(|x| x.is_ascii_digit());
        let tail_parts: Vec<&str> = tail.split('/').map(str::trim).collect();
        // Later parts may hold a space: a registry number of the Foreign Office's
        // own filing ("FO 371/49069/N 9595").
        let tail_ok = tail_parts.iter().enumerate().all(|(k, t)| {
            !t.is_empty()
                && t.chars()
                    .all(|x| x.is_ascii_alphanumeric() || (k > 0 && matches!(x, ' ' | '-' | '–')))
        }) && tail_parts[0].starts_with(|x: char| x.is_ascii_digit());
        // SAPMO's signatures begin with a Roman numeral ("DY 30/IV 2/1/120").
        let roman_tail = tail_parts.len() > 1
            && tail_parts[0].split_once(' ').is_some_and(|(r, n)| {
                !r.is_empty()
                    && r.chars().all(|x| matches!(x, 'I' | 'V' | 'X'))
                    && !n.is_empty()
                    && n.chars().all(|x| x.is_ascii_alphanumeric())
            })
            && tail_parts[1..]
                .iter()
                .all(|t| !t.is_empty() && t.chars().all(|x| x.is_ascii_alphanumeric()));
        let tail_ok = tail_ok || roman_tail;
        if head_ok && tail_ok && upper_run <= 5 {
            if matches!(cx.tradition, "de" | "at") {
                r.units.push((Level::Bestand, head.to_string()));
                r.units.push((Level::Signatur, tail.to_string()));
            } else {
                r.units.push((Level::Series, head.to_string()));
                r.units.push((Level::Piece, tail_parts[0].to_string()));
                // The parts after the piece are one file reference ("DO35/548D/3/128").
                if tail_parts.len() > 1 {
                    r.units.push((Level::File, tail_parts[1..].join("/")));
                }
            }
            return Some(r);
        }
    }
    // A code printed whole in any other tradition ("867/f.11/g-24", "F201-00-00/0004",
    // "41/11937"): one shelfmark.
    if code_like && digits && !matches!(cx.tradition, "us" | "uk") && !date_like(p) {
        r.units.push((Level::Shelfmark, p.to_string()));
        return Some(r);
    }
    let words: Vec<&str> = p.split_whitespace().collect();
    if let Some(r) = super::austrian::registry_numbers(p, &words, cx) {
        return Some(r);
    }
    // A NARA microfilm publication ("M77", "T120", "film T175"): a series.
    let film = ["film ", "microfilm ", "Microfilm "].iter().find_map(|w| p.strip_prefix(w));
    let fc: Vec<char> = film.unwrap_or(p).chars().collect();
    if cx.tradition == "us"
        && fc.len() >= 2
        && fc.len() <= 5
        && matches!(fc[0], 'M' | 'T' | 'A')
        && fc[1..].iter().all(char::is_ascii_digit)
    {
        r.units.push((Level::Series, fc.iter().collect()));
        cx.film = true;
        return Some(r);
    }
    // A frame of the film after its roll: "T175, roll 33, 2113", "0773ff".
    let frame = p.trim_end_matches("ff").trim_end_matches(['.', ' ']);
    if cx.film && !frame.is_empty() && frame.len() <= 6 && frame.bytes().all(|b| b.is_ascii_digit())
    {
        let f = frame.to_string();
        r.folios.push(Folio { from: f.clone(), to: f, from_verso: false, verso: false });
        return Some(r);
    }
    // A decimal file with its subject ("026 Foreign Relations/1118", "711.94/1234").
    if cx.tradition == "us" && p.contains('/') {
        let lead = c.iter().take_while(|x| x.is_ascii_digit()).count();
        // (A country's letter after the class: "890d.00/252".)
        let lettered = c.get(3).is_some_and(char::is_ascii_lowercase) && c.get(4) == Some(&'.');
        if lead == 3 && (matches!(c.get(3), Some(' ' | '.' | '/')) || lettered) {
            r.units.push((Level::File, p.to_string()));
            return Some(r);
        }
    }
    // A NARA decimal file after a record group: "763.72/859", "123 H 43", "123 Sh21".
    if cx.record_group && c.first().is_some_and(char::is_ascii_digit) {
        let lead = c.iter().take_while(|x| x.is_ascii_digit()).count();
        // Classes of the decimal file have three digits ("763.72", "123 H 43");
        // four are a year ("1910–29 Central Decimal File").
        if lead == 3 {
            r.units.push((Level::File, p.to_string()));
            return Some(r);
        }
    }
    // German codes without a slash: a Political Archive volume ("R 29801", five
    // digits and more), else a Bundesarchiv Bestand ("R 3101", "NS 19").
    // (Not Austrian: there "F 46" is a *Fach*, read below.)
    if cx.tradition == "de" {
        if let [letters, num] = words.as_slice() {
            let letters_ok =
                (1..=3).contains(&letters.len()) && letters.chars().all(|x| x.is_ascii_uppercase());
            if letters_ok && num.chars().all(|x| x.is_ascii_digit()) {
                let level = if num.len() >= 5 { Level::Signatur } else { Level::Bestand };
                r.units.push((level, p.to_string()));
                return Some(r);
            }
        }
    }
    // A French military cote: the series letters and numbers, then the article
    // ("GR 7 N 1234", "GR 1 K 45").
    if cx.tradition == "fr" && words.len() >= 3 {
        let n = words.len();
        let letters =
            |w: &str| (1..=2).contains(&w.len()) && w.chars().all(|x| x.is_ascii_uppercase());
        if letters(words[n - 2])
            && letters(words[0])
            && words[n - 1].starts_with(|x: char| x.is_ascii_digit())
            && words[n - 1].chars().all(|x| x.is_ascii_alphanumeric())
        {
            r.units.push((Level::Series, words[..n - 1].join(" ")));
            r.units.push((Level::Piece, words[n - 1].to_string()));
            return Some(r);
        }
    }
    // A State Department subject-numeric file: its subject, numbers and country
    // ("POL 27–14 VIET S", "DEF 19–8 US–ISR", "POL USSR 7"); after one of the
    // system's subject codes also countries only ("POL US–USSR", "CON H US–USSR")
    // or a name after the numbers ("EDU 12–2 Kennedy").
    if cx.tradition == "us" && words.len() >= 2 {
        let caps = |w: &str| {
            w.trim_end_matches('.')
                .chars()
                .all(|x| x.is_ascii_uppercase() || matches!(x, '–' | '-'))
        };
        let num = |w: &str| {
            w.starts_with(|x: char| x.is_ascii_digit())
                && w.chars().all(|x| x.is_ascii_digit() || matches!(x, '–' | '-' | '.'))
        };
        let n = words.len();
        let known = SUBJECT_CODES.contains(&words[0]);
        let named_end =
            known && n >= 3 && num(words[n - 2]) && words[n - 1].starts_with(char::is_uppercase);
        let body = if named_end { &words[1..n - 1] } else { &words[1..] };
        let subject =
            (2..=5).contains(&words[0].len()) && words[0].chars().all(|x| x.is_ascii_uppercase());
        let numbered = n >= 3 && words.iter().any(|w| num(w));
        if subject && body.iter().all(|w| caps(w) || num(w)) && (known || numbered) {
            r.units.push((Level::File, p.trim_end_matches('.').to_string()));
            return Some(r);
        }
    }
    // A document of the Central Foreign Policy File, 1973–: its film number
    // ("D780094–0300", "P840153–2067", "N820001–0537").
    if cx.tradition == "us" && words.len() == 1 && c.len() == 12 {
        let film = matches!(c[0], 'D' | 'P' | 'N' | 'O')
            && c[1..7].iter().all(char::is_ascii_digit)
            && matches!(c[7], '–' | '-')
            && c[8..].iter().all(char::is_ascii_digit);
        if film {
            r.units.push((Level::File, p.to_string()));
            return Some(r);
        }
    }
    if let Some(r) = super::french::cote(p, &words, upper_run, cx) {
        return Some(r);
    }
    // A JACAR reference code: a letter and eleven digits ("B02030010500").
    if c.len() == 12 && c[0].is_ascii_uppercase() && c[1..].iter().all(char::is_ascii_digit) {
        r.units.push((Level::ReferenceCode, p.to_string()));
        return Some(r);
    }
    // A shelfmark: "MS 2925", "GAR 19", "HUGFP 76.14", "Ms. Eng. 12".
    if let [code, num] = words.as_slice() {
        // Capitals ("MS", "HUGFP"), or the manuscript abbreviations "Ms."/"Mss.";
        // not "Nr. 8" or "No. 5".
        let stem = code.trim_end_matches('.');
        let code_ok = (stem.chars().all(|x| x.is_ascii_uppercase())
            || matches!(stem, "Ms" | "Mss"))
            && (2..=6).contains(&stem.len());
        let num_ok = num.starts_with(|x: char| x.is_ascii_digit())
            && num.chars().all(|x| x.is_ascii_alphanumeric() || x == '.');
        if code_ok && num_ok {
            r.units.push((Level::Shelfmark, p.to_string()));
            return Some(r);
        }
    }
    // Austrian *Fach* ("F 46") under a series; a place printed as one code ("F46–139–1").
    if cx.tradition == "at"
        && words.len() == 2
        && words[0] == "F"
        && words[1].chars().all(|x| x.is_ascii_digit())
    {
        r.units.push((Level::Subseries, p.to_string()));
        return Some(r);
    }
    if words.len() == 1
        && c.first().is_some_and(char::is_ascii_uppercase)
        && digits
        && c.iter().any(|x| matches!(x, '–' | '-'))
        && c.iter().all(|x| x.is_ascii_alphanumeric() || matches!(x, '–' | '-' | '.'))
    {
        r.units.push((Level::Shelfmark, p.to_string()));
        return Some(r);
    }
    // Named parts: a collection, a series, or a level of the tradition's hierarchy.
    if c.len() > 90 || has_month(p) {
        return None;
    }
    // A series with its years first ("1910–29 Central Decimal File").
    let first_upper = c.first().is_some_and(|x| x.is_uppercase());
    if !first_upper && digits && has_word(p, SERIES_WORDS) {
        r.units.push((Level::Series, p.to_string()));
        return Some(r);
    }
    if !first_upper {
        return None;
    }
    // A presidential library: the first named part is the collection, later ones
    // are divisions when they say so (`Staff Material`, `Office File`); the others
    // begin the folder's title (read by `read_parts`).
    let division = cx.named == 0 || has_word(p, LIBRARY_DIVISION_WORDS);
    if cx.presidential
        && division
        && !has_word(p, COLLECTION_WORDS)
        && p.split_whitespace().count() <= 8
    {
        if let Some(level) = cx.named_level() {
            r.units.push((level, p.to_string()));
            return Some(r);
        }
    }
    if has_word(p, COLLECTION_WORDS) {
        if cx.presidential {
            cx.named = cx.named.max(1);
        }
        // "John Work Garrett Papers GAR 19": the shelfmark after the name;
        // "Nachlaß Bach 40": a number with no label (the carton, or the box).
        let words: Vec<&str> = p.split_whitespace().collect();
        let n = words.len();
        let is_code =
            |w: &str| (2..=6).contains(&w.len()) && w.chars().all(|x| x.is_ascii_uppercase());
        // A number or a range of them ("7–2"), not the years of the papers
        // ("1920–1930").
        let is_num = |w: &str| {
            let years = w.len() >= 9 && w.chars().take(4).all(|x| x.is_ascii_digit());
            w.starts_with(|x: char| x.is_ascii_digit())
                && w.chars().all(|x| x.is_ascii_digit() || matches!(x, '.' | '–' | '-'))
                && !years
        };
        if n >= 3 && is_code(words[n - 2]) && is_num(words[n - 1]) {
            r.units.push((Level::Collection, words[..n - 2].join(" ")));
            r.units.push((Level::Shelfmark, words[n - 2..].join(" ")));
        } else if n >= 2 && is_num(words[n - 1]) && !words[n - 1].contains('.') {
            r.units.push((Level::Collection, words[..n - 1].join(" ")));
            let level =
                if matches!(cx.tradition, "at" | "de") { Level::Carton } else { Level::Box };
            r.issues.push(Issue::unlabelled(words[n - 1], &level));
            r.units.push((level, words[n - 1].to_string()));
        } else {
            r.units.push((Level::Collection, p.to_string()));
        }
        return Some(r);
    }
    if has_word(p, SERIES_WORDS) {
        r.units.push((Level::Series, p.to_string()));
        return Some(r);
    }
    let year_only = c.iter().filter(|x| x.is_ascii_digit()).count() == 0
        || p.split_whitespace()
            .any(|w| w.len() >= 4 && w.chars().take(4).all(|x| x.is_ascii_digit()));
    if digits && !year_only {
        return None;
    }
    // A name: short, its words capitalised or abbreviated ("Kab. Kanzlei", "RR.",
    // "Guerre 1914–1918 États-Unis"), not a phrase of prose.
    let connectors = [
        "de", "des", "du", "la", "le", "et", "of", "and", "the", "für", "und", "d'", "der", "die",
        "das", "dem", "den", "im", "zu",
    ];
    // French and German names capitalise the first word only ("Correspondance
    // politique", "Mémoires et documents", "Politische Abteilung").
    // German names run longer ("Materialien zur Reform der direkten Steuern").
    let longest = if matches!(cx.tradition, "de" | "at") { 6 } else { 4 };
    let first_only = matches!(cx.tradition, "fr" | "de" | "at" | "pl" | "es" | "it")
        && !digits
        && p.starts_with(char::is_uppercase)
        && p.split_whitespace().count() <= longest;
    let name_like = p.split_whitespace().count() <= 6
        && (first_only
            || p.split_whitespace().all(|w| {
                w.starts_with(|x: char| x.is_uppercase() || x.is_ascii_digit())
                    || connectors.contains(&w)
            }));
    if !name_like {
        return None;
    }
    // French: a series with its years, then the subseries ("Guerre 1914–1918 États-Unis").
    if cx.tradition == "fr" && cx.named == 0 {
        let words: Vec<&str> = p.split_whitespace().collect();
        let years = words
            .iter()
            .position(|w| w.len() >= 4 && w.chars().take(4).all(|x| x.is_ascii_digit()));
        if let Some(y) = years.filter(|&y| y > 0 && y + 1 < words.len()) {
            cx.named = 2;
            r.units.push((Level::Series, words[..=y].join(" ")));
            r.units.push((Level::Subseries, words[y + 1..].join(" ")));
            return Some(r);
        }
    }
    if digits && matches!(cx.tradition, "at" | "de") {
        return None;
    }
    let level = cx.named_level()?;
    r.units.push((level, p.to_string()));
    Some(r)
}

/// A recorded conversation of the presidential tapes (`Conversation 53–2`,
/// `Conversation No. 543–6`): its number.
pub(super) fn tape_conversation(p: &str) -> Option<String> {
    let rest = p.strip_prefix("Conversation ")?.trim_start_matches("No. ");
    let c: Vec<char> = rest.chars().collect();
    let (n, end) = number_at(&c, 0)?;
    (end == c.len()).then_some(n)
}

/// A part that only dates the unit before it ("Novembre–Decembre", "1913"):
/// passed over.
pub(super) fn only_dates(p: &str) -> bool {
    // A weekday or a season stands for a date too (`Wednesday, January 1759`,
    // `Summer 1759`); a day's number only beside a month (`December 2`).
    const DAYS: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
    ];
    let month = has_month(p);
    !p.is_empty()
        && p.split(|x: char| x.is_whitespace() || matches!(x, '–' | '-' | '—'))
            .filter(|w| !w.is_empty())
            .all(|w| {
                let digits = w.trim_end_matches(',').chars().all(|x| x.is_ascii_digit());
                has_month(w)
                    || (w.len() == 4 && w.chars().all(|x| x.is_ascii_digit()))
                    || DAYS.contains(&lower(w).as_str())
                    || (month && digits && (1..=2).contains(&w.trim_end_matches(',').len()))
            })
}

pub(super) fn has_month(p: &str) -> bool {
    // Whole names ("September", "août") or abbreviations with their point ("Sept."),
    // not the first letters of a name ("Marc").
    let short = ["may", "mai", "june", "juin", "juni", "july", "juli", "mars", "märz", "août"];
    p.split(|x: char| !x.is_alphabetic() && x != '.').any(|w| {
        let n = w.trim_end_matches('.').chars().count();
        let whole = n >= 5 || short.contains(&lower(w).as_str()) || (w.ends_with('.') && n >= 3);
        whole && crate::model::month_from_name(w).is_some()
    }) || has_word(p, &["undated", "n.d."])
}

/// Reads one part: labelled units (several may share a part: `GAR 19 Box 2.2`),
/// leaves, or an unlabelled unit. `None` when the part is not a unit.
pub(super) fn read_part(p: &str, cx: &mut Ctx) -> Option<Read> {
    // Library and Archives Canada's groups (before `RG` is read as NARA's) and
    // the National Archives of Australia's series and control symbols.
    if let Some(r) = super::canada::read(p, cx) {
        return Some(r);
    }
    let c: Vec<char> = p.chars().collect();
    let labels: Vec<(usize, Names, usize)> = (0..c.len())
        .filter(|&i| c[i].is_alphabetic() && (i == 0 || !c[i - 1].is_alphanumeric()))
        .filter_map(|i| label_at(&c, i).map(|(w, v)| (i, w, v)))
        .collect();
    let Some(&(first, _, _)) = labels.first() else {
        let r = unlabelled(p, cx)?;
        if r.units.iter().any(|(l, _)| *l == Level::RecordGroup) {
            cx.record_group = true;
        }
        return Some(r);
    };
    let mut r = Read::default();
    if first > 0 {
        let head: String = c[..first].iter().collect();
        let head = head.trim().trim_end_matches(',');
        match unlabelled(head, cx) {
            Some(h) => {
                r.units.extend(h.units);
                r.issues.extend(h.issues);
            }
            None => r.prose_head = true,
        }
    }
    for (k, &(_, what, vstart)) in labels.iter().enumerate() {
        let next = labels.get(k + 1).map_or(c.len(), |x| x.0);
        match what {
            Names::Leaf | Names::Page => {
                let (f, _) = leaves_at(&c, vstart);
                if f.is_empty() {
                    continue;
                }
                r.pages = matches!(what, Names::Page);
                r.folios.extend(f);
            }
            Names::Unit(level, kind) => {
                let level = level();
                let seg: String = c[vstart..next].iter().collect();
                let seg = seg.trim().trim_end_matches([',', ';']).trim();
                let (value, tail) = match kind {
                    Value::Number | Value::Code | Value::NumberOrTitle => {
                        let code = (kind == Value::Code)
                            .then(|| super::super::archival::coded_value_at(&c, vstart))
                            .flatten();
                        let boxed = || {
                            (level == Level::Box).then(|| prefixed_number_at(&c, vstart)).flatten()
                        };
                        match code.or_else(|| number_at(&c, vstart)).or_else(boxed) {
                            Some((v, end)) => {
                                let tail: String = c[end.min(next)..next].iter().collect();
                                (v, tail)
                            }
                            None if kind == Value::NumberOrTitle => {
                                let t = seg.split(':').next().unwrap_or(seg).trim();
                                // The comma before a closing quote is the clause's
                                // (`Folder “55D606 OSS/PB-1,” Box 35`).
                                let t =
                                    t.trim_matches(['"', '“', '”', '«', '»']).trim_end_matches(',');
                                (t.to_string(), String::new())
                            }
                            None => continue,
                        }
                    }
                    Value::Rest => {
                        let t = seg.split(':').next().unwrap_or(seg).trim().trim_end_matches('.');
                        // A quoted title (`file “Hong Kong Inquiry, Memorandum”`).
                        let t = match t.strip_prefix('“') {
                            Some(q) => q.trim_end_matches([',', '.']).trim_end_matches('”'),
                            None => t,
                        };
                        (t.to_string(), String::new())
                    }
                };
                // A comma or closing quote the value ran into (`“55D606 OSS/PB-1,”`).
                let value = value.trim_end_matches([',', ';', '”', '"']).trim().to_string();
                if value.is_empty() {
                    continue;
                }
                // A German file's number (`HA IX, Nr. 20603`) is its Signatur; a
                // Chinese file's (`no. 105-00339-01(1)`) its reference, whole.
                let whole = seg.trim_end_matches('.');
                let (level, value) = match level {
                    Level::Item if matches!(cx.tradition, "de" | "at") => (Level::Signatur, value),
                    Level::Item if cx.tradition == "cn" && super::labels::quanzong_code(whole) => {
                        (Level::Shelfmark, whole.to_string())
                    }
                    l => (l, value),
                };
                if level == Level::RecordGroup {
                    cx.record_group = true;
                }
                let is_box = level == Level::Box;
                let is_rg = level == Level::RecordGroup;
                r.units.push((level, value));
                let tail = tail.trim().trim_end_matches(['.', ',']).trim();
                if tail.is_empty() || labels.get(k + 1).is_some() {
                    continue;
                }
                // "Box 1 Diplomatic Correspondence": a folder's title after the box.
                if is_box && tail.starts_with(char::is_uppercase) {
                    r.units.push((Level::Folder, tail.trim_start_matches(['.', ' ']).to_string()));
                } else if is_rg && tail.starts_with(|x: char| x.is_ascii_digit()) {
                    r.units.push((Level::File, tail.to_string()));
                }
            }
        }
    }
    (!r.units.is_empty() || !r.folios.is_empty()).then_some(r)
}
