//! A record's tag values gathered into an entry's fields: which of several tags
//! for one field wins (the table's order, not the file's, so that what the
//! writer writes reads back the same), pages from `SP`/`EP`, keywords, and the
//! date from `PY`/`Y1` (the year) and `DA` (the full date, or a month and day
//! that need the year).

use super::table::{self, Target};
use super::{dates, names};
use crate::diagnostics::{Diagnostic, Span};
use crate::model::{Date, Entry, ExtraValue, Text, Value, Var};
use std::collections::HashMap;

/// One tag line with its continuation lines.
#[derive(Debug)]
pub(super) struct Field<'a> {
    pub tag: &'a str,
    pub value: String,
    pub span: Span,
}

/// Keeps a value no row maps, under its tag (a list when repeated).
pub(super) fn keep_extra(e: &mut Entry, tag: &str, value: &str) {
    e.push_extra(tag, value);
}

/// What is gathered over a record before it becomes fields.
pub(super) struct Acc<'t> {
    ty: &'t str,
    id: Option<String>,
    first_page: Option<String>,
    last_page: Option<String>,
    keywords: Vec<String>,
    /// `PY`/`Y1` values: tag, value, span.
    years: Vec<(&'static str, String, Span)>,
    /// `DA` values and their spans.
    full: Vec<(String, Span)>,
    /// The tag each text field was taken from.
    setter: HashMap<Var, String>,
}

