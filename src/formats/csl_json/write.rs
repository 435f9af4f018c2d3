//! CSL-JSON writer: canonical output (2-D integer `date-parts`, keys sorted,
//! 2-space indent, trailing newline), valid against `csl-data.json`.
//!
//! What CSL has no variable for goes to `custom` (schema-valid, and read back by
//! our reader): the archival structure (`custom.archival`), languages and
//! translations of text fields (`custom.text-variants`), name languages
//! (`custom.name-langs`), and every `extra` field under its own name.

use super::table::{
    archival_variables, note_has_fields, CUSTOM_ARCHIVAL, CUSTOM_DATE_QUALIFIERS, CUSTOM_INHERITED,
    CUSTOM_NAME_LANGS, CUSTOM_NOTE_IS_TEXT, CUSTOM_TEXT_VARIANTS,
};
use super::zotero;
use crate::diagnostics::Diagnostic;
use crate::error::Error;
use crate::model::{Date, DatePart, Entry, Season, Value};
use crate::model::{Library, Name, Var};
use crate::options::WriteOptions;
use serde_json::{json, Map, Value as Json};

/// Writes the library's entries as a CSL-JSON array.
pub fn write(
    lib: &Library,
    out: &mut dyn std::io::Write,
    opts: &WriteOptions,
) -> Result<Vec<Diagnostic>, Error> {
    let mut array = ArrayWriter::default();
    let mut lost = array.entries(&lib.entries, &[], out, opts)?;
    array.finish(out)?;
    lost.extend(entries_only(lib, "csl-json"));
    Ok(lost)
}

/// Writes one CSL-JSON array a batch of entries at a time, for inputs read in chunks:
/// the same bytes as [`write()`] of all the entries at once.
#[derive(Debug, Default)]
pub struct ArrayWriter {
    array: PrettyArray,
}

impl ArrayWriter {
    /// Writes `entries` as items; `parents` are entries elsewhere in the input that
    /// these may inherit fields from (`crossref`/`xdata`).
    pub fn entries(
        &mut self,
        entries: &[Entry],
        parents: &[Entry],
        out: &mut dyn std::io::Write,
        opts: &WriteOptions,
    ) -> Result<Vec<Diagnostic>, Error> {
        each_item(entries, parents, opts, &mut |item| self.array.push(&item, out))
    }

    /// Closes the array.
    pub fn finish(self, out: &mut dyn std::io::Write) -> Result<(), Error> {
        self.array.finish(out)
    }
}

/// A JSON array written element by element, never as one tree: the same bytes as
/// `to_vec_pretty` of the whole array (2-space indent, trailing newline), in a
/// fraction of the memory.
#[derive(Debug, Default)]
pub(crate) struct PrettyArray {
    written: usize,
    buf: Vec<u8>,
    indented: Vec<u8>,
}

impl PrettyArray {
    /// Writes one element.
    pub(crate) fn push(&mut self, v: &Json, out: &mut dyn std::io::Write) -> Result<(), Error> {
        self.buf.clear();
        serde_json::to_writer_pretty(&mut self.buf, v).map_err(std::io::Error::from)?;
        self.indented.clear();
        self.indented.extend_from_slice(if self.written == 0 { b"[\n  " } else { b",\n  " });
        for &b in &self.buf {
            self.indented.push(b);
            if b == b'\n' {
                self.indented.extend_from_slice(b"  ");
            }
        }
        out.write_all(&self.indented)?;
        self.written += 1;
        Ok(())
    }

    /// Closes the array.
    pub(crate) fn finish(self, out: &mut dyn std::io::Write) -> Result<(), Error> {
        out.write_all(if self.written == 0 { b"[]\n" } else { b"\n]\n" })?;
        Ok(())
    }
}

/// Writes the library's entries as CSL-JSON Lines: one compact item per line,
/// keys sorted, the same items [`write()`] writes.
pub fn write_lines(
    lib: &Library,
    out: &mut dyn std::io::Write,
    opts: &WriteOptions,
) -> Result<Vec<Diagnostic>, Error> {
    let mut lost = write_lines_of(&lib.entries, &[], out, opts)?;
    lost.extend(entries_only(lib, "csl-jsonl"));
    Ok(lost)
}

