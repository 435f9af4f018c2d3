//! The hand-written parser's reading of a string, as evidence for the trained
//! one: the rule-based entry's fields found back in the string, and each token
//! marked with the fields that cover it (`rule=title`, `rule=author`, ...). The
//! CRF learns how far to trust each rule: much for GOST's separators, less for an
//! English run-on title.

use super::parse::parse_rules as parse;
use super::tokens::Token;
use crate::model::{Entry, Value, Var};

/// The field labels covering each token, by the rule-based parse of `s`.
pub(super) fn rule_labels(s: &str, tokens: &[Token<'_>]) -> Vec<Vec<&'static str>> {
    let mut out = vec![Vec::new(); tokens.len()];
    if tokens.is_empty() {
        return out;
    }
    let e = parse(s);
    let mut mark = |label: &'static str, (a, b): (usize, usize)| {
        for (t, labels) in tokens.iter().zip(out.iter_mut()) {
            if t.start >= a && t.end <= b && !labels.contains(&label) {
                labels.push(label);
            }
        }
    };
    for (var, label) in [
        (Var::Title, "title"),
        (Var::ContainerTitle, "container"),
        (Var::Publisher, "publisher"),
        (Var::PublisherPlace, "location"),
        (Var::CollectionTitle, "collection"),
        (Var::Genre, "genre"),
        (Var::Url, "url"),
        (Var::Doi, "doi"),
    ] {
        if let Some(v) = e.text(var) {
            if let Some(span) = find_text(s, v) {
                mark(label, span);
            }
        }
    }
    for (var, label) in
        [(Var::Author, "author"), (Var::Editor, "editor"), (Var::Translator, "translator")]
    {
        if let Some(span) = names_span(s, &e, var) {
            mark(label, span);
        }
    }
    for (var, label) in [
        (Var::Volume, "volume"),
        (Var::Issue, "issue"),
        (Var::Page, "page"),
        (Var::NumberOfPages, "pages"),
    ] {
        if let Some(v) = e.text(var) {
            let first = v.split(['-', '–']).next().unwrap_or(v);
            if let Some(span) = find_word(s, first) {
                let end = v
                    .split(['-', '–'])
                    .nth(1)
                    .and_then(|last| find_word(&s[span.1..], last).map(|(_, b)| span.1 + b));
                mark(label, (span.0, end.unwrap_or(span.1)));
            }
        }
    }
    if let Some(Value::Date(d)) = e.get(Var::Issued) {
        if let Some(p) = &d.start {
            if let Some(span) = find_word(s, &p.year.to_string()) {
                mark("date", span);
            }
        }
    }
    out
}

/// Where a field's text stands in `s`: as it is, or from its first word to its
/// last (the parser may have cleaned what is between).
fn find_text(s: &str, v: &str) -> Option<(usize, usize)> {
    let v = v.trim();
    if v.is_empty() {
        return None;
    }
    if let Some(i) = s.find(v) {
        return Some((i, i + v.len()));
    }
    let words: Vec<&str> = v
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let (first, last) = (words.first()?, words.last()?);
    let a = s.find(first)?;
    let b = s[a..].rfind(last).map(|i| a + i + last.len())?;
    (b > a).then_some((a, b))
}

/// A word of `s` equal to `w` (not inside a longer word or number).
fn find_word(s: &str, w: &str) -> Option<(usize, usize)> {
    if w.is_empty() {
        return None;
    }
    let mut from = 0;
    while let Some(i) = s[from..].find(w).map(|i| from + i) {
        let end = i + w.len();
        let before = s[..i].chars().next_back().is_some_and(char::is_alphanumeric);
        let after = s[end..].chars().next().is_some_and(char::is_alphanumeric);
        if !before && !after {
            return Some((i, end));
        }
        from = end;
    }
    None
}

/// From the first to the last name of a name variable, as found in `s`.
fn names_span(s: &str, e: &Entry, var: Var) -> Option<(usize, usize)> {
    let Some(Value::Names(names)) = e.get(var) else { return None };
    let mut span: Option<(usize, usize)> = None;
    for n in names {
        for part in
            [n.family.as_deref(), n.given.as_deref(), n.literal.as_deref()].into_iter().flatten()
        {
            let first = part.split_whitespace().next().unwrap_or(part).trim_end_matches('.');
            if first.chars().count() < 2 || part == "others" {
                continue;
            }
            if let Some((a, b)) = find_word(s, first) {
                span = Some(span.map_or((a, b), |(x, y)| (x.min(a), y.max(b))));
            }
        }
    }
    span
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    #[test]
    fn the_rules_reading_marks_tokens() {
        let s = "Иванов И. И. История России // Вопросы истории. 2010. № 3. С. 12–15.";
        let t = tokenize(s);
        let r = rule_labels(s, &t);
        let at = |w: &str| t.iter().position(|x| x.text == w).unwrap();
        assert!(r[at("Иванов")].contains(&"author"));
        assert!(r[at("России")].contains(&"title"));
        assert!(r[at("Вопросы")].contains(&"container"));
        assert!(r[at("2010")].contains(&"date"));
        assert!(r[at("12")].contains(&"page"));
        assert!(rule_labels("", &[]).is_empty());
    }
}
