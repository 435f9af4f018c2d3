//! RIS writer: one record per entry, tags in a fixed order, CRLF line ends as the
//! specification says, `ER  - ` closing each record and a blank line after it.
//!
//! A variable RIS has no tag for in the entry's type is written as an `N1` line
//! `variable: value` (names as `Family || Given`, dates as EDTF), the convention
//! Zotero reads in its Extra field, and the reader takes such lines back. Fields
//! kept in `extra` under a RIS tag are written back under it; other `extra`
//! fields are reported.

use super::table::{self, Target};
use super::{dates, names, notes};
use crate::diagnostics::Diagnostic;
use crate::error::Error;
use crate::model::{Entry, ExtraValue, Library, Name, Value, Var};
use crate::options::WriteOptions;
use std::io::Write;

/// The order tags are written in; tags not listed follow in alphabetical order.
const ORDER: &[&str] = &[
    "TY", "ID", "AU", "A1", "A2", "A3", "A4", "ED", "TI", "T1", "CT", "ST", "T2", "T3", "JF", "JO",
    "BT", "J2", "JA", "J1", "PY", "Y1", "DA", "Y2", "VL", "IS", "CP", "M1", "SP", "EP", "ET", "NV",
    "SV", "SE", "PB", "CY", "PP", "SN", "DO", "UR", "L1", "L2", "L3", "L4", "AB", "N2", "KW", "LA",
    "M2", "M3", "DB", "AN", "AV", "CN", "DP", "OP",
];

/// Writes RIS; returns what it could not write.
///
/// ```
/// use refconv::{formats::ris, read, Format, ReadOptions, WriteOptions};
/// let p = read(Format::CslJson, r#"[{"id": "a", "type": "book", "title": "T",
///     "author": [{"family": "Doe", "given": "J."}], "issued": {"date-parts": [[1999, 3]]}}]"#,
///     &ReadOptions::default()).unwrap();
/// let mut out = Vec::new();
/// ris::write(&p.library, &mut out, &WriteOptions::default()).unwrap();
/// assert_eq!(String::from_utf8(out).unwrap(),
///     "TY  - BOOK\r\nID  - a\r\nAU  - Doe, J.\r\nTI  - T\r\nPY  - 1999\r\nDA  - 1999/03//\r\nER  - \r\n\r\n");
/// ```
pub fn write(
    lib: &Library,
    out: &mut dyn Write,
    opts: &WriteOptions,
) -> Result<Vec<Diagnostic>, Error> {
    write_entries(&lib.entries, out, opts)
}

/// Writes entries as RIS records (each record stands alone, so a batch at a time
/// gives the bytes of all at once).
pub fn write_entries(
    entries: &[Entry],
    out: &mut dyn Write,
    _opts: &WriteOptions,
) -> Result<Vec<Diagnostic>, Error> {
    let mut lost = Vec::new();
    let mut buf = String::new();
    for e in entries {
        buf.clear();
        record(e, &mut buf, &mut lost);
        out.write_all(buf.as_bytes())?;
    }
    Ok(lost)
}

/// One entry as a record.
pub fn record(e: &Entry, buf: &mut String, lost: &mut Vec<Diagnostic>) {
    let ty = type_code(e, lost);
    let mut lines: Vec<(&str, String)> = vec![("ID", e.id.clone())];
    let mut n1: Vec<String> = Vec::new();
    let (db, an, arch) = notes::archival_lines(e);
    lines.extend(db.map(|v| ("DB", v)));
    lines.extend(an.map(|v| ("AN", v)));
    for (var, value) in &e.fields {
        if e.archival.is_some() && matches!(var, Var::Archive | Var::ArchiveLocation) {
            continue;
        }
        field(ty, *var, value, &mut lines, &mut n1);
    }
    // The first note is the entry's note; the archival lines and the variables
    // with no tag come after it.
    let note_first = lines.iter().position(|(t, _)| *t == "N1");
    let mut notes: Vec<String> = note_first.map(|i| lines.remove(i).1).into_iter().collect();
    notes.extend(arch);
    notes.extend(n1);
    for (k, v) in &e.extra {
        if k == "TY" {
            continue;
        }
        if !is_tag(k) {
            lost.push(
                Diagnostic::warning(format!("RIS has no place for `{k}`: left out"))
                    .entry(e.id.clone())
                    .code("ris-lost"),
            );
            continue;
        }
        let tag: &str = k;
        let mut push = |v: &ExtraValue| match v {
            ExtraValue::String(s) if tag == "N1" => notes.push(s.clone()),
            ExtraValue::String(s) => lines.push((tag, s.clone())),
            other => lines.push((tag, other.to_string())),
        };
        match v {
            ExtraValue::Array(a) => a.iter().for_each(&mut push),
            other => push(other),
        }
    }
    lines.extend(notes.into_iter().map(|n| ("N1", n)));
    lines.sort_by_key(|(t, _)| rank(t));
    line(buf, "TY", ty);
    for (tag, v) in &lines {
        line(buf, tag, v);
    }
    buf.push_str("ER  - \r\n\r\n");
}

