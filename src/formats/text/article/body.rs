//! The running text of an article as paragraphs: page furniture (running heads,
//! page numbers) told apart from the text, paragraph starts, the places of the
//! footnote markers ("camps.1 However", "Office37, 38."), and the bracketed
//! citations kept in place.

use crate::model::{Inline, Paragraph};

/// A line of page furniture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Furniture {
    /// A page number alone on its line.
    Page(String),
    /// A running head (repeated on several pages), with the page number it prints.
    Head(Option<String>),
}

/// The lines (of those `keep` allows) that are page furniture: a number alone
/// (1-4 digits, an optional dash or bracket around it), or a line printed on
/// three or more pages alike, its numbers aside (a running head: "Вестник СПбГУ.
/// История. 2020. Т. 65. Вып. 1 123").
pub(super) fn furniture(lines: &[&str], keep: &[bool]) -> Vec<Option<Furniture>> {
    let shape = |t: &str| -> String {
        t.chars().map(|c| if c.is_ascii_digit() { '#' } else { c }).filter(|c| *c != ' ').collect()
    };
    let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (l, k) in lines.iter().zip(keep) {
        let t = l.trim();
        if *k && t.chars().count() >= 8 && t.chars().count() <= 120 {
            *counts.entry(shape(t)).or_default() += 1;
        }
    }
    lines
        .iter()
        .zip(keep)
        .map(|(l, k)| {
            let t = l.trim();
            if !*k || t.is_empty() {
                return None;
            }
            let bare = t.trim_matches(['-', '–', '—', '[', ']', ' ']);
            if !bare.is_empty() && bare.len() <= 4 && bare.chars().all(|c| c.is_ascii_digit()) {
                return Some(Furniture::Page(bare.to_string()));
            }
            if counts.get(&shape(t)).is_some_and(|n| *n >= 3) && !sentence_like(t) {
                return Some(Furniture::Head(edge_number(t)));
            }
            None
        })
        .collect()
}

/// Whether a repeated line reads like running text rather than a head (ends a
/// sentence in lower case: "and so on.").
fn sentence_like(t: &str) -> bool {
    let words = t.split_whitespace().count();
    words > 12 && t.ends_with('.') && t.chars().filter(|c| c.is_lowercase()).count() * 2 > t.len()
}

/// The page number a running head prints at its start or end.
fn edge_number(t: &str) -> Option<String> {
    let first: String = t.chars().take_while(char::is_ascii_digit).collect();
    let last: String = {
        let mut v: Vec<char> = t.chars().rev().take_while(char::is_ascii_digit).collect();
        v.reverse();
        v.into_iter().collect()
    };
    let ok = |s: &str, rest: Option<char>| {
        !s.is_empty() && s.len() <= 4 && rest.is_none_or(|c| c == ' ' || c == '\t')
    };
    if ok(&last, t[..t.len() - last.len()].chars().next_back()) {
        Some(last)
    } else if ok(&first, t[first.len()..].chars().next()) {
        Some(first)
    } else {
        None
    }
}

/// Whether text so far ends a sentence, a note marker after it aside
/// ("camps.1", "FEC.27").
pub(super) fn ends_sentence(body: &str) -> bool {
    let t = body.trim_end().trim_end_matches(|c: char| c.is_ascii_digit());
    t.ends_with(['.', '!', '?', '»', '”', '"', '…', ':'])
        || (t.ends_with(')') && t.trim_end_matches(')').ends_with(['.', '!', '?']))
}

/// Whether a line is a heading: a few words, capitalised, no comma and no
/// closing punctuation, much shorter than the usual line (`width`).
pub(super) fn heading(line: &str, width: usize) -> bool {
    let t = line.trim();
    let words = t.split_whitespace().count();
    (1..=8).contains(&words)
        && t.chars().count() <= 60
        && t.chars().count() * 5 <= width * 3
        && !t.contains(',')
        && t.starts_with(char::is_uppercase)
        && !t.ends_with(['.', ',', ';', ':', '-', '–', '—', '?', '!', ')', '”', '’', '»'])
        && !t.chars().last().is_some_and(|c| c.is_ascii_digit())
}

/// Whether a line can open a paragraph.
pub(super) fn opens(line: &str) -> bool {
    line.trim_start().starts_with(|c: char| {
        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '«' | '“' | '"' | '„' | '(' | '[')
    })
}

