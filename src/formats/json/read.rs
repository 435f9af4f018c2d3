//! Reader of the native `json` format: the model itself.

use crate::diagnostics::{json_error, Diagnostic, LineIndex, Span};
use crate::error::Error;
use crate::model::Library;
use crate::options::{Parsed, ReadOptions};
use std::collections::HashSet;

/// Reads the model from its JSON form (as written by the `json` writer).
///
/// ```
/// use refconv::{formats::json, ReadOptions};
/// let p = json::read(r#"{"entries": [{"id": "a", "type": "book", "fields": {"title": "T"}}]}"#,
///                    &ReadOptions::default()).unwrap();
/// assert_eq!(p.library.entries[0].id, "a");
/// ```
pub fn read(src: &str, _opts: &ReadOptions) -> Result<Parsed, Error> {
    let index = LineIndex::new(src);
    let body = src.strip_prefix('\u{feff}').unwrap_or(src);
    let base = src.len() - body.len();
    let library: Library = serde_json::from_str(body).map_err(|e| {
        Error::Syntax(Box::new(
            json_error(&e, src, base, &index)
                .hint("the `json` format is refconv's model (schemas/model.schema.json)"),
        ))
    })?;
    let mut diagnostics = Vec::new();
    let mut seen = HashSet::new();
    for e in &library.entries {
        if !crate::model::ids::is_safe(&e.id) {
            diagnostics.push(
                Diagnostic::error(format!("entry id `{}` is not safe as a BibTeX key", e.id))
                    .entry(e.id.clone())
                    .hint("ids keep to ASCII letters, digits and -_:./+"),
            );
        }
        for (var, value) in &e.fields {
            if let crate::model::Value::Date(d) = value {
                if let Some(problem) = date_problem(d) {
                    diagnostics.push(
                        Diagnostic::error(format!("field `{}`: {problem}", var.name()))
                            .entry(e.id.clone()),
                    );
                }
            }
        }
        if !seen.insert(e.id.clone()) {
            let mut d =
                Diagnostic::error(format!("duplicate entry id `{}`", e.id)).entry(e.id.clone());
            if let Some(s) = &e.source {
                d = d.at(Span::new(s.span.start, s.span.end), &index);
            }
            diagnostics.push(d);
        }
    }
    for c in &library.citations {
        for item in &c.items {
            if !seen.contains(&item.entry) {
                diagnostics.push(Diagnostic::warning(format!(
                    "citation `{}` points at `{}`, which is not an entry",
                    c.id, item.entry
                )));
            }
        }
    }
    Ok(Parsed { library, diagnostics })
}

/// What is wrong with a date, if anything (the invariants the schema states).
fn date_problem(d: &crate::model::Date) -> Option<&'static str> {
    if d.start.is_none() && d.end.is_some() {
        return Some("a date range has an end but no start");
    }
    if d.start.is_none() && d.literal.is_none() {
        return Some("a date needs a start or a literal");
    }
    for p in d.start.iter().chain(d.end.iter()) {
        if p.month.is_some_and(|m| !(1..=12).contains(&m)) {
            return Some("month out of 1..12");
        }
        if p.day.is_some_and(|x| !(1..=31).contains(&x)) {
            return Some("day out of 1..31");
        }
        if p.day.is_some() && p.month.is_none() {
            return Some("a day without a month");
        }
        if p.month.is_some() && p.season.is_some() {
            return Some("both a month and a season");
        }
    }
    None
}
