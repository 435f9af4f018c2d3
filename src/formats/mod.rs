//! The formats, one folder each: its mapping table (shared by its reader and
//! writer), `read.rs`, `write.rs` and the helpers only it uses. Formats never
//! import each other; they meet in [`crate::model`]. This module holds the table
//! of formats ([`Format`]: names, extensions, detection) and the dispatch of
//! [`read()`] and [`write()`] to them.

pub mod bibtex;
pub mod csl_json;
pub mod endnote_xml;
pub mod json;
pub mod mods;
pub mod ris;
mod table;
pub mod tei;
pub mod text;

pub use table::Format;

use crate::diagnostics::Diagnostic;
use crate::error::Error;
use crate::model::Library;
use crate::options::{Parsed, ReadOptions, WriteOptions};

/// Reads `src` in `format`.
///
/// ```
/// use refconv::{read, Format, ReadOptions};
/// let p = read(Format::CslJson, r#"{"id": "a", "type": "book", "title": "T"}"#, &ReadOptions::default()).unwrap();
/// assert_eq!(p.library.entries[0].id, "a");
/// ```
pub fn read(format: Format, src: &str, opts: &ReadOptions) -> Result<Parsed, Error> {
    match format {
        Format::Bibtex | Format::Biblatex => bibtex::read(src, opts),
        Format::CslJson => csl_json::read(src, opts),
        Format::CslJsonl => csl_json::read_lines(src, opts),
        Format::Json => json::read(src, opts),
        Format::Tei => tei::read(src, opts),
        Format::Notes => text::notes::read(src, opts),
        Format::Article => text::article::read(src, opts),
        Format::Refs => text::refs::read(src, opts),
        Format::Text => text::read(src, opts),
        Format::AnystyleXml => text::refs::read_anystyle_xml(src, opts),
        Format::Ris => ris::read(src, opts),
        Format::EndnoteXml => endnote_xml::read(src, opts),
        Format::Mods => mods::read(src, opts),
        other => Err(Error::Unsupported { format: other, direction: "reading" }),
    }
}

/// Writes `lib` in `format`; returns what the format could not represent.
///
/// ```
/// use refconv::{read, write, Format, ReadOptions, WriteOptions};
/// let p = read(Format::CslJson, r#"[{"id": "a", "type": "book"}]"#, &ReadOptions::default()).unwrap();
/// let mut out = Vec::new();
/// let lost = write(Format::CslJson, &p.library, &mut out, &WriteOptions::default()).unwrap();
/// assert!(lost.is_empty());
/// assert_eq!(String::from_utf8(out).unwrap(), "[\n  {\n    \"id\": \"a\",\n    \"type\": \"book\"\n  }\n]\n");
/// ```
pub fn write(
    format: Format,
    lib: &Library,
    out: &mut dyn std::io::Write,
    opts: &WriteOptions,
) -> Result<Vec<Diagnostic>, Error> {
    match format {
        Format::Bibtex => bibtex::write_bibtex(lib, out, opts),
        Format::Biblatex => bibtex::write_biblatex(lib, out, opts),
        Format::CslJson => csl_json::write(lib, out, opts),
        Format::CslJsonl => csl_json::write_lines(lib, out, opts),
        Format::CslCitations => csl_json::write_citations(lib, out, opts),
        Format::Json => json::write(lib, out, opts),
        Format::Tei => tei::write(lib, out, opts),
        Format::AnystyleXml => text::refs::write_anystyle_xml(lib, out, opts),
        Format::Ris => ris::write(lib, out, opts),
        Format::Mods => mods::write(lib, out, opts),
        Format::EndnoteXml => endnote_xml::write(lib, out, opts),
        Format::Text => crate::render::write(lib, out, opts, crate::render::Markup::Text),
        Format::Html => crate::render::write(lib, out, opts, crate::render::Markup::Html),
        Format::Markdown => crate::render::write(lib, out, opts, crate::render::Markup::Markdown),
        other => Err(Error::Unsupported { format: other, direction: "writing" }),
    }
}
