//! XML text: escaping of text and attribute values (white space XML readers would
//! normalise kept as character references), language tags, and CSL rich text as TEI.

use super::table::MARKUP;
use crate::xmltree::escape_run;
pub(super) use crate::xmltree::{attr, escape};

/// Escapes `full[start..end]`, a part of a text written with markup around its
/// parts: white space is protected as [`escape`] protects it in the whole text
/// (a space at the text's start or end, or after another, as a reference), so
/// that our reader gets the whole text back.
pub(super) fn escape_part(full: &str, start: usize, end: usize) -> String {
    let first = start == 0 || full[..start].ends_with(' ');
    escape_run(&full[start..end], first, end == full.len())
}

/// Whether a language tag is one `xml:lang` accepts (RFC 3066 syntax).
pub(super) fn valid_lang(l: &str) -> bool {
    let mut parts = l.split('-');
    let first = parts.next().unwrap_or("");
    (1..=8).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// ` xml:lang=".."` for a valid tag, nothing for another (the value is kept
/// elsewhere or reported by the caller).
pub(super) fn lang_attr(l: &str) -> String {
    if valid_lang(l) {
        format!(" xml:lang=\"{}\"", attr(l))
    } else {
        String::new()
    }
}

/// CSL rich text as TEI: markup to `<hi rend="..">`, the rest escaped.
///
/// ```
/// # use refconv::formats::tei::rich;
/// assert_eq!(rich("The <i>Cold</i> War & <span class=\"nocase\">USSR</span>"),
///            "The <hi rend=\"italic\">Cold</hi> War &amp; <hi rend=\"nocase\">USSR</hi>");
/// assert_eq!(rich("a < b"), "a &lt; b");
/// ```
pub fn rich(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    let mut stack: Vec<&str> = Vec::new();
    let mut run = String::new();
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        if rest.starts_with('<') {
            if let Some((open, close, tei)) = MARKUP.iter().find(|m| rest.starts_with(m.0)) {
                // Only when it closes: an unmatched tag is text.
                if closes(&rest[open.len()..], open, close) {
                    out.push_str(&escape_run(&std::mem::take(&mut run), out.is_empty(), false));
                    out.push_str(tei);
                    stack.push(close);
                    i += open.len();
                    continue;
                }
            }
            if let Some(close) = stack.last() {
                if rest.starts_with(close) {
                    out.push_str(&escape_run(&std::mem::take(&mut run), out.is_empty(), false));
                    out.push_str("</hi>");
                    i += close.len();
                    stack.pop();
                    continue;
                }
            }
        }
        let c = rest.chars().next().unwrap_or(' ');
        run.push(c);
        i += c.len_utf8();
    }
    let first = out.is_empty();
    out.push_str(&escape_run(&run, first, true));
    for _ in stack {
        out.push_str("</hi>");
    }
    out
}

/// Whether `rest` holds the `close` tag that matches an `open` just read.
fn closes(rest: &str, open: &str, close: &str) -> bool {
    let mut depth = 1usize;
    let mut i = 0;
    while i < rest.len() {
        let r = &rest[i..];
        if r.starts_with(close) {
            depth -= 1;
            if depth == 0 {
                return true;
            }
            i += close.len();
        } else if r.starts_with(open) || (close == "</span>" && r.starts_with("<span")) {
            depth += 1;
            i += 1;
        } else {
            i += r.chars().next().map_or(1, char::len_utf8);
        }
    }
    false
}

/// `from` and `to` of a simple range: "317" -> (317, 317), "1–4" -> (1, 4),
/// "5 ob." -> (5, 5); `None` for anything else ("1, 4", "xii–xiv" stays text only).
///
/// ```
/// # use refconv::formats::tei::range;
/// assert_eq!(range("1–4"), Some(("1".into(), "4".into())));
/// assert_eq!(range("317"), Some(("317".into(), "317".into())));
/// assert_eq!(range("4 ob.–5"), Some(("4".into(), "5".into())));
/// assert_eq!(range("56, 60"), None);
/// ```
pub fn range(v: &str) -> Option<(String, String)> {
    let clean = |s: &str| {
        let t = s.trim().trim_end_matches("ob.").trim_end_matches("об.").trim();
        (!t.is_empty() && t.chars().all(|c| c.is_ascii_alphanumeric())).then(|| t.to_string())
    };
    let parts: Vec<&str> = v.split(['–', '-', '—']).collect();
    match parts.as_slice() {
        [one] => clean(one).map(|a| (a.clone(), a)),
        [a, b] => Some((clean(a)?, clean(b)?)),
        _ => None,
    }
}

/// An `xml:id` for an entry id: ids that are not XML names get a prefix, and
/// `:`/`/`/`+` are replaced (the exact id is kept in an `idno`).
pub fn xml_id(id: &str) -> String {
    let mut s: String =
        id.chars().map(|c| if matches!(c, ':' | '/' | '+') { '_' } else { c }).collect();
    if !s.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_') {
        s.insert_str(0, "id-");
    }
    s
}
