//! EndNote XML writer: `<xml><records><record>` as EndNote writes it (elements in
//! the order of EndNote's DTD, text in `<style>` runs, CSL rich text as bold,
//! italic, superscript and subscript runs), so that EndNote, Zotero and JabRef
//! import it. Each variable goes to the element the table reads back into it for
//! the entry's type. What EndNote has no element for (a CSL type it lacks, a
//! variable with no element, a value an element cannot hold exactly, archival
//! units) is written as `variable: value` lines in `research-notes`, which our
//! reader takes back; fields kept in `extra` under an element path are written
//! back there.

use super::dates::{access_date, issued};
use super::table::{self, Target, ARCHIVAL_LINE, DERIVED_LINE, EXTRA_PREFIX, ID_LINE, TYPE_LINE};
use crate::diagnostics::Diagnostic;
use crate::error::Error;
use crate::model::{Date, Entry, ExtraValue, Library, Value, Var, VarKind};
use crate::options::WriteOptions;
use crate::xmltree::{attr, escape};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::Write;

/// The start of the output.
pub(crate) const HEADER: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xml>\n<records>\n";
/// The end of the output.
pub(crate) const FOOTER: &str = "</records>\n</xml>\n";

/// The record's elements in the order of EndNote's DTD (`RSXML.dtd`): what is
/// written follows it.
const ORDER: &[&str] = &[
    "contributors",
    "auth-address",
    "titles",
    "periodical",
    "pages",
    "volume",
    "number",
    "issue",
    "num-vols",
    "edition",
    "section",
    "keywords",
    "dates",
    "pub-location",
    "publisher",
    "orig-pub",
    "isbn",
    "accession-num",
    "call-num",
    "electronic-resource-num",
    "abstract",
    "label",
    "notes",
    "research-notes",
    "work-type",
    "remote-database-name",
    "remote-database-provider",
    "language",
    "urls",
    "access-date",
    "custom1",
    "custom2",
    "custom3",
    "custom4",
    "custom5",
    "custom6",
    "custom7",
];

/// Writes EndNote XML; returns what it could not write (nothing: the rest goes
/// into `research-notes` lines).
///
/// ```
/// use refconv::{formats::endnote_xml, read, Format, ReadOptions, WriteOptions};
/// let p = read(Format::CslJson, r#"[{"id": "a", "type": "article-journal", "title": "A <i>T</i>",
///     "author": [{"family": "Doe", "given": "J."}], "container-title": "J", "issued": {"date-parts": [[1999]]}}]"#,
///     &ReadOptions::default()).unwrap();
/// let mut out = Vec::new();
/// endnote_xml::write(&p.library, &mut out, &WriteOptions::default()).unwrap();
/// let x = String::from_utf8(out).unwrap();
/// assert!(x.contains("<ref-type name=\"Journal Article\">17</ref-type>"));
/// assert!(x.contains("<style face=\"italic\" font=\"default\" size=\"100%\">T</style>"));
/// ```
pub fn write(
    lib: &Library,
    out: &mut dyn Write,
    opts: &WriteOptions,
) -> Result<Vec<Diagnostic>, Error> {
    out.write_all(HEADER.as_bytes())?;
    let lost = write_entries(&lib.entries, 0, out, opts)?;
    out.write_all(FOOTER.as_bytes())?;
    Ok(lost)
}

/// Writes entries as `<record>`s, numbered from `first + 1`.
pub fn write_entries(
    entries: &[Entry],
    first: usize,
    out: &mut dyn Write,
    _opts: &WriteOptions,
) -> Result<Vec<Diagnostic>, Error> {
    let mut buf = String::new();
    for (i, e) in entries.iter().enumerate() {
        buf.clear();
        record(e, first + i + 1, &mut buf);
        out.write_all(buf.as_bytes())?;
    }
    Ok(Vec::new())
}

