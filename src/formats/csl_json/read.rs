//! CSL-JSON reader: lenient on what real files contain.
//!
//! Accepted: an array of items or a single item; `id` as string or number;
//! numbers as strings or integers; `date-parts` 1-D or 2-D, of numbers or
//! strings, with Zotero's season pseudo-months; `raw`/`literal` dates and plain
//! EDTF strings; legacy keys (`journalAbbreviation`, `shortTitle`, `part-number`);
//! Zotero's `note` "key: value" lines; citeproc-js's `isInstitution`; our own
//! `custom.archival` and `custom.text-variants`. Every key we do not model is
//! kept in `extra`.

use super::table::{
    cheater_line, CUSTOM_ARCHIVAL, CUSTOM_DATE_QUALIFIERS, CUSTOM_INHERITED, CUSTOM_NAME_LANGS,
    CUSTOM_NOTE_IS_TEXT, CUSTOM_TEXT_VARIANTS,
};
use crate::diagnostics::{json_error, Diagnostic, LineIndex, Span};
use crate::error::Error;
use crate::model::{
    ids, Archival, Archive, Date, DatePart, Entry, EntryType, Level, Name, Season, Source, Text,
    TextVariant, Unit, Value, Var, VarKind,
};
use crate::options::{Parsed, ReadOptions};
use serde_json::value::RawValue;
use serde_json::{Map, Value as Json};
use std::collections::HashSet;

/// Reads CSL-JSON.
///
/// ```
/// use refconv::{formats::csl_json, ReadOptions, Var};
/// let src = r#"[{"id": 7, "type": "article-journal", "journalAbbreviation": "J. Hist.",
///               "issued": {"date-parts": [["1999", "21"]]}, "note": "PMID: 123\nseen in 2020"}]"#;
/// let p = csl_json::read(src, &ReadOptions::default()).unwrap();
/// let e = &p.library.entries[0];
/// assert_eq!(e.id, "7");
/// assert_eq!(e.text(Var::ContainerTitleShort), Some("J. Hist."));
/// assert_eq!(e.text(Var::Pmid), Some("123"));
/// assert_eq!(e.text(Var::Note), Some("seen in 2020"));
/// ```
pub fn read(src: &str, opts: &ReadOptions) -> Result<Parsed, Error> {
    let index = LineIndex::new(src);
    let body = src.strip_prefix('\u{feff}').unwrap_or(src);
    let base = src.len() - body.len();
    let trimmed = body.trim_start();
    let mut parsed = Parsed::default();
    if trimmed.is_empty() {
        parsed.diagnostics.push(
            Diagnostic::warning("empty input: no CSL-JSON items").at(Span::new(0, 0), &index),
        );
        return Ok(parsed);
    }
    let items: Vec<&RawValue> = if trimmed.starts_with('[') {
        match serde_json::from_str(body) {
            Ok(items) => items,
            Err(e) => {
                // One bad item must not cost the others: cut the array into its
                // top-level elements and read each alone; the bad ones are errors at
                // their own line and column.
                let Some((elements, closed)) = array_elements(body) else {
                    return Err(syntax(&e, src, base, &index));
                };
                if !closed {
                    parsed.diagnostics.push(
                        Diagnostic::error("the file ends before the array is closed")
                            .at(Span::new(src.len(), src.len()), &index)
                            .hint("the file is truncated: the items before the end were read"),
                    );
                }
                read_items(
                    src,
                    &index,
                    elements.into_iter(),
                    opts,
                    &mut parsed,
                    &mut HashSet::new(),
                );
                parsed.diagnostics.sort_by_key(|d| d.span.map(|s| s.start));
                return Ok(parsed);
            }
        }
    } else {
        let one: &RawValue =
            serde_json::from_str(body).map_err(|e| syntax(&e, src, base, &index))?;
        vec![one]
    };
    read_items(src, &index, items.iter().map(|r| r.get()), opts, &mut parsed, &mut HashSet::new());
    parsed.diagnostics.sort_by_key(|d| d.span.map(|s| s.start));
    Ok(parsed)
}

/// The top-level elements of a JSON array, as slices of `body` (strings and nesting
/// respected; nothing is validated), and whether the array was closed. `None` when
/// `body` does not start with `[`.
fn array_elements(body: &str) -> Option<(Vec<&str>, bool)> {
    let b = body.as_bytes();
    let mut i = body.len() - body.trim_start().len();
    if b.get(i) != Some(&b'[') {
        return None;
    }
    i += 1;
    let mut out = Vec::new();
    let (mut depth, mut in_str, mut start) = (0usize, false, None::<usize>);
    while i < b.len() {
        let c = b[i];
        if in_str {
            match c {
                b'\\' => i += 1,
                b'"' => in_str = false,
                _ => {}
            }
        } else {
            match c {
                b'"' => {
                    in_str = true;
                    start.get_or_insert(i);
                }
                b'{' | b'[' => {
                    depth += 1;
                    start.get_or_insert(i);
                }
                b'}' | b']' if depth > 0 => depth -= 1,
                b']' => {
                    if let Some(st) = start.take() {
                        out.push(body[st..i].trim_end());
                    }
                    return Some((out, true));
                }
                b',' if depth == 0 => {
                    if let Some(st) = start.take() {
                        out.push(body[st..i].trim_end());
                    }
                }
                c if !c.is_ascii_whitespace() => {
                    start.get_or_insert(i);
                }
                _ => {}
            }
        }
        i += 1;
    }
    if let Some(st) = start {
        out.push(body[st..].trim_end());
    }
    Some((out, false))
}

