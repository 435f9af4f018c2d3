//! Journal and newspaper tails: the container and its numbers after a title
//! (translit, Chicago, Vancouver-like and the usual English forms).

use super::numbers::{container_numbers, full_range, Numbers};
use super::patterns::{re, rx, year_re};
use crate::model::{
    month_from_name, Date, DatePart, Entry, EntryType, Text, TextVariant, Var, VariantKind,
};
use regex::Regex;
use std::sync::OnceLock;

rx!(
    translit_journal,
    r"^(.+?), (\d{4}), (?:vol\. (\d+), )?no\. (\d+)(?:, pp\. (\d+(?:[–-]\d+)?))?"
);

rx!(
    chicago_journal,
    r"^(?:Translated by [^.]+\.\s+)?(.+?) (\d+), no\. (\d+) \((\d{4})\)(?::\s*(\d+(?:[–-]\d+)?))?"
);

rx!(chicago_journal_bare, r"^(.+?) (\d+) \((\d{4})\):\s*(\d+(?:[–-]\d+)?)");

rx!(chicago_newspaper, r"^(.+?), (\p{L}+) (\d{1,2}), (\d{4})\.?$");

/// Journal and newspaper tails that end the entry: translit "Nauchnyi dialog,
/// 2017, no. 4, pp. 198–218", Chicago "Journal 3, no. 11 (2005): 1-2",
/// Chicago newspaper "New York Times, March 17, 1995".
pub(super) fn journal_tail(e: &mut Entry, s: &str) -> bool {
    let s = s.trim().trim_end_matches('.');
    let set_year = |e: &mut Entry, y: &str| {
        if let Ok(y) = y.parse() {
            e.set(Var::Issued, Date::on(DatePart::year(y)));
        }
    };
    if let Some(c) =
        translit_journal().is_match(s).then(|| translit_journal().captures(s)).flatten()
    {
        let (name, tr) = match c[1].split_once(" [") {
            Some((n, t)) => (n, Some(t.trim_end_matches(']'))),
            None => (&c[1], None),
        };
        let mut container = Text::plain(name.trim().to_string());
        if let Some(t) = tr {
            container.variants.push(TextVariant {
                kind: VariantKind::Translation,
                lang: Some("en".into()),
                value: t.to_string(),
            });
        }
        e.kind = EntryType::ArticleJournal;
        e.set(Var::ContainerTitle, container);
        set_year(e, &c[2]);
        if let Some(v) = c.get(3) {
            e.set(Var::Volume, v.as_str().to_string());
        }
        e.set(Var::Issue, c[4].to_string());
        if let Some(p) = c.get(5) {
            e.set(Var::Page, full_range(p.as_str()));
        }
        return true;
    }
    if let Some(c) = chicago_journal().is_match(s).then(|| chicago_journal().captures(s)).flatten()
    {
        e.kind = EntryType::ArticleJournal;
        e.set(Var::ContainerTitle, c[1].to_string());
        e.set(Var::Volume, c[2].to_string());
        if let Some(i) = c.get(3) {
            e.set(Var::Issue, i.as_str().to_string());
        }
        set_year(e, &c[4]);
        if let Some(p) = c.get(5) {
            e.set(Var::Page, full_range(p.as_str()));
        }
        return true;
    }
    // "Critique 31 (1990): 71-84."
    if let Some(c) =
        chicago_journal_bare().is_match(s).then(|| chicago_journal_bare().captures(s)).flatten()
    {
        e.kind = EntryType::ArticleJournal;
        e.set(Var::ContainerTitle, c[1].to_string());
        e.set(Var::Volume, c[2].to_string());
        set_year(e, &c[3]);
        e.set(Var::Page, full_range(&c[4]));
        return true;
    }
    if let Some(c) =
        chicago_newspaper().is_match(s).then(|| chicago_newspaper().captures(s)).flatten()
    {
        if let (Some(m), Ok(d), Ok(y)) = (month_from_name(&c[2]), c[3].parse(), c[4].parse()) {
            e.kind = EntryType::ArticleNewspaper;
            e.set(Var::ContainerTitle, c[1].to_string());
            e.set(Var::Issued, Date::on(DatePart::ymd(y, m, d)));
            return true;
        }
    }
    generic_journal(e, s)
}

