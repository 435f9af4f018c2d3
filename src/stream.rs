//! Streaming: inputs read a batch of entries at a time and outputs written a batch
//! at a time, with the same bytes and diagnostics as [`read`](crate::read) and
//! [`write`](crate::write) of everything at once, in a fraction of the memory.
//!
//! - [`read_batches`] hands a BibTeX/BibLaTeX or CSL-JSON Lines input over in
//!   batches (other formats in one batch);
//! - [`inheritance_parents`] are the entries a batch may inherit fields from
//!   (`crossref`/`xdata` targets elsewhere in the file);
//! - [`EntryWriter`] writes CSL-JSON, CSL-JSON Lines, BibTeX or BibLaTeX a batch of
//!   entries at a time;
//! - [`JsonLines`] reads CSL-JSON Lines from any [`std::io::BufRead`] one line at a
//!   time, in constant memory, for filters of inputs of any size.
//!
//! ```
//! use refconv::stream::{inheritance_parents, read_batches, EntryWriter};
//! use refconv::{Format, ReadOptions, WriteOptions};
//!
//! let bib = "@book{a, title = {A}}\n@book{b, title = {B}, crossref = {c}}\n@book{c, publisher = {P}}\n";
//! let mut out = Vec::new();
//! let mut writer = EntryWriter::new(Format::CslJson, &mut out, &WriteOptions::default())?
//!     .with_parents(inheritance_parents(Format::Bibtex, bib));
//! read_batches(Format::Bibtex, bib, &ReadOptions::default(), 1, &mut |batch| {
//!     writer.write(&batch.library.entries)?;
//!     Ok(())
//! })?;
//! assert_eq!(writer.finish()?, 3);
//!
//! // The same bytes as the whole library written at once.
//! let whole = refconv::read(Format::Bibtex, bib, &ReadOptions::default())?;
//! let mut at_once = Vec::new();
//! refconv::write(Format::CslJson, &whole.library, &mut at_once, &WriteOptions::default())?;
//! assert_eq!(out, at_once);
//! # Ok::<(), refconv::Error>(())
//! ```

pub use crate::formats::csl_json::JsonLines;

use crate::diagnostics::Diagnostic;
use crate::error::Error;
use crate::formats::{bibtex, csl_json, endnote_xml, mods, ris, Format};
use crate::model::Entry;
use crate::options::{Parsed, ReadOptions, WriteOptions};

/// Reads `src` in `format` a batch of about `batch` entries at a time, handing each
/// batch (its entries and diagnostics, in input order) to `sink`, which is called
/// at least once. BibTeX/BibLaTeX, RIS, MODS, EndNote XML and CSL-JSON Lines are read
/// in batches, with ids unique over the whole input; every other format is read whole
/// and handed over as one batch. In MODS and EndNote XML, a record that is not
/// well-formed is an error diagnostic and skipped; the records after it are read.
/// An error from `sink` stops the reading and is returned.
pub fn read_batches(
    format: Format,
    src: &str,
    opts: &ReadOptions,
    batch: usize,
    sink: &mut dyn FnMut(Parsed) -> Result<(), Error>,
) -> Result<(), Error> {
    match format {
        Format::Bibtex | Format::Biblatex => bibtex::read_chunks(src, opts, batch, sink),
        Format::CslJsonl => csl_json::read_lines_batches(src, opts, batch, sink),
        Format::Ris => ris::read_batches(src, opts, batch, sink),
        Format::Mods => mods::read_batches(src, opts, batch, sink),
        Format::EndnoteXml => endnote_xml::read_batches(src, opts, batch, sink),
        other => sink(crate::formats::read(other, src, opts)?),
    }
}

/// The entries of `src` that others name in `crossref` or `xdata` (kept by
/// RIS, MODS and EndNote XML from a BibTeX source; empty for formats read in
/// one batch): give them to [`EntryWriter::with_parents`] so that a batch gets
/// the fields it inherits from entries in other batches.
pub fn inheritance_parents(format: Format, src: &str) -> Vec<Entry> {
    match format {
        Format::Bibtex | Format::Biblatex => bibtex::inheritance_targets(src),
        Format::Ris | Format::Mods | Format::EndnoteXml => {
            // The links are kept under their BibTeX field names, in lower case.
            if !src.contains("crossref") && !src.contains("xdata") {
                return Vec::new();
            }
            // Rare: read whole once to find the parents.
            let Ok(p) = crate::formats::read(format, src, &ReadOptions::default()) else {
                return Vec::new();
            };
            let keys: std::collections::HashSet<String> =
                p.library.entries.iter().flat_map(crate::model::inherit::parents).collect();
            p.library.entries.into_iter().filter(|e| keys.contains(&e.id)).collect()
        }
        _ => Vec::new(),
    }
}

/// How an [`EntryWriter`] writes.
#[derive(Debug)]
enum Sink {
    CslJson(csl_json::ArrayWriter),
    CslJsonl,
    Bib(bibtex::Dialect),
    Ris,
    /// MODS (the collection's start is written by [`EntryWriter::new`]).
    Mods,
    /// EndNote XML (the start is written by [`EntryWriter::new`]).
    EndnoteXml,
}

/// Writes entries a batch at a time in CSL-JSON, CSL-JSON Lines, BibTeX,
/// BibLaTeX, RIS, MODS or EndNote XML — the formats that hold entries only — with the same bytes as
/// [`write`](crate::write) of all of them at once.
pub struct EntryWriter<'w> {
    out: &'w mut dyn std::io::Write,
    opts: WriteOptions,
    parents: Vec<Entry>,
    sink: Sink,
    written: usize,
}

