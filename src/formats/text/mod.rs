//! Printed text: whole articles ([`article`]), footnotes ([`notes`]) and numbered
//! reference lists ([`refs`]), and the detection of which one a text is.

pub mod article;
mod detect;
pub mod notes;
pub mod refs;

pub use detect::{detect, TextKind};

use crate::error::Error;
use crate::options::{Parsed, ReadOptions};

/// Reads plain text with the reader [`detect`] picks for it.
///
/// ```
/// use refconv::{formats::text, ReadOptions};
/// let p = text::read("1. Тарле Е. В. Наполеон. М.: Наука, 1991. 448 с.\n", &ReadOptions::default()).unwrap();
/// assert_eq!(p.library.entries.len(), 1);
/// ```
pub fn read(src: &str, opts: &ReadOptions) -> Result<Parsed, Error> {
    match detect(src) {
        TextKind::Article => article::read(src, opts),
        TextKind::Refs => refs::read(src, opts),
        TextKind::Notes => notes::read(src, opts),
    }
}