/// The usual English journal tails: "Journal, 29 (1), 17–28", "Journal 29(1):
/// 17-28", "Biological Psychiatry, 66: 942-949", "J. Cell Biol. 179, 321–330",
/// "Acta Informatica, vol. 7, no. 3, pp. 305-317". Sets container, volume,
/// issue and pages; the year may follow ("(2002)", ", 2002").
pub(super) fn generic_journal(e: &mut Entry, s: &str) -> bool {
    static R: OnceLock<Regex> = OnceLock::new();
    let r = re(
        &R,
        r"^(?P<c>[^\d()\[\]]{2}[^\d()\[\]]*?),?\s+(?:[Vv]ol\.\s*)?(?P<v>\d{1,4}),?\s*(?:\((?P<i>[\w]{1,6}(?:[–/-]\w{1,6})?)\)|,\s*[Nn]o\.\s*(?P<i2>\d{1,4}))?\s*(?:[,:]\s*(?:pp?\.\s*)?(?P<p>[A-Za-z]?\d{1,6}(?:\s?[–-]\s?[A-Za-z]?\d{1,6})?)|\.\s+(?P<p2>\d{1,6}\s?[–-]\s?\d{1,6}))(?-u:\b)(?P<rest>.*)$",
    );
    // Chemistry and physics put the year first: "Nano Lett. 2010, 10, 1082",
    // "Spectroscopy Europe, 2014, 26, 14-19".
    static Y: OnceLock<Regex> = OnceLock::new();
    let year_first = re(
        &Y,
        r"^(?P<c>[^\d()\[\]]{2}[^\d()\[\]]*?),?\s+(?P<y>1[6-9]\d\d|20\d\d),\s*(?:[Vv]ol\.\s*)?(?P<v>\d{1,4}),?\s*(?:\((?P<i>\w{1,6}(?:[–/-]\w{1,6})?)\))?,\s*(?:pp?\.\s*)?(?P<p>[A-Za-z]?\d{1,6}(?:\s?[–-]\s?[A-Za-z]?\d{1,6})?)(?-u:\b)(?P<rest>.*)$",
    );
    // `is_match` first: the lazy DFA is much faster than capturing.
    let caps = |r: &Regex| r.is_match(s).then(|| r.captures(s)).flatten();
    let Some(c) = caps(year_first).or_else(|| caps(r)) else { return false };
    let container = c["c"].trim().trim_end_matches([',', '.']).trim();
    if container.chars().count() > 120 {
        return false;
    }
    let container = container.strip_prefix("in ").unwrap_or(container).trim();
    // Not a place and publisher ("London: Routledge, 2004") nor an imprint.
    let last_word = container.rsplit(' ').next().unwrap_or("");
    if container.is_empty()
        || container.contains(": ")
        || container.starts_with("In ")
        || month_from_name(last_word).is_some()
        || year_re().is_match(&c["v"])
    {
        return false;
    }
    e.kind = EntryType::ArticleJournal;
    e.set(Var::ContainerTitle, clean_container(container).to_string());
    e.set(Var::Volume, c["v"].to_string());
    if let Some(i) = c.name("i").or(c.name("i2")) {
        e.set(Var::Issue, i.as_str().to_string());
    }
    if let Some(p) = c.name("p").or(c.name("p2")) {
        e.set(Var::Page, full_range(&p.as_str().replace(' ', "")));
    }
    if let Some(y) = c.name("y").and_then(|y| y.as_str().parse().ok()) {
        e.set(Var::Issued, Date::on(DatePart::year(y)));
    } else if e.get(Var::Issued).is_none() {
        if let Some(y) = year_re().captures(&c["rest"]).and_then(|y| y[1].parse().ok()) {
            e.set(Var::Issued, Date::on(DatePart::year(y)));
        }
    }
    true
}

/// A container without the volume or issue marker printed after it
/// ("Meteoritics, v.", "Burlington magazine, No.").
fn clean_container(c: &str) -> &str {
    static R: OnceLock<Regex> = OnceLock::new();
    let r =
        re(&R, r"(?:,?\s(?:[Vv]|[Vv]ol|[Vv]olume|[Nn]o|[Nn]|[Nn]r|Bd)\.?|,\s(?:1[5-9]|20)\d\d)$");
    match r.find(c) {
        Some(m) if m.start() > 1 => c[..m.start()].trim_end_matches([',', ' ']),
        _ => c,
    }
}