/// Writes `entries` as CSL-JSON Lines; `parents` are entries elsewhere in the input
/// that these may inherit fields from (`crossref`/`xdata`).
pub fn write_lines_of(
    entries: &[Entry],
    parents: &[Entry],
    out: &mut dyn std::io::Write,
    opts: &WriteOptions,
) -> Result<Vec<Diagnostic>, Error> {
    let mut buf = Vec::new();
    each_item(entries, parents, opts, &mut |item| {
        buf.clear();
        serde_json::to_writer(&mut buf, &item).map_err(std::io::Error::from)?;
        buf.push(b'\n');
        out.write_all(&buf)?;
        Ok(())
    })
}

/// Hands each of `entries` to `emit` as a CSL-JSON item, in order, with what it
/// inherits from `parents` or the other entries filled in; returns what could not
/// be represented.
fn each_item(
    entries: &[Entry],
    parents: &[Entry],
    opts: &WriteOptions,
    emit: &mut dyn FnMut(Json) -> Result<(), Error>,
) -> Result<Vec<Diagnostic>, Error> {
    let mut lost = Vec::new();
    let index = parents.iter().chain(entries).map(|e| (e.id.as_str(), e)).collect();
    for e in entries {
        emit(Json::Object(item_for(e, &index, &mut lost, opts)))?;
    }
    Ok(lost)
}

/// The warning that a format holding entries only leaves the notes and citations out.
fn entries_only(lib: &Library, format: &str) -> Option<Diagnostic> {
    (!lib.notes.is_empty() || !lib.citations.is_empty() || !lib.body.is_empty()).then(|| {
        Diagnostic::warning(format!(
            "{format} holds entries only: {} notes and {} citations not written{}",
            lib.notes.len(),
            lib.citations.len(),
            running_text(lib)
        ))
        .hint("write `csl-citations` for the citations, or `tei`/`json` for the notes")
    })
}

/// One entry as [`item_in`] writes it, or, with `opts.zotero`, as Zotero imports
/// it: see [`super::zotero`].
pub fn item_for(
    e: &Entry,
    index: &std::collections::HashMap<&str, &Entry>,
    lost: &mut Vec<Diagnostic>,
    opts: &WriteOptions,
) -> Map<String, Json> {
    if !opts.zotero {
        return item_in(e, index, lost);
    }
    let mut full = e.clone();
    full.fields.extend(crate::model::inherit::inherited(e, index));
    let folded = zotero::fold(&full, lost);
    let mut m = item(&folded, lost);
    if let Some(Json::Object(custom)) = m.remove("custom") {
        let mut dropped = Vec::new();
        for (k, v) in custom {
            if zotero::maps_key(&k) && v.is_string() && !m.contains_key(&k) {
                m.insert(k, v);
            } else if k != CUSTOM_NOTE_IS_TEXT {
                dropped.push(k);
            }
        }
        if !dropped.is_empty() {
            lost.push(
                Diagnostic::warning(format!(
                    "Zotero does not import `custom`; left out: {}",
                    dropped.join(", ")
                ))
                .entry(e.id.clone())
                .code("zotero-custom")
                .hint("write csl-json without --zotero, or tei/json, to keep them"),
            );
        }
    }
    let renames: Vec<String> = m
        .keys()
        .filter(|k| Var::from_name(k).is_some_and(|v| zotero::key(v) != v.name()))
        .cloned()
        .collect();
    for k in renames {
        if let (Some(v), Some(var)) = (m.remove(&k), Var::from_name(&k)) {
            m.insert(zotero::key(var).into(), v);
        }
    }
    m
}

/// One entry of a library (`index`: id -> entry) as a CSL-JSON item, with the
/// fields it inherits through `crossref`/`xdata` filled in (CSL has no such
/// links) and listed in `custom.inherited`, so that our reader can take them
/// out again.
pub fn item_in(
    e: &Entry,
    index: &std::collections::HashMap<&str, &Entry>,
    lost: &mut Vec<Diagnostic>,
) -> Map<String, Json> {
    let got = crate::model::inherit::inherited(e, index);
    if got.is_empty() {
        return item(e, lost);
    }
    let mut full = e.clone();
    let names: Vec<Json> = got.keys().map(|v| Json::String(v.name().into())).collect();
    full.fields.extend(got);
    let mut m = item(&full, lost);
    if let Some(Json::Object(c)) = m.get_mut("custom") {
        c.insert(CUSTOM_INHERITED.into(), Json::Array(names));
    }
    m
}

