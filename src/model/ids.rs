//! Entry ids: unique, stable (derived from the content, never from a counter
//! alone) and safe as BibTeX keys.

use super::entry::{Entry, Value};
use super::text::strip_tags;
use super::var::Var;
use std::collections::HashSet;

/// Whether a character may appear in an id: ASCII letters and digits and
/// `-_:./+`, which BibTeX, biber, CSL processors and XML ids (after the first
/// character) all accept.
pub fn is_safe_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.' | '/' | '+')
}

/// Whether `id` can be used as it is.
///
/// ```
/// use refconv::model::ids::is_safe;
/// assert!(is_safe("avprf-0146-30-282-29"));
/// assert!(!is_safe("Иванов 1985"));
/// assert!(!is_safe(""));
/// ```
pub fn is_safe(id: &str) -> bool {
    !id.is_empty() && id.chars().all(is_safe_char)
}

/// Makes a safe id from any string: Cyrillic is transliterated (a simple
/// scientific-style table), other characters become `_`, runs of `_` collapse.
///
/// ```
/// use refconv::model::ids::sanitize;
/// assert_eq!(sanitize("Иванов 1985"), "Ivanov_1985");
/// assert_eq!(sanitize("a{b}c"), "a_b_c");
/// assert_eq!(sanitize("  "), "item");
/// ```
pub fn sanitize(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        if is_safe_char(c) {
            out.push(c);
        } else if let Some(t) = translit(c) {
            out.push_str(t);
        } else if !out.ends_with('_') {
            out.push('_');
        }
    }
    let out = out.trim_matches('_');
    if out.is_empty() {
        "item".to_string()
    } else {
        out.to_string()
    }
}

/// `base` if it is not taken, else `base-2`, `base-3`, ...: the first free one when
/// the taken suffixes run on from 2 (as this function makes them), found by galloping
/// and bisection, so that 100 000 entries with the same derived id cost
/// 100 000 × log, not 100 000² (a free id is always returned).
pub fn unique(base: &str, taken: &HashSet<String>) -> String {
    if !taken.contains(base) {
        return base.to_string();
    }
    let id = |n: u64| format!("{base}-{n}");
    let is_taken = |n: u64| taken.contains(&id(n));
    if !is_taken(2) {
        return id(2);
    }
    // 2 is taken: double until a free one, then bisect between taken `lo` and free `hi`.
    let (mut lo, mut hi) = (2u64, 4u64);
    while is_taken(hi) {
        lo = hi;
        hi = hi.saturating_mul(2);
        if hi == u64::MAX {
            break;
        }
    }
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if is_taken(mid) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    id(hi)
}

/// A readable id derived from an entry's content: first author's family name,
/// year, first title word ("ivanov1985militaristy"); for archival files the
/// archive and the unit path ("avprf-0146-30-282-29").
pub fn derive(entry: &Entry) -> String {
    if let Some(a) = &entry.archival {
        let mut parts: Vec<String> = Vec::new();
        if let Some(abbr) = a.archive.abbr.as_deref().or(a.archive.name.as_deref()) {
            parts.push(sanitize(abbr).replace(['_', '.', '-'], "").to_lowercase());
        }
        parts.extend(a.units.iter().map(|u| sanitize(&u.value).to_lowercase()));
        if !parts.is_empty() {
            return parts.join("-");
        }
    }
    let mut id = String::new();
    if let Some(Value::Names(names)) = entry.get(Var::Author).or(entry.get(Var::Editor)) {
        if let Some(n) = names.first() {
            if let Some(f) = n.family.as_deref().or(n.literal.as_deref()) {
                id.push_str(&word(f));
            }
        }
    }
    if let Some(Value::Date(d)) = entry.get(Var::Issued) {
        if let Some(p) = &d.start {
            id.push_str(&p.year.to_string());
        }
    }
    if let Some(t) = entry.text(Var::Title).or(entry.text(Var::ContainerTitle)) {
        id.push_str(&word(t));
    }
    if id.is_empty() {
        "item".to_string()
    } else {
        id
    }
}

