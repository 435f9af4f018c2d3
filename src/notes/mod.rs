//! Footnotes: archival, newspaper, literature, cross-reference, ibid and
//! commentary notes (`notes` format).

pub mod archival;
pub mod reader;
pub mod registry;
