//! CSL-JSON as Zotero imports it (`--zotero`).
//!
//! Zotero's CSL-JSON import keeps only the CSL variables its schema maps to an item
//! field (zotero/zotero-schema `schema.json`, section `csl`); every other key of an
//! item is dropped without a word. Zotero does, however, read "cheater" lines in
//! the item's Extra field (`archive-place: Moscow`, `compiler: Family || Given`)
//! and hands them to its citation processor, and CSL-JSON `note` becomes Extra.
//! So in this mode every variable Zotero does not map is written as such a line
//! in `note`, and what has no line form (the `custom` object: archival structure,
//! transliterations, name languages) is left out and reported. refconv's own
//! CSL-JSON reader reads the lines back into fields.

use super::table::archival_variables;
use crate::diagnostics::Diagnostic;
use crate::model::{Date, Entry, EntryType, Text, Value, VarKind};
use crate::model::{Name, Var};

/// The CSL variables Zotero's import maps, one row per variable: CSL name, Zotero
/// field(s) or creator type. From the `csl` section of zotero-schema's
/// `schema.json` (`fields.text`, `fields.date`, `names`).
pub const MAPPED: &[(&str, &str)] = &[
    // fields.text
    ("abstract", "abstractNote"),
    ("archive", "archive"),
    ("archive_location", "archiveLocation"),
    ("authority", "authority"),
    ("call-number", "callNumber, applicationNumber"),
    ("chapter-number", "session"),
    ("citation-key", "citationKey"),
    ("collection-number", "seriesNumber"),
    ("collection-title", "seriesTitle, series"),
    ("container-title", "publicationTitle, reporter, code"),
    ("dimensions", "artworkSize, runningTime"),
    ("DOI", "DOI"),
    ("edition", "edition"),
    ("event-place", "eventPlace"),
    ("event-title", "meetingName, conferenceName"),
    ("genre", "type, programmingLanguage"),
    ("ISBN", "ISBN"),
    ("ISSN", "ISSN"),
    ("issue", "issue, priorityNumbers"),
    ("journalAbbreviation", "journalAbbreviation"),
    ("language", "language"),
    ("license", "rights"),
    ("medium", "medium, system"),
    ("note", "extra"),
    ("number", "number"),
    ("number-of-pages", "numPages"),
    ("number-of-volumes", "numberOfVolumes"),
    ("original-publisher", "originalPublisher"),
    ("original-publisher-place", "originalPlace"),
    ("part-number", "partNumber"),
    ("part-title", "partTitle"),
    ("page", "pages"),
    ("PMID", "PMID"),
    ("PMCID", "PMCID"),
    ("publisher", "publisher"),
    ("publisher-place", "place"),
    ("references", "history, references"),
    ("scale", "scale"),
    ("section", "section, committee"),
    ("shortTitle", "shortTitle"),
    ("source", "libraryCatalog"),
    ("status", "status"),
    ("title", "title"),
    ("title-short", "shortTitle"),
    ("URL", "url"),
    ("version", "versionNumber"),
    ("volume", "volume, codeNumber"),
    // fields.date
    ("accessed", "accessDate"),
    ("issued", "date"),
    ("submitted", "filingDate"),
    ("original-date", "originalDate"),
    // names
    ("author", "author"),
    ("chair", "chair"),
    ("collection-editor", "seriesEditor"),
    ("composer", "composer"),
    ("container-author", "bookAuthor"),
    ("contributor", "contributor"),
    ("director", "director"),
    ("editor", "editor"),
    ("executive-producer", "executiveProducer"),
    ("guest", "guest"),
    ("host", "host"),
    ("interviewer", "interviewer"),
    ("narrator", "narrator"),
    ("organizer", "organizer"),
    ("original-author", "originalCreator"),
    ("performer", "castMember"),
    ("producer", "producer"),
    ("recipient", "recipient"),
    ("reviewed-author", "reviewedAuthor"),
    ("script-writer", "scriptwriter"),
    ("series-creator", "seriesCreator"),
    ("translator", "translator"),
];

