//! The attributes of each token that the CRF weighs: the word and its shape,
//! affixes, number and keyword classes, script, position, its neighbours, the
//! brackets and quotes it is inside, and the rules of the hand-written parser
//! turned into flags — GOST's separators (`//`, ` / `, `. – `), the abbreviations
//! `Т.`/`С.`/`№`, places and publishers, URLs, DOIs, page ranges, `vol(issue)` —
//! and the hand-written parser's own reading of the string ([`super::evidence`]).

use super::evidence::rule_labels;
use super::lexicon::{keywords, place};
use super::tokens::Token;
use crate::crf::Attr;

/// What a token is, once, for itself and its neighbours' features.
struct Info {
    lower: String,
    shape: String,
    /// Keyword classes of the token without a trailing period.
    keywords: Vec<&'static str>,
}

fn shape_char(c: char) -> char {
    if c.is_ascii_digit() {
        'd'
    } else if c.is_alphabetic() {
        let cyr = matches!(c, '\u{0400}'..='\u{04FF}');
        match (c.is_uppercase(), c.is_lowercase(), cyr, c.is_ascii()) {
            (true, _, true, _) => 'C',
            (_, true, true, _) => 'c',
            (true, _, _, true) => 'X',
            (_, true, _, true) => 'x',
            (true, _, _, _) => 'U',
            (_, true, _, _) => 'u',
            _ => 'L',
        }
    } else {
        c
    }
}

/// The token's shape: character classes, runs longer than two cut to two.
fn shape(s: &str) -> String {
    let mut out = String::new();
    let mut last = None;
    let mut run = 0;
    for c in s.chars().map(shape_char) {
        if Some(c) == last {
            run += 1;
            if run > 2 {
                continue;
            }
        } else {
            run = 1;
            last = Some(c);
        }
        out.push(c);
    }
    out
}

fn is_roman(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 7
        && (s.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'))
            || s.chars().all(|c| matches!(c, 'i' | 'v' | 'x' | 'l' | 'c' | 'd' | 'm')))
}

fn number_class(s: &str) -> Option<&'static str> {
    if s.chars().all(|c| c.is_ascii_digit()) {
        let n: u32 = s.parse().unwrap_or(u32::MAX);
        return Some(match s.len() {
            4 if (1500..2100).contains(&n) => "year",
            1 => "d1",
            2 => "d2",
            3 => "d3",
            4 => "d4",
            _ => "d5",
        });
    }
    is_roman(s).then_some("roman")
}

fn caps(s: &str) -> &'static str {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() {
        return "none";
    }
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    if upper == letters.len() {
        if letters.len() == 1 {
            "single"
        } else {
            "all"
        }
    } else if upper == 0 {
        "lower"
    } else if letters[0].is_uppercase() && upper == 1 {
        "init"
    } else {
        "mixed"
    }
}

fn script(s: &str) -> &'static str {
    let mut cyr = 0;
    let mut lat = 0;
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        if matches!(c, '\u{0400}'..='\u{04FF}') {
            cyr += 1;
        } else if c.is_ascii() || matches!(c, '\u{00C0}'..='\u{024F}') {
            lat += 1;
        } else {
            return "other";
        }
    }
    match (lat, cyr) {
        (0, 0) => "none",
        (_, 0) => "lat",
        (0, _) => "cyr",
        _ => "mixed",
    }
}

/// The class of the white-space-delimited chunk a token is in.
fn chunk_class(chunk: &str) -> Option<&'static str> {
    let c = chunk.trim_end_matches(['.', ',', ';']);
    let lower = c.to_lowercase();
    if lower.starts_with("http") || lower.starts_with("www.") || lower.contains("://") {
        return Some("url");
    }
    if lower.starts_with("doi") || lower.starts_with("10.") && lower.contains('/') {
        return Some("doi");
    }
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let digits_dash = |s: &str| {
        let parts: Vec<&str> = s.split(['-', '–', '—']).collect();
        parts.len() == 2 && parts.iter().all(|p| digits(p))
    };
    let vol_issue = |s: &str| {
        s.split_once('(').is_some_and(|(v, rest)| {
            digits(v) && rest.strip_suffix(')').is_some_and(|i| digits(i) || digits_dash(i))
        })
    };
    if digits_dash(c) {
        return Some("range");
    }
    if vol_issue(c) {
        return Some("volissue");
    }
    if c.contains(':') && c.split(':').all(|p| digits(p) || digits_dash(p) || vol_issue(p)) {
        return Some("volpage");
    }
    let raw = chunk.trim_end_matches([',', ';']);
    if raw.chars().filter(|ch| *ch == '.').count() >= 2
        && raw.chars().all(|ch| ch == '.' || ch == '-' || ch.is_uppercase())
    {
        return Some("initials");
    }
    if lower.starts_with("isbn")
        || c.len() >= 13 && c.chars().filter(char::is_ascii_digit).count() >= 10 && c.contains('-')
    {
        return Some("isbn");
    }
    None
}