/// Reads items, each given as a slice of `src`, into `parsed`; ids are made unique
/// against `taken`.
pub(super) fn read_items<'a>(
    src: &str,
    index: &LineIndex,
    items: impl Iterator<Item = &'a str>,
    opts: &ReadOptions,
    parsed: &mut Parsed,
    taken: &mut HashSet<String>,
) {
    for text in items {
        let start = (text.as_ptr() as usize).saturating_sub(src.as_ptr() as usize).min(src.len());
        let span = Span::new(start, start + text.len());
        let value: Json = match serde_json::from_str(text) {
            Ok(v) => v,
            Err(e) => {
                parsed.diagnostics.push(json_error(&e, src, start, index));
                continue;
            }
        };
        let Json::Object(map) = value else {
            parsed.diagnostics.push(
                Diagnostic::error(format!(
                    "a CSL-JSON item must be an object, not {}",
                    kind_of(&value)
                ))
                .at(span, &index)
                .hint("each item is an object with at least `id` and `type`"),
            );
            continue;
        };
        let mut cx = ItemCx { diags: Vec::new(), span, index, text, key: None };
        let mut entry = cx.entry(map, opts);
        entry.source = Some(Source { span, line: index.line_col(span.start).0, text: None });
        let wanted = entry.id.clone();
        entry.id = ids::unique(&wanted, &taken);
        if entry.id != wanted {
            cx.diags.push(
                Diagnostic::warning(format!("duplicate id `{wanted}` renamed to `{}`", entry.id))
                    .at(span, &index)
                    .entry(entry.id.clone()),
            );
        }
        taken.insert(entry.id.clone());
        for d in &mut cx.diags {
            if d.entry.is_none() {
                d.entry = Some(entry.id.clone());
            }
        }
        parsed.diagnostics.append(&mut cx.diags);
        parsed.library.entries.push(entry);
    }
}

fn syntax(e: &serde_json::Error, src: &str, base: usize, index: &LineIndex) -> Error {
    let d = json_error(e, src, base, index);
    let at = d.span.map_or(0, |s| s.start);
    let before = src[..at].trim_end();
    let hint = if before.ends_with(',') && src[at..].starts_with(['}', ']']) {
        "JSON allows no comma before a closing `}` or `]`"
    } else if e.is_eof() {
        "the file ends too early: is it truncated?"
    } else {
        "CSL-JSON is a JSON array of objects"
    };
    Error::Syntax(Box::new(d.hint(hint)))
}

fn kind_of(v: &Json) -> &'static str {
    match v {
        Json::Null => "null",
        Json::Bool(_) => "a boolean",
        Json::Number(_) => "a number",
        Json::String(_) => "a string",
        Json::Array(_) => "an array",
        Json::Object(_) => "an object",
    }
}

struct ItemCx<'a> {
    diags: Vec<Diagnostic>,
    span: Span,
    index: &'a LineIndex<'a>,
    /// The item's raw text (to locate its keys).
    text: &'a str,
    /// The key being read, so that its diagnostics point at it.
    key: Option<String>,
}

