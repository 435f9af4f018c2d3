//! Places, publishers and imprints: "Place: Publisher, Year", "(London: NLB,
//! 1974)", "Publisher, Place, Year", "Place, Publisher, Year".

use super::numbers::full_range;
use super::patterns::{re_lazy, year_re};
use crate::model::{Date, DatePart, Entry, Var};
use regex::Regex;
use std::sync::OnceLock;

/// An English imprint: "Place: Publisher, Year", "(London: NLB, 1974)",
/// "Publisher, Year", "Publisher, Place, Year", "Place, Publisher, Year".
#[derive(Debug, Default)]
pub(super) struct Imprint {
    pub(super) place: Option<String>,
    pub(super) publisher: Option<String>,
    pub(super) year: Option<i32>,
    pub(super) page: Option<String>,
}

/// Cities that print books, to tell "Paris, Flammarion, 1987" from "Wiley,
/// New York, 1946" (the rest of the imprint decides when neither is listed).
pub(super) fn known_place(s: &str) -> bool {
    let head = s.split(',').next().unwrap_or(s).trim();
    super::lexicon::city(&head.to_lowercase())
}

/// A publisher part that begins with its place, when the model did not part them:
/// `Obninsk, FEI Publ.`, `Moscow. Energoatomizdat Publ.` (the "References" of Russian
/// journals write `Place, Publisher Publ., Year`), `Paris, Flammarion`. The place
/// is a known one, or one or two capitalised words before a publisher marked as
/// such (`Publ.`, `Izd-vo`; not `Smith, Elder & Co.`). The place and the
/// publisher, or None.
pub(super) fn place_in_publisher(s: &str) -> Option<(&str, &str)> {
    let at = s.find([',', '.', ':']).filter(|&i| s[i + 1..].starts_with(' '))?;
    let (head, tail) = (s[..at].trim(), s[at + 1..].trim());
    let words: Vec<&str> = head.split_whitespace().collect();
    let capitalised = !words.is_empty()
        && words.len() <= 2
        && words.iter().all(|w| w.starts_with(char::is_uppercase) && !w.contains(char::is_numeric));
    let named = tail
        .split([' ', ',', '.'])
        .any(|w| matches!(w, "Publ" | "Izd-vo" | "Izdatel'stvo" | "Изд-во" | "Издательство"));
    let place = super::lexicon::place(&head.to_lowercase());
    (tail.chars().filter(|c| c.is_alphabetic()).count() >= 2 && (place || capitalised && named))
        .then_some((head, tail))
}

/// A place after its publisher in one part (`Springer, Cham`, `Brill, Leiden`): the
/// publisher and the place, when the last name after a comma is a known town and
/// the part before it is not.
pub(super) fn publisher_then_place(s: &str) -> Option<(&str, &str)> {
    let (head, tail) = s.rsplit_once(", ")?;
    let town = tail.trim().trim_end_matches('.');
    (super::lexicon::city(&town.to_lowercase()) && !known_place(head) && !head.trim().is_empty())
        .then(|| (head.trim(), town))
}

/// A publisher after its place in one part taken for the place (`Moscow, Drofa`):
/// the place and the publisher, when the part is no town itself (`Cambridge, MA`),
/// begins with a known town, and goes on with a capitalised name that is no town
/// and no country or state (`Paris, France`, `Berkeley, CA`).
pub(super) fn place_then_publisher(s: &str) -> Option<(&str, &str)> {
    let (head, tail) = s.split_once(", ")?;
    let tail = tail.trim();
    let lower = tail.trim_end_matches('.').to_lowercase();
    let name = tail.starts_with(|c: char| c.is_uppercase() || matches!(c, '«' | '"' | '“'))
        && !tail.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
        && !tail.contains(|c: char| c.is_ascii_digit() || c == ',')
        && !super::lexicon::region(lower.strip_prefix("the ").unwrap_or(&lower))
        && !known_place(tail);
    (name && known_place(head) && !super::lexicon::city(&s.trim().to_lowercase()))
        .then(|| (head.trim(), tail))
}

