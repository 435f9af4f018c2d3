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

pub mod crf;
pub mod diagnostics;
pub mod encoding;
mod error;
pub mod formats;
pub mod model;
mod options;
pub mod render;
pub mod stream;
pub mod xmltree;

pub use diagnostics::{render, Diagnostic, LineIndex, Severity, Span};
pub use error::Error;
pub use formats::{read, write, Format};
pub use model::*;
pub use options::{Parsed, ReadOptions, WriteOptions};
