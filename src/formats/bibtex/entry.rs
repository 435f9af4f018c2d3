//! One `.bib` entry from its raw fields: `@string` and month macros expanded,
//! values decoded, fields mapped to model variables by the table, dates, names
//! and archival fields read.

use super::latex::to_text;
use super::names::{parse_name, split_list};
use super::table::{
    entry_type_for, library_text, Dialect, F, FIELDS, LANGS, LIST_FIELDS, MONTHS, TYPES,
    VERBATIM_EXTRA,
};
use crate::diagnostics::{Diagnostic, LineIndex, Span};
use crate::model::{
    ids, Archival, Archive, Date, DatePart, Entry, EntryType, Level, Text, Unit, Value, Var,
};
use biblatex::RawChunk;
use serde_json::Value as Json;
use std::collections::HashMap;

/// Joins a raw value's chunks, expanding `@string` and month macros.
pub(super) fn resolve(
    chunks: &[biblatex::Spanned<RawChunk>],
    strings: &HashMap<String, String>,
    unknown: &mut Vec<String>,
) -> String {
    let mut out = String::new();
    for c in chunks {
        match &c.v {
            RawChunk::Normal(s) => out.push_str(s),
            RawChunk::Abbreviation(a) => {
                let key = a.to_ascii_lowercase();
                if let Some(v) = strings.get(&key) {
                    out.push_str(v);
                } else if let Some(m) = MONTHS.iter().position(|m| *m == key) {
                    out.push_str(&(m + 1).to_string());
                } else {
                    unknown.push(a.to_string());
                    out.push_str(a);
                }
            }
        }
    }
    out
}

/// A field as read: name, raw value, span of the value within the block.
type FieldValue = (String, String, std::ops::Range<usize>);

fn lookup<'v>(values: &'v [FieldValue], name: &str) -> Option<&'v str> {
    values.iter().find(|(k, _, _)| k == name).map(|(_, v, _)| v.as_str())
}

pub(super) struct EntryCx<'a> {
    pub(super) diags: Vec<Diagnostic>,
    pub(super) index: &'a LineIndex<'a>,
    pub(super) base: usize,
}