/// One entry as a CSL-JSON item; what cannot be represented is pushed to `lost`.
pub fn item(e: &Entry, lost: &mut Vec<Diagnostic>) -> Map<String, Json> {
    let mut m = Map::new();
    let mut custom = Map::new();
    let mut variants = Map::new();
    let mut name_langs = Map::new();
    let mut qualifiers = Map::new();
    m.insert("id".into(), Json::String(e.id.clone()));
    m.insert("type".into(), Json::String(e.kind.name().into()));
    for (var, value) in &e.fields {
        let key = var.name().to_string();
        let v = match value {
            Value::Text(t) => {
                if t.lang.is_some() || !t.variants.is_empty() {
                    let mut o = Map::new();
                    if let Some(l) = &t.lang {
                        o.insert("lang".into(), Json::String(l.clone()));
                    }
                    if !t.variants.is_empty() {
                        o.insert(
                            "variants".into(),
                            serde_json::to_value(&t.variants).unwrap_or_default(),
                        );
                    }
                    variants.insert(key.clone(), Json::Object(o));
                }
                Json::String(t.value.clone())
            }
            Value::Names(names) => {
                if names.iter().any(|n| n.lang.is_some()) {
                    name_langs.insert(
                        key.clone(),
                        Json::Array(
                            names
                                .iter()
                                .map(|n| n.lang.clone().map_or(Json::Null, Json::String))
                                .collect(),
                        ),
                    );
                }
                Json::Array(names.iter().map(name).collect())
            }
            Value::Date(d) => match date(d) {
                Some(v) => {
                    if d.uncertain {
                        // CSL has only `circa`; the EDTF qualifier goes to `custom`.
                        let q = if d.approximate { "%" } else { "?" };
                        qualifiers.insert(key.clone(), Json::String(q.into()));
                    }
                    v
                }
                None => continue,
            },
            Value::List(l) => Json::Array(l.iter().cloned().map(Json::String).collect()),
        };
        m.insert(key, v);
    }
    if let Some(a) = &e.archival {
        let mut o = Map::new();
        let mut put = |k: &str, v: &Option<String>| {
            if let Some(v) = v {
                o.insert(k.into(), Json::String(v.clone()));
            }
        };
        put("archive_key", &a.archive.key);
        put("archive", &a.archive.abbr);
        put("archive_name", &a.archive.name);
        put("archive_name_en", &a.archive.name_en);
        put("archive_place", &a.archive.place);
        o.insert(
            "units".into(),
            Json::Array(
                a.units
                    .iter()
                    .map(|u| json!({"level": u.level.name(), "value": u.value}))
                    .collect(),
            ),
        );
        custom.insert(CUSTOM_ARCHIVAL.into(), Json::Object(o));
        // Zotero maps only `archive` and `archive_location`: make them self-sufficient.
        for (var, v) in archival_variables(a) {
            if let (Some(v), false) = (v, e.fields.contains_key(&var)) {
                m.insert(var.name().into(), Json::String(v));
            }
        }
    }
    if !variants.is_empty() {
        custom.insert(CUSTOM_TEXT_VARIANTS.into(), Json::Object(variants));
    }
    if !name_langs.is_empty() {
        custom.insert(CUSTOM_NAME_LANGS.into(), Json::Object(name_langs));
    }
    if !qualifiers.is_empty() {
        custom.insert(CUSTOM_DATE_QUALIFIERS.into(), Json::Object(qualifiers));
    }
    if e.text(Var::Note).is_some_and(note_has_fields) {
        // Keep a note such as "PMID: 123" as text on re-reading.
        custom.insert(CUSTOM_NOTE_IS_TEXT.into(), Json::Bool(true));
    }
    for (k, v) in &e.extra {
        if custom.contains_key(k) {
            lost.push(
                Diagnostic::warning(format!(
                    "extra field `{k}` clashes with refconv's own `custom.{k}`; not written"
                ))
                .entry(e.id.clone()),
            );
            continue;
        }
        custom.insert(k.clone(), v.clone());
    }
    if !custom.is_empty() {
        m.insert("custom".into(), Json::Object(custom));
    }
    m
}

fn name(n: &Name) -> Json {
    let mut o = Map::new();
    let mut put = |k: &str, v: &Option<String>| {
        if let Some(v) = v {
            o.insert(k.into(), Json::String(v.clone()));
        }
    };
    put("family", &n.family);
    put("given", &n.given);
    put("non-dropping-particle", &n.particle);
    put("dropping-particle", &n.dropping_particle);
    put("suffix", &n.suffix);
    put("literal", &n.literal);
    if n.comma_suffix {
        o.insert("comma-suffix".into(), Json::Bool(true));
    }
    if n.static_ordering {
        o.insert("static-ordering".into(), Json::Bool(true));
    }
    Json::Object(o)
}

