//! BibTeX name lists: "von Last, Jr, First", "First von Last", `{Corporate Body}`,
//! biblatex's extended `family=..., given=...`, and the Russian "Фамилия И. О."
//! with no comma, which BibTeX's rules split wrongly.

use super::latex::{from_text, to_text};
use crate::model::Name;

/// Splits a raw (LaTeX) name list at top-level `and`.
///
/// ```
/// use refconv::formats::bibtex::names::split_list;
/// assert_eq!(split_list("A and {B and C} AND D"), ["A", "{B and C}", "D"]);
/// ```
pub fn split_list(raw: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let b = raw.as_bytes();
    let mut depth = 0usize;
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'{' => depth += 1,
            b'}' => depth = depth.saturating_sub(1),
            b'\\' => i += 1,
            c if depth == 0 && c.is_ascii_whitespace() => {
                let rest = &raw[i..];
                let t = rest.trim_start();
                let tb = t.as_bytes();
                if tb.len() > 4
                    && tb[..3].eq_ignore_ascii_case(b"and")
                    && tb[3].is_ascii_whitespace()
                {
                    out.push(raw[start..i].trim());
                    let skip = rest.len() - t.len() + 3;
                    i += skip;
                    start = i;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    out.push(raw[start..].trim());
    out.retain(|s| !s.is_empty());
    out
}

/// Splits at top-level `sep` bytes.
fn split_top(raw: &str, sep: u8) -> Vec<&str> {
    let mut out = Vec::new();
    let b = raw.as_bytes();
    let mut depth = 0usize;
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'{' => depth += 1,
            b'}' => depth = depth.saturating_sub(1),
            b'\\' => i += 1,
            c if c == sep && depth == 0 => {
                out.push(&raw[start..i]);
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    out.push(&raw[start.min(raw.len())..]);
    out
}

fn tokens(raw: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let b = raw.as_bytes();
    let mut depth = 0usize;
    let mut start = None;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if depth == 0 && (c.is_ascii_whitespace() || c == b'~') {
            if let Some(s) = start.take() {
                out.push(&raw[s..i]);
            }
        } else {
            if start.is_none() {
                start = Some(i);
            }
            match c {
                b'{' => depth += 1,
                b'}' => depth = depth.saturating_sub(1),
                b'\\' => i += 1,
                _ => {}
            }
        }
        i += 1;
    }
    if let Some(s) = start {
        out.push(&raw[s..]);
    }
    out
}

/// Whether a token starts in lower case (BibTeX's test for "von" parts): the
/// first letter at brace depth 0, or of a special character `{\"o}`.
fn is_lower(tok: &str) -> bool {
    let decoded = if tok.starts_with("{\\") { to_text(tok, false) } else { String::new() };
    if !decoded.is_empty() {
        return decoded.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase);
    }
    if tok.starts_with('{') {
        return false;
    }
    tok.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase)
}

/// Whether a token is only initials: "И.", "И.И.", "M.Iu.", "Zh.", "J.-P.".
fn is_initials(tok: &str) -> bool {
    let t = to_text(tok, false);
    if !t.ends_with('.') {
        return false;
    }
    // Multi-letter initials are the transliterations of one Cyrillic letter
    // ("Iu." for Ю); "Co." is a word, not an initial.
    const DIGRAPHS: &[&str] = &[
        "Iu.", "Ia.", "Io.", "Ie.", "Yu.", "Ya.", "Yo.", "Ye.", "Zh.", "Kh.", "Ts.", "Ch.", "Sh.",
        "Shch.",
    ];
    t.split_inclusive('.').all(|seg| {
        let seg = seg.trim_start_matches('-');
        let mut cs = seg.chars();
        let first = cs.next();
        let rest: Vec<char> = cs.collect();
        first.is_some_and(char::is_uppercase)
            && rest.last() == Some(&'.')
            && (rest.len() == 1 || DIGRAPHS.contains(&seg))
    })
}

fn join(toks: &[&str]) -> Option<String> {
    if toks.is_empty() {
        None
    } else {
        Some(to_text(&toks.join(" "), false))
    }
}

fn some(s: &str) -> Option<String> {
    let t = to_text(s.trim(), false);
    if t.is_empty() {
        None
    } else {
        Some(t)
    }
}

