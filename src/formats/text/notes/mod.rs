//! Footnotes: archival, newspaper, literature, cross-reference, ibid and
//! commentary notes (`notes` format).

pub mod archival;
mod read;
pub mod registry;

pub(crate) use read::bracket_items;
pub use read::{read, segment, RawNote};