/// A number from 0 to 10 as text, without allocating.
fn small(n: usize) -> &'static str {
    ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"].get(n).copied().unwrap_or("10")
}

/// A neighbour's offset as text.
fn offset(d: isize) -> &'static str {
    match d {
        -2 => "-2",
        -1 => "-1",
        1 => "1",
        _ => "2",
    }
}

fn add(f: &mut Vec<u64>, name: &str, value: &str) {
    let mut a = Attr::new(name);
    a.push_str(value);
    f.push(a.finish());
}

/// The attribute hashes of every token of `s`.
pub fn features(s: &str, tokens: &[Token<'_>]) -> Vec<Vec<u64>> {
    let infos: Vec<Info> = tokens
        .iter()
        .map(|t| {
            let lower = t.text.to_lowercase();
            let bare = lower.trim_end_matches('.');
            Info { shape: shape(t.text), keywords: keywords(bare).collect(), lower }
        })
        .collect();
    let n = tokens.len();
    // Chunks: runs of tokens without white space between them.
    let mut chunk_of = vec![None; n];
    let mut i = 0;
    while i < n {
        let mut j = i + 1;
        while j < n && !tokens[j].space_before {
            j += 1;
        }
        let class = chunk_class(&s[tokens[i].start..tokens[j - 1].end]);
        chunk_of[i..j].iter_mut().for_each(|c| *c = class);
        i = j;
    }
    let rules = rule_labels(s, tokens);
    let mut out = Vec::with_capacity(n);
    // Running state from the left: brackets and quotes open, GOST separators seen.
    let (mut paren, mut square, mut quote) = (0i32, 0i32, false);
    let (mut seen_slashes, mut seen_slash, mut dashes) = (false, false, 0usize);
    let mut since_sep = 0usize;
    for (k, t) in tokens.iter().enumerate() {
        let info = &infos[k];
        let mut f: Vec<u64> = Vec::with_capacity(48);
        let w =
            info.lower.char_indices().nth(24).map_or(&info.lower[..], |(i, _)| &info.lower[..i]);
        add(&mut f, "w", w);
        add(&mut f, "sh", &info.shape);
        // Prefixes and suffixes of one to three letters, of words longer than that.
        let bounds: Vec<usize> = info.lower.char_indices().map(|(i, _)| i).collect();
        let count = bounds.len();
        for len in 1..=3 {
            if count > len {
                add(&mut f, "p", &info.lower[..bounds[len]]);
                add(&mut f, "s", &info.lower[bounds[count - len]..]);
            }
        }
        add(&mut f, "len", small(count.min(8)));
        if let Some(c) = number_class(t.text) {
            add(&mut f, "num", c);
        }
        for kw in &info.keywords {
            add(&mut f, "kw", kw);
        }
        add(&mut f, "cap", caps(t.text));
        add(&mut f, "scr", script(t.text));
        if place(info.lower.trim_end_matches('.')) {
            add(&mut f, "place", "1");
        }
        add(&mut f, "pos", small(k * 10 / n.max(1)));
        if k == 0 {
            add(&mut f, "first", "1");
        }
        if k + 1 == n {
            add(&mut f, "last", "1");
        }
        add(&mut f, "spb", if t.space_before { "1" } else { "0" });
        let space_after = tokens.get(k + 1).is_none_or(|x| x.space_before);
        add(&mut f, "spa", if space_after { "1" } else { "0" });
        // Neighbours.
        let word = |j: isize| -> &str {
            let j = k as isize + j;
            if j < 0 {
                "<s>"
            } else if j as usize >= n {
                "</s>"
            } else {
                &infos[j as usize].lower
            }
        };
        for d in [-2isize, -1, 1, 2] {
            let mut a = Attr::new("w@");
            a.push_str(offset(d));
            a.push_byte(0);
            a.push_str(word(d));
            f.push(a.finish());
        }
        for d in [-1isize, 1] {
            let j = k as isize + d;
            if j >= 0 && (j as usize) < n {
                let mut a = Attr::new("sh@");
                a.push_str(offset(d));
                a.push_byte(0);
                a.push_str(&infos[j as usize].shape);
                f.push(a.finish());
                for kw in &infos[j as usize].keywords {
                    let mut a = Attr::new("kw@");
                    a.push_str(offset(d));
                    a.push_byte(0);
                    a.push_str(kw);
                    f.push(a.finish());
                }
            }
        }
        let mut a = Attr::new("w-1|w");
        a.push_str(word(-1));
        a.push_byte(0);
        a.push_str(&info.lower);
        f.push(a.finish());
        let mut a = Attr::new("w|w+1");
        a.push_str(&info.lower);
        a.push_byte(0);
        a.push_str(word(1));
        f.push(a.finish());
        // Inside what.
        if paren > 0 {
            add(&mut f, "in", "(");
        }
        if square > 0 {
            add(&mut f, "in", "[");
        }
        if quote {
            add(&mut f, "in", "\"");
        }
        if seen_slashes {
            add(&mut f, "after", "//");
        }
        if seen_slash {
            add(&mut f, "after", "/");
        }
        add(&mut f, "dashes", small(dashes.min(4)));
        add(&mut f, "sincesep", small(since_sep.min(6)));
        if let Some(c) = chunk_of[k] {
            add(&mut f, "chunk", c);
        }
        // What the hand-written parser read here, and just before.
        for r in &rules[k] {
            add(&mut f, "rule", r);
        }
        if rules[k].is_empty() {
            add(&mut f, "rule", "-");
        }
        if k > 0 {
            for r in &rules[k - 1] {
                add(&mut f, "rule@-1", r);
            }
        }
        out.push(f);
        // Update the state after this token.
        match t.text {
            "(" => paren += 1,
            ")" => paren = (paren - 1).max(0),
            "[" => square += 1,
            "]" => square = (square - 1).max(0),
            "«" | "“" | "„" => quote = true,
            "»" | "”" => quote = false,
            "\"" => quote = !quote,
            "//" => seen_slashes = true,
            "/" if t.space_before && space_after => seen_slash = true,
            _ => {}
        }
        let dash = matches!(t.text, "–" | "—" | "-") && t.space_before && space_after;
        if dash && k > 0 && tokens[k - 1].text == "." {
            dashes += 1;
        }
        let sep = dash || matches!(t.text, "//" | ";" | ":") || t.text == "/" && t.space_before;
        since_sep = if sep { 0 } else { since_sep + 1 };
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    #[test]
    fn shapes_classes_and_chunks() {
        assert_eq!(shape("Ivanov"), "Xxx");
        assert_eq!(shape("Иванов"), "Ccc");
        assert_eq!(shape("2019"), "dd");
        assert_eq!(number_class("1999"), Some("year"));
        assert_eq!(number_class("XIV"), Some("roman"));
        assert_eq!(caps("USSR"), "all");
        assert_eq!(script("Moskva"), "lat");
        assert_eq!(chunk_class("153-160."), Some("range"));
        assert_eq!(chunk_class("14(3):153-60"), Some("volpage"));
        assert_eq!(chunk_class("https://doi.org/10.1/x"), Some("url"));
        assert_eq!(chunk_class("И.И."), Some("initials"));
        let s = "Иванов И. И. История // Вопросы истории. 2010. № 3. С. 5–9.";
        let t = tokenize(s);
        let f = features(s, &t);
        assert_eq!(f.len(), t.len());
        let after = crate::crf::attr("after", "//");
        let vop = t.iter().position(|x| x.text == "Вопросы").unwrap();
        assert!(f[vop].contains(&after));
        assert!(!f[0].contains(&after));
        assert_eq!(features("", &[]).len(), 0);
    }
}