/// The CSL types Zotero maps to an item type (`csl.types`).
pub const TYPES: &[(&str, &str)] = &[
    ("article", "preprint"),
    ("article-journal", "journalArticle"),
    ("article-magazine", "magazineArticle"),
    ("article-newspaper", "newspaperArticle"),
    ("bill", "bill"),
    ("book", "book"),
    ("broadcast", "tvBroadcast"),
    ("chapter", "bookSection"),
    ("dataset", "dataset"),
    ("document", "document"),
    ("entry-dictionary", "dictionaryEntry"),
    ("entry-encyclopedia", "encyclopediaArticle"),
    ("graphic", "artwork"),
    ("hearing", "hearing"),
    ("interview", "interview"),
    ("legal_case", "case"),
    ("legislation", "statute"),
    ("manuscript", "manuscript"),
    ("map", "map"),
    ("motion_picture", "film"),
    ("paper-conference", "conferencePaper"),
    ("patent", "patent"),
    ("personal_communication", "letter"),
    ("post", "forumPost"),
    ("post-weblog", "blogPost"),
    ("report", "report"),
    ("software", "computerProgram"),
    ("song", "audioRecording"),
    ("speech", "presentation"),
    ("standard", "standard"),
    ("thesis", "thesis"),
    ("webpage", "webpage"),
];

/// Whether a key of `custom` (an unmodelled field) is one Zotero's import reads
/// at the top level of an item.
pub fn maps_key(key: &str) -> bool {
    Var::from_alias(key).is_none() && MAPPED.iter().any(|(v, _)| *v == key)
}

/// Whether Zotero's CSL-JSON import keeps the variable (under its CSL name or,
/// for `title-short` and `container-title-short`, the legacy name Zotero reads).
pub fn maps(var: Var) -> bool {
    MAPPED.iter().any(|(v, _)| Var::from_alias(v) == Some(var))
}

/// The key Zotero reads the variable under, where it is not the CSL name.
pub fn key(var: Var) -> &'static str {
    match var {
        Var::ContainerTitleShort => "journalAbbreviation",
        Var::Part => "part-number",
        v => v.name(),
    }
}

/// The entry as Zotero will import it: archival data spelled out in `archive`,
/// `archive_location` and `archive-place`, every variable Zotero does not map
/// moved into `note` as a `variable: value` line. Losses are pushed to `lost`.
pub fn fold(e: &Entry, lost: &mut Vec<Diagnostic>) -> Entry {
    let mut out = e.clone();
    if let Some(a) = out.archival.take() {
        for (var, v) in archival_variables(&a) {
            if let Some(v) = v {
                out.fields.entry(var).or_insert_with(|| Value::Text(Text::plain(v)));
            }
        }
    }
    if !TYPES.iter().any(|(t, _)| *t == e.kind.name()) {
        lost.push(
            Diagnostic::warning(format!(
                "Zotero has no item type for CSL type `{}`; it will import the item as a document",
                e.kind.name()
            ))
            .entry(e.id.clone())
            .code("zotero-type"),
        );
        add_line(&mut out, format!("type: {}", e.kind.name()));
        out.kind = EntryType::Document;
    }
    let unmapped: Vec<Var> =
        out.fields.keys().copied().filter(|v| *v != Var::Note && !maps(*v)).collect();
    for var in unmapped {
        let Some(value) = out.fields.remove(&var) else { continue };
        for line in lines(var, &value) {
            add_line(&mut out, line);
        }
    }
    out
}

/// Appends a line to the entry's note.
fn add_line(e: &mut Entry, line: String) {
    match e.fields.get_mut(&Var::Note) {
        Some(Value::Text(t)) if !t.value.is_empty() => {
            t.value.push('\n');
            t.value.push_str(&line);
        }
        _ => {
            e.fields.insert(Var::Note, Value::Text(Text::plain(line)));
        }
    }
}

