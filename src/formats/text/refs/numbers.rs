//! Numbers: journal numbers in whatever order and markup they are printed
//! (volume, issue, pages, year), page ranges completed, a year printed first.

use super::patterns::re;
use regex::Regex;
use std::sync::OnceLock;

/// "21–152" -> "21-152", "40-9" -> "40-49".
pub(super) fn full_range(s: &str) -> String {
    let s = s.replace(['–', '—'], "-");
    match s.split_once('-') {
        Some((a, b)) if b.len() < a.len() && !b.is_empty() && a.is_ascii() && b.is_ascii() => {
            format!("{a}-{}{b}", &a[..a.len() - b.len()])
        }
        _ => s,
    }
}

/// The numbers of a journal tail, in whatever order and markup they are printed:
/// "29(12) 1184-1201, December 1986", "9:23–48, 2008", "v. 24, p. 265. 1989",
/// "1999. 21(1): p. 70-1", "2001, 412, 835–838", "Vol. 12, No. 3, 1990, pp. 463-492".
#[derive(Debug, Default, Clone, PartialEq)]
pub(super) struct Numbers {
    pub(super) volume: Option<String>,
    pub(super) issue: Option<String>,
    pub(super) page: Option<String>,
    pub(super) year: Option<i32>,
}

fn year_like(s: &str) -> Option<i32> {
    let y: i32 = s.parse().ok()?;
    (s.len() == 4 && (1600..=2099).contains(&y)).then_some(y)
}

/// Reads `s` as a run of journal numbers to its end, or to a sentence that follows
/// them ("... 985-987. Special Issue on ..."). None when `s` holds other words.
fn journal_numbers(s: &str) -> Option<Numbers> {
    static T: OnceLock<Regex> = OnceLock::new();
    let tok = re(
        &T,
        r"^[\s,.;:]*(?:(?:[Vv]ol(?:ume)?s?\.?|[Vv]\.|Bd\.)\s*(?P<vol>\d+|[IVXLC]+\b)|(?:[Nn]os?\.|[Nn]o\b|[Nn]\.|[Ii]ssue|Nr\.)\s*(?P<iss>\d+(?:\s?[-–/&]\s?\d+)?)|(?:pp?\.|pages?|[Aa]rt\.|[Aa]rticle)\s*(?P<pg>[A-Za-z]{0,2}\d+(?:\s?[-–—]+\s?[A-Za-z]{0,2}\d+)?)|\((?P<par>[^()]{1,30})\)|(?P<cv>\d+)\s?:\s?(?P<cp>[A-Za-z]{0,2}\d+(?:\s?[-–—]+\s?[A-Za-z]{0,2}\d+)?)|(?P<range>[A-Za-z]{0,2}\d+\s?[-–—]+\s?[A-Za-z]{0,2}\d+)|(?P<num>[A-Z]{0,2}\d+[a-z]?|e\d+)|(?P<skip>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|Spring|Summer|Fall|Autumn|Winter|in press|to appear|forthcoming|Suppl\.?))",
    );
    static PAR_YEAR: OnceLock<Regex> = OnceLock::new();
    let par_year = re(
        &PAR_YEAR,
        r"^(?:[\p{L}.]+,?\s)?(?:\d{1,2},?\s)?(1[6-9]\d\d|20\d\d)(?:[/–-]\d{2,4})?[a-z]?$",
    );
    static PAR_ISSUE: OnceLock<Regex> = OnceLock::new();
    let par_issue = re(&PAR_ISSUE, r"^[A-Za-z]?\d{1,4}[A-Za-z]?(?:\s?(?:[-–/&,]|and)\s?\d{1,4})*$");
    let mut n = Numbers::default();
    let mut i = 0;
    let mut tokens = 0;
    while i < s.len() {
        let Some(c) = tok.captures(&s[i..]) else { break };
        let end = c.get(0).map_or(0, |m| m.end());
        // A token ends at a word's end: "2nd" is no number.
        let run_on = s.as_bytes()[i..i + end].last().is_some_and(u8::is_ascii_alphanumeric)
            && s[i + end..].starts_with(|c: char| c.is_alphanumeric());
        if end == 0 || run_on {
            break;
        }
        tokens += 1;
        if let Some(v) = c.name("vol") {
            n.volume.get_or_insert_with(|| v.as_str().to_string());
        } else if let Some(v) = c.name("iss") {
            n.issue.get_or_insert_with(|| v.as_str().to_string());
        } else if let Some(v) = c.name("pg") {
            n.page = Some(v.as_str().replace(' ', ""));
        } else if let Some(v) = c.name("par") {
            let v = v.as_str().trim();
            if let Some(y) = par_year.captures(v).and_then(|y| y[1].parse().ok()) {
                n.year = Some(y);
            } else if par_issue.is_match(v) && n.issue.is_none() {
                n.issue = Some(v.to_string());
            } else {
                return None;
            }
        } else if let (Some(v), Some(p)) = (c.name("cv"), c.name("cp")) {
            if n.volume.is_none() {
                n.volume = Some(v.as_str().to_string());
            } else if n.issue.is_none() {
                n.issue = Some(v.as_str().to_string());
            }
            n.page.get_or_insert_with(|| p.as_str().replace(' ', ""));
        } else if let Some(v) = c.name("range") {
            let v = v.as_str().replace(' ', "");
            // A single page read earlier was an issue: "61: 4, 220-233".
            if n.page.as_deref().is_some_and(|p| !p.contains(['-', '–', '—'])) && n.issue.is_none()
            {
                n.issue = n.page.take();
            }
            n.page.get_or_insert(v);
        } else if let Some(v) = c.name("num") {
            let v = v.as_str();
            match year_like(v) {
                Some(y) if n.year.is_none() && (n.volume.is_none() || n.page.is_some()) => {
                    n.year = Some(y)
                }
                _ if n.volume.is_none() => n.volume = Some(v.to_string()),
                _ if n.page.is_none() => n.page = Some(v.to_string()),
                _ => {}
            }
        }
        i += end;
    }
    if tokens == 0 {
        return None;
    }
    let tail = &s[i..];
    let rest = tail.trim_start_matches([' ', ',', '.', ';', ':']);
    // What follows the numbers is another sentence ("Special Issue on ...",
    // "*†", "(See also ...)"), never words run on from them.
    if !rest.is_empty() {
        let lead = &tail[..tail.len() - rest.len()];
        if !(lead.contains('.') || rest.starts_with(['(', '[', '*', '†']))
            || rest.starts_with(char::is_lowercase)
        {
            return None;
        }
    }
    (n.volume.is_some() || n.page.is_some()).then_some(n)
}