impl ItemCx<'_> {
    fn diag(&mut self, d: Diagnostic) {
        let span =
            self.key.as_deref().and_then(|k| key_offset(self.text, k)).map_or(self.span, |off| {
                Span::new(self.span.start + off, self.span.start + off + 1)
            });
        let d = d.at(span, self.index);
        self.diags.push(d);
    }

    fn entry(&mut self, mut map: Map<String, Json>, opts: &ReadOptions) -> Entry {
        let raw_id = map.remove("id");
        let raw_type = map.remove("type");
        let mut entry = Entry::new(String::new(), EntryType::Document);
        self.key = Some("type".into());
        match raw_type {
            Some(Json::String(t)) if t.trim().is_empty() => self.diag(
                Diagnostic::warning("item has an empty `type`; read as `document`")
                    .hint("CSL-JSON requires `type` on every item"),
            ),
            Some(Json::String(t)) => match EntryType::from_alias(&t) {
                Some(k) => {
                    if k.name() != t {
                        self.diag(Diagnostic::info(format!("type `{t}` read as `{}`", k.name())));
                    }
                    entry.kind = k;
                }
                None => {
                    self.diag(
                        Diagnostic::warning(format!("unknown type `{t}` read as `document`"))
                            .hint("the original type is kept in `custom.type`"),
                    );
                    entry.extra.insert("type".into(), Json::String(t));
                }
            },
            Some(other) => {
                self.diag(Diagnostic::warning(format!(
                    "`type` must be a string, not {}; read as `document`",
                    kind_of(&other)
                )));
                entry.extra.insert("type".into(), other);
            }
            None => self.diag(
                Diagnostic::warning("item has no `type`; read as `document`")
                    .hint("CSL-JSON requires `type` on every item"),
            ),
        }

        self.key = Some("custom".into());
        // `custom` first: our own keys are structure, the rest is extra.
        let mut variants: Option<Map<String, Json>> = None;
        let mut name_langs: Option<Map<String, Json>> = None;
        let mut note_is_text = false;
        let mut inherited: Vec<Json> = Vec::new();
        let mut qualifiers: Option<Map<String, Json>> = None;
        if let Some(custom) = map.remove("custom") {
            match custom {
                Json::Object(c) => {
                    for (k, v) in c {
                        match (k.as_str(), v) {
                            (CUSTOM_ARCHIVAL, v) => match archival_from_json(&v) {
                                Some(a) => entry.archival = Some(a),
                                None => {
                                    self.diag(Diagnostic::warning(
                                        "`custom.archival` is not in the expected shape; kept as is",
                                    ));
                                    entry.extra.insert(k, v);
                                }
                            },
                            (CUSTOM_TEXT_VARIANTS, Json::Object(m)) => variants = Some(m),
                            (CUSTOM_NOTE_IS_TEXT, Json::Bool(b)) => note_is_text = b,
                            (CUSTOM_INHERITED, Json::Array(a)) if !opts.keep_inherited => {
                                inherited = a
                            }
                            (CUSTOM_DATE_QUALIFIERS, Json::Object(m)) => qualifiers = Some(m),
                            (CUSTOM_NAME_LANGS, Json::Object(m)) => name_langs = Some(m),
                            (_, v) => {
                                entry.extra.insert(k, v);
                            }
                        }
                    }
                }
                other => {
                    self.diag(Diagnostic::warning("`custom` is not an object; kept in extra"));
                    entry.extra.insert("custom".into(), other);
                }
            }
        }

        self.key = None;
        let note = map.remove("note");
        // Standard names first, so that an alias (`shortTitle`) never displaces
        // the standard key (`title-short`) whatever the key order.
        let (standard, other): (Vec<_>, Vec<_>) =
            map.into_iter().partition(|(k, _)| Var::from_name(k).is_some());
        for (key, value) in standard.into_iter().chain(other) {
            self.field(&mut entry, key, value);
        }
        if let Some(note) = note {
            match note {
                Json::String(s) if !opts.keep_note_fields && !note_is_text => {
                    self.key = Some("note".into());
                    let rest = self.note_fields(&mut entry, &s);
                    self.key = None;
                    if !rest.is_empty() || s.is_empty() {
                        entry.set(Var::Note, rest);
                    }
                }
                other => self.field(&mut entry, "note".into(), other),
            }
        }
        if let Some(a) = &entry.archival {
            // The writer derives these from the structure; drop them when they
            // are exactly what it derives, so that the model round-trips.
            let derived = [
                (Var::Archive, a.archive.abbr.clone().or_else(|| a.archive.name.clone())),
                (Var::ArchiveLocation, Some(a.location())),
                (Var::ArchivePlace, a.archive.place.clone()),
            ];
            for (var, v) in derived {
                if v.is_some() && entry.text(var) == v.as_deref() {
                    if let Some(Value::Text(t)) = entry.fields.get(&var) {
                        if t.lang.is_none() && t.variants.is_empty() {
                            entry.fields.remove(&var);
                        }
                    }
                }
            }
        }
        if let Some(v) = variants {
            self.apply_variants(&mut entry, v);
        }
        if let Some(v) = name_langs {
            self.apply_name_langs(&mut entry, v);
        }
        for (k, q) in qualifiers.into_iter().flatten() {
            let date = Var::from_name(&k).and_then(|var| match entry.fields.get_mut(&var) {
                Some(Value::Date(d)) => Some(d),
                _ => None,
            });
            match (date, q.as_str()) {
                (Some(d), Some(q @ ("?" | "~" | "%"))) => {
                    d.approximate = q != "?";
                    d.uncertain = q != "~";
                }
                (_, _) => self.keep_unmatched(&mut entry, CUSTOM_DATE_QUALIFIERS, k, q),
            }
        }
        // Fields the writer filled in from parents: the link is the truth.
        for name in inherited.iter().filter_map(Json::as_str) {
            if let Some(var) = Var::from_name(name) {
                entry.fields.remove(&var);
            }
        }

        self.key = Some("id".into());
        entry.id = match raw_id {
            Some(Json::String(s)) if ids::is_safe(&s) => s,
            Some(Json::Number(n)) => n.to_string(),
            Some(Json::String(s)) => {
                let safe =
                    if s.trim().is_empty() { ids::derive(&entry) } else { ids::sanitize(&s) };
                self.diag(
                    Diagnostic::info(format!("id `{s}` is not BibTeX-safe; written as `{safe}`"))
                        .hint("ids keep to ASCII letters, digits and -_:./+"),
                );
                safe
            }
            other => {
                let derived = ids::derive(&entry);
                let what = match other {
                    None => "item has no `id`".to_string(),
                    Some(v) => format!("`id` must be a string or number, not {}", kind_of(&v)),
                };
                self.diag(Diagnostic::warning(format!(
                    "{what}; made `{derived}` from its content"
                )));
                derived
            }
        };
        self.key = None;
        entry
    }

    /// Reads one top-level key into a field, or into `extra`.
    fn field(&mut self, entry: &mut Entry, key: String, value: Json) {
        self.key = Some(key.clone());
        self.field_inner(entry, key, value);
        self.key = None;
    }

    fn field_inner(&mut self, entry: &mut Entry, key: String, value: Json) {
        let Some(var) = Var::from_alias(&key) else {
            entry.extra.insert(key, value);
            return;
        };
        if var.name() != key {
            if entry.fields.contains_key(&var) {
                self.diag(Diagnostic::info(format!(
                    "`{key}` kept in extra: `{}` is also set",
                    var.name()
                )));
                entry.extra.insert(key, value);
                return;
            }
            self.diag(Diagnostic::info(format!("`{key}` read as `{}`", var.name())));
        }
        match self.value(var, value, &key) {
            Ok(Some(v)) => {
                entry.fields.insert(var, v);
            }
            Ok(None) => {}
            Err(kept) => {
                entry.extra.insert(key, kept);
            }
        }
    }

    fn value(&mut self, var: Var, value: Json, key: &str) -> Result<Option<Value>, Json> {
        Ok(match var.kind() {
            VarKind::Text | VarKind::Number => match value {
                Json::String(s) => Some(Value::Text(Text::plain(s))),
                Json::Number(n) => Some(Value::Text(Text::plain(n.to_string()))),
                Json::Bool(b) => Some(Value::Text(Text::plain(b.to_string()))),
                Json::Null => {
                    self.diag(Diagnostic::info(format!("`{key}` is null; left out")));
                    None
                }
                other => return Err(self.wrong(key, "a string", other)),
            },
            VarKind::List => match value {
                Json::Array(a) => {
                    let mut list = Vec::new();
                    for v in a {
                        match v {
                            Json::String(s) => list.push(s),
                            Json::Number(n) => list.push(n.to_string()),
                            other => {
                                self.diag(Diagnostic::warning(format!(
                                    "`{key}`: {} in a list of strings skipped",
                                    kind_of(&other)
                                )));
                            }
                        }
                    }
                    Some(Value::List(list))
                }
                Json::String(s) => Some(Value::List(vec![s])),
                other => return Err(self.wrong(key, "an array of strings", other)),
            },
            VarKind::Names => match value {
                Json::Array(a) => {
                    let mut names = Vec::new();
                    for v in a {
                        if let Some(n) = self.name(v, key) {
                            names.push(n);
                        }
                    }
                    Some(Value::Names(names))
                }
                Json::Object(_) | Json::String(_) => {
                    self.diag(Diagnostic::info(format!("`{key}` is a single name, not a list")));
                    self.name(value, key).map(|n| Value::Names(vec![n]))
                }
                other => return Err(self.wrong(key, "an array of names", other)),
            },
            VarKind::Date => return self.date(value, key).map(|d| d.map(Value::Date)),
        })
    }

    fn wrong(&mut self, key: &str, want: &str, got: Json) -> Json {
        self.diag(Diagnostic::warning(format!(
            "`{key}` should be {want}, not {}; kept in extra",
            kind_of(&got)
        )));
        got
    }

    fn name(&mut self, v: Json, key: &str) -> Option<Name> {
        let map = match v {
            Json::Object(m) => m,
            Json::String(s) => {
                // "Tolstoy, Leo" is a person; anything else is taken whole.
                let name = match s.split_once(',') {
                    Some((f, g)) if !g.contains(',') && !f.trim().is_empty() => {
                        Name::person(f.trim(), g.trim())
                    }
                    _ => Name::literal(s.clone()),
                };
                let how = if name.literal.is_some() { "one literal name" } else { "family, given" };
                self.diag(Diagnostic::info(format!(
                    "`{key}`: the name `{s}` is a string, not an object; read as {how}"
                )));
                return Some(name);
            }
            other => {
                self.diag(Diagnostic::warning(format!(
                    "`{key}`: a name must be an object, not {}; skipped",
                    kind_of(&other)
                )));
                return None;
            }
        };
        let mut n = Name::default();
        let mut institution = false;
        for (k, v) in map {
            let s = match &v {
                Json::String(s) => Some(s.clone()),
                Json::Number(x) => Some(x.to_string()),
                _ => None,
            };
            match k.as_str() {
                "family" => n.family = s,
                "given" => n.given = s,
                "non-dropping-particle" => n.particle = s,
                "dropping-particle" => n.dropping_particle = s,
                "suffix" => n.suffix = s,
                "literal" => n.literal = s,
                "comma-suffix" => n.comma_suffix = truthy(&v),
                "static-ordering" => n.static_ordering = truthy(&v),
                "isInstitution" => institution = truthy(&v),
                "parse-names" => {
                    if !truthy(&v) {
                        self.diag(Diagnostic::info(format!(
                            "`{key}`: `parse-names` is a processor directive; names are never re-parsed here"
                        )));
                    }
                }
                _ => self
                    .diag(Diagnostic::warning(format!("`{key}`: unknown name part `{k}` dropped"))),
            }
        }
        if institution && n.literal.is_none() && n.given.as_deref().unwrap_or("").is_empty() {
            n.literal = n.family.take();
            n.given = None;
            self.diag(Diagnostic::info(format!(
                "`{key}`: `isInstitution` name read as a literal name"
            )));
        }
        // Empty strings carry nothing.
        for part in [
            &mut n.family,
            &mut n.given,
            &mut n.particle,
            &mut n.dropping_particle,
            &mut n.suffix,
            &mut n.literal,
        ] {
            if part.as_deref() == Some("") {
                *part = None;
            }
        }
        if n.is_empty() {
            self.diag(Diagnostic::info(format!("`{key}`: empty name skipped")));
            return None;
        }
        Some(n)
    }

    fn date(&mut self, v: Json, key: &str) -> Result<Option<Date>, Json> {
        Ok(match v {
            Json::String(s) => Some(date_from_text(&s)),
            Json::Number(n) => match n.as_i64().and_then(|y| i32::try_from(y).ok()) {
                Some(y) => Some(Date::on(DatePart::year(y))),
                None => Some(Date::literal(n.to_string())),
            },
            Json::Object(m) => self.date_object(m, key),
            Json::Array(a) => {
                self.diag(Diagnostic::info(format!(
                    "`{key}`: bare date-parts array read as a date"
                )));
                let mut m = Map::new();
                m.insert("date-parts".into(), Json::Array(a));
                self.date_object(m, key)
            }
            other => return Err(self.wrong(key, "a date object", other)),
        })
    }

    fn date_object(&mut self, m: Map<String, Json>, key: &str) -> Option<Date> {
        let mut date = Date::default();
        let mut raw = None;
        let mut season = None;
        let mut had_parts = false;
        for (k, v) in m {
            match k.as_str() {
                "date-parts" => {
                    had_parts = true;
                    self.date_parts(&mut date, v, key);
                }
                "season" => season = Some(v),
                "circa" => date.approximate = truthy(&v),
                "literal" => match v {
                    Json::String(s) if !s.is_empty() => date.literal = Some(s),
                    Json::String(_) => {}
                    other => date.literal = Some(other.to_string()),
                },
                "raw" => raw = v.as_str().map(str::to_string),
                _ => self
                    .diag(Diagnostic::warning(format!("`{key}`: unknown date key `{k}` dropped"))),
            }
        }
        if let Some(raw) = raw {
            if date.start.is_none() {
                let parsed = date_from_text(&raw);
                if date.literal.is_some() && parsed.start.is_none() {
                    self.diag(Diagnostic::info(format!(
                        "`{key}`: `raw` dropped: `literal` is set"
                    )));
                } else {
                    let approx = date.approximate;
                    let literal = date.literal.take();
                    date = parsed;
                    date.approximate |= approx;
                    if literal.is_some() {
                        date.literal = literal;
                    }
                }
            } else {
                self.diag(Diagnostic::info(format!(
                    "`{key}`: `raw` \"{raw}\" dropped in favour of `date-parts`"
                )));
            }
        }
        if let Some(s) = season {
            let season = match &s {
                Json::Number(n) => n.as_i64().and_then(Season::from_number),
                Json::String(t) if !t.trim().is_empty() => Some(Season::from_text(t)),
                _ => None,
            };
            match (season, date.start.as_mut()) {
                (Some(season), Some(start)) if start.month.is_none() => start.season = Some(season),
                (Some(_), Some(_)) => self.diag(Diagnostic::warning(format!(
                    "`{key}`: `season` dropped: the date has a month"
                ))),
                (Some(season), None) => {
                    self.diag(Diagnostic::warning(format!(
                        "`{key}`: `season` without a year kept as literal"
                    )));
                    date.literal.get_or_insert_with(|| season.name().to_string());
                }
                (None, _) => self.diag(Diagnostic::warning(format!(
                    "`{key}`: `season` {s} not understood; dropped"
                ))),
            }
        }
        if date.is_empty() {
            if had_parts {
                self.diag(Diagnostic::info(format!("`{key}`: empty date left out")));
            }
            return None;
        }
        Some(date)
    }

    fn date_parts(&mut self, date: &mut Date, v: Json, key: &str) {
        let Json::Array(outer) = v else {
            self.diag(Diagnostic::warning(format!(
                "`{key}`: `date-parts` is not an array; dropped"
            )));
            return;
        };
        let rows: Vec<Vec<Json>> = if outer.iter().all(|x| !x.is_array()) {
            if !outer.is_empty() {
                self.diag(Diagnostic::info(format!("`{key}`: 1-D `date-parts` read as one date")));
            }
            vec![outer]
        } else {
            outer
                .into_iter()
                .filter_map(|x| match x {
                    Json::Array(a) => Some(a),
                    _ => None,
                })
                .collect()
        };
        let mut parts = Vec::new();
        for row in rows.into_iter().take(2) {
            let is_end = !parts.is_empty();
            match self.date_part(row, key, is_end) {
                Ok(Some(p)) => parts.push(p),
                Ok(None) => {}
                Err(text) => {
                    self.diag(Diagnostic::warning(format!(
                        "`{key}`: date-parts `{text}` not understood; kept as literal"
                    )));
                    date.literal.get_or_insert(text);
                    return;
                }
            }
        }
        let mut it = parts.into_iter();
        date.start = it.next();
        date.end = it.next();
        if date.start.is_some() && date.start == date.end {
            date.end = None;
        }
    }

    /// One `[year, month, day]`; `Ok(None)` when empty, `Err(text)` when not numbers.
    fn date_part(
        &mut self,
        row: Vec<Json>,
        key: &str,
        is_end: bool,
    ) -> Result<Option<DatePart>, String> {
        let mut nums = Vec::new();
        for x in &row {
            match x {
                Json::Number(n) => nums.push(n.as_i64().ok_or_else(|| n.to_string())?),
                Json::String(s) if s.trim().is_empty() => break,
                Json::String(s) => nums.push(s.trim().parse::<i64>().map_err(|_| s.clone())?),
                other => return Err(other.to_string()),
            }
        }
        let Some(&year) = nums.first() else { return Ok(None) };
        let year = i32::try_from(year).map_err(|_| year.to_string())?;
        // CSL's -1 is 1 BC, the model's (astronomical) 0; a 0 ending a range is
        // CSL's open end and stays 0.
        let year = if year < 0 || (year == 0 && !is_end) { year.saturating_add(1) } else { year };
        let mut part = DatePart::year(year);
        match nums.get(1).copied() {
            None | Some(0) => {}
            Some(m @ 1..=12) => {
                part.month = Some(m as u8);
                match nums.get(2).copied() {
                    None | Some(0) => {}
                    Some(d @ 1..=31) => part.day = Some(d as u8),
                    Some(d) => self.diag(Diagnostic::warning(format!("`{key}`: day {d} dropped"))),
                }
            }
            Some(m) => match Season::from_number(m) {
                Some(s) => {
                    part.season = Some(s);
                    if let Some(d) = nums.get(2).copied().filter(|d| *d != 0) {
                        self.diag(Diagnostic::warning(format!(
                            "`{key}`: day {d} dropped: month {m} is a season"
                        )));
                    }
                }
                None => self.diag(Diagnostic::warning(format!("`{key}`: month {m} dropped"))),
            },
        }
        Ok(Some(part))
    }

    /// Zotero's "cheater syntax": `key: value` lines (and `{:key: value}`) in
    /// `note` become fields when the key is a CSL variable not already set.
    /// Returns the rest of the note.
    fn note_fields(&mut self, entry: &mut Entry, note: &str) -> String {
        let mut rest: Vec<&str> = Vec::new();
        for line in note.split('\n') {
            let Some((k, v)) = cheater_line(line) else {
                rest.push(line);
                continue;
            };
            if k.eq_ignore_ascii_case("type") {
                if let Some(t) = EntryType::from_alias(v) {
                    self.diag(Diagnostic::info(format!("`note` line `{line}` read as the type")));
                    entry.kind = t;
                    continue;
                }
                rest.push(line);
                continue;
            }
            let Some(var) = Var::from_alias(k).filter(|v| *v != Var::Note) else {
                rest.push(line);
                continue;
            };
            if entry.fields.contains_key(&var) && var.kind() != VarKind::Names {
                rest.push(line);
                continue;
            }
            let value = match var.kind() {
                VarKind::Names => {
                    let name = match v.split_once("||") {
                        Some((f, g)) => Name::person(f.trim(), g.trim()),
                        None => Name::literal(v.trim()),
                    };
                    match entry.fields.remove(&var) {
                        Some(Value::Names(mut names)) => {
                            names.push(name);
                            Value::Names(names)
                        }
                        _ => Value::Names(vec![name]),
                    }
                }
                VarKind::Date => Value::Date(date_from_text(v)),
                VarKind::List => Value::List(vec![v.to_string()]),
                VarKind::Text | VarKind::Number => Value::Text(Text::plain(v)),
            };
            self.diag(Diagnostic::info(format!("`note` line `{line}` read as `{}`", var.name())));
            entry.fields.insert(var, value);
        }
        rest.join("\n").trim_matches('\n').to_string()
    }

    fn apply_variants(&mut self, entry: &mut Entry, map: Map<String, Json>) {
        for (k, v) in map {
            let parsed: Option<(Option<String>, Vec<TextVariant>)> = match &v {
                Json::Object(o) => {
                    let lang = o.get("lang").and_then(Json::as_str).map(str::to_string);
                    let variants = o
                        .get("variants")
                        .cloned()
                        .map(serde_json::from_value::<Vec<TextVariant>>)
                        .unwrap_or(Ok(Vec::new()));
                    variants.ok().map(|vs| (lang, vs))
                }
                _ => None,
            };
            let target = Var::from_name(&k).and_then(|var| match entry.fields.get_mut(&var) {
                Some(Value::Text(t)) => Some(t),
                _ => None,
            });
            match (parsed, target) {
                (Some((lang, variants)), Some(t)) => {
                    t.lang = lang;
                    t.variants = variants;
                }
                _ => self.keep_unmatched(entry, CUSTOM_TEXT_VARIANTS, k, v),
            }
        }
    }

    /// Keeps a `custom.<group>.<k>` value that matches no field in `extra`, so
    /// that it is written back as it came.
    fn keep_unmatched(&mut self, entry: &mut Entry, group: &str, k: String, v: Json) {
        self.diag(Diagnostic::warning(format!(
            "`custom.{group}.{k}` does not match a field of the right kind; kept in extra"
        )));
        let slot = entry.extra.entry(group.to_string()).or_insert_with(|| Json::Object(Map::new()));
        if let Json::Object(m) = slot {
            m.insert(k, v);
        }
    }

    fn apply_name_langs(&mut self, entry: &mut Entry, map: Map<String, Json>) {
        for (k, v) in map {
            let langs: Option<Vec<Option<String>>> = serde_json::from_value(v.clone()).ok();
            let target = Var::from_name(&k).and_then(|var| match entry.fields.get_mut(&var) {
                Some(Value::Names(n)) => Some(n),
                _ => None,
            });
            match (langs, target) {
                (Some(langs), Some(names)) if langs.len() == names.len() => {
                    for (n, l) in names.iter_mut().zip(langs) {
                        n.lang = l;
                    }
                }
                _ => self.keep_unmatched(entry, CUSTOM_NAME_LANGS, k, v),
            }
        }
    }
}

