//! AnyStyle's XML as a format (`anystyle-xml`): labelled reference strings read
//! into entries (each sequence normalised as the trained parser's own labels
//! are), and entries that keep their printed text (what the plain-text readers
//! read) written as sequences labelled by the model — to correct by hand and
//! train on (`refconv train`).

use super::labelled::{read_anystyle_spans, write_anystyle, Labelled};
use super::normalise;
use super::tagger::{default_model, label};
use crate::crf::Model;
use crate::diagnostics::{Diagnostic, LineIndex};
use crate::error::Error;
use crate::model::{ids, Library, Source};
use crate::options::{Parsed, ReadOptions, WriteOptions};
use std::collections::HashSet;

/// Reads AnyStyle XML: one entry a `<sequence>`.
///
/// ```
/// use refconv::{read, Format, ReadOptions, Var};
/// let src = "<dataset><sequence><author>Smith, J.</author><title>A history.</title>\
///            <location>London:</location><publisher>Penguin,</publisher><date>1999.</date></sequence></dataset>";
/// let p = read(Format::AnystyleXml, src, &ReadOptions::default()).unwrap();
/// assert_eq!(p.library.entries[0].text(Var::Publisher), Some("Penguin"));
/// ```
pub fn read(src: &str, _opts: &ReadOptions) -> Result<Parsed, Error> {
    let index = LineIndex::new(src);
    let seqs = read_anystyle_spans(src).map_err(Error::Syntax)?;
    let mut parsed = Parsed::default();
    let mut taken = HashSet::new();
    for (l, span) in seqs {
        let mut e = normalise::entry(&l);
        e.id = ids::unique(&ids::derive(&e), &taken);
        taken.insert(e.id.clone());
        e.source = Some(Source { span, line: index.line_col(span.start).0, text: Some(l.text) });
        parsed.library.entries.push(e);
    }
    Ok(parsed)
}

/// Writes the entries that keep their printed text as AnyStyle sequences,
/// labelled by `opts.refs_model` or refconv's own model; the others are reported.
pub fn write(
    lib: &Library,
    out: &mut dyn std::io::Write,
    opts: &WriteOptions,
) -> Result<Vec<Diagnostic>, Error> {
    let model: Option<&Model> = match &opts.refs_model {
        Some(m) => Some(m),
        None => default_model(),
    };
    let mut lost = Vec::new();
    let mut seqs: Vec<Labelled> = Vec::new();
    for e in &lib.entries {
        match (e.source.as_ref().and_then(|s| s.text.as_deref()), model) {
            (Some(text), Some(m)) => seqs.push(label(m, text)),
            (Some(_), None) => lost.push(
                Diagnostic::warning("no reference model to label the text with")
                    .entry(e.id.clone())
                    .hint("give --model FILE (from `refconv train`)"),
            ),
            (None, _) => lost.push(
                Diagnostic::warning(
                    "anystyle-xml holds printed reference strings; this entry has none",
                )
                .entry(e.id.clone())
                .hint("read the references as text (-f refs or -f article) to label them"),
            ),
        }
    }
    if !lib.notes.is_empty() {
        lost.push(Diagnostic::warning(format!(
            "anystyle-xml holds reference strings only: {} notes not written",
            lib.notes.len()
        )));
    }
    out.write_all(write_anystyle(&seqs).as_bytes())?;
    Ok(lost)
}
