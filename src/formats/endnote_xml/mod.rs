//! EndNote XML (`endnote-xml`): EndNote's own export, richer than its RIS, and
//! what Zotero and JabRef also write. Read only for now; the table of reference
//! types and elements is `table.rs`.

mod read;
mod table;

pub use read::read;
