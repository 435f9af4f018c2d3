//! Numbers of labelled parts: the volume and issue of a volume part (`Т. 5, № 3`,
//! `12(3):45-67`), the pages or page count of a pages part (`С. 12–15`, `543 с.`).

use super::numbers::full_range;

/// Words that come before an issue's number, lower case.
const ISSUE_WORDS: [&str; 18] = [
    "no", "no.", "nr", "nr.", "№", "n", "n.", "issue", "iss.", "вып", "вып.", "heft", "h.",
    "fasc.", "num.", "nos.", "№№", "№.",
];

/// Volume, issue (and pages) of a volume part: "Т. 5, № 3", "12(3)", "Vol. 12, No.
/// 3", "vol.36, no. 9", "Вып. 2", "Кн. 1", "14(3):153-60".
pub(super) fn volume_issue(s: &str) -> (Option<String>, Option<String>, Option<String>) {
    let lower = s.to_lowercase();
    let (mut volume, mut issue, mut page) = (None, None, None);
    // Numbers after their words.
    let split = |x: &'_ str| -> Vec<String> {
        x.split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let words = split(&lower);
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    // The same words as printed, for a Roman numeral's case (`t. I`, `tom. IX`):
    // lower-casing keeps every space and comma, so the two lists align.
    let printed = split(s);
    let volume_words = [
        "vol", "vol.", "vols.", "volume", "v.", "т", "т.", "том", "tome", "t.", "bd.", "bd", "jg.",
        "кн.", "кн", "book", "ч.", "part", "pt.", "tom.", "tom", "tomo", "tomus", "band", "deel",
        "dl.", "teil", "tl.", "vol.º", "tomo.",
    ];
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        let glued = |prefixes: &[&str]| {
            prefixes.iter().find_map(|p| {
                w.strip_prefix(p).filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
            })
        };
        if let Some(n) = glued(&["vol.", "no.", "№", "т.", "вып."]) {
            let d = digits(n).map(str::to_string);
            if w.starts_with("no.") || w.starts_with('№') || w.starts_with("вып") {
                issue = issue.or(d);
            } else {
                volume = volume.or(d);
            }
        } else if ISSUE_WORDS.contains(&w) {
            if let Some(n) = words.get(i + 1).and_then(|x| digits(x)) {
                issue = issue.or(Some(n.to_string()));
                i += 1;
            }
        } else if volume_words.contains(&w) {
            let n = words.get(i + 1).and_then(|x| digits(x));
            if let Some(n) = n.or_else(|| printed.get(i + 1).and_then(|x| roman(x))) {
                volume = volume.or(Some(n.to_string()));
                i += 1;
            }
        }
        i += 1;
    }
    // Chicago's "27, no. 10": a bare number before the issue's word is the volume.
    if volume.is_none() && words.len() > 2 && ISSUE_WORDS.contains(&words[1]) {
        volume =
            Some(words[0]).filter(|w| w.chars().all(|c| c.is_ascii_digit())).map(str::to_string);
    }
    // Bare "12(3)", "12(3):45-67", "12:45", "12".
    if volume.is_none() && issue.is_none() {
        let t = s.trim().trim_end_matches(['.', ',']);
        if let Some((v, rest)) = t.split_once('(') {
            if let Some((iss, after)) = rest.split_once(')') {
                volume = digits(v).map(str::to_string);
                issue = Some(iss.trim().to_string()).filter(|x| !x.is_empty());
                if let Some(p) = after.trim_start_matches([':', ' ']).split_whitespace().next() {
                    if p.starts_with(|c: char| c.is_ascii_digit()) {
                        page = Some(full_range(p.trim_end_matches(['.', ','])));
                    }
                }
            }
        } else if let Some((v, p)) = t.split_once(':') {
            volume = digits(v).map(str::to_string);
            page = digits(p).map(|_| full_range(p.trim().trim_end_matches(['.', ','])));
        } else {
            volume = digits(t)
                .map(str::to_string)
                .or_else(|| roman(t.trim_start_matches("Vol. ")).map(str::to_string));
        }
    }
    (volume, issue, page)
}