/// Parses one raw name.
///
/// ```
/// use refconv::formats::bibtex::names::parse_name;
/// let n = parse_name("van der Berg, Jan");
/// assert_eq!((n.particle.as_deref(), n.family.as_deref(), n.given.as_deref()), (Some("van der"), Some("Berg"), Some("Jan")));
/// let n = parse_name("Иванов И. И.");
/// assert_eq!((n.family.as_deref(), n.given.as_deref()), (Some("Иванов"), Some("И. И.")));
/// let n = parse_name("Ivanov I.I.");
/// assert_eq!((n.family.as_deref(), n.given.as_deref()), (Some("Ivanov"), Some("I.I.")));
/// assert_eq!(parse_name("{World Health Organization}").literal.as_deref(), Some("World Health Organization"));
/// let n = parse_name("Jean de La Fontaine");
/// assert_eq!((n.given.as_deref(), n.particle.as_deref(), n.family.as_deref()), (Some("Jean"), Some("de"), Some("La Fontaine")));
/// ```
pub fn parse_name(raw: &str) -> Name {
    let raw = raw.trim();
    // A single braced group is a name taken whole.
    if raw.starts_with('{') && raw.ends_with('}') && matching_close(raw) == Some(raw.len() - 1) {
        let inner = &raw[1..raw.len() - 1];
        if !inner.starts_with('\\') {
            return Name::literal(to_text(inner, false));
        }
    }
    if raw == "others" {
        return Name::literal("others");
    }
    // biblatex's extended name format: family=Berg, given=Jan, prefix=van der
    let parts = split_top(raw, b',');
    if parts.iter().all(|p| p.contains('='))
        && parts.iter().any(|p| p.trim_start().starts_with("family"))
    {
        let mut n = Name::default();
        for p in parts {
            let Some((k, v)) = p.split_once('=') else { continue };
            let v = v.trim().trim_start_matches('{').trim_end_matches('}');
            match k.trim() {
                "family" => n.family = some(v),
                "given" => n.given = some(v),
                "prefix" => n.particle = some(v),
                "suffix" => n.suffix = some(v),
                _ => {}
            }
        }
        return n;
    }
    let mut n = Name::default();
    match parts.len() {
        1 => {
            let toks = tokens(raw);
            if toks.len() >= 2 && !is_initials(toks[0]) && toks[1..].iter().all(|t| is_initials(t))
            {
                // "Иванов И. И.", "Ivanov I.I.": family first, then initials.
                n.family = some(toks[0]);
                n.given = join(&toks[1..]);
                return n;
            }
            if toks.len() <= 1 {
                // One word, or none at all (a name of only braces or punctuation).
                n.family = toks.first().and_then(|t| some(t)).or_else(|| some(raw.trim()));
                return n;
            }
            let last = toks.len() - 1;
            // von: the run of lower-case tokens before the last one.
            let von_start = toks[..last].iter().position(|t| is_lower(t));
            match von_start {
                Some(vs) => {
                    let mut ve = vs;
                    while ve < last && is_lower(toks[ve]) {
                        ve += 1;
                    }
                    // The von part ends at the last lower-case token before Last.
                    let mut end = vs;
                    for (k, t) in toks.iter().enumerate().take(last).skip(vs) {
                        if is_lower(t) {
                            end = k + 1;
                        }
                    }
                    n.given = join(&toks[..vs]);
                    n.particle = join(&toks[vs..end]);
                    n.family = join(&toks[end..]);
                    let _ = ve;
                }
                None => {
                    n.given = join(&toks[..last]);
                    n.family = some(toks[last]);
                }
            }
        }
        _ => {
            let first_part = tokens(parts[0]);
            let mut vonlast = first_part.as_slice();
            let mut von_end = 0;
            for (k, t) in vonlast.iter().enumerate().take(vonlast.len().saturating_sub(1)) {
                if is_lower(t) {
                    von_end = k + 1;
                } else if von_end == 0 {
                    break;
                }
            }
            if von_end > 0 {
                n.particle = join(&vonlast[..von_end]);
                vonlast = &vonlast[von_end..];
            }
            n.family = join(vonlast);
            if parts.len() == 2 {
                n.given = some(parts[1]);
            } else {
                n.suffix = some(parts[1]);
                n.given = some(&parts[2..].join(","));
            }
        }
    }
    n
}

