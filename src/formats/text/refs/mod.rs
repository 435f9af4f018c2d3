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

mod anystyle;
mod evidence;
mod features;
mod imprint;
mod journal;
mod kinds;
mod labelled;
mod labels;
mod language;
mod leads;
mod lexicon;
mod merge;
mod namelist;
mod names;
mod normalise;
mod numbers;
mod parse;
mod patterns;
mod read;
mod respons;
mod runon;
mod script;
mod segment;
mod spans;
mod tagger;
mod tail;
mod title;
mod tokens;
mod volumes;

pub use anystyle::{read as read_anystyle_xml, write as write_anystyle_xml};
pub use features::features;
pub use labelled::{read_anystyle, read_grobid, read_labelled, write_anystyle, Labelled};
pub use labels::LABELS;
pub use parse::parse_rules;
pub use read::read;
pub(crate) use read::{parse_numbered, unparsed};
pub use script::latin_twin;
pub use segment::{segment, RawRef};
pub use tagger::{default_model, examples, gost_like, label, parse, parse_with, train};
pub use tokens::{tokenize, Token};