/// The type written: the one read (kept in `extra["TY"]`) when it still means
/// the entry's type, else the table's; `GEN` (reported) when RIS has none.
fn type_code<'a>(e: &'a Entry, lost: &mut Vec<Diagnostic>) -> &'a str {
    if let Some(ExtraValue::String(t)) = e.extra.get("TY") {
        // A type read as itself, or one no row knows (read as a document).
        let known = table::csl_type(t);
        if known == Some(e.kind) || (known.is_none() && e.kind == crate::model::EntryType::Document)
        {
            return t;
        }
    }
    table::ris_type(e.kind).unwrap_or_else(|| {
        lost.push(
            Diagnostic::warning(format!("RIS has no type for `{}`: written as GEN", e.kind.name()))
                .entry(e.id.clone())
                .code("ris-lost"),
        );
        "GEN"
    })
}

/// The tag lines of one field, or `N1` lines when its type has no tag for it.
fn field(ty: &str, var: Var, value: &Value, lines: &mut Vec<(&str, String)>, n1: &mut Vec<String>) {
    let tag_of = |t| table::tag_for(&ty.to_ascii_uppercase(), t);
    match value {
        Value::Names(list) => match tag_of(Target::Name(var)) {
            Some(tag) => lines.extend(list.iter().filter_map(names::write).map(|n| (tag, n))),
            None => n1.extend(list.iter().map(|n| format!("{}: {}", var.name(), cheater_name(n)))),
        },
        Value::Date(d) => match (var, tag_of(Target::Date(var))) {
            (Var::Issued, Some(_)) => {
                let (py, da) = dates::write(d);
                lines.extend(py.map(|v| ("PY", v)));
                lines.extend(da.map(|v| ("DA", v)));
            }
            (_, Some(tag)) => {
                let (py, da) = dates::write(d);
                lines.extend(da.or(py).map(|v| (tag, v)));
            }
            (_, None) => n1.push(format!(
                "{}: {}",
                var.name(),
                d.to_edtf().or_else(|| d.literal.clone()).unwrap_or_default()
            )),
        },
        Value::Text(t) => {
            let v = t.value.as_str();
            if var == Var::Page && tag_of(Target::PageStart).is_some() {
                match v.split_once('-') {
                    Some((a, b))
                        if !a.is_empty() && !b.is_empty() && !b.contains('-') && a != b =>
                    {
                        lines.push(("SP", a.to_string()));
                        lines.push(("EP", b.to_string()));
                    }
                    _ => lines.push(("SP", v.to_string())),
                }
                return;
            }
            if var == Var::Keyword {
                lines
                    .extend(v.split("; ").filter(|k| !k.is_empty()).map(|k| ("KW", k.to_string())));
                return;
            }
            if matches!(var, Var::Isbn | Var::Issn) {
                lines.push(("SN", v.to_string()));
                return;
            }
            match tag_of(Target::Text(var)) {
                Some(tag) => lines.push((tag, v.to_string())),
                None => n1.push(format!("{}: {v}", var.name())),
            }
        }
        Value::List(items) => n1.push(format!("{}: {}", var.name(), items.join(", "))),
    }
}

/// A name as Zotero's `name: Family || Given` line.
fn cheater_name(n: &Name) -> String {
    match (&n.literal, &n.family, &n.given) {
        (Some(l), _, _) => l.clone(),
        (None, Some(f), Some(g)) => format!("{f} || {g}"),
        (None, Some(f), None) => format!("{f} ||"),
        (None, None, g) => g.clone().unwrap_or_default(),
    }
}

/// Two capitals, or a capital and a digit: a RIS tag.
fn is_tag(k: &str) -> bool {
    let b = k.as_bytes();
    b.len() == 2
        && b[0].is_ascii_uppercase()
        && (b[1].is_ascii_uppercase() || b[1].is_ascii_digit())
}

/// Where a tag goes: the order of [`ORDER`], then unknown tags alphabetically,
/// then the notes.
fn rank(tag: &str) -> (usize, String) {
    let pos = match tag {
        "N1" => ORDER.len() + 1,
        _ => ORDER.iter().position(|t| *t == tag).unwrap_or(ORDER.len()),
    };
    (pos, tag.to_string())
}

/// One tag line; a value's line breaks become continuation lines (with a space
/// in front where the line would otherwise read as a tag).
fn line(buf: &mut String, tag: &str, v: &str) {
    buf.push_str(tag);
    buf.push_str("  - ");
    let multi = matches!(tag, "AB" | "N1" | "N2");
    for (i, l) in v.split('\n').enumerate() {
        if i > 0 {
            if multi {
                buf.push_str("\r\n");
                if super::read::tag_line(l).is_some() {
                    buf.push(' ');
                }
            } else {
                buf.push(' ');
            }
        }
        buf.push_str(l.trim_end_matches('\r'));
    }
    buf.push_str("\r\n");
}