/// Where the footnote markers stand in the body: (start, end, note number), in
/// order. Markers are looked for in the notes' order, each after the one before:
/// the digits of the number glued to a word or to closing punctuation
/// ("camps.1", "Nimbo15", "(FEC).10", "time”.40"), not part of a longer number,
/// and outside the bracketed citations (`skip`). A second marker right after a
/// first ("Office37, 38.") takes the ", " with it.
pub(super) fn markers(
    body: &str,
    numbers: &[u32],
    skip: &[(usize, usize)],
) -> Vec<(usize, usize, u32)> {
    let bytes = body.as_bytes();
    let mut out: Vec<(usize, usize, u32)> = Vec::new();
    let mut from = 0;
    for &n in numbers {
        let digits = n.to_string();
        let mut at = from;
        let found = loop {
            let Some(i) = body[at..].find(&digits).map(|i| at + i) else { break None };
            at = i + digits.len();
            let end = i + digits.len();
            if skip.iter().any(|(s, e)| i >= *s && i < *e) {
                continue;
            }
            // Not followed by a letter, a digit, a range or a decimal part.
            let joined = |b: &u8| {
                b.is_ascii_alphanumeric()
                    || matches!(b, b'-' | b'/' | b'%')
                    || body[end..].starts_with(['–', '—'])
                    || (matches!(b, b'.' | b',')
                        && bytes.get(end + 1).is_some_and(u8::is_ascii_digit))
            };
            let next_ok = !bytes.get(end).is_some_and(joined);
            if !next_ok {
                continue;
            }
            // A second marker: "37, 38".
            if let Some(last) = out.last() {
                if last.1 + 2 == i && &body[last.1..i] == ", " && last.2 + 1 == n {
                    break Some((last.1, end));
                }
            }
            let Some(prev) = body[..i].chars().next_back() else { continue };
            let glued = prev.is_alphabetic()
                || matches!(
                    prev,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | ')'
                        | '»'
                        | '”'
                        | '’'
                        | '"'
                        | '\''
                        | ']'
                        | '…'
                );
            // "1949.3": a year before the full stop is fine, "3.5" is not.
            let decimal = matches!(prev, '.' | ',') && decimal_before(&body[..i - 1]);
            if glued && !decimal {
                break Some((i, end));
            }
        };
        if let Some((s, e)) = found {
            out.push((s, e, n));
            from = e;
        }
    }
    out
}

/// Whether the text before a '.' or ',' ends in a short number that a decimal
/// point or a number's comma would continue ("3.5", "1,013"); a year or a number
/// of four digits and more ends a sentence ("in 1949.3").
fn decimal_before(before: &str) -> bool {
    let digits = before.chars().rev().take_while(char::is_ascii_digit).count();
    (1..=3).contains(&digits)
        && before[..before.len() - digits].chars().next_back().is_none_or(|c| !c.is_alphanumeric())
}

/// An event in the body: a page break before byte `at`, a marker, a citation.
pub(super) enum Event {
    Page(String),
    Marker(usize, u32),
    Citation(usize, String),
}

/// Cuts the body (paragraphs separated by '\n') into paragraphs, with the events
/// (sorted by position) in place: a marker's bytes are dropped, a citation's
/// bytes become its [`Inline::Citation`].
pub(super) fn paragraphs(body: &str, mut events: Vec<(usize, Event)>) -> Vec<Paragraph> {
    events.sort_by_key(|(at, e)| (*at, matches!(e, Event::Page(_))));
    let mut out = Vec::new();
    let mut cur = Paragraph::default();
    let mut pos = 0;
    let flush_text = |cur: &mut Paragraph, out: &mut Vec<Paragraph>, s: &str| {
        let mut parts = s.split('\n');
        if let Some(first) = parts.next() {
            cur.push_text(first);
        }
        for p in parts {
            out.push(std::mem::take(cur));
            cur.push_text(p);
        }
    };
    for (at, e) in events {
        let at = at.max(pos).min(body.len());
        flush_text(&mut cur, &mut out, &body[pos..at]);
        pos = at;
        match e {
            Event::Page(n) => cur.content.push(Inline::PageBreak { n }),
            Event::Marker(end, n) => {
                cur.content.push(Inline::Note { n });
                pos = end.max(pos);
            }
            Event::Citation(end, id) => {
                let end = end.max(pos).min(body.len());
                cur.content.push(Inline::Citation { id, text: body[pos..end].to_string() });
                pos = end;
            }
        }
    }
    flush_text(&mut cur, &mut out, &body[pos..]);
    out.push(cur);
    out.retain(|p| !p.content.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_glued_to_words_and_punctuation() {
        let body = "in Soviet camps.1 However, in 1949.2 Unit 731 and 3.5 per cent of (FEC).3 and Office4, 5. Then";
        let m = markers(body, &[1, 2, 3, 4, 5], &[]);
        let got: Vec<(&str, u32)> = m.iter().map(|(s, e, n)| (&body[*s..*e], *n)).collect();
        assert_eq!(got, [("1", 1), ("2", 2), ("3", 3), ("4", 4), (", 5", 5)]);
    }

    #[test]
    fn numbers_in_text_are_not_markers() {
        let body = "out of 1,013 convicts, 2-3 of them; COVID-19 and 1935–1936.";
        assert!(markers(body, &[1, 2, 3, 19], &[]).is_empty());
    }

    #[test]
    fn furniture_lines() {
        let lines = [
            "Вестник СПбГУ. История. 2020. Т. 65. Вып. 1 123",
            "text",
            "124",
            "Вестник СПбГУ. История. 2020. Т. 65. Вып. 1 125",
            "Вестник СПбГУ. История. 2020. Т. 65. Вып. 1 127",
        ];
        let f = furniture(&lines, &[true; 5]);
        assert_eq!(f[0], Some(Furniture::Head(Some("123".into()))));
        assert_eq!(f[1], None);
        assert_eq!(f[2], Some(Furniture::Page("124".into())));
    }

    #[test]
    fn paragraphs_with_events() {
        let body = "camps.1 However [1, p. 8] ok.\nNext";
        let ps = paragraphs(
            body,
            vec![
                (6, Event::Marker(7, 1)),
                (16, Event::Citation(25, "text-1".into())),
                (30, Event::Page("12".into())),
            ],
        );
        assert_eq!(ps.len(), 2);
        assert_eq!(ps[0].text(), "camps. However [1, p. 8] ok.");
        assert_eq!(ps[1].content[0], Inline::PageBreak { n: "12".into() });
    }
}
