//! EndNote XML reader (`<xml><records><record>…`), as EndNote 8–21 export it and
//! as Zotero and JabRef write it: text in `<style>` wrappers (bold, italic,
//! superscript and subscript kept as CSL rich text), line breaks inside values,
//! the reference type by name or number, `dates/year` with `pub-dates/date`
//! ("March 2009", "Mar 12") completed with the year. Elements no row of the
//! table knows are kept in `extra` under their path (`auth-address`,
//! `custom3`, `urls/pdf-urls/url`).

use super::dates::{access_date, issued};
use super::table::{self, Target};
use crate::diagnostics::{Diagnostic, Span};
use crate::error::Error;
use crate::model::{ids, Entry, EntryType, ExtraValue, Name, Source, Value, Var, VarKind};
use crate::options::{Parsed, ReadOptions};
use crate::xmltree::{self, Element, Node};
use std::collections::HashSet;

/// Elements that say nothing about the work.
const SKIPPED: &[&str] = &["database", "source-app", "rec-number", "foreign-keys", "ref-type"];

/// Reads EndNote XML.
///
/// ```
/// use refconv::{formats::endnote_xml, ReadOptions, Var};
/// let src = r#"<xml><records><record><ref-type name="Journal Article">17</ref-type>
///   <contributors><authors><author><style face="normal">Doe, Jane</style></author></authors></contributors>
///   <titles><title>A <style face="italic">Title</style></title><secondary-title>J. Hist.</secondary-title></titles>
///   <dates><year>1999</year><pub-dates><date>Mar 12</date></pub-dates></dates></record></records></xml>"#;
/// let p = endnote_xml::read(src, &ReadOptions::default()).unwrap();
/// let e = &p.library.entries[0];
/// assert_eq!(e.text(Var::Title), Some("A <i>Title</i>"));
/// assert_eq!(e.text(Var::ContainerTitle), Some("J. Hist."));
/// ```
pub fn read(src: &str, opts: &ReadOptions) -> Result<Parsed, Error> {
    Parsed::gather(|sink| read_batches(src, opts, usize::MAX, sink))
}

/// Reads EndNote XML a batch of about `batch` records at a time, each record's
/// tree dropped once it is read (see [`crate::stream::read_batches`]); ids are
/// unique over the whole input.
pub fn read_batches(
    src: &str,
    _opts: &ReadOptions,
    batch: usize,
    sink: &mut dyn FnMut(Parsed) -> Result<(), Error>,
) -> Result<(), Error> {
    let none = "no EndNote records (no `<record>` element)";
    xmltree::read_record_batches(src, "record", none, batch, sink, &mut |r, taken| entry(r, taken))
}

/// One name as EndNote exports it: `Family, Given`, bare initials stopped as
/// Zotero imports them ("Ahlquist, John S" → "John S.").
pub(super) fn name(v: &str) -> Name {
    Name::parse_inverted(v).stop_initials()
}

/// One record as an entry.
fn entry(r: &Element, taken: &mut HashSet<String>) -> (Entry, Vec<(Diagnostic, Span)>) {
    let mut diags = Vec::new();
    let rt = r.child("ref-type");
    let kind = match rt.and_then(|t| table::csl_type(t.attr("name"), &t.text())) {
        Some(k) => k,
        None => {
            let what = rt.map(|t| t.attr("name").map_or_else(|| t.text(), String::from));
            diags.push((
                Diagnostic::warning(format!(
                    "unknown EndNote reference type `{}`: read as a generic document",
                    what.as_deref().unwrap_or("")
                ))
                .code("endnote-unknown-type"),
                rt.map_or(r.span, |t| t.span),
            ));
            EntryType::Document
        }
    };
    let mut e = Entry::new(String::new(), kind);
    if let Some(t) = rt {
        let name = t.attr("name").map_or_else(|| t.text(), String::from);
        if table::TYPES.iter().find(|row| row.2 == kind).map(|row| row.0) != Some(name.as_str()) {
            e.extra.insert("ref-type".into(), ExtraValue::String(name));
        }
    }
    let mut year: Option<String> = None;
    let mut full: Option<String> = None;
    let mut keywords = Vec::new();
    let mut fields = Vec::new();
    walk(r, "", &mut fields);
    for (path, el) in fields {
        match path.as_str() {
            "dates/year" => year = Some(rich(el)),
            "dates/pub-dates/date" => full = Some(rich(el)),
            "keywords/keyword" => keywords.push(rich(el)),
            "access-date" => {
                e.set(Var::Accessed, access_date(&rich(el)));
            }
            p => match table::target(kind, p) {
                Some(Target::Names(var)) => {
                    let names: Vec<Name> =
                        el.children_named("author").map(|a| name(&rich(a))).collect();
                    if !names.is_empty() {
                        e.set(var, names);
                    }
                }
                Some(Target::Text(var)) => {
                    let v = rich(el);
                    let var = if var == Var::Isbn && is_issn(&v) { Var::Issn } else { var };
                    match e.text(var) {
                        None => {
                            e.set(var, v);
                        }
                        // The same journal under `periodical` and `alt-periodical`.
                        Some(old) if old == v => {}
                        Some(_) => e.push_extra(p, v),
                    }
                }
                None => e.push_extra(p, rich(el)),
            },
        }
    }
    if let Some(d) = issued(year.as_deref(), full.as_deref()) {
        e.set(Var::Issued, d);
    }
    if !keywords.is_empty() {
        e.set(Var::Keyword, keywords.join("; "));
    }
    let id = research_notes(&mut e);
    // The id: our line, else the label (the citation key), else made up.
    let key = e.text(Var::CitationKey).filter(|k| !k.is_empty()).map(String::from);
    let base = id.or(key).unwrap_or_else(|| ids::derive(&e));
    e.id = ids::unique(&base, taken);
    taken.insert(e.id.clone());
    e.source = Some(Source { span: r.span, line: 0, text: None });
    (e, diags)
}

