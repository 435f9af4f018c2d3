//! Any CSL 1.0.2 style: the styles and locales hayagriva carries (parsed by
//! `citationberg`), rendered by refconv's own processor (`super::engine`), fed
//! our entries as CSL-JSON. A dependent style is resolved to its parent among
//! the styles refconv carries; the locale is passed explicitly.

use super::engine;
use super::markup::Markup;
use crate::diagnostics::Diagnostic;
use crate::error::Error;
use crate::model::{CitationItem, Entry};
use hayagriva::archive::{locales, ArchivedStyle};
use hayagriva::citationberg::{IndependentStyle, Locale, LocaleCode, Style, StyleClass};
use serde_json::{Map, Value as Json};
use std::collections::HashMap;
use std::sync::OnceLock;

/// The entries of a library by id, made once per document (`Library::entry`
/// walks the list).
pub(crate) type Index<'a> = HashMap<&'a str, &'a Entry>;

/// A loaded style with the locale to render in.
pub(crate) struct Engine {
    style: IndependentStyle,
    locale: LocaleCode,
    /// Print the first field of a bibliography entry (its number in a numeric
    /// style); off when the caller numbers the entries itself.
    pub first_field: bool,
}

/// One note's citation: its items, in order.
pub(crate) struct Request<'a> {
    pub note: u32,
    pub items: Vec<&'a CitationItem>,
}

/// What a style made: one text per request, and the bibliography (entry id,
/// text) in the style's order.
pub(crate) struct Output {
    pub citations: Vec<String>,
    pub bibliography: Vec<(String, String)>,
}

/// The names of the CSL styles refconv carries.
pub(crate) fn names() -> Vec<&'static str> {
    ArchivedStyle::all().iter().filter_map(|s| s.names().first().copied()).collect()
}

fn all_locales() -> &'static [Locale] {
    static L: OnceLock<Vec<Locale>> = OnceLock::new();
    L.get_or_init(locales)
}

/// A style by name: hayagriva's names (`apa`, `chicago-notes`), then the file
/// names of the official repository (`gost-r-7-0-5-2008-numeric`).
fn by_name(name: &str) -> Option<Style> {
    let name = name.trim_end_matches(".csl");
    ArchivedStyle::by_name(name)
        .or_else(|| ArchivedStyle::by_id(&format!("http://www.zotero.org/styles/{name}")))
        .map(ArchivedStyle::get)
}

impl Engine {
    /// Loads a style; `locale` overrides the style's default locale.
    pub(crate) fn load(
        spec: &super::spec::StyleSpec,
        locale: Option<&str>,
    ) -> Result<Engine, Error> {
        let style = match spec {
            super::spec::StyleSpec::Named(n) => by_name(n).ok_or_else(|| {
                Error::Style(format!(
                    "no style named `{n}` (`refconv formats` lists them; or give a .csl file)"
                ))
            })?,
            super::spec::StyleSpec::Csl(xml) => Style::from_xml(xml)
                .map_err(|e| Error::Style(format!("not a CSL 1.0 style: {e}")))?,
        };
        let (style, dependent_locale) = match style {
            Style::Independent(s) => (s, None),
            Style::Dependent(d) => {
                let parent = ArchivedStyle::by_id(&d.parent_link.href).ok_or_else(|| {
                    Error::Style(format!(
                        "a dependent style whose parent ({}) refconv does not carry: give the parent's .csl file",
                        d.parent_link.href
                    ))
                })?;
                match parent.get() {
                    Style::Independent(s) => (s, d.default_locale),
                    Style::Dependent(_) => {
                        return Err(Error::Style("a dependent style's parent is dependent".into()))
                    }
                }
            }
        };
        let locale = locale
            .map(|l| LocaleCode(l.to_string()))
            .or(dependent_locale)
            .or_else(|| style.default_locale.clone())
            .unwrap_or_else(LocaleCode::en_us);
        Ok(Engine { style, locale, first_field: true })
    }

