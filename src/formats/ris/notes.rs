//! `N1` lines that are fields: EndNote's and ProCite's labelled lines (`Call
//! Number: …`), the `variable: value` lines the writer gives a variable with no
//! tag, and the archival structure.
//!
//! Archival entries in RIS: the archive in `DB` and the location in the archive
//! in `AN`, as Zotero's RIS translator reads and writes them ("Archive", "Loc. in
//! Archive"), and the structured units in `N1` lines of the same `name: value`
//! form the BibTeX writer uses for its fields (`archive_units: fond=0146,
//! opis=30`), which every reference manager keeps as a note.

use crate::model::{
    Archival, Archive, Date, Entry, ExtraValue, Level, Name, Unit, Value, Var, VarKind,
};

/// The `N1` keys of the archival structure, in the order written.
const KEYS: &[&str] =
    &["archive_units", "archive_key", "archive_name", "archive_name_en", "archive_place"];

/// Reads the `N1` lines back: the first N1 is in `note`, the others in
/// `extra["N1"]` (see the reader). Archival lines build the structure (and the
/// `DB`/`AN` values it derives are dropped); `variable: value` lines of a CSL
/// variable the entry does not have yet set it (what the writer puts there for
/// a variable with no tag); the other notes stay notes.
pub(super) fn gather(e: &mut Entry) {
    let mut all: Vec<String> = Vec::new();
    if let Some(Value::Text(t)) = e.fields.remove(&Var::Note) {
        all.push(t.value);
    }
    match e.extra.remove("N1") {
        Some(ExtraValue::Array(a)) => {
            all.extend(a.into_iter().filter_map(|v| v.as_str().map(String::from)))
        }
        Some(ExtraValue::String(s)) => all.push(s),
        _ => {}
    }
    let mut found: Vec<(&'static str, String)> = Vec::new();
    let mut rest: Vec<String> = Vec::new();
    for n in all {
        let Some((k, v)) = n.split_once(": ") else {
            rest.push(n);
            continue;
        };
        if let Some(key) = KEYS.iter().find(|key| **key == k) {
            found.push((key, v.trim().to_string()));
        } else if !variable_line(e, k, v.trim()) && !labelled_line(e, k, v.trim()) {
            rest.push(n);
        }
    }
    let mut rest = rest.into_iter();
    if let Some(first) = rest.next() {
        e.set(Var::Note, first);
    }
    for s in rest {
        super::fields::keep_extra(e, "N1", &s);
    }
    let get = |k: &str| found.iter().find(|(key, _)| *key == k).map(|(_, v)| v.clone());
    let Some(units) = get("archive_units") else {
        return;
    };
    let units = units
        .split(", ")
        .filter_map(|u| {
            let (l, v) = u.split_once('=')?;
            Some(Unit { level: Level::from_name(l.trim()), value: v.trim().to_string() })
        })
        .collect();
    let name = get("archive_name");
    // DB holds the abbreviation, or the name when the archive has none.
    let db = e.text(Var::Archive).map(str::to_string);
    let a = Archival {
        archive: Archive {
            key: get("archive_key"),
            abbr: db.clone().filter(|d| Some(d) != name.as_ref()),
            name,
            name_en: get("archive_name_en"),
            place: get("archive_place"),
        },
        units,
    };
    if e.text(Var::ArchiveLocation) == Some(a.location().as_str()) {
        e.fields.remove(&Var::ArchiveLocation);
    }
    if db.is_some() {
        e.fields.remove(&Var::Archive);
    }
    e.archival = Some(a);
}

/// The `DB` and `AN` values and the `N1` lines of an entry's archival structure.
pub(super) fn archival_lines(e: &Entry) -> (Option<String>, Option<String>, Vec<String>) {
    let Some(a) = &e.archival else {
        return (None, None, Vec::new());
    };
    let text = |var: Var| match e.get(var) {
        Some(Value::Text(t)) => Some(t.value.clone()),
        _ => None,
    };
    let db = text(Var::Archive).or_else(|| a.archive.abbr.clone());
    // A structure with no abbreviation keeps its name in `N1` and writes it in DB.
    let db = db.or_else(|| a.archive.name.clone());
    let an = text(Var::ArchiveLocation).or_else(|| Some(a.location()).filter(|l| !l.is_empty()));
    let units: Vec<String> =
        a.units.iter().map(|u| format!("{}={}", u.level.name(), u.value)).collect();
    let mut n1 = vec![format!("archive_units: {}", units.join(", "))];
    for (k, v) in [
        ("archive_key", &a.archive.key),
        ("archive_name", &a.archive.name),
        ("archive_name_en", &a.archive.name_en),
        ("archive_place", &a.archive.place),
    ] {
        if let Some(v) = v {
            n1.push(format!("{k}: {v}"));
        }
    }
    (db, an, n1)
}

/// Sets a variable from a `variable: value` line, if the entry has none yet.
fn variable_line(e: &mut Entry, k: &str, v: &str) -> bool {
    let Some(var) = Var::from_name(k) else {
        return false;
    };
    if var == Var::Note || v.is_empty() {
        return false;
    }
    match (var.kind(), e.fields.get_mut(&var)) {
        (VarKind::Names, Some(Value::Names(list))) => list.push(cheater_name(v)),
        (_, Some(_)) => return false,
        (VarKind::Names, None) => {
            e.set(var, vec![cheater_name(v)]);
        }
        (VarKind::Date, None) => {
            e.set(var, Date::parse_edtf(v).unwrap_or_else(|| Date::literal(v)));
        }
        (VarKind::List, None) => {
            e.set(var, Value::List(v.split(", ").map(String::from).collect()));
        }
        (VarKind::Text | VarKind::Number, None) => {
            e.set(var, v);
        }
    }
    true
}

/// `Family || Given`, or a name taken whole.
fn cheater_name(v: &str) -> Name {
    match v.split_once("||") {
        Some((f, g)) => Name {
            family: Some(f.trim().to_string()),
            given: Some(g.trim().to_string()).filter(|g| !g.is_empty()),
            ..Name::default()
        },
        None => Name::literal(v),
    }
}

/// The labelled `N1` lines of Reference Manager and ProCite exports, for fields
/// their RIS has no tag for.
const LABELS: &[(&str, Var)] = &[
    ("Call Number", Var::CallNumber),
    ("Series Title", Var::CollectionTitle),
    ("Series Volume ID", Var::CollectionNumber),
    ("Series Volume Identification", Var::CollectionNumber),
    ("Version", Var::Version),
    ("Place of Publication", Var::PublisherPlace),
    ("Proceedings Title", Var::ContainerTitle),
    ("Language", Var::Language),
    ("Edition", Var::Edition),
    ("ISBN", Var::Isbn),
    ("Publisher Name", Var::Publisher),
    ("Page(s)", Var::Page),
    ("Issue ID", Var::Issue),
    ("Issue Identification", Var::Issue),
    ("Scale", Var::Scale),
    ("Size", Var::Dimensions),
    // Misspelt so in ProCite's export filter.
    ("Histroy", Var::References),
];

/// Sets a field from a labelled line, if the entry has none yet.
fn labelled_line(e: &mut Entry, k: &str, v: &str) -> bool {
    // ProCite writes a book's or chapter's edition in `VL` and its volume in an
    // `N1  - Volume ID: …` line.
    if k == "Volume ID" && !v.is_empty() {
        if e.get(Var::Edition).is_none() {
            if let Some(vl) = e.fields.remove(&Var::Volume) {
                e.fields.insert(Var::Edition, vl);
            }
        }
        if e.get(Var::Volume).is_none() {
            e.set(Var::Volume, v);
            return true;
        }
        return false;
    }
    match LABELS.iter().find(|(l, _)| *l == k) {
        Some((_, var)) if e.get(*var).is_none() && !v.is_empty() => {
            e.set(*var, v);
            true
        }
        _ => false,
    }
}
