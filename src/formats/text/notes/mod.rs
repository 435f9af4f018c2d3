//! Footnotes: archival, newspaper, literature, cross-reference, ibid and
//! commentary notes (`notes` format).
//!
//! The stages, each using only those listed before it:
//! - `archival` (runs of archival units and folios), `registry` (known
//!   archives) and `segment` (the input into numbered notes);
//! - `found` (what a note cites) and `ibid` (what an ibid repeats);
//! - `brackets` (bracketed references to the numbered list) and `newspaper`
//!   (a newspaper issue at the start of a note);
//! - `analyse` (the citations and class of one note);
//! - `entries` (the reader's state: one entry per thing cited), then `lints`
//!   (lints across notes);
//! - `read` (the reader).

mod analyse;
pub mod archival;
mod brackets;
mod coded;
mod entries;
mod found;
mod ibid;
mod lints;
mod literature;
mod memory;
mod newspaper;
mod read;
pub mod registry;
mod segment;
mod western;

pub(crate) use brackets::bracket_items;
pub use read::read;
pub use segment::{segment, RawNote};