/// The first word of a text (rich-text markup skipped), lowercased and made safe.
fn word(s: &str) -> String {
    let plain = strip_tags(s);
    let s = plain.as_str();
    let w = s
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| w.chars().count() > 2)
        .or_else(|| s.split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()))
        .unwrap_or("");
    sanitize(w).replace('_', "").to_lowercase()
}

/// One Cyrillic letter in Latin script (a simple scientific-style table; upper
/// case gives a capitalised result: Ж -> "Zh").
pub(crate) fn translit(c: char) -> Option<&'static str> {
    let lower = c.to_lowercase().next().unwrap_or(c);
    let t = match lower {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' => "e",
        'ё' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' => "i",
        'й' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' => "",
        'ы' => "y",
        'ь' => "",
        'э' => "e",
        'ю' => "iu",
        'я' => "ia",
        _ => return None,
    };
    if c.is_uppercase() && !t.is_empty() {
        // Capitalise the first letter only ("Zh", "Shch").
        return Some(match t {
            "a" => "A",
            "b" => "B",
            "v" => "V",
            "g" => "G",
            "d" => "D",
            "e" => "E",
            "zh" => "Zh",
            "z" => "Z",
            "i" => "I",
            "k" => "K",
            "l" => "L",
            "m" => "M",
            "n" => "N",
            "o" => "O",
            "p" => "P",
            "r" => "R",
            "s" => "S",
            "t" => "T",
            "u" => "U",
            "f" => "F",
            "kh" => "Kh",
            "ts" => "Ts",
            "ch" => "Ch",
            "sh" => "Sh",
            "shch" => "Shch",
            "y" => "Y",
            "iu" => "Iu",
            "ia" => "Ia",
            other => other,
        });
    }
    Some(t)
}

#[cfg(test)]
mod tests {
    #[test]
    fn unique_runs_on_from_the_last_suffix() {
        let mut taken: HashSet<String> = HashSet::new();
        let mut got = Vec::new();
        for _ in 0..1000 {
            let id = unique("a", &taken);
            taken.insert(id.clone());
            got.push(id);
        }
        assert_eq!(got[0], "a");
        assert_eq!(got[1], "a-2");
        assert_eq!(got[999], "a-1000");
        let gap: HashSet<String> = ["a", "a-3"].iter().map(|s| s.to_string()).collect();
        assert_eq!(unique("a", &gap), "a-2");
    }

    use super::*;
    use crate::model::{Archival, Archive, EntryType, Level, Name, Unit};

    #[test]
    fn unique_appends_counters() {
        let taken: HashSet<String> = ["a".to_string(), "a-2".to_string()].into();
        assert_eq!(unique("a", &taken), "a-3");
        assert_eq!(unique("b", &taken), "b");
    }

    #[test]
    fn derived_ids_are_readable() {
        let mut e = Entry::new("", EntryType::Book);
        e.set(Var::Author, vec![Name::person("Рагинский", "М. Ю.")]);
        e.set(Var::Title, "Милитаристы на скамье подсудимых");
        assert_eq!(derive(&e), "raginskiimilitaristy");
        let mut t = Entry::new("", EntryType::Book);
        t.set(Var::Title, "<span class=\"nocase\">l'Homme</span> et la mer");
        assert_eq!(derive(&t), "homme");

        let mut a = Entry::new("", EntryType::Manuscript);
        a.archival = Some(Archival {
            archive: Archive { abbr: Some("AVP RF".into()), ..Archive::default() },
            units: vec![
                Unit { level: Level::Fond, value: "0146".into() },
                Unit { level: Level::Opis, value: "48".into() },
                Unit { level: Level::Papka, value: "320".into() },
                Unit { level: Level::Delo, value: "35".into() },
            ],
        });
        assert_eq!(derive(&a), "avprf-0146-48-320-35");
    }
}