/// Text as `<style>` runs: CSL rich text (`<i>`, `<b>`, `<sup>`, `<sub>`) as
/// faces, everything else escaped.
fn styled(s: &str) -> String {
    let mut out = String::new();
    let mut faces: Vec<&str> = Vec::new();
    let mut run = String::new();
    let flush = |out: &mut String, run: &mut String, faces: &[&str]| {
        if run.is_empty() {
            return;
        }
        let face = if faces.is_empty() { "normal".to_string() } else { faces.join(" ") };
        let _ = write!(
            out,
            "<style face=\"{face}\" font=\"default\" size=\"100%\">{}</style>",
            escape(&run.replace('\n', "\r"))
        );
        run.clear();
    };
    let tags = [("i", "italic"), ("b", "bold"), ("sup", "superscript"), ("sub", "subscript")];
    let mut rest = s;
    while !rest.is_empty() {
        let tag = |close: bool| {
            let inner = rest.strip_prefix('<')?;
            let inner = if close { inner.strip_prefix('/')? } else { inner };
            tags.iter().find(|(t, _)| inner.strip_prefix(t).is_some_and(|r| r.starts_with('>')))
        };
        let (open, close) =
            if rest.starts_with('<') { (tag(false), tag(true)) } else { (None, None) };
        if let Some((t, face)) = open {
            flush(&mut out, &mut run, &faces);
            faces.push(face);
            rest = &rest[t.len() + 2..];
        } else if let Some((t, face)) = close.filter(|(_, f)| faces.contains(f)) {
            flush(&mut out, &mut run, &faces);
            faces.retain(|f| f != face);
            rest = &rest[t.len() + 3..];
        } else {
            let c = rest.chars().next().unwrap_or(' ');
            run.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    flush(&mut out, &mut run, &faces);
    out
}

/// The element path a variable of an entry of this type goes to: the first
/// that the reader takes back into the same variable.
fn path_of(e: &Entry, target: Target) -> Option<&'static str> {
    let typed = table::TYPE_FIELDS.iter().filter(|r| r.0.contains(&e.kind)).map(|r| (r.1, r.2));
    let general = table::FIELDS.iter().map(|r| (r.0, r.1));
    typed
        .chain(general)
        .find(|(p, t)| *t == target && table::target(e.kind, p) == Some(target))
        .map(|r| r.0)
}

/// One `<record>`.
pub fn record(e: &Entry, number: usize, s: &mut String) {
    // Element path -> its values (in order), written at the end in DTD order.
    let mut els: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut lines: Vec<String> = Vec::new();
    let mut done: BTreeSet<Var> = BTreeSet::new();
    let row = table::TYPES.iter().find(|r| r.2 == e.kind);
    let (tname, tnum) = row.map_or(("Generic", 13), |r| (r.0, r.1));
    if row.is_none() {
        lines.push(format!("{TYPE_LINE}: {}", e.kind.name()));
    }
    for (var, value) in &e.fields {
        let exact = match value {
            Value::Text(t) => {
                let plain = t.lang.is_none() && t.variants.is_empty();
                match (*var, path_of(e, Target::Text(*var))) {
                    (Var::Keyword, _) => {
                        for k in t.value.split("; ") {
                            els.entry("keywords/keyword".into()).or_default().push(styled(k));
                        }
                        plain && t.value.split("; ").all(|k| !k.trim().is_empty() && k.trim() == k)
                    }
                    (_, Some(p)) => {
                        els.entry(p.into()).or_default().push(styled(&t.value));
                        plain && t.value.trim() == t.value && !t.value.contains("  ")
                    }
                    (_, None) => false,
                }
            }
            Value::Names(list) => match path_of(e, Target::Names(*var)) {
                Some(p) if !list.is_empty() => {
                    let texts: Vec<String> =
                        list.iter().map(|n| n.to_inverted().unwrap_or_default()).collect();
                    for t in &texts {
                        els.entry(format!("{p}/author")).or_default().push(styled(t));
                    }
                    list.iter().zip(&texts).all(|(n, t)| &super::read::name(t) == n)
                }
                _ => false,
            },
            Value::Date(d) if *var == Var::Issued => {
                let (year, full) = date_parts(d);
                if let Some(y) = &year {
                    els.entry("dates/year".into()).or_default().push(styled(y));
                }
                if let Some(f) = &full {
                    els.entry("dates/pub-dates/date".into()).or_default().push(styled(f));
                }
                issued(year.as_deref(), full.as_deref()).as_ref() == Some(d)
            }
            Value::Date(d) if *var == Var::Accessed => {
                let text =
                    d.to_edtf().filter(|_| d.literal.is_none()).or_else(|| d.literal.clone());
                match text {
                    Some(t) => {
                        els.entry("access-date".into()).or_default().push(styled(&t));
                        &access_date(&t) == d
                    }
                    None => false,
                }
            }
            _ => false,
        };
        if exact {
            done.insert(*var);
        }
    }
    // What the elements above do not say exactly, as lines the reader takes back.
    for (var, value) in &e.fields {
        if done.contains(var) {
            continue;
        }
        let text = match (var.kind(), value) {
            // Plain text as it is, unless the reader would take it for JSON or it
            // spans lines.
            (VarKind::Text | VarKind::Number, Value::Text(t))
                if t.lang.is_none()
                    && t.variants.is_empty()
                    && !t.value.starts_with(['{', '"'])
                    && !t.value.contains(['\n', '\r']) =>
            {
                t.value.clone()
            }
            (_, v) => serde_json::to_string(v).unwrap_or_default(),
        };
        lines.push(format!("{}: {text}", var.name()));
    }
    // The reader takes the label (the citation key), else makes the id up again.
    let label = e.text(Var::CitationKey).filter(|k| !k.is_empty());
    let made_up = label.is_none() && crate::model::ids::derive(e) == e.id;
    if label != Some(e.id.as_str()) && !made_up {
        lines.push(format!("{ID_LINE}: {}", e.id));
    }
    if let Some(a) = &e.archival {
        lines.push(format!("{ARCHIVAL_LINE}: {}", serde_json::to_string(a).unwrap_or_default()));
        // Where the archive and the place in it go in EndNote (as in its RIS),
        // when the entry has no such variables of its own.
        let mut derived = Vec::new();
        let abbr = a.archive.abbr.clone().or_else(|| a.archive.name.clone());
        if let (None, Some(v)) = (e.get(Var::Archive), abbr) {
            els.entry("remote-database-name".into()).or_default().push(styled(&v));
            derived.push("archive");
        }
        let loc = a.location();
        if e.get(Var::ArchiveLocation).is_none() && !loc.is_empty() {
            els.entry("accession-num".into()).or_default().push(styled(&loc));
            derived.push("archive_location");
        }
        if !derived.is_empty() {
            lines.push(format!("{DERIVED_LINE}: {}", derived.join(" ")));
        }
    }
    for (k, v) in &e.extra {
        // A path the reader keeps in `extra` goes back to its element; a path it
        // reads into a variable, or another format's field, into a line.
        let special = [
            "research-notes",
            "dates/year",
            "dates/pub-dates/date",
            "keywords/keyword",
            "access-date",
        ];
        let is_path = ORDER.iter().any(|o| k == o || k.starts_with(&format!("{o}/")))
            && !special.contains(&k.as_str())
            && table::target(e.kind, k).is_none()
            && !k.starts_with("contributors/");
        let values: Vec<String> = match v {
            ExtraValue::String(s) => vec![s.clone()],
            ExtraValue::Array(a) if a.iter().all(|x| x.is_string()) => {
                a.iter().filter_map(|x| x.as_str().map(String::from)).collect()
            }
            other => {
                lines.push(format!(
                    "{EXTRA_PREFIX}{k}: {}",
                    serde_json::to_string(other).unwrap_or_default()
                ));
                continue;
            }
        };
        if is_path {
            for val in values {
                els.entry(k.clone()).or_default().push(styled(&val));
            }
        } else if k == "research-notes" {
            for val in values {
                lines.push(val);
            }
        } else {
            let json = serde_json::to_string(v).unwrap_or_default();
            lines.push(format!("{EXTRA_PREFIX}{k}: {json}"));
        }
    }
    if !lines.is_empty() {
        els.entry("research-notes".into()).or_default().push(styled(&lines.join("\n")));
    }
    let _ = writeln!(s, "<record>");
    let _ =
        writeln!(s, "<database name=\"refconv.enl\" path=\"refconv.enl\">refconv.enl</database>");
    let _ = writeln!(
        s,
        "<source-app name=\"refconv\" version=\"{}\">refconv</source-app>",
        env!("CARGO_PKG_VERSION")
    );
    let _ = writeln!(s, "<rec-number>{number}</rec-number>");
    let _ = writeln!(s, "<ref-type name=\"{}\">{tnum}</ref-type>", attr(tname));
    write_tree(s, &els);
    let _ = writeln!(s, "</record>");
}

/// `dates/year` and `dates/pub-dates/date`: the year, and the whole date when it
/// has a month; a literal as the year.
fn date_parts(d: &Date) -> (Option<String>, Option<String>) {
    if let Some(l) = &d.literal {
        return (Some(l.clone()), None);
    }
    let Some(s) = &d.start else { return (None, None) };
    let year = format!("{:04}", s.year);
    let full = match (s.month, s.day) {
        (Some(m), Some(dd)) => Some(format!("{year}/{m:02}/{dd:02}")),
        (Some(m), None) => Some(format!("{year}/{m:02}")),
        _ => None,
    };
    (Some(year), full)
}

/// The gathered elements as nested XML, top-level elements in DTD order.
fn write_tree(s: &mut String, els: &BTreeMap<String, Vec<String>>) {
    let rank = |p: &str| {
        let top = p.split('/').next().unwrap_or(p);
        ORDER.iter().position(|o| *o == top).unwrap_or(ORDER.len())
    };
    let mut paths: Vec<&String> = els.keys().collect();
    paths.sort_by_key(|p| (rank(p), child_rank(p), p.to_string()));
    let mut open: Vec<&str> = Vec::new();
    for p in paths {
        let parts: Vec<&str> = p.split('/').collect();
        let (parents, leaf) = parts.split_at(parts.len() - 1);
        let common = open.iter().zip(parents).take_while(|(a, b)| a == b).count();
        while open.len() > common {
            let t = open.pop().unwrap_or_default();
            let _ = writeln!(s, "</{t}>");
        }
        for t in &parents[common..] {
            let _ = writeln!(s, "<{t}>");
            open.push(t);
        }
        for v in &els[p] {
            let _ = writeln!(s, "<{0}>{v}</{0}>", leaf[0]);
        }
    }
    while let Some(t) = open.pop() {
        let _ = writeln!(s, "</{t}>");
    }
}

/// Order within `contributors`, `titles`, `dates`, `urls` as EndNote writes them.
fn child_rank(p: &str) -> usize {
    const CHILDREN: &[&str] = &[
        "authors",
        "secondary-authors",
        "tertiary-authors",
        "subsidiary-authors",
        "translated-authors",
        "title",
        "secondary-title",
        "tertiary-title",
        "alt-title",
        "short-title",
        "translated-title",
        "full-title",
        "abbr-1",
        "year",
        "pub-dates",
        "web-urls",
        "pdf-urls",
        "related-urls",
    ];
    let second = p.split('/').nth(1).unwrap_or("");
    CHILDREN.iter().position(|c| *c == second).unwrap_or(CHILDREN.len())
}