/// A publisher's name ends so: "University Press", "Verlag", "Inc.".
fn publisher_word(s: &str) -> bool {
    const WORDS: &[&str] = &[
        "Press",
        "Verlag",
        "Publishers",
        "Publishing",
        "Publications",
        "Books",
        "Inc",
        "Inc.",
        "Ltd",
        "Ltd.",
        "Co.",
        "Company",
        "Éditions",
        "Editions",
        "Editores",
        "Editora",
        "Editorial",
        "Presses",
        "Library",
        "Sons",
        "Routledge",
        "Springer",
        "Wiley",
        "Elsevier",
        "Blackwell",
        "Macmillan",
        "Sage",
        "SAGE",
        "Brill",
        "Gallimard",
        "Seuil",
        "Flammarion",
    ];
    s.split([' ', ',']).any(|w| WORDS.contains(&w))
}

pub(super) fn imprint_at(s: &str) -> Option<Imprint> {
    const PLACE: &str = r"[\p{Lu}][\p{L}'’\-]+(?:\s[\p{Lu}][\p{L}'’\-]+){0,2}(?:,\s(?:[A-Z]{2}|[A-Z][a-z]{0,4}\.(?:\s?[A-Z]\.)?|[A-Z]\.\s?[A-Z]\.|[\p{Lu}][\p{Ll}]{3,}(?:\s[\p{Lu}][\p{Ll}]+)?))?";
    const PUB: &str = r"[\p{Lu}\d][\p{L}\d&'’\-./]*(?:\s(?:[\p{Lu}&\d][\p{L}\d&'’\-./]*|of|and|for|the|de|du|des|di|la|le|und|für|y|e|et|am|an|im|in|at|on)){0,8}";
    static COLON: OnceLock<Regex> = OnceLock::new();
    let colon = re_lazy(&COLON, || {
        format!(
            r"^\(?(?P<place>{PLACE}(?:\s(?:and|&)\s{PLACE}|;\s{PLACE})?)\s?:\s(?P<pub>[^:;()\[\]]{{2,90}}?)(?:,\s(?P<y>(?:1[5-9]|20)\d\d)[a-z]?)?\)?(?:[.,]?\s*(?:pp?\.\s*)?(?P<pg>\d+(?:\s?[-–]\s?\d+)?))?[.,]?\s*$"
        )
    });
    static COMMA: OnceLock<Regex> = OnceLock::new();
    let comma = re_lazy(&COMMA, || {
        format!(
            r"^\(?(?P<a>{PUB})(?:,\s(?P<b>{PLACE}))?,\s(?P<y>(?:1[5-9]|20)\d\d)[a-z]?\)?(?:[.,]?\s*(?:pp?\.\s*)?(?P<pg>\d+(?:\s?[-–]\s?\d+)?))?[.,]?\s*$"
        )
    });
    let year = |c: &regex::Captures| c.name("y").and_then(|y| y.as_str().parse().ok());
    let page = |c: &regex::Captures| c.name("pg").map(|p| p.as_str().replace(' ', ""));
    // Every imprint holds a colon or a year.
    if !s.contains(':') && !year_re().is_match(s) {
        return None;
    }
    if let Some(c) = colon.is_match(s).then(|| colon.captures(s)).flatten() {
        let publisher = c["pub"].trim().trim_end_matches(['.', ',']).to_string();
        if publisher.starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit()) {
            return Some(Imprint {
                place: Some(c["place"].trim().to_string()),
                publisher: Some(publisher),
                year: year(&c),
                page: page(&c),
            });
        }
    }
    if let Some(c) = comma.is_match(s).then(|| comma.captures(s)).flatten() {
        let a = c["a"].trim().to_string();
        let b = c.name("b").map(|b| b.as_str().trim().to_string());
        let (place, publisher) = match b {
            // "Paris, Flammarion, 1987" / "Wiley, New York, 1946".
            Some(b)
                if known_place(&a) && !known_place(&b)
                    || publisher_word(&b) && !publisher_word(&a) =>
            {
                (Some(a), Some(b))
            }
            Some(b) => (Some(b), Some(a)),
            None if known_place(&a) && !publisher_word(&a) => (Some(a), None),
            None => (None, Some(a)),
        };
        // "Title, Part Two, 2004": a publisher is a name, not a phrase of the title.
        return Some(Imprint { place, publisher, year: year(&c), page: page(&c) });
    }
    None
}

