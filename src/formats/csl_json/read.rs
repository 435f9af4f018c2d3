//! CSL-JSON reader: lenient on what real files contain.
//!
//! Accepted: an array of items or a single item; `id` as string or number;
//! numbers as strings or integers; `date-parts` 1-D or 2-D, of numbers or
//! strings, with Zotero's season pseudo-months; `raw`/`literal` dates and plain
//! EDTF strings; legacy keys (`journalAbbreviation`, `shortTitle`, `part-number`);
//! Zotero's `note` "key: value" lines; citeproc-js's `isInstitution`; our own
//! `custom.archival` and `custom.text-variants`. Every key we do not model is
//! kept in `extra`.

use super::entry::{kind_of, ItemCx};
use crate::diagnostics::{json_error, Diagnostic, LineIndex, Span};
use crate::error::Error;
use crate::model::{ids, Source};
use crate::options::{Parsed, ReadOptions};
use serde_json::value::RawValue;
use serde_json::Value as Json;
use std::collections::HashSet;

/// Reads CSL-JSON.
///
/// ```
/// use refconv::{formats::csl_json, ReadOptions, Var};
/// let src = r#"[{"id": 7, "type": "article-journal", "journalAbbreviation": "J. Hist.",
///               "issued": {"date-parts": [["1999", "21"]]}, "note": "PMID: 123\nseen in 2020"}]"#;
/// let p = csl_json::read(src, &ReadOptions::default()).unwrap();
/// let e = &p.library.entries[0];
/// assert_eq!(e.id, "7");
/// assert_eq!(e.text(Var::ContainerTitleShort), Some("J. Hist."));
/// assert_eq!(e.text(Var::Pmid), Some("123"));
/// assert_eq!(e.text(Var::Note), Some("seen in 2020"));
/// ```
pub fn read(src: &str, opts: &ReadOptions) -> Result<Parsed, Error> {
    let index = LineIndex::new(src);
    let body = src.strip_prefix('\u{feff}').unwrap_or(src);
    let base = src.len() - body.len();
    let trimmed = body.trim_start();
    let mut parsed = Parsed::default();
    if trimmed.is_empty() {
        parsed.diagnostics.push(
            Diagnostic::warning("empty input: no CSL-JSON items").at(Span::new(0, 0), &index),
        );
        return Ok(parsed);
    }
    let items: Vec<&RawValue> = if trimmed.starts_with('[') {
        match serde_json::from_str(body) {
            Ok(items) => items,
            Err(e) => {
                // One bad item must not cost the others: cut the array into its
                // top-level elements and read each alone; the bad ones are errors at
                // their own line and column.
                let Some((elements, closed)) = array_elements(body) else {
                    return Err(syntax(&e, src, base, &index));
                };
                if !closed {
                    parsed.diagnostics.push(
                        Diagnostic::error("the file ends before the array is closed")
                            .at(Span::new(src.len(), src.len()), &index)
                            .hint("the file is truncated: the items before the end were read"),
                    );
                }
                read_items(
                    src,
                    &index,
                    elements.into_iter(),
                    opts,
                    &mut parsed,
                    &mut HashSet::new(),
                );
                parsed.diagnostics.sort_by_key(|d| d.span.map(|s| s.start));
                return Ok(parsed);
            }
        }
    } else {
        let one: &RawValue =
            serde_json::from_str(body).map_err(|e| syntax(&e, src, base, &index))?;
        vec![one]
    };
    read_items(src, &index, items.iter().map(|r| r.get()), opts, &mut parsed, &mut HashSet::new());
    parsed.diagnostics.sort_by_key(|d| d.span.map(|s| s.start));
    Ok(parsed)
}

/// The top-level elements of a JSON array, as slices of `body` (strings and nesting
/// respected; nothing is validated), and whether the array was closed. `None` when
/// `body` does not start with `[`.
fn array_elements(body: &str) -> Option<(Vec<&str>, bool)> {
    let b = body.as_bytes();
    let mut i = body.len() - body.trim_start().len();
    if b.get(i) != Some(&b'[') {
        return None;
    }
    i += 1;
    let mut out = Vec::new();
    let (mut depth, mut in_str, mut start) = (0usize, false, None::<usize>);
    while i < b.len() {
        let c = b[i];
        if in_str {
            match c {
                b'\\' => i += 1,
                b'"' => in_str = false,
                _ => {}
            }
        } else {
            match c {
                b'"' => {
                    in_str = true;
                    start.get_or_insert(i);
                }
                b'{' | b'[' => {
                    depth += 1;
                    start.get_or_insert(i);
                }
                b'}' | b']' if depth > 0 => depth -= 1,
                b']' => {
                    if let Some(st) = start.take() {
                        out.push(body[st..i].trim_end());
                    }
                    return Some((out, true));
                }
                b',' if depth == 0 => {
                    if let Some(st) = start.take() {
                        out.push(body[st..i].trim_end());
                    }
                }
                c if !c.is_ascii_whitespace() => {
                    start.get_or_insert(i);
                }
                _ => {}
            }
        }
        i += 1;
    }
    if let Some(st) = start {
        out.push(body[st..].trim_end());
    }
    Some((out, false))
}

