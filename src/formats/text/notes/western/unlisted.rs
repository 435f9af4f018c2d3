//! Repositories the registry does not list, found by the words their names
//! are made of ("Bancroft Library, University of California", "Minnesota
//! Historical Society", "Landesarchiv Berlin", "Archiwum Państwowe w
//! Krakowie"): a clause is read around them as around a listed one, and kept
//! only when it gives units (a name with pages alone may be a journal's).

use super::part::word_in;
use super::split::{part_text, parts};
use crate::formats::text::notes::registry::{Known, Mention, Registry};

/// Words of repositories' names and the tradition their language cites in.
const WORDS: &[(&str, &str)] = &[
    ("library", "us"),
    ("libraries", "us"),
    ("archives", "us"),
    ("archive", "us"),
    ("historical society", "us"),
    ("record office", "uk"),
    ("records office", "uk"),
    ("special collections", "us"),
    ("staatsarchiv", "de"),
    ("hauptstaatsarchiv", "de"),
    ("landesarchiv", "de"),
    ("stadtarchiv", "de"),
    ("kreisarchiv", "de"),
    ("archiv", "de"),
    ("bibliothek", "de"),
    ("bibliothèque", "fr"),
    ("archives départementales", "fr"),
    ("archives municipales", "fr"),
    ("archiwum", "pl"),
];

/// Words of names that hold no documents: publishers, journals.
const NOT: &[&str] = &[
    "press",
    "verlag",
    "publishing",
    "publishers",
    "journal",
    "bulletin",
    "review",
    "quarterly",
    "series",
    "studies",
    "proceedings",
    "jahrbuch",
    "zeitschrift",
    "revue",
];

/// The parent institution printed after a repository ("…, University of California").
const PARENTS: &[&str] = &["University", "College", "Universität", "Université", "Institute"];

/// Unlisted repositories named in `c` (one part each, with its parent
/// institution), outside the `listed` mentions.
pub(super) fn mentions(c: &[char], listed: &[Mention]) -> Vec<Mention> {
    let (ranges, _) = parts(c, 0, c.len());
    let mut out = Vec::new();
    let mut k = 0;
    while k < ranges.len() {
        let (a, b) = ranges[k];
        k += 1;
        if listed.iter().any(|m| m.start < b && m.end > a) {
            continue;
        }
        // Cheap checks first: a capitalised name of a few words, no digits.
        let first = c[a..b].iter().position(|x| !x.is_whitespace()).map_or(a, |k| a + k);
        let odd = |x: &char| x.is_ascii_digit() || matches!(x, '(' | ')' | '“' | '"' | '‘');
        if c[a..b].iter().any(odd) || !c.get(first).is_some_and(|x| x.is_uppercase()) {
            continue;
        }
        let p = part_text(c, (a, b));
        let bare = p.trim_start_matches("The ");
        if !(2..=9).contains(&bare.split_whitespace().count()) {
            continue;
        }
        let lower = bare.to_lowercase();
        let Some(&(_, tradition)) = WORDS
            .iter()
            .find(|(w, _)| word_in(&lower, w) || (w.len() >= 6 && lower.starts_with(w)))
        else {
            continue;
        };
        if NOT.iter().any(|w| word_in(&lower, w)) {
            continue;
        }
        let mut end = b;
        let mut name = p.clone();
        if let Some(&(x, y)) = ranges.get(k) {
            let q = part_text(c, (x, y));
            if PARENTS.iter().any(|w| q.starts_with(w)) && !q.chars().any(|x| x.is_ascii_digit()) {
                name = format!("{name}, {q}");
                end = y;
                k += 1;
            }
        }
        out.push(Mention {
            start: a,
            end,
            known: Known::unlisted(&name, tradition),
            as_printed: name,
            is_name: true,
        });
    }
    out
}

/// Abbreviations that are not repositories: states, parties, agencies, and the
/// printed document series cited like archives ("FRUS, 1950, vol. 7").
const NOT_ARCHIVES: &[&str] = &[
    "US", "USA", "UK", "UN", "USSR", "SSSR", "RSFSR", "CPSU", "KPSS", "NKVD", "OGPU", "GPU", "MGB",
    "KGB", "MVD", "FBI", "NATO", "TASS", "FRUS", "DBPO", "DDF", "DDI", "DDS", "ADAP", "AAPD",
    "DGFP", "BDFA", "CWIHP", "CWIHPB", "PSS", "AVBRD", "SZ", "NYT", "WP", "ND", "NB", "OK", "PS",
    "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XX",
    "MS", "MSS", "TS", "ED", "EDS", "ISBN", "DOI", "URL",
];

/// An unlisted repository cited by its abbreviation alone at the head of a
/// clause ("ATMTSS, Sº 522/36, leg. 101-2755", "SAPMO-BA, DY 30/IV 2/1/120",
/// "TVP, 85/14"): the caller keeps it only when archival units follow.
pub(super) fn acronyms(c: &[char], listed: &[Mention], registry: &Registry) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        let head = i == 0 || !c[i - 1].is_alphanumeric() && c[i - 1] != '-' && c[i - 1] != '.';
        if !head || !c[i].is_uppercase() {
            i += 1;
            continue;
        }
        let end = i + c[i..].iter().take_while(|x| x.is_alphanumeric() || **x == '-').count();
        let w = &c[i..end];
        // Cheap checks on the chars first: most words are no abbreviation.
        let shape = c.get(end) == Some(&',')
            && w.len() <= 10
            && w.iter().all(|x| x.is_uppercase() || *x == '-' || x.is_ascii_digit())
            && w.iter().filter(|x| x.is_uppercase()).count() >= 2
            && w.last() != Some(&'-');
        let before = || c[..i].iter().rev().find(|x| !x.is_whitespace());
        let opens = || before().is_none_or(|x| matches!(x, ';' | '(' | ':' | '.'));
        let listed_here = || listed.iter().any(|m| m.start < end && m.end > i);
        if !(shape && opens() && !listed_here()) {
            i = end.max(i + 1);
            continue;
        }
        let word: String = w.iter().collect();
        if !NOT_ARCHIVES.contains(&word.as_str()) && registry.by_abbr(&word).is_none() {
            out.push(Mention {
                start: i,
                end,
                known: Known::unlisted(&word, ""),
                as_printed: word,
                is_name: false,
            });
        }
        i = end.max(i + 1);
    }
    out
}