impl EntryCx<'_> {
    fn warn(&mut self, span: std::ops::Range<usize>, msg: String) {
        let s = Span::new(self.base + span.start, self.base + span.end);
        self.diags.push(Diagnostic::warning(msg).at(s, self.index));
    }

    pub(super) fn entry(
        &mut self,
        raw: &biblatex::RawEntry,
        strings: &HashMap<String, String>,
    ) -> Entry {
        let bibtype = raw.kind.v.to_ascii_lowercase();
        let kind = TYPES.iter().find(|(n, _)| *n == bibtype).map(|(_, t)| *t);
        let mut e = Entry::new(String::new(), kind.unwrap_or(EntryType::Document));
        if kind.is_none() {
            self.diags.push(
                Diagnostic::info(format!(
                    "entry type `@{}` has no model type; read as `document`",
                    raw.kind.v
                ))
                .at(
                    Span::new(self.base + raw.kind.span.start, self.base + raw.kind.span.end),
                    self.index,
                ),
            );
        }
        // Field values, in source order, decoded lazily per kind.
        let mut values: Vec<FieldValue> = Vec::new();
        for pair in &raw.fields {
            let name = pair.key.v.to_ascii_lowercase();
            let mut unknown = Vec::new();
            let value = collapse_space(&resolve(&pair.value.v, strings, &mut unknown));
            for u in unknown {
                self.warn(
                    pair.value.span.clone(),
                    format!("`{name}`: unknown @string `{u}` kept as text"),
                );
            }
            if values.iter().any(|(n, _, _)| *n == name) {
                self.warn(
                    pair.key.span.clone(),
                    format!("field `{name}` repeated; the second kept as `{name}-2`"),
                );
                values.push((format!("{name}-2"), value, pair.value.span.clone()));
                continue;
            }
            values.push((name, value, pair.value.span.clone()));
        }
        let get = |n: &str| lookup(&values, n);
        let subtype = get("entrysubtype").map(|s| to_text(s, false));
        match (bibtype.as_str(), subtype.as_deref()) {
            ("article", Some("newspaper")) => e.kind = EntryType::ArticleNewspaper,
            ("article", Some("magazine")) => e.kind = EntryType::ArticleMagazine,
            ("misc", Some("archival")) => e.kind = EntryType::Manuscript,
            (_, Some(s)) => {
                e.extra.insert("entrysubtype".into(), Json::String(s.to_string()));
            }
            _ => {}
        }
        // Known fields in table order, so that when two alias the same variable
        // (`location` and `address`) the standard name wins whatever the order.
        let rank = |n: &str| FIELDS.iter().position(|(f, _)| *f == n).unwrap_or(FIELDS.len());
        let mut order: Vec<&FieldValue> = values.iter().collect();
        order.sort_by_cached_key(|(n, _, _)| rank(n));
        for (name, value, span) in order {
            self.field(&mut e, name, value, span.clone());
        }
        self.date(&mut e, get("date"), get("year"), get("month"), get("day"), &values);
        if let Some(sub) = get("subtitle") {
            let sub = to_text(sub, true);
            let title = e.text(Var::Title).unwrap_or("").to_string();
            e.set(
                Var::Title,
                if title.is_empty() { sub.clone() } else { format!("{title}: {sub}") },
            );
            e.extra.insert("subtitle".into(), Json::String(sub));
        }
        self.archival(&mut e, &values);
        e.id = raw.key.v.to_string();
        if !ids::is_safe(&e.id) {
            let safe = ids::sanitize(&e.id);
            self.diags.push(
                Diagnostic::info(format!(
                    "key `{}` is not BibTeX-safe here; written as `{safe}`",
                    e.id
                ))
                .at(
                    Span::new(self.base + raw.key.span.start, self.base + raw.key.span.end),
                    self.index,
                ),
            );
            e.id = safe;
        }
        if e.id.is_empty() {
            e.id = ids::derive(&e);
        }
        // Keep the original type when the writer would not choose it back.
        if entry_type_for(&e, Dialect::Biblatex) != bibtype {
            e.extra.insert("entrytype".into(), Json::String(bibtype));
        }
        e
    }

    fn field(&mut self, e: &mut Entry, name: &str, value: &str, span: std::ops::Range<usize>) {
        if matches!(
            name,
            "date"
                | "year"
                | "month"
                | "day"
                | "subtitle"
                | "entrysubtype"
                | "archive_units"
                | "archive_key"
                | "archive_name"
                | "archive_name_en"
        ) {
            return;
        }
        let Some((_, how)) = FIELDS.iter().find(|(n, _)| *n == name) else {
            // A field named as a CSL variable is ours, written for a variable
            // with no BibTeX home: read it back as that variable.
            if let Some(var) = Var::from_name(name).filter(|_| name != "language") {
                let v = match var.kind() {
                    crate::model::VarKind::Names => {
                        Value::Names(split_list(value).into_iter().map(parse_name).collect())
                    }
                    crate::model::VarKind::Date => Value::Date(bib_date(value)),
                    crate::model::VarKind::List => {
                        Value::List(to_text(value, false).split(", ").map(str::to_string).collect())
                    }
                    _ => Value::Text(Text::plain(to_text(value, true))),
                };
                if let std::collections::btree_map::Entry::Vacant(slot) = e.fields.entry(var) {
                    slot.insert(v);
                    return;
                }
            }
            if VERBATIM_EXTRA.contains(&name) {
                e.extra.insert(name.to_string(), Json::String(unescape_verbatim(value)));
                return;
            }
            let nocase = name.ends_with("title") || name.ends_with("titleaddon");
            let text = to_text(value, nocase);
            e.extra.insert(name.to_string(), Json::String(text.trim_end_matches(' ').to_string()));
            return;
        };
        // Literal lists: "A and B" -> "A; B", a protected "{and}" stays a word.
        let listed;
        let value = if LIST_FIELDS.contains(&name) {
            listed = split_list(value)
                .into_iter()
                .map(|item| item.replace("{and}", "and").replace("{AND}", "AND"))
                .collect::<Vec<_>>()
                .join("; ");
            listed.as_str()
        } else {
            value
        };
        let (var, v) = match *how {
            F::Text(var, nocase) => {
                (var, Value::Text(Text::plain(to_text(value, nocase).trim_end_matches(' '))))
            }
            F::Verbatim(var) => (var, Value::Text(Text::plain(unescape_verbatim(value)))),
            F::Names(var) => {
                let names = split_list(value).into_iter().map(parse_name).collect::<Vec<_>>();
                (var, Value::Names(names))
            }
            F::Date(var) => (var, Value::Date(bib_date(value))),
            F::Number => {
                let var = match e.kind {
                    EntryType::ArticleJournal
                    | EntryType::ArticleMagazine
                    | EntryType::ArticleNewspaper
                    | EntryType::Periodical => Var::Issue,
                    EntryType::Book
                    | EntryType::Chapter
                    | EntryType::PaperConference
                    | EntryType::EntryEncyclopedia
                    | EntryType::Pamphlet => Var::CollectionNumber,
                    _ => Var::Number,
                };
                (var, Value::Text(Text::plain(to_text(value, false))))
            }
            F::Institution => {
                if matches!(e.kind, EntryType::Thesis | EntryType::Report) {
                    (Var::Publisher, Value::Text(Text::plain(to_text(value, false))))
                } else {
                    e.extra.insert(name.to_string(), Json::String(to_text(value, false)));
                    return;
                }
            }
            F::Lang => {
                let v = to_text(value, false);
                match LANGS.iter().find(|(b, _)| b.eq_ignore_ascii_case(v.trim())) {
                    Some((_, tag)) => (Var::Language, Value::Text(Text::plain(*tag))),
                    None => {
                        self.diags.push(
                            Diagnostic::info(format!(
                                "`{name}`: language `{v}` not in the table; kept in extra"
                            ))
                            .at(
                                Span::new(self.base + span.start, self.base + span.end),
                                self.index,
                            ),
                        );
                        e.extra.insert(name.to_string(), Json::String(v));
                        return;
                    }
                }
            }
        };
        if var == Var::ContainerTitle && !e.fields.contains_key(&var) {
            let article = matches!(
                e.kind,
                EntryType::ArticleJournal
                    | EntryType::ArticleMagazine
                    | EntryType::ArticleNewspaper
                    | EntryType::Periodical
            );
            if (name == "booktitle") == article {
                let canonical = if name == "journal" { "journaltitle" } else { name };
                e.extra.insert("container-field".into(), Json::String(canonical.to_string()));
            }
        }
        if e.fields.contains_key(&var) {
            // A second field for the same variable (`journal` and `booktitle`):
            // keep it under its own name.
            let text = match &v {
                Value::Text(t) => Json::String(t.value.clone()),
                _ => Json::String(to_text(value, false)),
            };
            e.extra.insert(name.to_string(), text);
            return;
        }
        e.fields.insert(var, v);
    }

    #[allow(clippy::too_many_arguments)]
    fn date(
        &mut self,
        e: &mut Entry,
        date: Option<&str>,
        year: Option<&str>,
        month: Option<&str>,
        day: Option<&str>,
        values: &[FieldValue],
    ) {
        let span_of = |n: &str| {
            values.iter().find(|(k, _, _)| k == n).map(|(_, _, s)| s.clone()).unwrap_or(0..0)
        };
        if let Some(d) = date {
            let parsed = bib_date(d);
            if parsed.start.is_none() {
                // biblatex reads more than EDTF (times, `1034/`, `199X`): keep it as written.
                e.extra.insert("date".into(), Json::String(unescape_verbatim(d)));
            }
            e.set(Var::Issued, parsed);
            for (n, v) in [("year", year), ("month", month), ("day", day)] {
                if let Some(v) = v {
                    e.extra.insert(n.into(), Json::String(to_text(v, false)));
                }
            }
            return;
        }
        let Some(y) = year else {
            for (n, v) in [("month", month), ("day", day)] {
                if let Some(v) = v {
                    e.extra.insert(n.into(), Json::String(to_text(v, false)));
                }
            }
            return;
        };
        let y = to_text(y, false);
        let Ok(year) = y.trim().parse::<i32>() else {
            e.set(Var::Issued, Date::literal(y.trim()));
            for (n, v) in [("month", month), ("day", day)] {
                if let Some(v) = v {
                    e.extra.insert(n.into(), Json::String(to_text(v, false)));
                }
            }
            return;
        };
        let mut part = DatePart::year(year);
        if let Some(m) = month {
            let m = to_text(m, false);
            match month_number(&m) {
                Some(n) => part.month = Some(n),
                None => {
                    self.warn(
                        span_of("month"),
                        format!("month `{m}` not understood; kept in extra"),
                    );
                    e.extra.insert("month".into(), Json::String(m));
                }
            }
        }
        if let Some(d) = day {
            let d = to_text(d, false);
            match d.trim().parse::<u8>() {
                Ok(n @ 1..=31) if part.month.is_some() => part.day = Some(n),
                _ => {
                    e.extra.insert("day".into(), Json::String(d));
                }
            }
        }
        e.set(Var::Issued, Date::on(part));
    }

    fn archival(&mut self, e: &mut Entry, values: &[FieldValue]) {
        let get = |n: &str| lookup(values, n);
        let Some(units) = get("archive_units") else {
            for k in ["archive_key", "archive_name", "archive_name_en"] {
                if let Some(v) = get(k) {
                    e.extra.insert(k.into(), Json::String(to_text(v, false)));
                }
            }
            return;
        };
        let units: Vec<Unit> = to_text(units, false)
            .split(',')
            .filter_map(|u| {
                let (l, v) = u.split_once('=')?;
                Some(Unit { level: Level::from_name(l.trim()), value: v.trim().to_string() })
            })
            .collect();
        let text = |k: &str| get(k).map(|v| to_text(v, false));
        let a = Archival {
            archive: Archive {
                key: text("archive_key"),
                abbr: e.text(Var::Archive).map(str::to_string),
                name: text("archive_name"),
                name_en: text("archive_name_en"),
                place: e.text(Var::ArchivePlace).map(str::to_string),
            },
            units,
        };
        // Drop what the writer derives from the structure.
        let derived = [
            (Var::Archive, a.archive.abbr.clone()),
            (Var::ArchivePlace, a.archive.place.clone()),
            (Var::ArchiveLocation, Some(a.location())),
            (Var::CallNumber, Some(library_text(&a))),
            (Var::PublisherPlace, a.archive.place.clone()),
        ];
        for (var, v) in derived {
            if v.is_some() && e.text(var) == v.as_deref() {
                e.fields.remove(&var);
            }
        }
        e.archival = Some(a);
    }
}

/// TeX reads any run of white space (line breaks included) as one space.
fn collapse_space(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.trim().chars() {
        if c.is_ascii_whitespace() {
            space = true;
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    out
}

fn month_number(m: &str) -> Option<u8> {
    let t = m.trim().trim_end_matches('.');
    match t.parse::<u8>() {
        Ok(n) => (1..=12).contains(&n).then_some(n),
        Err(_) => crate::model::month_from_name(t),
    }
}

/// A date field: EDTF (whose `~` is "approximate", not a LaTeX tie), else a
/// literal.
fn bib_date(raw: &str) -> Date {
    Date::parse_edtf(&unescape_verbatim(raw))
        .unwrap_or_else(|| Date::literal(to_text(raw, false).trim()))
}

/// Verbatim fields keep their text; only escaped specials are unescaped.
fn unescape_verbatim(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if c == '\\' {
            if let Some(&n) = it.peek() {
                if "_%&#$~".contains(n) {
                    out.push(n);
                    it.next();
                    continue;
                }
            }
        }
        out.push(c);
    }
    out
}