/// Reads items, each given as a slice of `src`, into `parsed`; ids are made unique
/// against `taken`.
pub(super) fn read_items<'a>(
    src: &str,
    index: &LineIndex,
    items: impl Iterator<Item = &'a str>,
    opts: &ReadOptions,
    parsed: &mut Parsed,
    taken: &mut HashSet<String>,
) {
    for text in items {
        let start = (text.as_ptr() as usize).saturating_sub(src.as_ptr() as usize).min(src.len());
        let span = Span::new(start, start + text.len());
        let value: Json = match serde_json::from_str(text) {
            Ok(v) => v,
            Err(e) => {
                parsed.diagnostics.push(json_error(&e, src, start, index));
                continue;
            }
        };
        let Json::Object(map) = value else {
            parsed.diagnostics.push(
                Diagnostic::error(format!(
                    "a CSL-JSON item must be an object, not {}",
                    kind_of(&value)
                ))
                .at(span, index)
                .hint("each item is an object with at least `id` and `type`"),
            );
            continue;
        };
        let mut cx = ItemCx { diags: Vec::new(), span, index, text, key: None };
        let mut entry = cx.entry(map, opts);
        entry.source = Some(Source { span, line: index.line_col(span.start).0, text: None });
        let wanted = entry.id.clone();
        entry.id = ids::unique(&wanted, taken);
        if entry.id != wanted {
            cx.diags.push(
                Diagnostic::warning(format!("duplicate id `{wanted}` renamed to `{}`", entry.id))
                    .at(span, index)
                    .entry(entry.id.clone()),
            );
        }
        taken.insert(entry.id.clone());
        for d in &mut cx.diags {
            if d.entry.is_none() {
                d.entry = Some(entry.id.clone());
            }
        }
        parsed.diagnostics.append(&mut cx.diags);
        parsed.library.entries.push(entry);
    }
}