/// "Container<numbers>": the container is the text before the first place where
/// journal numbers run to the end of `s`.
pub(super) fn container_numbers(s: &str) -> Option<(String, Numbers)> {
    let (at, n) = numbers_from(s)?;
    let container = s[..at].trim().trim_end_matches([',', ':', ';']).trim();
    (container.chars().count() >= 2 && container.starts_with(char::is_alphabetic))
        .then(|| (container.to_string(), n))
}

/// Where journal numbers begin (after a space) and run to the end of `s`.
pub(super) fn numbers_from(s: &str) -> Option<(usize, Numbers)> {
    let b = s.as_bytes();
    if !b.iter().any(u8::is_ascii_digit) {
        return None;
    }
    const MARKERS: &[&str] = &[
        "vol", "Vol", "v.", "V.", "no.", "No.", "No ", "n.", "n°", "Nos", "nos", "pp.", "p.",
        "pages", "page ", "Art", "art", "Bd.", "Issue", "issue", "Nr.", "(",
    ];
    for (i, _) in s.match_indices(' ') {
        let r = &s[i + 1..];
        let digit_next = |k: usize| r.as_bytes().get(k).is_some_and(u8::is_ascii_digit);
        let start = digit_next(0)
            || (r.starts_with(|c: char| c.is_ascii_alphabetic())
                && (digit_next(1) || digit_next(2)))
            || MARKERS.iter().any(|m| r.starts_with(m));
        if !start || i == 0 {
            continue;
        }
        if let Some(n) = journal_numbers(&s[i..]) {
            return Some((i, n));
        }
    }
    None
}

/// A year printed before the rest ("2000, MNRAS, 316, 326") and the rest.
pub(super) fn leading_year(s: &str) -> (Option<i32>, &str) {
    static R: OnceLock<Regex> = OnceLock::new();
    let r = re(&R, r"^\(?(1[6-9]\d\d|20\d\d)[a-z]?\)?[,.]?\s+");
    match r.captures(s) {
        Some(c) => (c[1].parse().ok(), &s[c.get(0).map_or(0, |m| m.end())..]),
        None => (None, s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_ranges_are_completed() {
        assert_eq!(full_range("40-9"), "40-49");
        assert_eq!(full_range("21–152"), "21-152");
        assert_eq!(full_range("198–218"), "198-218");
        // Other scripts' digits (`\d` is Unicode) are left alone, not sliced.
        assert_eq!(full_range("١٢٣-٤"), "١٢٣-٤");
    }
}