/// Whether `s` reads as a journal tail.
pub(super) fn is_journal_tail(s: &str) -> bool {
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut x = Entry::new(String::new(), EntryType::Book);
    journal_tail(&mut x, s) || loose_journal(&mut x, s)
}

/// A journal named without an article title before it: abbreviated ("Phys.
/// Rev. D", "J. Chem. Phys.") or short ("Nature", "MNRAS").
pub(super) fn bare_journal(c: &str) -> bool {
    let words = c.split_whitespace().count();
    journal_like(c)
        && (words <= 3
            || (words <= 7 && c.matches(". ").count() + usize::from(c.ends_with('.')) >= 2))
}

pub(super) fn set_journal(e: &mut Entry, container: &str, n: &Numbers) {
    e.kind = EntryType::ArticleJournal;
    e.set(Var::ContainerTitle, clean_container(container).to_string());
    if let Some(v) = &n.volume {
        e.set(Var::Volume, v.clone());
    }
    if let Some(i) = &n.issue {
        e.set(Var::Issue, i.clone());
    }
    if let Some(p) = &n.page {
        e.set(Var::Page, full_range(p));
    }
    if let Some(y) = n.year {
        e.set(Var::Issued, Date::on(DatePart::year(y)));
    }
}

/// A container that journal numbers follow: not an imprint, not a host.
pub(super) fn journal_like(container: &str) -> bool {
    !container.contains(": ")
        && !container.starts_with("In ")
        && !container.starts_with("in ")
        && container.chars().count() <= 150
        && container.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == 't')
}

/// A journal tail after the title ("Journal, 29(12) 1184-1201, 1986"), read
/// leniently; sets container and numbers.
pub(super) fn loose_journal(e: &mut Entry, s: &str) -> bool {
    match container_numbers(s.trim()) {
        Some((c, n)) if journal_like(&c) => {
            set_journal(e, &c, &n);
            true
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::text::refs::parse_rules as parse;
    use crate::model::Value;

    #[test]
    fn english_journal_tails_in_many_forms() {
        let cases = [
            ("Feferman, S., Transfinite Recursive Progressions of Axiomatic Theories, J. Symbolic Logic, 27, 259-316 (1962).",
             "Transfinite Recursive Progressions of Axiomatic Theories", "J. Symbolic Logic", "27", "259-316", 1962),
            ("D. Padua and M. J. Wolfe. Advanced compiler optimizations for supercomputers. Communications of the ACM, 29(12) 1184-1201, December 1986.",
             "Advanced compiler optimizations for supercomputers", "Communications of the ACM", "29", "1184-1201", 1986),
            ("Soriano, P., Generalized lacZ expression with the ROSA26 Cre reporter strain. Nat Genet, 1999. 21(1): p. 70-1.",
             "Generalized lacZ expression with the ROSA26 Cre reporter strain", "Nat Genet", "21", "70-71", 1999),
            ("Preissler, Melissa A., & Carey, Susan. 2004. Do both pictures and words function as symbols? Journal of Cognition & Development 5, 185–212.",
             "Do both pictures and words function as symbols", "Journal of Cognition & Development", "5", "185-212", 2004),
            ("Palme, H., Grieve, R. A. F., The chemical composition of the impact melt. Meteoritics, v. 13, pp. 595-596. 1978.",
             "The chemical composition of the impact melt", "Meteoritics", "13", "595-596", 1978),
        ];
        for (src, title, container, volume, page, year) in cases {
            let e = parse(src);
            assert_eq!(e.text(Var::Title), Some(title), "{src}");
            assert_eq!(e.text(Var::ContainerTitle), Some(container), "{src}");
            assert_eq!(
                (e.text(Var::Volume), e.text(Var::Page)),
                (Some(volume), Some(page)),
                "{src}"
            );
            let Some(Value::Date(d)) = e.get(Var::Issued) else { panic!("{src}") };
            assert_eq!(d.start.as_ref().map(|p| p.year), Some(year), "{src}");
        }
        // Physics: no title at all.
        let e = parse("Chen, H., Tafalla, M., & Wilner, D. J. 1997, ApJ, 475, 163");
        assert_eq!((e.text(Var::Title), e.text(Var::ContainerTitle)), (None, Some("ApJ")));
        assert_eq!((e.text(Var::Volume), e.text(Var::Page)), (Some("475"), Some("163")));
    }
}
