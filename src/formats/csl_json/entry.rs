//! One CSL-JSON item into an entry: ids, types, variables by their kind, names,
//! dates in every shape real files use, Zotero note lines, and our `custom` keys.

use super::table::{
    cheater_line, CUSTOM_ARCHIVAL, CUSTOM_DATE_QUALIFIERS, CUSTOM_INHERITED, CUSTOM_NAME_LANGS,
    CUSTOM_NOTE_IS_TEXT, CUSTOM_TEXT_VARIANTS,
};
use crate::diagnostics::{Diagnostic, LineIndex, Span};
use crate::model::{
    ids, Archival, Archive, Date, DatePart, Entry, EntryType, Level, Name, Season, Text,
    TextVariant, Unit, Value, Var, VarKind,
};
use crate::options::ReadOptions;
use serde_json::{Map, Value as Json};

pub(super) fn kind_of(v: &Json) -> &'static str {
    match v {
        Json::Null => "null",
        Json::Bool(_) => "a boolean",
        Json::Number(_) => "a number",
        Json::String(_) => "a string",
        Json::Array(_) => "an array",
        Json::Object(_) => "an object",
    }
}

pub(super) struct ItemCx<'a> {
    pub(super) diags: Vec<Diagnostic>,
    pub(super) span: Span,
    pub(super) index: &'a LineIndex<'a>,
    /// The item's raw text (to locate its keys).
    pub(super) text: &'a str,
    /// The key being read, so that its diagnostics point at it.
    pub(super) key: Option<String>,
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

    pub(super) fn entry(&mut self, mut map: Map<String, Json>, opts: &ReadOptions) -> Entry {
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
