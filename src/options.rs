//! What readers take and return, and what writers take.

use crate::diagnostics::{Diagnostic, Severity};
use crate::model::Library;

/// What a reader returns: the library, and what it found on the way (problems
/// it recovered from, guesses, normalisations).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parsed {
    /// The entries, citations and notes read.
    pub library: Library,
    /// What the reader found.
    pub diagnostics: Vec<Diagnostic>,
}

/// What a reader of batches hands each batch to.
pub(crate) type BatchSink<'a> = dyn FnMut(Parsed) -> Result<(), crate::Error> + 'a;

impl Parsed {
    /// Everything a reader of batches reads, as one: `read_batches` is called
    /// with a sink that gathers the batches.
    pub(crate) fn gather(
        read_batches: impl FnOnce(&mut BatchSink<'_>) -> Result<(), crate::Error>,
    ) -> Result<Parsed, crate::Error> {
        let mut parsed = Parsed::default();
        read_batches(&mut |p| {
            parsed.library.entries.extend(p.library.entries);
            parsed.diagnostics.extend(p.diagnostics);
            Ok(())
        })?;
        Ok(parsed)
    }

    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(|d| d.severity == Severity::Error)
    }
}

/// Options for readers.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct ReadOptions {
    /// Do not parse Zotero's `key: value` lines in a CSL-JSON `note` into fields.
    pub keep_note_fields: bool,
    /// Keep the fields a CSL-JSON item says it inherited from a `crossref`/`xdata`
    /// parent (and the list of them) instead of taking them out: for reading one
    /// item at a time, when the parent is not at hand to inherit from again.
    pub keep_inherited: bool,
    /// The model the plain-text readers parse references with, instead of the
    /// one refconv carries (`refconv convert --model FILE`; see
    /// [`crate::formats::text::refs::train`]).
    pub refs_model: Option<std::sync::Arc<crate::crf::Model>>,
}

/// Options for writers.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct WriteOptions {
    /// Write LaTeX escapes instead of Unicode (BibTeX).
    pub ascii: bool,
    /// Write a fragment to embed rather than a whole document (TEI `listBibl`).
    pub fragment: bool,
    /// CSL-JSON for Zotero's import: only the variables Zotero maps, the rest as
    /// `variable: value` lines in `note` (see [`crate::formats::csl_json::zotero`]).
    pub zotero: bool,
    /// The reference model that labels printed references for `anystyle-xml`
    /// (default: refconv's own).
    pub refs_model: Option<std::sync::Arc<crate::crf::Model>>,
    /// The citation style of `text`, `html` and `markdown` (default: refconv's
    /// GOST R 7.0.5 footnotes, [`crate::render::StyleSpec::default`]).
    pub style: Option<crate::render::spec::StyleSpec>,
    /// The locale of formatted output (`ru-RU`, `en-US`); default: the style's.
    pub locale: Option<String>,
    /// With `text`, `html`, `markdown`: also the transliterated "References"
    /// list of the Cyrillic entries, in this scheme (`bsi`, `bgn`, `lc`,
    /// `gost-7.79b`).
    pub references: Option<crate::render::spec::Scheme>,
}
