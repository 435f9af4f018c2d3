//! The intermediate model: every reader produces a [`Library`], every writer
//! consumes one.
//!
//! Text values use CSL's rich-text markup (`<i>`, `<b>`, `<sup>`, `<sub>`,
//! `<span style="font-variant:small-caps;">`, `<span class="nocase">`) as the one
//! inline convention: readers translate their format's markup into it (BibTeX case
//! braces become `<span class="nocase">`), writers translate it out.

mod archival;
mod body;
mod citation;
pub(crate) mod date;
mod entry;
pub mod ids;
pub mod inherit;
mod kind;
mod library;
mod name;
mod text;
mod var;

pub use archival::{Archival, Archive, Level, Unit};
pub use body::{Inline, Paragraph};
pub use citation::{Citation, CitationItem, Locator, Note, NoteKind, LOCATOR_LABELS};
pub use date::{month_from_name, Date, DatePart, Season};
pub use entry::{Entry, ExtraValue, Source, Value};
pub use kind::EntryType;
pub use library::Library;
pub use name::Name;
pub(crate) use text::{has_cyrillic, strip_tags};
pub use text::{Text, TextVariant, VariantKind};
pub use var::{Var, VarKind};
