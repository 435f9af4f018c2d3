//! The reader's state: the library being built, its diagnostics, and one entry
//! per archival file, newspaper issue or numbered-list reference cited.

use super::archival::Cited;
use super::found::ArchiveRef;
use super::registry::{fold, Registry};
use super::segment::RawNote;
use crate::diagnostics::{Diagnostic, LineIndex};
use crate::model::{
    ids, Archival, Archive, Date, Entry, EntryType, Level, Library, Source, Unit, Var,
};
use std::collections::HashMap;

pub(super) struct Cx<'a> {
    pub(super) lib: Library,
    pub(super) diags: Vec<Diagnostic>,
    pub(super) index: &'a LineIndex<'a>,
    pub(super) registry: Registry,
    /// Entry key (archive key + path, newspaper + date, list number) -> id.
    pub(super) by_key: HashMap<String, String>,
    /// Ids in use.
    pub(super) taken: std::collections::HashSet<String>,
}

impl Cx<'_> {
    pub(super) fn at(&self, n: &RawNote, d: Diagnostic) -> Diagnostic {
        d.at(n.span, self.index).note(n.number)
    }

    pub(super) fn issues(&mut self, n: &RawNote, c: &Cited) {
        for i in &c.issues {
            let d = self.at(n, Diagnostic::warning(i.message.clone())).code(i.code);
            self.diags.push(d);
        }
    }

    fn add(&mut self, key: String, mut e: Entry, n: &RawNote) -> String {
        if let Some(id) = self.by_key.get(&key) {
            return id.clone();
        }
        e.id = ids::unique(&e.id, &self.taken);
        self.taken.insert(e.id.clone());
        e.source = Some(Source {
            span: n.span,
            line: self.index.line_col(n.span.start).0,
            text: Some(n.text.clone()),
        });
        let id = e.id.clone();
        self.by_key.insert(key, id.clone());
        self.lib.entries.push(e);
        id
    }

    pub(super) fn archival_entry(
        &mut self,
        archive: Option<&ArchiveRef>,
        units: &[(Level, String)],
        n: &RawNote,
    ) -> String {
        let a = archive.map(ArchiveRef::archive).unwrap_or_default();
        let akey = archive.map(ArchiveRef::key).unwrap_or_default();
        let key = format!(
            "arch|{}|{}",
            fold(&akey),
            units.iter().map(|(l, v)| format!("{}={v}", l.name())).collect::<Vec<_>>().join("|")
        );
        let mut e = Entry::new(String::new(), EntryType::Manuscript);
        let cyrillic_archive =
            a.name.as_deref().is_some_and(|s| s.chars().any(|c| matches!(c, 'А'..='я')));
        if cyrillic_archive {
            e.set(Var::Language, "ru");
        }
        e.archival = Some(Archival {
            archive: Archive { key: a.key.clone(), ..a },
            units: units.iter().map(|(l, v)| Unit { level: l.clone(), value: v.clone() }).collect(),
        });
        // Readable ids from the registry key ("avprf-0146-30-282-29").
        let mut for_id = e.clone();
        if let Some(arch) = for_id.archival.as_mut() {
            if let Some(k) = &arch.archive.key {
                arch.archive.abbr = Some(k.clone());
            } else if let Some(abbr) = &arch.archive.abbr {
                arch.archive.abbr = Some(initials(abbr));
            }
        }
        e.id = ids::derive(&for_id);
        self.add(key, e, n)
    }

    pub(super) fn newspaper_entry(
        &mut self,
        title: &str,
        date: &Date,
        place: Option<&str>,
        n: &RawNote,
    ) -> String {
        let edtf = date.to_edtf().unwrap_or_default();
        let key = format!("news|{}|{edtf}", fold(title));
        let mut e = Entry::new(String::new(), EntryType::ArticleNewspaper);
        e.set(Var::ContainerTitle, title);
        e.set(Var::Issued, date.clone());
        if let Some(p) = place {
            e.set(Var::PublisherPlace, p);
        }
        if title.chars().any(|c| matches!(c, 'А'..='я')) {
            e.set(Var::Language, "ru");
        }
        let t = ids::sanitize(title).to_lowercase().replace('_', "");
        e.id = if edtf.is_empty() { t } else { format!("{t}-{edtf}") };
        e.id = ids::sanitize(&e.id);
        self.add(key, e, n)
    }

    pub(super) fn list_entry(&mut self, number: u32) -> String {
        let key = format!("list|{number}");
        if let Some(id) = self.by_key.get(&key) {
            return id.clone();
        }
        // The numbered list is not part of this input: an entry that says which
        // number it stands for, to be joined with the list (see `article`).
        let mut e =
            Entry::new(ids::unique(&format!("ref-{number}"), &self.taken), EntryType::Document);
        self.taken.insert(e.id.clone());
        e.set(Var::CitationNumber, number.to_string());
        e.extra.insert("placeholder".into(), serde_json::Value::String("numbered-list".into()));
        let id = e.id.clone();
        self.by_key.insert(key, id.clone());
        self.lib.entries.push(e);
        id
    }
}

/// Initials of a long unknown archive name, for ids ("Архив УФСБ РФ по ..." -> "AUFSBRPRME").
fn initials(s: &str) -> String {
    if s.chars().count() <= 12 {
        return s.to_string();
    }
    s.split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_alphanumeric())
        .take(10)
        .collect()
}
