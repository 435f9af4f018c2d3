//! Citations, their items and locators, and the notes that hold them.

use super::entry::Source;
use serde::{Deserialize, Serialize};

/// One occurrence of a citation: in a footnote, or in the running text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// Unique within the library.
    pub id: String,
    /// The footnote number, or 0 for a citation in the running text.
    pub note: u32,
    /// The cited entries, in order.
    pub items: Vec<CitationItem>,
    /// Where the citation is in the input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

/// One cited entry within a citation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CitationItem {
    /// The id of the cited entry.
    pub entry: String,
    /// The pinpoint: page, folio, ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locator: Option<Locator>,
    /// Text before the item ("For more information, see:").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    /// Text after the item ("emphasis added").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suffix: Option<String>,
    /// Leave the author out when rendering.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub suppress_author: bool,
    /// Render the author only.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub author_only: bool,
}

impl CitationItem {
    /// A plain citation of an entry.
    pub fn new(entry: impl Into<String>) -> CitationItem {
        CitationItem {
            entry: entry.into(),
            locator: None,
            prefix: None,
            suffix: None,
            suppress_author: false,
            author_only: false,
        }
    }
}

/// A pinpoint within a cited entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Locator {
    /// What is counted: `page`, `folio`, `volume`, ... (CSL locator labels).
    pub label: String,
    /// The value as printed, normalised to Latin ("132–134", "5 ob.", "1, 4").
    pub value: String,
}

/// CSL's locator labels (csl-citation.json).
pub const LOCATOR_LABELS: &[&str] = &[
    "act",
    "appendix",
    "article-locator",
    "book",
    "canon",
    "chapter",
    "column",
    "elocation",
    "equation",
    "figure",
    "folio",
    "issue",
    "line",
    "note",
    "opus",
    "page",
    "paragraph",
    "part",
    "rule",
    "scene",
    "section",
    "sub-verbo",
    "supplement",
    "table",
    "timestamp",
    "title-locator",
    "verse",
    "version",
    "volume",
];

/// What a note does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum NoteKind {
    /// Cites an archival file.
    Archival,
    /// Cites a newspaper issue.
    Newspaper,
    /// Cites published literature.
    Literature,
    /// Points at the numbered reference list ("see: [16-20]").
    CrossReference,
    /// "Ibid." / "Там же."
    Ibid,
    /// Commentary (may still hold citations).
    #[default]
    Commentary,
}

/// A footnote or endnote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    /// The note number as printed.
    pub number: u32,
    /// The text, joined across lines.
    pub text: String,
    /// What the note does.
    #[serde(default)]
    pub kind: NoteKind,
    /// For an ibid note ("Ibid. L. 5."): the number of the note it repeats.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ibid_of: Option<u32>,
    /// Where the note is in the input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}