/// The byte offset, within an item's text, of the top-level key `key` (its
/// opening quote); `None` if absent. A small scanner: strings, escapes, depth.
fn key_offset(text: &str, key: &str) -> Option<usize> {
    let b = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    let mut expect_key = false;
    while i < b.len() {
        match b[i] {
            b'{' | b'[' => {
                depth += 1;
                expect_key = b[i] == b'{' && depth == 1;
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            b',' => expect_key = depth == 1,
            b'"' => {
                let start = i;
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                if expect_key && depth == 1 {
                    let raw = text.get(start + 1..i.min(text.len()))?;
                    let found = if raw.contains('\\') {
                        serde_json::from_str::<String>(text.get(start..=i)?).ok().as_deref()
                            == Some(key)
                    } else {
                        raw == key
                    };
                    if found {
                        return Some(start);
                    }
                }
                expect_key = false;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

fn truthy(v: &Json) -> bool {
    match v {
        Json::Bool(b) => *b,
        Json::Number(n) => n.as_f64().is_some_and(|x| x != 0.0),
        Json::String(s) => !matches!(s.trim().to_lowercase().as_str(), "" | "0" | "false" | "no"),
        _ => false,
    }
}

/// A date from text: EDTF, else a literal.
pub(crate) fn date_from_text(s: &str) -> Date {
    Date::parse_edtf(s).unwrap_or_else(|| Date::literal(s.trim()))
}

fn archival_from_json(v: &Json) -> Option<Archival> {
    let o = v.as_object()?;
    let s = |k: &str| o.get(k).and_then(Json::as_str).map(str::to_string);
    let units = o
        .get("units")?
        .as_array()?
        .iter()
        .map(|u| {
            let level = u.get("level")?.as_str()?;
            let value = match u.get("value")? {
                Json::String(s) => s.clone(),
                Json::Number(n) => n.to_string(),
                _ => return None,
            };
            Some(Unit { level: Level::from_name(level), value })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Archival {
        archive: Archive {
            key: s("archive_key"),
            abbr: s("archive"),
            name: s("archive_name"),
            name_en: s("archive_name_en"),
            place: s("archive_place"),
        },
        units,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Severity;

    fn one(src: &str) -> (Entry, Vec<Diagnostic>) {
        let p = read(src, &ReadOptions::default()).unwrap();
        assert_eq!(p.library.entries.len(), 1, "{:?}", p.diagnostics);
        (p.library.entries.into_iter().next().unwrap(), p.diagnostics)
    }

    fn date(e: &Entry) -> &Date {
        match e.get(Var::Issued) {
            Some(Value::Date(d)) => d,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn date_parts_in_every_shape() {
        for src in [
            r#"{"id":"a","type":"book","issued":{"date-parts":[[1950,2,3]]}}"#,
            r#"{"id":"a","type":"book","issued":{"date-parts":[["1950","2","3"]]}}"#,
            r#"{"id":"a","type":"book","issued":{"date-parts":[1950,2,3]}}"#,
            r#"{"id":"a","type":"book","issued":"1950-02-03"}"#,
            r#"{"id":"a","type":"book","issued":{"raw":"1950-02-03"}}"#,
        ] {
            let (e, _) = one(src);
            assert_eq!(date(&e).start, Some(DatePart::ymd(1950, 2, 3)), "{src}");
        }
    }

    #[test]
    fn seasons_ranges_and_literals() {
        let (e, _) = one(
            r#"{"id":"a","type":"book","issued":{"date-parts":[["1999","21"],["2001","22"]],"raw":"Spring 1999 - Summer 2001"}}"#,
        );
        let d = date(&e);
        assert_eq!(d.start.as_ref().unwrap().season, Some(Season::Spring));
        assert_eq!(d.end.as_ref().unwrap().season, Some(Season::Summer));
        let (e, _) = one(
            r#"{"id":"a","type":"book","issued":{"date-parts":[[2000]],"season":"3","circa":"true"}}"#,
        );
        assert_eq!(date(&e).start.as_ref().unwrap().season, Some(Season::Autumn));
        assert!(date(&e).approximate);
        let (e, _) =
            one(r#"{"id":"a","type":"book","issued":{"date-parts":[],"literal":"(in press)"}}"#);
        assert_eq!(date(&e).literal.as_deref(), Some("(in press)"));
        let (e, _) =
            one(r#"{"id":"a","type":"book","issued":{"date-parts":[],"raw":"Bogus Date"}}"#);
        assert_eq!(date(&e).literal.as_deref(), Some("Bogus Date"));
        let (e, _) = one(r#"{"id":"a","type":"book","issued":{"date-parts":[["2000","",""]]}}"#);
        assert_eq!(date(&e).start, Some(DatePart::year(2000)));
    }

    #[test]
    fn names_with_particles_and_institutions() {
        let (e, d) = one(
            r#"{"id":"a","type":"book","author":[{"family":"Gogh","given":"Vincent","non-dropping-particle":"van"},
               {"family":"Ministry of Defence","isInstitution":"true"},{"literal":"МИД СССР"}]}"#,
        );
        let Some(Value::Names(n)) = e.get(Var::Author) else { panic!() };
        assert_eq!(n[0].particle.as_deref(), Some("van"));
        assert_eq!(n[1].literal.as_deref(), Some("Ministry of Defence"));
        assert_eq!(n[2].literal.as_deref(), Some("МИД СССР"));
        assert!(d.iter().all(|d| d.severity == Severity::Info));
    }

    #[test]
    fn unknown_keys_go_to_extra_and_custom_is_unpacked() {
        let (e, _) = one(r#"{"id":"a","type":"book","system_id":"x1","custom":{"mine":[1,2]},
               "multi":{"_keys":{"title":{"en":"T"}}}}"#);
        assert_eq!(e.extra["system_id"], Json::String("x1".into()));
        assert_eq!(e.extra["mine"], serde_json::json!([1, 2]));
        assert!(e.extra.contains_key("multi"));
    }

    #[test]
    fn archival_custom_is_structure() {
        let (e, _) = one(r#"{"id":"avprf-0146-30-282-29","type":"manuscript","archive":"AVP RF",
               "custom":{"archival":{"archive":"AVP RF","units":[{"level":"fond","value":"0146"},{"level":"delo","value":"29"}]}}}"#);
        let a = e.archival.unwrap();
        assert_eq!(a.unit(&Level::Fond), Some("0146"));
        assert_eq!(a.archive.abbr.as_deref(), Some("AVP RF"));
    }

    #[test]
    fn cheater_lines_become_fields_unless_set() {
        let (e, _) = one(
            r#"{"id":"a","type":"book","title":"T","note":"reviewed-author: Hall || W.C.\ntitle: Other\n{:genre: Peer commentary}\nArticleType: research"}"#,
        );
        let Some(Value::Names(n)) = e.get(Var::ReviewedAuthor) else { panic!() };
        assert_eq!(n[0].family.as_deref(), Some("Hall"));
        assert_eq!(e.text(Var::Genre), Some("Peer commentary"));
        assert_eq!(e.text(Var::Note), Some("title: Other\nArticleType: research"));
        assert_eq!(e.text(Var::Title), Some("T"));
    }

    #[test]
    fn ids_numbers_duplicates_and_missing() {
        let p = read(
            r#"[{"id":1,"type":"book"},{"id":"1","type":"book"},{"type":"book","title":"War and Peace"},{"id":"a b","type":"book"}]"#,
            &ReadOptions::default(),
        )
        .unwrap();
        let ids: Vec<&str> = p.library.entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["1", "1-2", "war", "a_b"]);
    }

    #[test]
    fn bad_items_are_reported_and_the_rest_is_read() {
        let p = read(
            "[\n  {\"id\":\"a\",\"type\":\"book\"},\n  42,\n  {\"id\":\"b\",\"type\":\"book\"}\n]",
            &ReadOptions::default(),
        )
        .unwrap();
        assert_eq!(p.library.entries.len(), 2);
        let e = p.diagnostics.iter().find(|d| d.severity == Severity::Error).unwrap();
        assert_eq!((e.line, e.column), (3, 3));
    }

    #[test]
    fn syntax_errors_have_line_and_column() {
        // In an array, a bad item is an error at its place and the others are read.
        let p =
            read("[\n  {\"id\": \"a\",},\n  {\"id\": \"b\"}\n]", &ReadOptions::default()).unwrap();
        let d = &p.diagnostics[0];
        assert_eq!((d.severity, d.line, d.column), (Severity::Error, 2, 14));
        assert_eq!(p.library.entries.len(), 1);
        let p = read("[\n  {\"id\": \"Фонд\", \"type\": }", &ReadOptions::default()).unwrap();
        let d = &p.diagnostics[0];
        assert_eq!((d.line, d.column), (2, 26));
        assert!(p.diagnostics.iter().any(|d| d.message.contains("before the array is closed")));
        // Not an array at all: the whole input is one error.
        let err = read("{\"id\": \"a\",}", &ReadOptions::default()).unwrap_err();
        assert_eq!(err.diagnostic().map(|d| (d.line, d.column)), Some((1, 12)));
    }

    #[test]
    fn spans_point_at_items() {
        let src = "[ {\"id\":\"a\",\"type\":\"book\"},\n {\"id\":\"b\",\"type\":\"book\"} ]";
        let p = read(src, &ReadOptions::default()).unwrap();
        let s = p.library.entries[1].source.as_ref().unwrap();
        assert_eq!(&src[s.span.start..s.span.end], "{\"id\":\"b\",\"type\":\"book\"}");
        assert_eq!(s.line, 2);
    }
}