fn matching_close(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            b'{' => depth += 1,
            b'}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Writes one name in BibTeX form ("von Last, Jr, First"; `{Body}` for literal
/// names), so that [`parse_name`] reads it back the same.
///
/// ```
/// use refconv::{formats::bibtex::names::{parse_name, write_name}, Name};
/// for n in [Name::person("Иванов", "И. И."), Name::literal("МИД СССР"),
///           Name { particle: Some("van der".into()), ..Name::person("Berg", "Jan") },
///           Name { family: Some("de la Cruz".into()), given: Some("Juan".into()), ..Name::default() }] {
///     assert_eq!(parse_name(&write_name(&n, false)), n);
/// }
/// ```
pub fn write_name(n: &Name, ascii: bool) -> String {
    if let Some(l) = &n.literal {
        if l == "others" {
            return "others".into();
        }
        return format!("{{{}}}", from_text(l, ascii));
    }
    let esc = |s: &str| {
        let t = from_text(s, ascii);
        // Keep commas and a top-level "and" from splitting the name.
        if t.contains(',') || t.split_whitespace().any(|w| w.eq_ignore_ascii_case("and")) {
            format!("{{{t}}}")
        } else {
            t
        }
    };
    let mut family = n.family.as_deref().map(esc).unwrap_or_default();
    // A family name with a lower-case word would be read as a particle.
    let words = family.split_whitespace().count();
    if words > 1
        && (family.split_whitespace().any(is_lower)
            || (n.particle.is_none() && n.given.is_none() && n.suffix.is_none()))
    {
        family = format!("{{{family}}}");
    }
    let mut last = String::new();
    if let Some(p) = &n.particle {
        last.push_str(&esc(p));
        last.push(' ');
    }
    last.push_str(&family);
    let given = n.given.as_deref().map(esc);
    let suffix = n.suffix.as_deref().map(esc);
    match (suffix, given) {
        (Some(s), g) => format!("{last}, {s}, {}", g.unwrap_or_default()),
        (None, Some(g)) => format!("{last}, {g}"),
        (None, None) if n.particle.is_some() || family.starts_with('{') => last,
        (None, None) => last,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_without_words_do_not_panic() {
        // Found by cargo-fuzz (rt_bibtex): a name with no token underflowed.
        for raw in ["", " ", "{}", "{ }", "~", ",", ", ,", "{}{}", "\\relax"] {
            let _ = parse_name(raw);
        }
        assert_eq!(parse_name("{}").family, None);
    }

    use super::*;

    #[test]
    fn bibtex_name_forms() {
        let n = parse_name("Ludwig van Beethoven");
        assert_eq!(n.family.as_deref(), Some("Beethoven"));
        assert_eq!(n.particle.as_deref(), Some("van"));
        let n = parse_name("Davis, Jr., Sammy");
        assert_eq!(n.suffix.as_deref(), Some("Jr."));
        assert_eq!(n.given.as_deref(), Some("Sammy"));
        let n = parse_name("M{\\\"u}ller, J{\\\"o}rg");
        assert_eq!(n.family.as_deref(), Some("Müller"));
        let n = parse_name("family=Berg, given=Jan, prefix=van der");
        assert_eq!(n.particle.as_deref(), Some("van der"));
        let n = parse_name("Raginskii, M. Iu.");
        assert_eq!(n.given.as_deref(), Some("M. Iu."));
        let n = parse_name("Harris, Sheldon H.");
        assert_eq!(n.family.as_deref(), Some("Harris"));
        // BibTeX's rule: "First Last", unless the last word is only initials.
        let n = parse_name("Doe Co.");
        assert_eq!((n.given.as_deref(), n.family.as_deref()), (Some("Doe"), Some("Co.")));
        let n = parse_name("Raginskii M.Iu.");
        assert_eq!((n.family.as_deref(), n.given.as_deref()), (Some("Raginskii"), Some("M.Iu.")));
    }

    #[test]
    fn names_round_trip() {
        for raw in
            ["Molotov, V. M.", "{Министерство иностранных дел СССР}", "Davis, Jr., Sammy", "others"]
        {
            let n = parse_name(raw);
            assert_eq!(parse_name(&write_name(&n, false)), n, "{raw}");
        }
    }
}