/// The `variable: value` lines of one field (one per name for name lists).
fn lines(var: Var, value: &Value) -> Vec<String> {
    let key = var.name();
    let one_line = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    match (var.kind(), value) {
        (VarKind::Names, Value::Names(names)) => {
            names.iter().map(|n| format!("{key}: {}", name_line(n))).collect()
        }
        (_, Value::Date(d)) => vec![format!("{key}: {}", date_line(d))],
        (_, Value::Text(t)) => vec![format!("{key}: {}", one_line(&t.value))],
        (_, Value::List(l)) => l.iter().map(|s| format!("{key}: {}", one_line(s))).collect(),
        (_, Value::Names(names)) => {
            names.iter().map(|n| format!("{key}: {}", name_line(n))).collect()
        }
    }
}

/// `Family || Given` (Zotero's two-field form) or the name as one piece.
fn name_line(n: &Name) -> String {
    if let Some(l) = &n.literal {
        return l.clone();
    }
    let family = [n.particle.as_deref(), n.family.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let given = [n.given.as_deref(), n.dropping_particle.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    match (family.is_empty(), given.is_empty()) {
        (false, false) => format!("{family} || {given}"),
        (false, true) => family,
        _ => given,
    }
}

/// EDTF where the date has one, else its literal text.
fn date_line(d: &Date) -> String {
    d.to_edtf().or_else(|| d.literal.clone()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Archival, Archive, Level, Unit};

    #[test]
    fn archival_entry_keeps_its_place_as_a_note_line() {
        let mut e = Entry::new("a", EntryType::Manuscript);
        e.archival = Some(Archival {
            archive: Archive {
                abbr: Some("AVP RF".into()),
                place: Some("Moscow".into()),
                ..Default::default()
            },
            units: vec![
                Unit { level: Level::Fond, value: "0146".into() },
                Unit { level: Level::Delo, value: "29".into() },
            ],
        });
        let mut lost = Vec::new();
        let z = fold(&e, &mut lost);
        assert!(lost.is_empty());
        assert!(z.archival.is_none());
        assert_eq!(z.text(Var::Archive), Some("AVP RF"));
        assert_eq!(z.text(Var::ArchiveLocation), Some("F. 0146. D. 29"));
        assert_eq!(z.text(Var::Note), Some("archive-place: Moscow"));
        assert!(!z.fields.contains_key(&Var::ArchivePlace));
    }

    #[test]
    fn names_dates_and_types_without_a_zotero_home() {
        let mut e = Entry::new("b", EntryType::Review);
        e.fields.insert(Var::Note, Value::Text(Text::plain("Seen 2020.")));
        e.fields.insert(
            Var::Compiler,
            Value::Names(vec![Name::person("Иванов", "И. И."), Name::literal("ИМЛИ")]),
        );
        e.fields.insert(Var::EventDate, Value::Date(Date::parse_edtf("1950-02-03").unwrap()));
        e.fields.insert(Var::Title, Value::Text(Text::plain("T")));
        let mut lost = Vec::new();
        let z = fold(&e, &mut lost);
        assert_eq!(lost.len(), 1, "{lost:?}");
        assert_eq!(z.kind, EntryType::Document);
        assert_eq!(
            z.text(Var::Note),
            Some(
                "Seen 2020.\ntype: review\ncompiler: Иванов || И. И.\ncompiler: ИМЛИ\n\
                 event-date: 1950-02-03"
            )
        );
        assert_eq!(z.text(Var::Title), Some("T"));
    }

    #[test]
    fn every_row_names_a_model_variable() {
        // `license` (CSL 1.1) is not a model variable: read into `extra`, and
        // written back at the top level by `item_for` in this mode.
        for (v, _) in MAPPED.iter().filter(|(v, _)| *v != "license") {
            assert!(Var::from_alias(v).is_some(), "{v}");
        }
        for (t, _) in TYPES {
            assert!(EntryType::from_alias(t).is_some(), "{t}");
        }
    }
}
