//! Titles: where a title ends, its bracketed translation, and a title that ran
//! on into its journal or imprint.

use super::imprint::{imprint_at, known_place};
use super::journal::journal_like;
use super::numbers::numbers_from;
use super::patterns::{re, rx};
use crate::model::{Text, TextVariant, VariantKind};
use regex::Regex;
use std::sync::OnceLock;

rx!(imprint_start, r"^[\p{Lu}][\p{L}\-]*\.?(?:;\s*[\p{Lu}][\p{L}\-]*\.?)?\s?:\s[^.]*?[,;]\s*\d{4}");

rx!(year_range_in_title, r"^\d{4}[–-]\d{4}(?:\s?:|\s\[|\s/)");

/// A title as printed, without its closing period (kept after "г." / "гг.")
/// and without a GOST thesis designation (": автореф. дис.").
pub(super) fn clean_title(title: &str) -> String {
    let t = title.trim().replace(" : ", ": ");
    let t = t.strip_suffix(": автореф").unwrap_or(&t);
    let last = t.trim_end_matches('.').rsplit(' ').next().unwrap_or("");
    if t.ends_with('.') && matches!(last, "г" | "гг" | "в" | "вв") {
        return t.to_string();
    }
    t.trim_end_matches('.').to_string()
}

/// The title: up to " // ", " / ", " [", or the first ". " not after an initial.
pub(super) fn split_title(s: &str) -> (String, String) {
    let mut cut = s.len();
    let mut after = s.len();
    for sep in [" // ", " / ", " [", ". – ", ". In: ", ". In "] {
        if let Some(i) = s.find(sep) {
            if i < cut {
                cut = i;
                // The tail keeps "[" (a translation) and "// " (a host).
                after = match sep {
                    " [" | " // " => i + 1,
                    _ => i + sep.len(),
                };
                if sep.starts_with(". In") {
                    after = i + 2;
                }
            }
        }
    }
    // ". " ends the title, unless it follows a one-letter initial or an abbreviation.
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(p) = s[i..].find(". ") {
        let at = i + p;
        let word = s[..at].rsplit(' ').next().unwrap_or("");
        let next = &s[at + 2..];
        // "U.S. responses", "1945–1953 гг. Историческая", "СССР. 1939–1956 : документы"
        // continue the title; ". М.: Воениздат" starts the imprint.
        let imprint_next = imprint_start().is_match(next);
        let short = !imprint_next
            && (word.chars().count() <= 2
                || word.contains('.') && word.chars().all(|c| c.is_alphabetic() || c == '.')
                || matches!(word, "гг" | "вв" | "ed" | "Vol" | "vol" | "no" | "No" | "т" | "Т")
                || year_range_in_title().is_match(next));
        if !short && at < cut {
            // "1941–1945 гг. М.: ...": the abbreviation keeps its period.
            cut = if matches!(word, "г" | "гг" | "в" | "вв") { at + 1 } else { at };
            after = at + 2;
            break;
        }
        i = at + 2;
        if i >= b.len() {
            break;
        }
    }
    (s[..cut].trim().to_string(), s[after.min(s.len())..].trim().to_string())
}

/// A bracketed English translation at the start of `after` ("[Stalin and the
/// Cold War]. Moscow: ...") becomes a variant of `text`; returns what follows.
pub(super) fn take_translation(text: &mut Text, after: &str) -> String {
    if let Some((inner, rest)) = after.strip_prefix('[').and_then(|t| t.split_once(']')) {
        text.variants.push(TextVariant {
            kind: VariantKind::Translation,
            lang: Some("en".into()),
            value: inner.trim().to_string(),
        });
        return rest.trim_start_matches(['.', ' ']).to_string();
    }
    after.to_string()
}

/// A short abbreviation before a period ("J.", "Med.", "Chem."): not where a
/// container begins.
pub(super) fn abbreviation_before(s: &str) -> bool {
    let w = s.rsplit([' ', '.']).find(|w| !w.is_empty()).unwrap_or("");
    let n = w.chars().count();
    n <= 1 || (n <= 5 && w.chars().next().is_some_and(char::is_uppercase) && !s.ends_with(".."))
}

/// A title that ran on into its journal ("Title, J. Symbolic Logic, 27, 259-316
/// (1962)", "Title? Journal 5, 185–212"): the title, and the rest from the
/// container on. The last break after which a container and numbers run to the end.
pub(super) fn run_on_split(s: &str, imprints: bool) -> Option<(String, String)> {
    // Where the numbers begin: the container ends there.
    let numbers = numbers_from(s).map_or(s.len() + 1, |(at, _)| at);
    let mut best = None;
    let mut best_imprint = None;
    for (i, sep) in s.match_indices([',', '.', '?', '!', '(']) {
        let after = i + sep.len();
        if after >= numbers || i < 3 {
            break;
        }
        // An imprint is short and runs to the end.
        let imprint_here = imprints && s.len() - i < 160 && best.is_none();
        if sep == "(" {
            if imprint_here
                && s[..i].ends_with(' ')
                && imprint_at(&s[i..]).is_some_and(|m| m.publisher.is_some() && m.place.is_some())
            {
                best_imprint.get_or_insert((true, i));
            }
            continue;
        }
        if !s[after..].starts_with(' ') {
            continue;
        }
        if sep == "." && abbreviation_before(&s[..i]) {
            continue;
        }
        let rest = s[after..].trim_start();
        if !rest.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        let container =
            s[after..numbers.min(s.len())].trim().trim_end_matches([',', ':', ';']).trim();
        if numbers <= s.len() && container.chars().count() >= 2 && journal_like(container) {
            best = Some(i);
        } else if imprint_here {
            let found = imprint_at(rest).filter(|m| {
                m.publisher.as_deref().is_some_and(|p| !known_place(p))
                    && (m.year.is_some() || m.place.is_some())
            });
            // The last one, unless an earlier one also has the place
            // ("Paris, Flammarion, 1987" before "Flammarion, 1987").
            if let Some(m) = found {
                let placed = m.place.is_some();
                if best_imprint.is_none_or(|(p, _)| placed || !p) {
                    best_imprint = Some((placed, i));
                }
            }
        }
    }
    let i = best.or(best_imprint.map(|(_, i)| i))?;
    let (title, rest) = s.split_at(i);
    let title = title.trim().trim_end_matches(',').trim();
    let rest = if rest.starts_with('(') { rest } else { &rest[1..] };
    Some((title.to_string(), rest.trim().to_string()))
}

#[cfg(test)]
mod tests {
    use crate::formats::text::refs::parse_rules as parse;
    use crate::model::{Value, Var};

    #[test]
    fn transliterated_reference_keeps_title_and_translation() {
        let e = parse("Zimonin V.P. Poslednii ochag Vtoroi mirovoi [The last seat of the Second World War]. Moscow: Nauka, 2002. 542 p. (in Russian)");
        let Some(Value::Text(t)) = e.get(Var::Title) else { panic!() };
        assert_eq!(t.value, "Poslednii ochag Vtoroi mirovoi");
        assert_eq!(t.variants[0].value, "The last seat of the Second World War");
        assert_eq!(e.text(Var::Language), Some("ru"));
        assert_eq!(
            (e.text(Var::PublisherPlace), e.text(Var::Publisher), e.text(Var::NumberOfPages)),
            (Some("Moscow"), Some("Nauka"), Some("542"))
        );
    }
}
