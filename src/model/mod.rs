//! The intermediate model: every reader produces a [`Library`], every writer
//! consumes one.
//!
//! Text values use CSL's rich-text markup (`<i>`, `<b>`, `<sup>`, `<sub>`,
//! `<span style="font-variant:small-caps;">`, `<span class="nocase">`) as the one
//! inline convention: readers translate their format's markup into it (BibTeX case
//! braces become `<span class="nocase">`), writers translate it out.

mod archival;
mod date;
pub mod ids;
pub mod inherit;
mod kind;
mod name;
mod text;
mod var;

pub use archival::{Archival, Archive, Level, Unit};
pub use date::{month_from_name, Date, DatePart, Season};
pub use kind::EntryType;
pub use name::Name;
pub use text::{Text, TextVariant, VariantKind};
pub use var::{Var, VarKind};

use crate::diagnostics::{Diagnostic, Span};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// An arbitrary value of a field the model does not know (kept as JSON so that
/// nothing is lost, whatever its shape).
pub type ExtraValue = serde_json::Value;

/// A converted document: entries, the citations of them, the notes that hold the
/// citations, and what was found along the way.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Library {
    /// The entries, in input order; ids are unique.
    #[serde(default)]
    pub entries: Vec<Entry>,
    /// Every occurrence of a citation, in input order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub citations: Vec<Citation>,
    /// Footnotes or endnotes, in input order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Note>,
    /// What readers and linters found.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub diagnostics: Vec<Diagnostic>,
}

impl Library {
    /// An empty library.
    pub fn new() -> Library {
        Library::default()
    }

    /// The entry with this id.
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// Appends another library, renaming its entry ids where they clash with ours
    /// (and the citations that point at them); returns the renames made.
    pub fn append(&mut self, mut other: Library) -> Vec<(String, String)> {
        let mut taken: std::collections::HashSet<String> =
            self.entries.iter().map(|e| e.id.clone()).collect();
        let mut renames = Vec::new();
        for e in &mut other.entries {
            let new = ids::unique(&e.id, &taken);
            if new != e.id {
                renames.push((e.id.clone(), new.clone()));
                e.id = new;
            }
            taken.insert(e.id.clone());
        }
        if !renames.is_empty() {
            let map: BTreeMap<&str, &str> =
                renames.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
            for c in &mut other.citations {
                for item in &mut c.items {
                    if let Some(new) = map.get(item.entry.as_str()) {
                        item.entry = (*new).to_string();
                    }
                }
            }
        }
        self.entries.append(&mut other.entries);
        self.citations.append(&mut other.citations);
        self.notes.append(&mut other.notes);
        self.diagnostics.append(&mut other.diagnostics);
        renames
    }
}

/// One citable thing: a book, an article, a chapter, a newspaper issue, an
/// archival file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Unique within the library, stable, and safe as a BibTeX key.
    pub id: String,
    /// The type.
    #[serde(rename = "type")]
    pub kind: EntryType,
    /// Typed fields, keyed by CSL variable.
    #[serde(default, deserialize_with = "de_fields")]
    pub fields: BTreeMap<Var, Value>,
    /// The structured archival unit, for archival files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archival: Option<Archival>,
    /// Every field the model does not know, as read, under its name in the source
    /// format.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extra: BTreeMap<String, ExtraValue>,
    /// Where the entry came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

impl Entry {
    /// An entry with no fields.
    pub fn new(id: impl Into<String>, kind: EntryType) -> Entry {
        Entry {
            id: id.into(),
            kind,
            fields: BTreeMap::new(),
            archival: None,
            extra: BTreeMap::new(),
            source: None,
        }
    }

    /// A field's value.
    pub fn get(&self, var: Var) -> Option<&Value> {
        self.fields.get(&var)
    }

    /// A text or number field as plain text (the printed form).
    pub fn text(&self, var: Var) -> Option<&str> {
        match self.fields.get(&var)? {
            Value::Text(t) => Some(t.value.as_str()),
            _ => None,
        }
    }

    /// Sets a field.
    pub fn set(&mut self, var: Var, value: impl Into<Value>) -> &mut Entry {
        self.fields.insert(var, value.into());
        self
    }
}

/// A field value. Its shape follows the variable's [`VarKind`]: text and number
/// variables hold [`Value::Text`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    /// Text, or a number variable kept as printed ("12", "40-42", "xii").
    Text(Text),
    /// Names, in order.
    Names(Vec<Name>),
    /// A date.
    Date(Date),
    /// A list of strings.
    List(Vec<String>),
}

impl Value {
    /// Reads a value of a variable of kind `kind` from its model-JSON form.
    pub fn from_json(kind: VarKind, v: serde_json::Value) -> Result<Value, serde_json::Error> {
        Ok(match kind {
            VarKind::Text | VarKind::Number => Value::Text(serde_json::from_value(v)?),
            VarKind::Names => Value::Names(serde_json::from_value(v)?),
            VarKind::Date => Value::Date(serde_json::from_value(v)?),
            VarKind::List => Value::List(serde_json::from_value(v)?),
        })
    }
}

fn de_fields<'de, D: serde::Deserializer<'de>>(d: D) -> Result<BTreeMap<Var, Value>, D::Error> {
    let raw = BTreeMap::<Var, serde_json::Value>::deserialize(d)?;
    raw.into_iter()
        .map(|(var, v)| {
            Value::from_json(var.kind(), v)
                .map(|v| (var, v))
                .map_err(|e| serde::de::Error::custom(format!("field `{}`: {e}", var.name())))
        })
        .collect()
}

impl Value {
    /// The kind of variable this value fits.
    pub fn kind(&self) -> VarKind {
        match self {
            Value::Text(_) => VarKind::Text,
            Value::Names(_) => VarKind::Names,
            Value::Date(_) => VarKind::Date,
            Value::List(_) => VarKind::List,
        }
    }

    /// Whether the value fits a variable of kind `kind`.
    pub fn fits(&self, kind: VarKind) -> bool {
        self.kind() == kind || (kind == VarKind::Number && matches!(self, Value::Text(_)))
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::Text(Text::plain(s))
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::Text(Text::plain(s))
    }
}

impl From<Text> for Value {
    fn from(t: Text) -> Value {
        Value::Text(t)
    }
}

impl From<Vec<Name>> for Value {
    fn from(n: Vec<Name>) -> Value {
        Value::Names(n)
    }
}

impl From<Date> for Value {
    fn from(d: Date) -> Value {
        Value::Date(d)
    }
}

/// Where something came from in the input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The byte span in the input.
    pub span: Span,
    /// The 1-based line of the span's start.
    pub line: usize,
    /// The raw text, kept by the plain-text readers (structured formats keep the span only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

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

impl Library {
    /// The same library with every source span removed (what a re-read of
    /// written output is compared with).
    pub fn without_sources(&self) -> Library {
        let mut lib = self.clone();
        for e in &mut lib.entries {
            e.source = None;
        }
        for c in &mut lib.citations {
            c.source = None;
        }
        for n in &mut lib.notes {
            n.source = None;
        }
        lib.diagnostics.clear();
        lib
    }
}