impl std::fmt::Debug for EntryWriter<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EntryWriter")
            .field("sink", &self.sink)
            .field("parents", &self.parents.len())
            .field("written", &self.written)
            .finish()
    }
}

impl<'w> EntryWriter<'w> {
    /// A writer of `format` into `out`; [`Error::Unsupported`] for a format that is
    /// not written entry by entry (TEI, csl-citations and the model hold notes and
    /// citations too).
    pub fn new(
        format: Format,
        out: &'w mut dyn std::io::Write,
        opts: &WriteOptions,
    ) -> Result<EntryWriter<'w>, Error> {
        let sink = match format {
            Format::CslJson => Sink::CslJson(csl_json::ArrayWriter::default()),
            Format::CslJsonl => Sink::CslJsonl,
            Format::Bibtex => Sink::Bib(bibtex::Dialect::Bibtex),
            Format::Biblatex => Sink::Bib(bibtex::Dialect::Biblatex),
            Format::Ris => Sink::Ris,
            Format::Mods => {
                out.write_all(mods::header().as_bytes())?;
                Sink::Mods
            }
            Format::EndnoteXml => {
                out.write_all(endnote_xml::HEADER.as_bytes())?;
                Sink::EndnoteXml
            }
            other => {
                return Err(Error::Unsupported { format: other, direction: "streaming" });
            }
        };
        Ok(EntryWriter { out, opts: opts.clone(), parents: Vec::new(), sink, written: 0 })
    }

    /// Entries outside the batches that the written entries may inherit fields
    /// from (see [`inheritance_parents`]); CSL has no `crossref`, so CSL-JSON
    /// items get the inherited fields written in.
    pub fn with_parents(mut self, parents: Vec<Entry>) -> EntryWriter<'w> {
        self.parents = parents;
        self
    }

    /// Writes a batch of entries; returns what the format could not represent.
    pub fn write(&mut self, entries: &[Entry]) -> Result<Vec<Diagnostic>, Error> {
        let lost = match &mut self.sink {
            Sink::CslJson(array) => array.entries(entries, &self.parents, self.out, &self.opts)?,
            Sink::CslJsonl => {
                csl_json::write_lines_of(entries, &self.parents, self.out, &self.opts)?
            }
            Sink::Bib(dialect) => {
                bibtex::write_entries(entries, self.written, self.out, &self.opts, *dialect)?
            }
            Sink::Ris => ris::write_entries(entries, self.out, &self.opts)?,
            Sink::Mods => mods::write_entries(entries, self.out, &self.opts)?,
            Sink::EndnoteXml => {
                endnote_xml::write_entries(entries, self.written, self.out, &self.opts)?
            }
        };
        self.written += entries.len();
        Ok(lost)
    }

    /// Ends the output (closes the CSL-JSON array, the MODS collection, the
    /// EndNote records); returns how many entries were
    /// written.
    pub fn finish(self) -> Result<usize, Error> {
        match self.sink {
            Sink::CslJson(array) => array.finish(self.out)?,
            Sink::Mods => self.out.write_all(mods::FOOTER.as_bytes())?,
            Sink::EndnoteXml => self.out.write_all(endnote_xml::FOOTER.as_bytes())?,
            _ => {}
        }
        self.out.flush()?;
        Ok(self.written)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BIB: &str = "@string{p = {Pravda}}\n@article{a, journal = p, year = 1950, crossref = {c}}\n\
        @book{a, title = {Same key}}\n@book{b, title = {Война}, note = {ü}}\n@book{c, publisher = {Nauka}}\n";

    #[test]
    fn batches_write_the_bytes_of_the_whole() {
        let whole = crate::read(Format::Bibtex, BIB, &ReadOptions::default()).unwrap();
        let mut opts = WriteOptions::default();
        for ascii in [false, true] {
            opts.ascii = ascii;
            for to in [Format::CslJson, Format::CslJsonl, Format::Bibtex, Format::Biblatex] {
                let mut at_once = Vec::new();
                crate::write(to, &whole.library, &mut at_once, &opts).unwrap();
                for batch in [1, 2, 3, 100] {
                    let mut out = Vec::new();
                    let mut diags = Vec::new();
                    let mut w = EntryWriter::new(to, &mut out, &opts)
                        .unwrap()
                        .with_parents(inheritance_parents(Format::Bibtex, BIB));
                    read_batches(Format::Bibtex, BIB, &ReadOptions::default(), batch, &mut |p| {
                        diags.extend(p.diagnostics);
                        w.write(&p.library.entries)?;
                        Ok(())
                    })
                    .unwrap();
                    assert_eq!(w.finish().unwrap(), 4);
                    assert_eq!(
                        String::from_utf8(out).unwrap(),
                        String::from_utf8(at_once.clone()).unwrap(),
                        "{to} batch {batch} ascii {ascii}"
                    );
                    assert_eq!(diags, whole.diagnostics, "{to} batch {batch}");
                }
            }
        }
    }

    #[test]
    fn formats_with_notes_are_not_streamed_and_others_come_in_one_batch() {
        let mut out = Vec::new();
        for f in [Format::Tei, Format::Json, Format::CslCitations] {
            assert!(matches!(
                EntryWriter::new(f, &mut out, &WriteOptions::default()),
                Err(Error::Unsupported { .. })
            ));
        }
        let mut calls = 0;
        let src = r#"[{"id": "a", "type": "book"}, {"id": "b", "type": "book"}]"#;
        read_batches(Format::CslJson, src, &ReadOptions::default(), 1, &mut |p| {
            calls += 1;
            assert_eq!(p.library.entries.len(), 2);
            Ok(())
        })
        .unwrap();
        assert_eq!(calls, 1);
        assert!(inheritance_parents(Format::CslJson, src).is_empty());
    }
}
