//! The ids of the labels the repairs look at, and the span they work on.

use std::sync::OnceLock;

use super::super::labels::id;

/// A span: label id, start, end (bytes of the reference).
pub(super) type Span = (u16, usize, usize);

/// The ids of the labels these repairs look at, looked up once.
pub(super) struct Ids {
    pub(super) author: u16,
    pub(super) editor: u16,
    pub(super) translator: u16,
    pub(super) compiler: u16,
    pub(super) title: u16,
    pub(super) date: u16,
    pub(super) journal: u16,
    pub(super) container: u16,
    pub(super) series: u16,
    pub(super) accessed: u16,
    pub(super) note: u16,
    pub(super) genre: u16,
    pub(super) pages: u16,
    pub(super) volume: u16,
    pub(super) url: u16,
    pub(super) doi: u16,
    pub(super) location: u16,
    pub(super) publisher: u16,
    pub(super) number: u16,
}

/// Whether a part holds a year: four digits standing alone.
pub(super) fn has_year(s: &str) -> bool {
    let b = s.as_bytes();
    b.windows(4).enumerate().any(|(i, w)| {
        w.iter().all(u8::is_ascii_digit)
            && (i == 0 || !b[i - 1].is_ascii_digit())
            && b.get(i + 4).is_none_or(|c| !c.is_ascii_digit())
    })
}

pub(super) fn ids() -> Option<&'static Ids> {
    static IDS: OnceLock<Option<Ids>> = OnceLock::new();
    IDS.get_or_init(|| {
        Some(Ids {
            author: id("author")?,
            editor: id("editor")?,
            translator: id("translator")?,
            compiler: id("compiler")?,
            title: id("title")?,
            date: id("date")?,
            journal: id("journal")?,
            container: id("container-title")?,
            series: id("collection-title")?,
            accessed: id("accessed")?,
            note: id("note")?,
            genre: id("genre")?,
            pages: id("pages")?,
            volume: id("volume")?,
            url: id("url")?,
            doi: id("doi")?,
            location: id("location")?,
            publisher: id("publisher")?,
            number: id("citation-number")?,
        })
    })
    .as_ref()
}