/// A year (with its month or day) glued to the numbers after it, as Vancouver
/// prints them (`2000;355(9222):`, `2017 Jul;30(3):827-60.`, `2019;(7):52-56.`,
/// `2011:3:124–128.`): the date with its separator, and the rest, when a `;` (or,
/// with `colon`, a `:` with no space after it) follows the date and a number or
/// `(` follows that.
pub(super) fn year_glued(s: &str, colon: bool) -> Option<(&str, &str)> {
    let t = s.trim_start();
    let b = t.as_bytes();
    let century = b.len() > 5 && matches!(&b[..2], b"15" | b"16" | b"17" | b"18" | b"19" | b"20");
    if !century || !b[..4].iter().all(u8::is_ascii_digit) || b[4].is_ascii_digit() {
        return None;
    }
    let sep = t.find(if colon { &[';', ':'][..] } else { &[';'][..] })?;
    // Between the year and the separator, a month or season and a day at most.
    let between = t[4..sep].trim();
    let digits = between.chars().filter(char::is_ascii_digit).count();
    let month_day =
        between.chars().all(|c| c.is_alphanumeric() || matches!(c, ' ' | '.' | '-' | '–'))
            && (between.is_empty() || between.starts_with(char::is_alphabetic) && digits <= 2);
    let rest = &t[sep + 1..];
    let rest = if b[sep] == b';' { rest.trim_start() } else { rest };
    (month_day && rest.starts_with(|c: char| c.is_ascii_digit() || c == '('))
        .then(|| (&t[..=sep], rest))
}

/// Volume, issue and pages of the volume parts, and of what follows a year glued
/// to them in a date part (`2017;30(3):827-860.`).
pub(super) fn volume_parts(
    parts: &[(&str, &str)],
) -> (Option<String>, Option<String>, Option<String>) {
    let (mut volume, mut issue, mut page) = (None, None, None);
    for (k, &(l, p)) in parts.iter().enumerate() {
        let p = match l {
            "volume" => year_glued(p, false).map_or(p, |(_, rest)| rest),
            "date" => match year_glued(p, true) {
                Some((_, rest)) => rest,
                None => continue,
            },
            _ => continue,
        };
        // `2007, no. 1`: the issue's word went with the part before.
        let last = k.checked_sub(1).and_then(|j| parts[j].1.split_whitespace().last());
        let marked = last.is_some_and(|w| ISSUE_WORDS.contains(&w.to_lowercase().as_str()));
        let (v, i, pg) = if marked && p.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
            volume_issue(&format!("№ {p}"))
        } else {
            volume_issue(p)
        };
        volume = volume.or(v);
        issue = issue.or(i);
        page = page.or(pg);
    }
    (volume, issue, page)
}

pub(super) fn roman(s: &str) -> Option<&str> {
    let s = s.trim_matches(|c: char| !c.is_alphanumeric());
    (!s.is_empty() && s.len() <= 7 && s.chars().all(|c| "IVXLCDM".contains(c))).then_some(s)
}

/// Pages: "С. 12–15" / "pp. 12-15" -> page; "543 с." / "300 p." / "xii, 300 pp." -> number of pages.
pub(super) fn pages(s: &str) -> (Option<String>, Option<String>) {
    // The figure dash, the horizontal bar and the minus sign print ranges too (`pp. 4‒13`).
    let s =
        s.replace(['\u{2012}', '\u{2015}', '\u{2212}'], "–").replace(['\u{2010}', '\u{2011}'], "-");
    let mut t = s.trim();
    // "24 p. (in Russian)": a note that ran into the pages.
    if let Some(i) = t.find(" (").filter(|&i| t[i..].chars().any(char::is_alphabetic)) {
        t = &t[..i];
    }
    let t = t.trim_end_matches(['.', ',', ';', ' ', '–', '—']);
    // `384 с. : ил.`, `216 с.: табл.`: the illustrations after the count.
    let t = match t.split_once(':') {
        Some((count, extra))
            if !extra.trim_start().starts_with(|c: char| c.is_ascii_digit())
                && count.trim_end().ends_with('.') =>
        {
            count.trim_end().trim_end_matches('.')
        }
        _ => t,
    };
    let lower = t.to_lowercase();
    let count_words = ["с", "c", "p", "pp", "s", "стр", "pages", "ss", "л", "pgs"];
    let words: Vec<&str> = lower.split_whitespace().collect();
    if let Some(last) = words.last() {
        let bare = last.trim_end_matches('.');
        if words.len() >= 2 && count_words.contains(&bare) && !t.contains(['-', '–', '—']) {
            return (None, digits(&lower).map(str::to_string));
        }
    }
    // The word before the range ("P. 10–20", "С. 5", "pp. 3-9") is not a page.
    let t = match t.split_once([' ', '.']) {
        Some((w, rest)) if PAGE_WORDS.contains(&w.to_lowercase().as_str()) => {
            rest.trim_start_matches(['.', ' '])
        }
        _ => t,
    };
    let start = t.find(|c: char| c.is_ascii_digit() || c.is_ascii_uppercase() && t.len() < 12);
    let Some(start) = start else { return (None, None) };
    let range: String = t[start..]
        .chars()
        .take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '–' | '—' | ' ' | ',' | '\u{ad}'))
        .filter(|c| *c != '\u{ad}')
        .collect();
    // `34, note`, `226, note`: a word after the numbers ends them.
    let numbered = |x: &str| x.chars().any(|c| c.is_ascii_digit()) || roman(x).is_some();
    let end = range.split(',').take_while(|x| numbered(x)).map(|x| x.len() + 1).sum::<usize>();
    let range = range[..end.saturating_sub(1).min(range.len())].trim().replace(' ', "");
    (Some(full_range(&range)).filter(|r| !r.is_empty()), None)
}

