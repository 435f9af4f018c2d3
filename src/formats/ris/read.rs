//! RIS reader: the tag/value grammar as real exports write it.
//!
//! Accepted: CRLF, LF or CR line ends; a byte-order mark; `TY  - ` with one space
//! instead of two, or none after the dash; `ER  -` with or without its trailing
//! space, or missing (the record ends at the next `TY` or at the end, and a
//! warning says so); untagged lines continuing the value above them; numbering
//! lines ("1.") and blank lines between records; repeated tags; long type names
//! (`TY  - Journal Article`). Tags no row of the table knows are kept in `extra`
//! under their tag, and written back by the RIS writer.

use super::fields::{keep_extra, Acc, Field};
use super::notes;
use super::table;
use crate::diagnostics::{Diagnostic, LineIndex, Span};
use crate::error::Error;
use crate::model::{ids, Entry, EntryType, ExtraValue, Source};
use crate::options::{Parsed, ReadOptions};
use std::collections::HashSet;

/// One record, `TY` to `ER`.
#[derive(Debug, Default)]
pub(super) struct Record<'a> {
    pub fields: Vec<Field<'a>>,
    pub span: Span,
}

/// Reads RIS.
///
/// ```
/// use refconv::{formats::ris, ReadOptions, Var};
/// let src = "TY  - JOUR\r\nAU  - Baldwin, S. A.\r\nTI  - Blood-brain barrier\r\nPY  - 1996\r\n\
///            SP  - 476\r\nEP  - 481\r\nJO  - J. Neurosurg.\r\nER  - \r\n";
/// let p = ris::read(src, &ReadOptions::default()).unwrap();
/// let e = &p.library.entries[0];
/// assert_eq!(e.kind, refconv::EntryType::ArticleJournal);
/// assert_eq!(e.text(Var::Page), Some("476-481"));
/// assert!(p.diagnostics.is_empty());
/// ```
pub fn read(src: &str, opts: &ReadOptions) -> Result<Parsed, Error> {
    Parsed::gather(|sink| read_batches(src, opts, usize::MAX, sink))
}

/// Reads RIS a batch of `batch` records at a time (ids unique over the whole
/// input; each diagnostic in the batch of the record it is about), handing each
/// batch to `sink`, which is called at least once.
pub fn read_batches(
    src: &str,
    _opts: &ReadOptions,
    batch: usize,
    sink: &mut dyn FnMut(Parsed) -> Result<(), Error>,
) -> Result<(), Error> {
    // Line and column are worked out only when there is something to report.
    let index = std::cell::OnceCell::new();
    let index = || index.get_or_init(|| LineIndex::new(src));
    let (records, mut diags) = records(src);
    if records.is_empty() {
        let d = if is_web_of_science(src) {
            Diagnostic::error(
                "this is Web of Science's own field-tagged format (FN, VR, PT … ER, EF), not RIS",
            )
            .hint("export from Web of Science as RIS (\"Other File Formats\" → RIS), or as BibTeX")
            .code("wos-format")
        } else {
            Diagnostic::warning("no RIS records (no `TY  - ` line)")
        };
        let mut p = Parsed::default();
        p.diagnostics.push(d.at(Span::new(0, 0), index()));
        return sink(p);
    }
    let mut taken = HashSet::new();
    let batch = batch.max(1);
    let chunks: Vec<&[Record]> = records.chunks(batch).collect();
    for (i, chunk) in chunks.iter().enumerate() {
        let mut p = Parsed::default();
        for r in chunk.iter() {
            let e = entry(r, &mut taken, &mut diags);
            p.library.entries.push(e);
        }
        // The diagnostics before the next batch's first record are this batch's.
        let until = chunks.get(i + 1).map_or(usize::MAX, |c| c[0].span.start);
        let (mine, later): (Vec<_>, Vec<_>) = diags.drain(..).partition(|(_, s)| s.start < until);
        diags = later;
        p.diagnostics = mine.into_iter().map(|(d, span)| d.at(span, index())).collect();
        p.diagnostics.sort_by_key(|d| d.span.map(|s| s.start));
        sink(p)?;
    }
    Ok(())
}

/// A tag line: the tag and the byte offset of its value in `line`.
pub(super) fn tag_line(line: &str) -> Option<(&str, usize)> {
    let b = line.as_bytes();
    if b.len() < 4
        || !b[0].is_ascii_uppercase()
        || !(b[1].is_ascii_uppercase() || b[1].is_ascii_digit())
    {
        return None;
    }
    let mut i = 2;
    while i < b.len() && b[i] == b' ' && i < 5 {
        i += 1;
    }
    if i == 2 || b.get(i) != Some(&b'-') {
        return None;
    }
    i += 1;
    if i < b.len() && b[i] != b' ' {
        // "TY  -JOUR" is read; "AB  -- x" is not a tag line.
        if b[i] == b'-' {
            return None;
        }
    }
    while i < b.len() && b[i] == b' ' && i < 8 {
        i += 1;
    }
    Some((&line[..2], i))
}