fn syntax(e: &serde_json::Error, src: &str, base: usize, index: &LineIndex) -> Error {
    let d = json_error(e, src, base, index);
    let at = d.span.map_or(0, |s| s.start);
    let before = src[..at].trim_end();
    let hint = if before.ends_with(',') && src[at..].starts_with(['}', ']']) {
        "JSON allows no comma before a closing `}` or `]`"
    } else if e.is_eof() {
        "the file ends too early: is it truncated?"
    } else {
        "CSL-JSON is a JSON array of objects"
    };
    Error::Syntax(Box::new(d.hint(hint)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, DatePart, Entry, Level, Season, Value, Var};
    use crate::Severity;

    fn one(src: &str) -> (Entry, Vec<Diagnostic>) {
        let p = read(src, &ReadOptions::default()).unwrap();
        assert_eq!(p.library.entries.len(), 1, "{:?}", p.diagnostics);
        (p.library.entries.into_iter().next().unwrap(), p.diagnostics)
    }

    fn date(e: &Entry) -> &Date {
        match e.get(Var::Issued) {
            Some(Value::Date(d)) => d,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn date_parts_in_every_shape() {
        for src in [
            r#"{"id":"a","type":"book","issued":{"date-parts":[[1950,2,3]]}}"#,
            r#"{"id":"a","type":"book","issued":{"date-parts":[["1950","2","3"]]}}"#,
            r#"{"id":"a","type":"book","issued":{"date-parts":[1950,2,3]}}"#,
            r#"{"id":"a","type":"book","issued":"1950-02-03"}"#,
            r#"{"id":"a","type":"book","issued":{"raw":"1950-02-03"}}"#,
        ] {
            let (e, _) = one(src);
            assert_eq!(date(&e).start, Some(DatePart::ymd(1950, 2, 3)), "{src}");
        }
    }

    #[test]
    fn seasons_ranges_and_literals() {
        let (e, _) = one(
            r#"{"id":"a","type":"book","issued":{"date-parts":[["1999","21"],["2001","22"]],"raw":"Spring 1999 - Summer 2001"}}"#,
        );
        let d = date(&e);
        assert_eq!(d.start.as_ref().unwrap().season, Some(Season::Spring));
        assert_eq!(d.end.as_ref().unwrap().season, Some(Season::Summer));
        let (e, _) = one(
            r#"{"id":"a","type":"book","issued":{"date-parts":[[2000]],"season":"3","circa":"true"}}"#,
        );
        assert_eq!(date(&e).start.as_ref().unwrap().season, Some(Season::Autumn));
        assert!(date(&e).approximate);
        let (e, _) =
            one(r#"{"id":"a","type":"book","issued":{"date-parts":[],"literal":"(in press)"}}"#);
        assert_eq!(date(&e).literal.as_deref(), Some("(in press)"));
        let (e, _) =
            one(r#"{"id":"a","type":"book","issued":{"date-parts":[],"raw":"Bogus Date"}}"#);
        assert_eq!(date(&e).literal.as_deref(), Some("Bogus Date"));
        let (e, _) = one(r#"{"id":"a","type":"book","issued":{"date-parts":[["2000","",""]]}}"#);
        assert_eq!(date(&e).start, Some(DatePart::year(2000)));
    }

    #[test]
    fn names_with_particles_and_institutions() {
        let (e, d) = one(
            r#"{"id":"a","type":"book","author":[{"family":"Gogh","given":"Vincent","non-dropping-particle":"van"},
               {"family":"Ministry of Defence","isInstitution":"true"},{"literal":"МИД СССР"}]}"#,
        );
        let Some(Value::Names(n)) = e.get(Var::Author) else { panic!() };
        assert_eq!(n[0].particle.as_deref(), Some("van"));
        assert_eq!(n[1].literal.as_deref(), Some("Ministry of Defence"));
        assert_eq!(n[2].literal.as_deref(), Some("МИД СССР"));
        assert!(d.iter().all(|d| d.severity == Severity::Info));
    }

    #[test]
    fn unknown_keys_go_to_extra_and_custom_is_unpacked() {
        let (e, _) = one(r#"{"id":"a","type":"book","system_id":"x1","custom":{"mine":[1,2]},
               "multi":{"_keys":{"title":{"en":"T"}}}}"#);
        assert_eq!(e.extra["system_id"], Json::String("x1".into()));
        assert_eq!(e.extra["mine"], serde_json::json!([1, 2]));
        assert!(e.extra.contains_key("multi"));
    }

    #[test]
    fn archival_custom_is_structure() {
        let (e, _) = one(r#"{"id":"avprf-0146-30-282-29","type":"manuscript","archive":"AVP RF",
               "custom":{"archival":{"archive":"AVP RF","units":[{"level":"fond","value":"0146"},{"level":"delo","value":"29"}]}}}"#);
        let a = e.archival.unwrap();
        assert_eq!(a.unit(&Level::Fond), Some("0146"));
        assert_eq!(a.archive.abbr.as_deref(), Some("AVP RF"));
    }

    #[test]
    fn cheater_lines_become_fields_unless_set() {
        let (e, _) = one(
            r#"{"id":"a","type":"book","title":"T","note":"reviewed-author: Hall || W.C.\ntitle: Other\n{:genre: Peer commentary}\nArticleType: research"}"#,
        );
        let Some(Value::Names(n)) = e.get(Var::ReviewedAuthor) else { panic!() };
        assert_eq!(n[0].family.as_deref(), Some("Hall"));
        assert_eq!(e.text(Var::Genre), Some("Peer commentary"));
        assert_eq!(e.text(Var::Note), Some("title: Other\nArticleType: research"));
        assert_eq!(e.text(Var::Title), Some("T"));
    }

    #[test]
    fn ids_numbers_duplicates_and_missing() {
        let p = read(
            r#"[{"id":1,"type":"book"},{"id":"1","type":"book"},{"type":"book","title":"War and Peace"},{"id":"a b","type":"book"}]"#,
            &ReadOptions::default(),
        )
        .unwrap();
        let ids: Vec<&str> = p.library.entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["1", "1-2", "war", "a_b"]);
    }

    #[test]
    fn bad_items_are_reported_and_the_rest_is_read() {
        let p = read(
            "[\n  {\"id\":\"a\",\"type\":\"book\"},\n  42,\n  {\"id\":\"b\",\"type\":\"book\"}\n]",
            &ReadOptions::default(),
        )
        .unwrap();
        assert_eq!(p.library.entries.len(), 2);
        let e = p.diagnostics.iter().find(|d| d.severity == Severity::Error).unwrap();
        assert_eq!((e.line, e.column), (3, 3));
    }

    #[test]
    fn syntax_errors_have_line_and_column() {
        // In an array, a bad item is an error at its place and the others are read.
        let p =
            read("[\n  {\"id\": \"a\",},\n  {\"id\": \"b\"}\n]", &ReadOptions::default()).unwrap();
        let d = &p.diagnostics[0];
        assert_eq!((d.severity, d.line, d.column), (Severity::Error, 2, 14));
        assert_eq!(p.library.entries.len(), 1);
        let p = read("[\n  {\"id\": \"Фонд\", \"type\": }", &ReadOptions::default()).unwrap();
        let d = &p.diagnostics[0];
        assert_eq!((d.line, d.column), (2, 26));
        assert!(p.diagnostics.iter().any(|d| d.message.contains("before the array is closed")));
        // Not an array at all: the whole input is one error.
        let err = read("{\"id\": \"a\",}", &ReadOptions::default()).unwrap_err();
        assert_eq!(err.diagnostic().map(|d| (d.line, d.column)), Some((1, 12)));
    }

    #[test]
    fn spans_point_at_items() {
        let src = "[ {\"id\":\"a\",\"type\":\"book\"},\n {\"id\":\"b\",\"type\":\"book\"} ]";
        let p = read(src, &ReadOptions::default()).unwrap();
        let s = p.library.entries[1].source.as_ref().unwrap();
        assert_eq!(&src[s.span.start..s.span.end], "{\"id\":\"b\",\"type\":\"book\"}");
        assert_eq!(s.line, 2);
    }
}
