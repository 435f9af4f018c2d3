//! BibTeX and BibLaTeX: one mapping table ([`table`](self) rows for types, fields
//! and languages) shared by the reader and the writer, the LaTeX decoding and
//! encoding of values ([`latex`]) and BibTeX names ([`names`]).

mod blocks;
mod entry;
pub mod latex;
pub mod names;
mod read;
mod table;
mod write;

pub use read::{inheritance_targets, read, read_chunks};
pub use table::{entry_type_for, Dialect};
pub use write::{write, write_biblatex, write_bibtex, write_entries};