/// The lines of `src` with their byte offsets, split at CRLF, LF or CR.
fn lines(src: &str) -> impl Iterator<Item = (usize, &str)> {
    let b = src.as_bytes();
    let mut pos = 0;
    std::iter::from_fn(move || {
        if pos >= b.len() {
            return None;
        }
        let start = pos;
        let end = b[start..]
            .iter()
            .position(|c| matches!(c, b'\n' | b'\r'))
            .map_or(b.len(), |i| start + i);
        pos = match b.get(end) {
            Some(b'\r') if b.get(end + 1) == Some(&b'\n') => end + 2,
            Some(_) => end + 1,
            None => end,
        };
        Some((start, &src[start..end]))
    })
}

/// Splits the input into records; the diagnostics carry their spans.
pub(super) fn records(src: &str) -> (Vec<Record<'_>>, Vec<(Diagnostic, Span)>) {
    let mut out = Vec::new();
    let mut diags = Vec::new();
    let mut cur: Option<Record> = None;
    let mut stray: Option<Span> = None;
    for (off, raw) in lines(src) {
        // A byte-order mark starts the file, or a file pasted after another.
        let line = raw.trim_start_matches('\u{feff}');
        let off = off + (raw.len() - line.len());
        let span = Span::new(off, off + line.len());
        match tag_line(line) {
            // `TY` lines in a row: one record, the last type (JabRef's reading).
            Some(("TY", v)) if cur.as_ref().is_some_and(|r| r.fields.len() == 1) => {
                if let Some(r) = cur.as_mut() {
                    r.fields[0] = Field { tag: "TY", value: line[v..].trim().to_string(), span };
                }
            }
            Some(("TY", v)) => {
                if let Some(r) = cur.take() {
                    diags.push((
                        Diagnostic::warning("the record before has no `ER  - ` line: it ends here")
                            .code("ris-missing-er"),
                        span,
                    ));
                    out.push(r);
                }
                let mut r = Record { span, ..Record::default() };
                r.fields.push(Field { tag: "TY", value: line[v..].trim().to_string(), span });
                cur = Some(r);
            }
            Some(("ER", _)) => match cur.take() {
                Some(mut r) => {
                    r.span.end = span.end;
                    out.push(r);
                }
                None => diags.push((
                    Diagnostic::warning("`ER  - ` with no record open: ignored")
                        .code("ris-stray-er"),
                    span,
                )),
            },
            Some((tag, v)) => match cur.as_mut() {
                Some(r) => {
                    r.span.end = span.end;
                    let value = clean(tag, line[v..].trim());
                    r.fields.push(Field { tag, value, span });
                }
                None => {
                    stray.get_or_insert(span);
                }
            },
            None if line
                .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
                .is_empty() => {}
            None => {
                match cur.as_mut().and_then(|r| r.fields.last_mut().map(|f| (f, &mut r.span))) {
                    Some((f, rspan)) => {
                        let more = line.trim();
                        // Abstracts, notes and keywords keep their lines; elsewhere
                        // a continuation line is the value wrapped.
                        let sep = match f.tag {
                            "AB" | "N1" | "N2" | "KW" => "\n",
                            _ => " ",
                        };
                        if !f.value.is_empty() {
                            f.value.push_str(sep);
                        }
                        f.value.push_str(more);
                        f.span.end = span.end;
                        rspan.end = span.end;
                    }
                    None => {
                        let numbering =
                            line.trim().trim_end_matches('.').chars().all(|c| c.is_ascii_digit());
                        if !numbering {
                            stray.get_or_insert(span);
                        }
                    }
                }
            }
        }
    }
    if let Some(r) = cur {
        diags.push((
            Diagnostic::info(
                "the last record has no `ER  - ` line: it ends at the end of the input",
            )
            .code("ris-missing-er"),
            Span::new(r.span.end, r.span.end),
        ));
        out.push(r);
    }
    if let Some(span) = stray {
        diags.push((
            Diagnostic::warning(
                "text outside a record (before `TY  - ` or after `ER  - `) ignored",
            )
            .code("ris-outside-record"),
            span,
        ));
    }
    (out, diags)
}

