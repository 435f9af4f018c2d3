//! A newspaper issue at the start of a note: "Pravda. 1950. February 3.".

use super::found::Found;
use crate::model::{Date, DatePart};

fn month(word: &str) -> Option<u8> {
    crate::model::month_from_name(word)
}

/// "Pravda. 1950. February 3.", "Известия. 1950. 4 февраля.", "New York Times.
/// 1950. February 4. P. 1." at the start of a note: (end in chars, found).
pub(super) fn newspaper(text: &str) -> Option<(usize, Found)> {
    let parts: Vec<&str> = text.splitn(5, ". ").collect();
    if parts.len() < 3 {
        return None;
    }
    let title = parts[0].trim();
    if title.is_empty()
        || title.chars().count() > 60
        || title.chars().any(|c| c.is_ascii_digit())
        || !title.chars().next().is_some_and(char::is_uppercase)
    {
        return None;
    }
    let year: i32 = parts[1].trim().parse().ok().filter(|y| (1600..=2100).contains(y))?;
    let date_text = parts[2].trim().trim_end_matches('.');
    let words: Vec<&str> = date_text.split_whitespace().collect();
    let (m, d) = match words.as_slice() {
        [a, b] => match (month(a), b.parse::<u8>(), a.parse::<u8>(), month(b)) {
            (Some(m), Ok(d), _, _) => (m, d),
            (_, _, Ok(d), Some(m)) => (m, d),
            _ => return None,
        },
        _ => return None,
    };
    if !(1..=31).contains(&d) {
        return None;
    }
    let (title, place) = match title.split_once(" (") {
        Some((t, p)) if p.ends_with(')') => {
            (t.trim().to_string(), Some(p.trim_end_matches(')').to_string()))
        }
        _ => (title.to_string(), None),
    };
    let mut consumed = parts[..3].iter().map(|p| p.chars().count() + 2).sum::<usize>();
    let mut page = None;
    if parts.len() > 3 {
        let rest = parts[3..].join(". ");
        let p = rest.trim();
        for label in ["P.", "p.", "С.", "с.", "S."] {
            if let Some(v) = p.strip_prefix(label) {
                let v: String = v
                    .trim()
                    .chars()
                    .take_while(|c| c.is_ascii_digit() || matches!(c, '–' | '-'))
                    .collect();
                if !v.is_empty() {
                    consumed += label.chars().count() + 1 + v.chars().count();
                    page = Some(v);
                }
            }
        }
    }
    let date = Date { start: Some(DatePart::ymd(year, m, d)), ..Date::default() };
    Some((consumed.min(text.chars().count()), Found::Newspaper { title, date, page, place }))
}