    /// Renders the requests as citations (note numbers kept for note styles) and
    /// the bibliography of `bib` (entries no request cites are cited hidden).
    pub(crate) fn render(
        &self,
        index: &Index<'_>,
        requests: &[Request<'_>],
        bib: &[&Entry],
        markup: Markup,
        _lost: &mut Vec<Diagnostic>,
    ) -> Result<Output, Error> {
        let mut items: HashMap<&str, engine::Item> = HashMap::new();
        let mut wanted: Vec<&Entry> = requests
            .iter()
            .flat_map(|r| &r.items)
            .filter_map(|it| index.get(it.entry.as_str()).copied())
            .collect();
        wanted.extend(bib.iter().copied());
        for e in wanted {
            if !items.contains_key(e.id.as_str()) {
                items.insert(e.id.as_str(), item(e, index));
            }
        }
        let citations: Vec<Vec<engine::Cite>> = requests
            .iter()
            .map(|r| {
                r.items
                    .iter()
                    .map(|it| engine::Cite {
                        id: it.entry.clone(),
                        locator: it.locator.as_ref().map(|l| (l.label.clone(), l.value.clone())),
                        note: Some(r.note as usize),
                    })
                    .collect()
            })
            .collect();
        let bib_ids: Vec<&str> = bib.iter().map(|e| e.id.as_str()).collect();
        let processor = engine::Processor::new(&self.style, &self.locale.0, all_locales());
        let (cites, entries) = processor.render(&items, &citations, &bib_ids);
        let note_style = self.style.settings.class == StyleClass::Note;
        let citations = cites
            .into_iter()
            .map(|mut c| {
                if note_style {
                    c.capitalise_leading_term();
                }
                self.mend(c.markup(markup))
            })
            .collect();
        let bibliography = entries
            .into_iter()
            .map(|e| {
                let mut text = String::new();
                if let Some(first) = e.first.as_ref().filter(|_| self.first_field) {
                    text.push_str(&first.markup(markup));
                    text.push(' ');
                }
                let mut body = e.body;
                body.capitalise_leading_term();
                text.push_str(&body.markup(markup));
                (e.id, self.mend(text))
            })
            .collect();
        Ok(Output { citations, bibliography })
    }
}

impl Engine {
    /// The style's short name: the last part of its id (`apa`).
    pub(crate) fn name(&self) -> &str {
        let id = self.style.info.id.trim_end_matches('/');
        id.rsplit('/').next().unwrap_or(id)
    }

    /// hayagriva ignores `plural="never"` on a page label (typst/hayagriva#377):
    /// the GOST styles would print `Сс. 108–133`; GOST writes `С.`.
    fn mend(&self, text: String) -> String {
        if !self.locale.0.starts_with("ru") {
            return text;
        }
        text.replace(" Сс. ", " С. ").replace("(Сс. ", "(С. ")
    }
}

/// Initials printed without spaces (`А.Л.`) as CSL reads them (`А. Л.`): the
/// engine takes `А.Л.` for one initial.
fn spaced_initials(given: &str) -> Option<String> {
    let parts: Vec<&str> = given.split_inclusive('.').collect();
    let initials = parts.len() > 1
        && parts.iter().all(|p| {
            p.trim().chars().filter(|c| c.is_alphabetic()).count() <= 2 && p.ends_with('.')
        });
    initials.then(|| parts.iter().map(|p| p.trim()).collect::<Vec<_>>().join(" "))
}

/// An entry as the CSL-JSON item the engine takes, initials spaced.
fn item(e: &Entry, index: &Index<'_>) -> engine::Item {
    let mut m: Map<String, Json> = crate::formats::csl_json::item_in(e, index, &mut Vec::new());
    m.remove("custom");
    for v in m.values_mut() {
        if let Json::Array(names) = v {
            for n in names.iter_mut() {
                if let Some(Json::String(g)) = n.get_mut("given") {
                    if let Some(spaced) = spaced_initials(g) {
                        *g = spaced;
                    }
                }
            }
        }
    }
    m
}