pub(super) fn set_imprint(e: &mut Entry, i: &Imprint) {
    if let Some(p) = &i.place {
        e.set(Var::PublisherPlace, p.clone());
    }
    if let Some(p) = &i.publisher {
        e.set(Var::Publisher, p.clone());
    }
    if let Some(y) = i.year {
        e.set(Var::Issued, Date::on(DatePart::year(y)));
    }
    if let (Some(p), None) = (&i.page, e.get(Var::Page)) {
        e.set(Var::Page, full_range(p));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_run_into_its_publisher() {
        assert_eq!(place_in_publisher("Obninsk, FEI Publ."), Some(("Obninsk", "FEI Publ.")));
        assert_eq!(
            place_in_publisher("Moscow. Energoatomizdat Publ."),
            Some(("Moscow", "Energoatomizdat Publ."))
        );
        assert_eq!(place_in_publisher("Harvard University Press"), None);
        assert_eq!(place_in_publisher("Smith, Elder & Co."), None);
        assert_eq!(place_in_publisher("Nauka"), None);
        assert_eq!(publisher_then_place("Springer, Cham"), Some(("Springer", "Cham")));
        assert_eq!(publisher_then_place("Paris, Flammarion"), None);
        assert_eq!(publisher_then_place("Smith, Elder & Co."), None);
        assert_eq!(place_then_publisher("Moscow, Drofa"), Some(("Moscow", "Drofa")));
        assert_eq!(place_then_publisher("Paris, France"), None);
        assert_eq!(place_then_publisher("Boston, Massachusetts"), None);
        assert_eq!(place_then_publisher("Porto, Portugal 2012"), None);
        assert_eq!(place_then_publisher("Cambridge, MA"), None);
        assert_eq!(place_then_publisher("London, New York"), None);
        assert_eq!(place_then_publisher("Harvard University Press"), None);
    }
    use crate::formats::text::refs::parse_rules as parse;

    #[test]
    fn english_imprints_with_and_without_place() {
        let e = parse("Nickle, K.F., The Collection (London: SCM, 1966).");
        assert_eq!(e.text(Var::Title), Some("The Collection"));
        assert_eq!(
            (e.text(Var::PublisherPlace), e.text(Var::Publisher)),
            (Some("London"), Some("SCM"))
        );
        let e = parse("Sundquist, Eric. To Wake the Nations. Cambridge, Mass.: Harvard University Press, 1993.");
        assert_eq!(
            (e.text(Var::PublisherPlace), e.text(Var::Publisher)),
            (Some("Cambridge, Mass."), Some("Harvard University Press"))
        );
        let e = parse("J. Nelson, The Physics of Solar Cells, Imperial College Press, 2003.");
        assert_eq!(e.text(Var::Title), Some("The Physics of Solar Cells"));
        assert_eq!(e.text(Var::Publisher), Some("Imperial College Press"));
        let e = parse("MILLET, Catherine, L’art contemporain en France, Paris, Flammarion, 1987");
        assert_eq!(
            (e.text(Var::PublisherPlace), e.text(Var::Publisher)),
            (Some("Paris"), Some("Flammarion"))
        );
        let e = parse("Catherine Wah and Serge Belongie. Attribute-based detection. In Computer Vision and Pattern Recognition (CVPR), pages 779–786. IEEE, 2013.");
        assert_eq!(
            e.text(Var::ContainerTitle),
            Some("Computer Vision and Pattern Recognition (CVPR)")
        );
        assert_eq!(e.text(Var::Page), Some("779-786"));
    }
}
