//! RIS (`ris`): the tagged format every reference manager and most databases
//! read and write (Zotero, EndNote, Mendeley, JabRef, Citavi; Scopus, Web of
//! Science, PubMed, JSTOR, IEEE). One table maps its reference types and tags to
//! the model, for the reader and the writer alike (`table.rs`); archival entries
//! keep their archive (`DB`), location (`AN`) and units (`N1` lines).

mod dates;
mod fields;
mod names;
mod notes;
mod read;
mod table;
mod write;

pub use read::{read, read_batches};
pub use write::{record, write, write_entries};
