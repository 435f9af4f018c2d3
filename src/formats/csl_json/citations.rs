//! `csl-citations` writer: the library's citations as CSL citation clusters
//! (one object per citation, valid against `csl-citation.json`), each item with
//! its `itemData`, so that a processor such as citeproc-js needs nothing else.

use super::write::{item_for, PrettyArray};
use crate::diagnostics::Diagnostic;
use crate::error::Error;
use crate::model::Library;
use crate::model::LOCATOR_LABELS;
use crate::options::WriteOptions;
use serde_json::{json, Map, Value as Json};
use std::collections::HashMap;

/// The `schema` every cluster carries (csl-citation.json's `const`).
pub const SCHEMA: &str =
    "https://resource.citationstyles.org/schema/latest/input/json/csl-citation.json";

/// Writes every citation as a cluster, in order, as one JSON array.
pub fn write(
    lib: &Library,
    out: &mut dyn std::io::Write,
    opts: &WriteOptions,
) -> Result<Vec<Diagnostic>, Error> {
    let mut lost = Vec::new();
    let by_id: HashMap<&str, &crate::model::Entry> =
        lib.entries.iter().map(|e| (e.id.as_str(), e)).collect();
    let mut data: HashMap<&str, Map<String, Json>> = HashMap::new();
    let mut clusters = PrettyArray::default();
    for c in &lib.citations {
        let mut items = Vec::with_capacity(c.items.len());
        for it in &c.items {
            let mut o = Map::new();
            o.insert("id".into(), Json::String(it.entry.clone()));
            match by_id.get(it.entry.as_str()) {
                Some(e) => {
                    let d = data
                        .entry(e.id.as_str())
                        .or_insert_with(|| item_for(e, &by_id, &mut lost, opts));
                    o.insert("itemData".into(), Json::Object(d.clone()));
                }
                None => lost.push(Diagnostic::warning(format!(
                    "citation `{}` cites `{}`, which is not an entry; written without itemData",
                    c.id, it.entry
                ))),
            }
            if let Some(loc) = &it.locator {
                o.insert("locator".into(), Json::String(loc.value.clone()));
                if LOCATOR_LABELS.contains(&loc.label.as_str()) {
                    o.insert("label".into(), Json::String(loc.label.clone()));
                } else {
                    lost.push(Diagnostic::warning(format!(
                        "citation `{}`: locator label `{}` is not a CSL label; written without it",
                        c.id, loc.label
                    )));
                }
            }
            if let Some(p) = &it.prefix {
                o.insert("prefix".into(), Json::String(p.clone()));
            }
            if let Some(s) = &it.suffix {
                o.insert("suffix".into(), Json::String(s.clone()));
            }
            if it.suppress_author {
                o.insert("suppress-author".into(), Json::Bool(true));
            }
            if it.author_only {
                o.insert("author-only".into(), Json::Bool(true));
            }
            items.push(Json::Object(o));
        }
        let cluster = json!({
            "schema": SCHEMA,
            "citationID": c.id,
            "citationItems": items,
            "properties": {"noteIndex": c.note},
        });
        clusters.push(&cluster, out)?;
    }
    if lib.citations.is_empty() && !lib.entries.is_empty() {
        lost.push(
            Diagnostic::warning(format!(
                "the input has no citations: {} entries not written",
                lib.entries.len()
            ))
            .hint("write `csl-json` for the entries"),
        );
    }
    clusters.finish(out)?;
    Ok(lost)
}