/// A date in canonical CSL form; `None` if it has nothing to write.
fn date(d: &Date) -> Option<Json> {
    let mut o = Map::new();
    if let Some(start) = &d.start {
        let range = d.end.is_some();
        let mut rows = vec![parts(start, range, false)];
        if let Some(end) = &d.end {
            rows.push(parts(end, true, true));
        }
        o.insert("date-parts".into(), Json::Array(rows));
        if !range && start.month.is_none() {
            match &start.season {
                Some(Season::Named(s)) => {
                    o.insert("season".into(), Json::String(s.clone()));
                }
                Some(s) => {
                    o.insert("season".into(), json!(s.number()));
                }
                None => {}
            }
        }
    }
    if d.approximate || d.uncertain {
        o.insert("circa".into(), Json::Bool(true));
    }
    if let Some(l) = &d.literal {
        o.insert("literal".into(), Json::String(l.clone()));
    }
    if o.is_empty() || (d.start.is_none() && d.literal.is_none()) {
        return None;
    }
    Some(Json::Object(o))
}

/// `[year, month, day]`; in a range, a season is written as an EDTF pseudo-month
/// (21..24), as Zotero does, because CSL's `season` applies to the whole date.
fn parts(p: &DatePart, range: bool, is_end: bool) -> Json {
    // The model counts years astronomically (EDTF, biblatex: 0 = 1 BC); CSL counts
    // BC years as negatives with no year 0 (-1 = 1 BC). A 0 at the end of a range
    // is CSL's open end (`[[1987], [0]]`) and stays 0.
    let open_end = is_end && p.year == 0 && p.month.is_none() && p.season.is_none();
    let year = if p.year <= 0 && !open_end { p.year.saturating_sub(1) } else { p.year };
    let mut v = vec![json!(year)];
    if let Some(m) = p.month {
        v.push(json!(m));
        if let Some(d) = p.day {
            v.push(json!(d));
        }
    } else if let (true, Some(n)) = (range, p.season.as_ref().and_then(Season::number)) {
        v.push(json!(20 + n));
    }
    Json::Array(v)
}

/// ", nor the running text (N paragraphs)" when the library has one.
fn running_text(lib: &Library) -> String {
    match lib.body.len() {
        0 => String::new(),
        n => format!(", nor the running text ({n} paragraphs)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Archival, Archive, EntryType, Level, Text, TextVariant, Unit, VariantKind};

    #[test]
    fn archival_entries_are_self_sufficient_for_zotero() {
        let mut e = Entry::new("avprf-0146-30-282-29", EntryType::Manuscript);
        e.archival = Some(Archival {
            archive: Archive {
                abbr: Some("AVP RF".into()),
                place: Some("Moscow".into()),
                ..Archive::default()
            },
            units: vec![
                Unit { level: Level::Fond, value: "0146".into() },
                Unit { level: Level::Opis, value: "30".into() },
                Unit { level: Level::Papka, value: "282".into() },
                Unit { level: Level::Delo, value: "29".into() },
            ],
        });
        let m = item(&e, &mut Vec::new());
        assert_eq!(m["archive"], "AVP RF");
        assert_eq!(m["archive_location"], "F. 0146. Op. 30. P. 282. D. 29");
        assert_eq!(m["archive-place"], "Moscow");
        assert_eq!(m["custom"]["archival"]["units"][0]["value"], "0146");
    }

    #[test]
    fn dates_are_canonical() {
        let d = Date::parse_edtf("1999-21/2001-22").unwrap();
        assert_eq!(date(&d).unwrap(), json!({"date-parts": [[1999, 21], [2001, 22]]}));
        let d = Date::parse_edtf("1999-23~").unwrap();
        assert_eq!(date(&d).unwrap(), json!({"date-parts": [[1999]], "season": 3, "circa": true}));
        assert_eq!(date(&Date::default()), None);
    }

    #[test]
    fn translations_go_to_custom() {
        let mut e = Entry::new("r", EntryType::Book);
        e.set(
            Var::Title,
            Text {
                value: "Militaristy na skam'e podsudimykh".into(),
                lang: Some("ru-Latn".into()),
                variants: vec![TextVariant {
                    kind: VariantKind::Translation,
                    lang: Some("en".into()),
                    value: "Militarists in the dock".into(),
                }],
            },
        );
        let m = item(&e, &mut Vec::new());
        assert_eq!(m["title"], "Militaristy na skam'e podsudimykh");
        assert_eq!(
            m["custom"]["text-variants"]["title"]["variants"][0]["value"],
            "Militarists in the dock"
        );
    }
}
