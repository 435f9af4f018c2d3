//! `refconv` converts bibliographic references — archival footnotes, numbered
//! reference lists (GOST, transliterated "References", English styles),
//! BibTeX/BibLaTeX, CSL-JSON and TEI — through one intermediate model, the
//! [`Library`].
//!
//! Readers are plain functions `read(&str, &ReadOptions) -> Result<Parsed, Error>`;
//! writers return the [`Diagnostic`]s for what they could not represent. The
//! library never panics on user data and never prints.
//!
//! ```
//! use refconv::{read, write, Format, ReadOptions, WriteOptions};
//!
//! let input = r#"[{"id": "pravda1950", "type": "article-newspaper",
//!                  "container-title": "Pravda", "issued": {"date-parts": [["1950", "2", "3"]]}}]"#;
//! let parsed = read(Format::CslJson, input, &ReadOptions::default()).unwrap();
//! assert!(parsed.diagnostics.is_empty());
//!
//! let mut out = Vec::new();
//! let lost = write(Format::CslJson, &parsed.library, &mut out, &WriteOptions::default()).unwrap();
//! assert!(lost.is_empty());
//! let again = read(Format::CslJson, std::str::from_utf8(&out).unwrap(), &ReadOptions::default()).unwrap();
//! assert_eq!(again.library.without_sources(), parsed.library.without_sources());
//! ```
#![deny(missing_docs)]
#![cfg_attr(not(test), deny(clippy::unwrap_used))]

pub mod article;
pub mod bibnames;
pub mod diagnostics;
pub mod encoding;
mod error;
mod format;
pub mod latex;
pub mod model;
pub mod notes;
pub mod readers;
pub mod refs;
pub mod writers;
pub mod xmltree;

pub use diagnostics::{render, Diagnostic, LineIndex, Severity, Span};
pub use error::Error;
pub use format::{read, write, Format};
pub use model::*;

/// What a reader returns: the library, and what it found on the way (problems
/// it recovered from, guesses, normalisations).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parsed {
    /// The entries, citations and notes read.
    pub library: Library,
    /// What the reader found.
    pub diagnostics: Vec<Diagnostic>,
}

impl Parsed {
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
    /// `variable: value` lines in `note` (see [`writers::zotero`]).
    pub zotero: bool,
}

impl Library {
    /// The same library with every source span removed (what a re-read of
    /// written output is compared with).
    pub fn without_sources(&self) -> Library {
        let mut lib = self.clone();
        for e in &mut lib.entries {
            e.source = None;
        }
        for c in &mut lib.citations {
            c.source = None;
        }
        for n in &mut lib.notes {
            n.source = None;
        }
        lib.diagnostics.clear();
        lib
    }
}