/// A value as read: in one-line fields, Unicode line and paragraph separators
/// (pasted from PDFs) are spaces, and runs of spaces one.
fn clean(tag: &str, v: &str) -> String {
    if matches!(tag, "AB" | "N1" | "N2") || !v.contains(['\u{2028}', '\u{2029}']) {
        return v.to_string();
    }
    v.split(['\u{2028}', '\u{2029}', ' ']).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// Web of Science's tagged export: `FN`/`VR` header, `PT` types, no dashes.
fn is_web_of_science(src: &str) -> bool {
    let mut it =
        src.trim_start_matches('\u{feff}').lines().map(str::trim_end).filter(|l| !l.is_empty());
    let first = it.next().unwrap_or("");
    first.starts_with("FN ") || (first.starts_with("PT ") && src.contains("\nER"))
}

/// The entry of one record.
fn entry(r: &Record, taken: &mut HashSet<String>, diags: &mut Vec<(Diagnostic, Span)>) -> Entry {
    let ty_raw = r.fields.first().map_or("", |f| f.value.as_str());
    let code = ty_raw.to_ascii_uppercase();
    let kind = match table::csl_type(ty_raw) {
        Some(k) => k,
        None => {
            diags.push((
                Diagnostic::warning(format!(
                    "unknown RIS type `{ty_raw}`: read as a generic document"
                ))
                .code("ris-unknown-type"),
                r.fields[0].span,
            ));
            EntryType::Document
        }
    };
    // The tag meanings of the type as written (`EBOOK` rows for an EBOOK).
    let ty = if table::csl_type(&code).is_some() { code.as_str() } else { "GEN" };
    let mut e = Entry::new(String::new(), kind);
    if !ty_raw.is_empty() && (table::ris_type(kind) != Some(ty) || ty_raw != ty) {
        e.extra.insert("TY".into(), ExtraValue::String(ty_raw.to_string()));
    }
    let mut acc = Acc::new(ty);
    let procite = r.fields.iter().any(|f| {
        f.tag == "N1"
            && (f.value.starts_with("Record ID:") || f.value.starts_with("Record Number:"))
    });
    for f in &r.fields[1..] {
        if f.value.is_empty() {
            continue;
        }
        let tag = if procite { table::procite_tag(ty, f.tag) } else { f.tag };
        let remapped;
        let f = if tag == f.tag {
            f
        } else {
            remapped = Field { tag, value: f.value.clone(), span: f.span };
            &remapped
        };
        match table::target(ty, f.tag) {
            Some(t) => acc.take(&mut e, f, t),
            None => keep_extra(&mut e, f.tag, &f.value),
        }
    }
    diags.extend(acc.finish(&mut e));
    notes::gather(&mut e);
    let base = acc.id().map(ids::sanitize).filter(|s| !s.is_empty());
    let base = base.unwrap_or_else(|| ids::derive(&e));
    e.id = ids::unique(&base, taken);
    taken.insert(e.id.clone());
    e.source = Some(Source { span: r.span, line: 0, text: None });
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_pasted_together_keep_every_record() {
        let one = "\u{feff}TY  - JOUR\r\nTI  - A\r\nER  - \r\n";
        let p = read(&format!("{one}{one}"), &ReadOptions::default()).unwrap();
        assert_eq!(p.library.entries.len(), 2);
        assert!(p.diagnostics.is_empty(), "{:?}", p.diagnostics);
    }

    #[test]
    fn tag_lines_as_exports_write_them() {
        assert_eq!(tag_line("TY  - JOUR"), Some(("TY", 6)));
        assert_eq!(tag_line("TY - JOUR"), Some(("TY", 5)));
        assert_eq!(tag_line("ER  -"), Some(("ER", 5)));
        assert_eq!(tag_line("A1  - Doe, J."), Some(("A1", 6)));
        assert_eq!(tag_line("Keyword4; Keyword5"), None);
        assert_eq!(tag_line("PT J"), None);
    }

    #[test]
    fn procite_records_use_their_own_tag_meanings_and_labelled_notes() {
        use crate::model::Var;
        let bill = "TY  - BILL\nN1  - Record ID: 7\nTI  - Clean Water Act\nCY  - 33 U.S.C.\n\
                    VL  - H.R. 1234\nSP  - 1251\nN1  - Histroy: Amended 1977\nER  - \n";
        let p = read(bill, &ReadOptions::default()).unwrap();
        let e = &p.library.entries[0];
        assert_eq!(e.text(Var::ContainerTitle), Some("33 U.S.C."));
        assert_eq!(e.text(Var::Number), Some("H.R. 1234"));
        assert_eq!(e.text(Var::Section), Some("1251"));
        assert_eq!(e.text(Var::References), Some("Amended 1977"));
        assert_eq!(e.get(Var::Volume), None);
        // The same tags from another program keep the RIS meanings.
        let plain = bill.replace("N1  - Record ID: 7\n", "");
        let p = read(&plain, &ReadOptions::default()).unwrap();
        let e = &p.library.entries[0];
        assert_eq!(e.text(Var::Volume), Some("H.R. 1234"));
        assert_eq!(e.get(Var::Number), None);
        let art = "TY  - ART\nN1  - Record Number: 8\nTI  - Haystacks\nM1  - Oil on canvas\n\
                   N1  - Size: 60 x 100 cm\nER  - \n";
        let p = read(art, &ReadOptions::default()).unwrap();
        let e = &p.library.entries[0];
        assert_eq!(e.text(Var::Medium), Some("Oil on canvas"));
        assert_eq!(e.text(Var::Dimensions), Some("60 x 100 cm"));
    }
}
