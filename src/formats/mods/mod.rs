//! MODS (`mods`): the Library of Congress's Metadata Object Description Schema,
//! what library catalogues, digital libraries and bibutils speak, read in any
//! 3.x version and written as MODS 3.8, valid against the schema vendored in
//! `schemas/mods/`. One table maps types, roles, numbering and identifiers for
//! the reader and the writer (`table.rs`); what MODS has no element for is
//! written into `<extension>` and read back.

mod govinfo;
mod parts;
mod read;
mod table;
mod write;

pub use read::{read, read_batches};
pub(crate) use write::{header, FOOTER};
pub use write::{record, write, write_entries};
