//! Numbered reference lists (`refs`): GOST R 7.0.5 / 7.0.100 in Cyrillic, the
//! transliterated "References" of Russian journals, and English styles
//! (Chicago, APA, Vancouver). First version: segmentation, names, titles with
//! their bracketed translations, containers, imprint, dates, pages, volume and
//! issue, DOIs and URLs; measured on `gold-dev/numbered.txt` by
//! `tests/gold_refs.rs`.
//!
//! The stages, each using only those listed before it:
//! - `patterns` (the regular-expression helpers) and `script` (Cyrillic and
//!   Latin letters);
//! - `names` (author and editor lists) and `numbers` (journal numbers, pages,
//!   years);
//! - `journal` (journal and newspaper tails) and `imprint` (places,
//!   publishers);
//! - `title` (where a title ends), then `tail` (what follows it), then `parse`
//!   (one reference);
//! - `segment` (a list into references) and `merge` (the Cyrillic and
//!   transliterated forms of one reference);
//! - `read` (the reader).

mod imprint;
mod journal;
mod merge;
mod names;
mod numbers;
mod parse;
mod patterns;
mod read;
mod script;
mod segment;
mod tail;
mod title;

pub use parse::parse;
pub use read::read;
pub(crate) use read::{parse_numbered, unparsed};
pub use segment::{segment, RawRef};
