//! EndNote XML (`endnote-xml`): EndNote's own export, richer than its RIS, and
//! what Zotero and JabRef also write. Read and written; the table of reference
//! types and elements (`table.rs`) serves both directions.

mod dates;
mod read;
mod table;
mod write;

pub use read::{read, read_batches};
pub use write::{record, write, write_entries};
pub(crate) use write::{FOOTER, HEADER};