/// Words before a page or column number (`p.`, `С.`, `S.`, `Sp.`, `col.`, `kol.`), lower
/// case, without their period.
const PAGE_WORDS: [&str; 18] = [
    "p", "pp", "с", "c", "s", "стр", "page", "pages", "ss", "л", "sp", "col", "cols", "coll",
    "kol", "pag", "str", "colonna",
];

/// The first run of digits.
pub(super) fn digits(s: &str) -> Option<&str> {
    let start = s.find(|c: char| c.is_ascii_digit())?;
    let len = s[start..].find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len() - start);
    Some(&s[start..start + len])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roman_volumes_after_their_word() {
        assert_eq!(volume_issue("t. I,").0.as_deref(), Some("I"));
        // Chicago: the bare number before `no.` is the volume.
        let v = volume_issue("27, no. 10");
        assert_eq!((v.0.as_deref(), v.1.as_deref()), (Some("27"), Some("10")));
        assert_eq!(volume_issue("no. 10").0, None);
        assert_eq!(volume_issue("tom. IX").0.as_deref(), Some("IX"));
        assert_eq!(volume_issue("Bd. XIII, Heft 2").0.as_deref(), Some("XIII"));
        assert_eq!(volume_issue("Т. 5, № 3"), (Some("5".into()), Some("3".into()), None));
    }

    #[test]
    fn years_glued_to_their_volumes() {
        assert_eq!(year_glued("2000;355(9222):", false), Some(("2000;", "355(9222):")));
        assert_eq!(
            year_glued("2017 Jul;30(3):827-860.", true),
            Some(("2017 Jul;", "30(3):827-860."))
        );
        assert_eq!(year_glued("2012 Jul; 60(1): 12–23", true), Some(("2012 Jul;", "60(1): 12–23")));
        assert_eq!(year_glued("2019;(7):52-56.", true), Some(("2019;", "(7):52-56.")));
        assert_eq!(year_glued("2011:3:124–128.", true), Some(("2011:", "3:124–128.")));
        assert_eq!(year_glued("2011:3:124–128.", false), None);
        assert_eq!(year_glued("1993: 2", true), None);
        assert_eq!(year_glued("1990.", true), None);
        assert_eq!(year_glued("12345;6", true), None);
        assert_eq!(volume_issue("(7):52-56."), (None, Some("7".into()), Some("52-56".into())));
        let some = |s: &str| Some(s.to_string());
        let parts = [("journal", "Clin Microbiol Rev."), ("date", "2017 Jul;30(3):827-860.")];
        assert_eq!(volume_parts(&parts), (some("30"), some("3"), some("827-860")));
        let parts = [("journal", "Lancet"), ("volume", "2000;355(9222):"), ("pages", "1234-5.")];
        assert_eq!(volume_parts(&parts), (some("355"), some("9222"), None));
        let parts = [("date", "2007,"), ("volume", "1"), ("note", "no."), ("volume", "7")];
        assert_eq!(volume_parts(&parts).0, some("1"));
    }

    #[test]
    fn page_ranges_and_counts() {
        assert_eq!(pages("С. 12–15."), (Some("12-15".to_string()), None));
        assert_eq!(pages("pp. 4‒13."), (Some("4-13".to_string()), None));
        assert_eq!(pages("320 с."), (None, Some("320".to_string())));
        assert_eq!(pages("p. 126\u{2011}146"), (Some("126-146".to_string()), None));
        assert_eq!(pages("p. 34, note."), (Some("34".to_string()), None));
        assert_eq!(pages("Sp. 1-236."), (Some("1-236".to_string()), None));
    }
}
