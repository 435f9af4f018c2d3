//! Repositories the registry does not list, found by the words their names
//! are made of ("Bancroft Library, University of California", "Minnesota
//! Historical Society", "Landesarchiv Berlin", "Archiwum Państwowe w
//! Krakowie"): a clause is read around them as around a listed one, and kept
//! only when it gives units (a name with pages alone may be a journal's).

use super::part::word_in;
use super::split::{part_text, parts};
use crate::formats::text::notes::registry::{Known, Mention};

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
