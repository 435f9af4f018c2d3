//! The library: what every reader produces and every writer consumes.

use super::body::Paragraph;
use super::citation::{Citation, Note};
use super::entry::Entry;
use super::ids;
use crate::diagnostics::Diagnostic;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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
    /// The running text of an article, with the places of its note markers and
    /// the citations printed in it (empty for a bibliography or notes alone).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub body: Vec<Paragraph>,
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
        self.body.append(&mut other.body);
        self.diagnostics.append(&mut other.diagnostics);
        renames
    }
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