impl<'t> Acc<'t> {
    pub(super) fn new(ty: &'t str) -> Acc<'t> {
        Acc {
            ty,
            id: None,
            first_page: None,
            last_page: None,
            keywords: Vec::new(),
            years: Vec::new(),
            full: Vec::new(),
            setter: HashMap::new(),
        }
    }

    /// The record's `ID`.
    pub(super) fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    pub(super) fn take(&mut self, e: &mut Entry, f: &Field, t: Target) {
        let v = f.value.as_str();
        match t {
            Target::Id if self.id.is_none() => self.id = Some(v.to_string()),
            Target::PageStart if self.first_page.is_none() => self.first_page = Some(v.into()),
            Target::PageEnd if self.last_page.is_none() => self.last_page = Some(v.into()),
            Target::Keyword => {
                for (i, line) in v.split('\n').enumerate() {
                    // The first line is one keyword; continuation lines are more,
                    // split at semicolons (EndNote's run-on keyword lists).
                    let parts: Vec<&str> =
                        if i == 0 { vec![line] } else { line.split(';').collect() };
                    self.keywords.extend(
                        parts
                            .into_iter()
                            .map(str::trim)
                            .filter(|s| !s.is_empty())
                            .map(String::from),
                    );
                }
            }
            Target::Serial => {
                let var = serial_var(self.ty, v);
                self.set_text(e, var, f.tag, v, t);
            }
            Target::Name(var) => {
                let name = names::parse(v);
                match e.fields.get_mut(&var) {
                    Some(Value::Names(list)) => list.push(name),
                    _ => {
                        e.set(var, vec![name]);
                    }
                }
            }
            Target::Date(Var::Issued) => match f.tag {
                "DA" => self.full.push((v.to_string(), f.span)),
                "Y1" => self.years.push(("Y1", v.to_string(), f.span)),
                _ => self.years.push(("PY", v.to_string(), f.span)),
            },
            Target::Date(var) => match e.get(var) {
                None => {
                    e.set(var, dates::parse(v).0);
                }
                Some(_) => keep_extra(e, f.tag, v),
            },
            Target::Text(Var::Doi) => self.set_text(e, Var::Doi, f.tag, bare_doi(v), t),
            Target::Text(var) => self.set_text(e, var, f.tag, v, t),
            Target::Id | Target::PageStart | Target::PageEnd | Target::Keep => {
                keep_extra(e, f.tag, v)
            }
        }
    }

    /// Sets a text field; when it is set already, the tag the table prefers for
    /// it wins and the other value is kept in `extra` under its tag.
    fn set_text(&mut self, e: &mut Entry, var: Var, tag: &str, v: &str, t: Target) {
        let Some(old_tag) = self.setter.get(&var) else {
            e.set(var, Value::Text(Text::plain(v)));
            self.setter.insert(var, tag.to_string());
            return;
        };
        if table::rank(self.ty, tag, t) < table::rank(self.ty, old_tag, t) {
            let old_tag = old_tag.clone();
            if let Some(Value::Text(old)) = e.fields.remove(&var) {
                keep_extra(e, &old_tag, &old.value);
            }
            e.set(var, Value::Text(Text::plain(v)));
            self.setter.insert(var, tag.to_string());
        } else {
            keep_extra(e, tag, v);
        }
    }

    pub(super) fn finish(&mut self, e: &mut Entry) -> Vec<(Diagnostic, Span)> {
        let mut diags = Vec::new();
        // EndNote's conference papers: T2 the conference, C3 the proceedings.
        if matches!(self.ty, "CONF" | "CPAPER") && e.get(Var::EventTitle).is_none() {
            if let Some(ExtraValue::String(c3)) = e.extra.get("C3").cloned() {
                if let Some(t2) = e.fields.remove(&Var::ContainerTitle) {
                    e.fields.insert(Var::EventTitle, t2);
                }
                e.extra.remove("C3");
                e.set(Var::ContainerTitle, c3);
            }
        }
        // JO is the journal's name, abbreviated or not: the abbreviation too when
        // nothing else gives one (as Zotero and EndNote read it).
        if e.get(Var::ContainerTitleShort).is_none() {
            if let Some(ExtraValue::String(jo)) = e.extra.get("JO").cloned() {
                e.extra.remove("JO");
                e.set(Var::ContainerTitleShort, jo);
            } else if self.setter.get(&Var::ContainerTitle).is_some_and(|t| t == "JO") {
                if let Some(v) = e.get(Var::ContainerTitle).cloned() {
                    e.fields.insert(Var::ContainerTitleShort, v);
                }
            }
        }
        let page = match (self.first_page.take(), self.last_page.take()) {
            (Some(a), Some(b)) if a != b => Some(format!("{a}-{b}")),
            (Some(a), _) => Some(a),
            (None, Some(b)) => Some(b),
            (None, None) => None,
        };
        if let Some(p) = page {
            self.set_text(e, Var::Page, "SP", &p, Target::PageStart);
        }
        if !self.keywords.is_empty() {
            e.set(Var::Keyword, self.keywords.join("; "));
        }
        self.issued(e, &mut diags);
        diags
    }

    /// `issued` from the year (`PY`, `Y1`) and the full date (`DA`): the full
    /// date when it has parts (the year kept under its tag when it says
    /// otherwise); a `DA` of only a month and day ("JAN 23", Scopus and Web of
    /// Science) completed with the year; else the year, with `DA` kept.
    fn issued(&mut self, e: &mut Entry, diags: &mut Vec<(Diagnostic, Span)>) {
        let mut parse = |v: &str, span: Span| {
            let (d, note) = dates::parse(v);
            if let Some(note) = note {
                diags.push((Diagnostic::info(note).code("ris-date"), span));
            }
            d
        };
        let years = std::mem::take(&mut self.years);
        let full = std::mem::take(&mut self.full);
        let mut years = years.into_iter();
        let mut full = full.into_iter();
        let py = years.next().map(|(tag, raw, span)| (tag, parse(&raw, span), raw));
        let da = full.next().map(|(raw, span)| (parse(&raw, span), raw));
        let year_of = |d: &Date| d.start.as_ref().map(|s| s.year);
        let chosen = match (py, da) {
            (py, Some((d, _))) if d.start.is_some() => {
                if let Some((tag, y, raw)) = py {
                    let same = y == d
                        || (y.start.as_ref().is_some_and(|s| s.month.is_none())
                            && year_of(&y) == year_of(&d)
                            && y.end.is_none());
                    if !same {
                        keep_extra(e, tag, &raw);
                    }
                }
                Some(d)
            }
            (Some((tag, y, raw)), Some((_, da_raw))) => {
                let combined = year_of(&y)
                    .filter(|_| y.start.as_ref().is_some_and(|s| s.month.is_none()))
                    .map(|year| dates::parse(&format!("{da_raw} {year}")).0)
                    .filter(|c| {
                        c.start.as_ref().is_some_and(|s| s.month.is_some() || s.season.is_some())
                    });
                match combined {
                    Some(c) => Some(c),
                    None => {
                        let _ = (tag, raw);
                        keep_extra(e, "DA", &da_raw);
                        Some(y)
                    }
                }
            }
            (Some((_, y, _)), None) => Some(y),
            (None, Some((d, _))) => Some(d),
            (None, None) => None,
        };
        // Further years and dates that say what the chosen one says (`Y1`, `PY`
        // and `DA` all "2020") are dropped; others are kept under their tags.
        let says_the_same = |raw: &str| {
            let d = dates::parse(raw).0;
            chosen.as_ref().is_some_and(|c| {
                *c == d
                    || (d.end.is_none()
                        && d.start.as_ref().is_some_and(|s| s.month.is_none())
                        && year_of(&d) == year_of(c))
            })
        };
        for (tag, raw, _) in years {
            if !says_the_same(&raw) {
                keep_extra(e, tag, &raw);
            }
        }
        for (raw, _) in full {
            if !says_the_same(&raw) {
                keep_extra(e, "DA", &raw);
            }
        }
        if let Some(d) = chosen {
            e.set(Var::Issued, d);
        }
    }
}
/// ISBN or ISSN: by the value's form, else by the type.
fn serial_var(ty: &str, v: &str) -> Var {
    let digits: String =
        v.chars().filter(|c| c.is_ascii_digit() || *c == 'X' || *c == 'x').collect();
    let issn_form = v.len() >= 8
        && v.split([';', ' ', ',']).next().is_some_and(|w| w.len() == 9 && w.as_bytes()[4] == b'-');
    if issn_form
        || digits.len() == 8 && !matches!(ty, "BOOK" | "CHAP" | "EBOOK" | "ECHAP" | "EDBOOK")
    {
        return Var::Issn;
    }
    if digits.len() == 10 || digits.len() == 13 {
        return Var::Isbn;
    }
    match ty {
        // GEN: Zotero reads the generic type as a journal article.
        "JOUR" | "EJOUR" | "MGZN" | "NEWS" | "JFULL" | "ABST" | "INPR" | "SER" | "GEN" => Var::Issn,
        _ => Var::Isbn,
    }
}

/// A DOI without the `doi:` or resolver prefix exports put before it.
fn bare_doi(v: &str) -> &str {
    let lower = v.to_ascii_lowercase();
    for p in
        ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"]
    {
        if lower.starts_with(p) {
            return v[p.len()..].trim_start();
        }
    }
    v
}
