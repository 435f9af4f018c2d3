//! CSL-JSON: items (`csl-json`), CSL-JSON Lines (`csl-jsonl`), citation clusters
//! (`csl-citations`) and the flavour Zotero imports ([`zotero`]). The `custom`
//! keys and note-line conventions shared by the reader and the writers are in
//! one table.

mod citations;
mod entry;
mod lines;
mod read;
mod table;
mod write;
pub mod zotero;

pub use citations::{write as write_citations, SCHEMA as CITATION_SCHEMA};
pub use lines::{read_lines, read_lines_batches, JsonLines};
pub use read::read;
pub use table::{
    CUSTOM_ARCHIVAL, CUSTOM_DATE_QUALIFIERS, CUSTOM_INHERITED, CUSTOM_NAME_LANGS,
    CUSTOM_NOTE_IS_TEXT, CUSTOM_TEXT_VARIANTS,
};
pub use write::{item, item_for, item_in, write, write_lines, write_lines_of, ArrayWriter};