/// Takes back the `variable: value` lines our writer puts in `research-notes`
/// (a variable with no element, a value an element cannot hold exactly, the CSL
/// type, the id, the archival structure, other formats' `extra`); other lines
/// stay research notes. Returns the id a line gives.
fn research_notes(e: &mut Entry) -> Option<String> {
    let notes = match e.extra.remove("research-notes")? {
        ExtraValue::String(s) => s,
        other => {
            e.extra.insert("research-notes".into(), other);
            return None;
        }
    };
    let mut id = None;
    let mut rest = Vec::new();
    let mut derived = Vec::new();
    for line in notes.split('\n') {
        let Some((k, v)) = line.split_once(": ") else {
            rest.push(line);
            continue;
        };
        let taken = if k == table::TYPE_LINE {
            EntryType::from_name(v).map(|t| e.kind = t).is_some()
        } else if k == table::ID_LINE {
            id = Some(v.to_string());
            true
        } else if k == table::DERIVED_LINE {
            derived.extend(v.split_whitespace().filter_map(Var::from_name));
            true
        } else if k == table::ARCHIVAL_LINE {
            serde_json::from_str(v).map(|a| e.archival = Some(a)).is_ok()
        } else if let Some(key) = k.strip_prefix(table::EXTRA_PREFIX) {
            serde_json::from_str::<ExtraValue>(v)
                .map(|x| e.extra.insert(key.to_string(), x))
                .is_ok()
        } else if let Some(var) = Var::from_name(k) {
            let json = match var.kind() {
                VarKind::Text | VarKind::Number if !v.starts_with(['{', '"']) => {
                    Ok(serde_json::Value::String(v.to_string()))
                }
                _ => serde_json::from_str(v),
            };
            match json.and_then(|j| Value::from_json(var.kind(), j)) {
                Ok(val) => {
                    e.fields.insert(var, val);
                    true
                }
                Err(_) => false,
            }
        } else {
            false
        };
        if !taken {
            rest.push(line);
        }
    }
    for var in derived {
        e.fields.remove(&var);
    }
    if !rest.is_empty() {
        e.extra.insert("research-notes".into(), ExtraValue::String(rest.join("\n")));
    }
    id
}

/// The leaf elements under `el` with their paths; a leaf is an element whose
/// element children are only `<style>` runs, or a contributors list.
fn walk<'a>(el: &'a Element, prefix: &str, out: &mut Vec<(String, &'a Element)>) {
    for c in el.elements() {
        if prefix.is_empty() && SKIPPED.contains(&c.name.as_str()) {
            continue;
        }
        let path = if prefix.is_empty() { c.name.clone() } else { format!("{prefix}/{}", c.name) };
        let leaf = prefix == "contributors" || c.elements().all(|g| g.name == "style");
        if leaf {
            if !c.text().trim().is_empty() || prefix == "contributors" {
                out.push((path, c));
            }
        } else {
            walk(c, &path, out);
        }
    }
}

/// An element's text with its `<style face>` runs as CSL rich text, white space
/// collapsed.
fn rich(el: &Element) -> String {
    let mut s = String::new();
    for c in &el.children {
        match c {
            Node::Text(t) => s.push_str(t),
            Node::Element(st) if st.text().trim().is_empty() => s.push_str(&st.text()),
            Node::Element(st) => {
                let faces = st.attr("face").unwrap_or("normal");
                let tags: Vec<&str> = ["bold", "italic", "superscript", "subscript"]
                    .into_iter()
                    .filter(|f| faces.split_whitespace().any(|x| x == *f))
                    .map(|f| match f {
                        "bold" => "b",
                        "italic" => "i",
                        "superscript" => "sup",
                        _ => "sub",
                    })
                    .collect();
                for t in &tags {
                    s.push_str(&format!("<{t}>"));
                }
                s.push_str(&st.text());
                for t in tags.iter().rev() {
                    s.push_str(&format!("</{t}>"));
                }
            }
        }
    }
    // EndNote separates lines inside a value with carriage returns.
    xmltree::clean(&s).replace("\r\n", "\n").replace('\r', "\n")
}

fn is_issn(v: &str) -> bool {
    let first = v.split([' ', ';', ',']).next().unwrap_or("");
    first.len() == 9 && first.as_bytes()[4] == b'-'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_names() {
        assert_eq!(
            issued(Some("2009"), Some("Mar 12")).and_then(|d| d.to_edtf()).as_deref(),
            Some("2009-03-12")
        );
        assert_eq!(issued(Some("2009"), None).and_then(|d| d.to_edtf()).as_deref(), Some("2009"));
        assert_eq!(
            issued(Some("2009"), Some("2009/03/12")).and_then(|d| d.to_edtf()).as_deref(),
            Some("2009-03-12")
        );
        assert_eq!(Name::parse_inverted("Doe, Jane").family.as_deref(), Some("Doe"));
        assert_eq!(
            Name::parse_inverted("World Health Organization").literal.as_deref(),
            Some("World Health Organization")
        );
    }
}
