//! Reader of the native `json` format: the model itself.

use super::json_error;
use crate::diagnostics::{Diagnostic, LineIndex, Span};
use crate::{Error, Library, Parsed, ReadOptions};
use std::collections::HashSet;

/// Reads the model from its JSON form (as written by the `json` writer).
///
/// ```
/// use refconv::{readers::json, ReadOptions};
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
