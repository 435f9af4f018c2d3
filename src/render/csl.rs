//! Any CSL 1.0.2 style through the `hayagriva` crate, fed our entries as CSL-JSON.
//!
//! What hayagriva 0.10.1 lacks is worked around here: `archive-place` is handed
//! over as `archive_place` (the key its lookup uses); a date range is never handed
//! over (it panics on one): its start is kept and the loss reported; the locale
//! is always passed explicitly; a dependent style is resolved to its parent among
//! the styles refconv carries; the bibliography of entries no note cites is
//! asked for with hidden citations.

use super::markup::{self, Markup};
use crate::diagnostics::Diagnostic;
use crate::error::Error;
use crate::model::{CitationItem, Entry};
use hayagriva::archive::{locales, ArchivedStyle};
use hayagriva::citationberg::json::{Item, Value as CslValue};
use hayagriva::citationberg::taxonomy::Locator as CslLocator;
use hayagriva::citationberg::{IndependentStyle, Locale, LocaleCode, Style, StyleClass};
use hayagriva::{
    BibliographyDriver, BibliographyRequest, CitationItem as HItem, CitationRequest, ElemChild,
    ElemChildren, ElemMeta, LocatorPayload, Rendered, SpecificLocator,
};
use serde_json::{Map, Value as Json};
use std::collections::HashMap;
use std::str::FromStr;
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
        lost: &mut Vec<Diagnostic>,
    ) -> Result<Output, Error> {
        let mut items: HashMap<&str, Item> = HashMap::new();
        let mut wanted: Vec<&Entry> = requests
            .iter()
            .flat_map(|r| &r.items)
            .filter_map(|it| index.get(it.entry.as_str()).copied())
            .collect();
        wanted.extend(bib.iter().copied());
        for e in wanted {
            if !items.contains_key(e.id.as_str()) {
                items.insert(e.id.as_str(), item(e, index, lost));
            }
        }
        let mut style = self.style.clone();
        let mut outcome = run(&style, &self.locale, requests, bib, &items);
        if outcome.is_err() {
            // hayagriva 0.10.1 can fail while disambiguating names (an index out of
            // bounds in `disambiguate_names`): render again without adding names or
            // given names, and say so.
            style.citation.disambiguate_add_givenname = false;
            style.citation.disambiguate_add_names = false;
            outcome = run(&style, &self.locale, requests, bib, &items);
            if outcome.is_ok() {
                lost.push(
                    Diagnostic::warning(
                        "the CSL engine failed while disambiguating names; rendered without \
                         adding names or given names to tell authors apart",
                    )
                    .code("render-disambiguation"),
                );
            }
        }
        let rendered = outcome
            .map_err(|why| Error::Style(format!("the CSL engine failed on this input: {why}")))?;
        let citations = rendered
            .citations
            .iter()
            .take(requests.len())
            .map(|c| {
                let mut elems = c.citation.clone();
                if self.style.settings.class == StyleClass::Note {
                    capitalise_leading_term(&mut elems);
                }
                self.mend(markup::from_elems(&elems, markup))
            })
            .collect();
        let bibliography = rendered
            .bibliography
            .map(|b| {
                b.items
                    .iter()
                    .map(|i| {
                        let mut text = String::new();
                        if let Some(first) = i.first_field.as_ref().filter(|_| self.first_field) {
                            text.push_str(&markup::from_elem(first, markup));
                            text.push(' ');
                        }
                        text.push_str(&markup::from_elems(&i.content, markup));
                        (i.key.clone(), self.mend(text))
                    })
                    .collect()
            })
            .unwrap_or_default();
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

/// A note that begins with a term prints it with a capital, as citeproc-js does
/// (`(N.d.), fol. 317`, `Ibid.`); hayagriva keeps the term's lower case. A label
/// (`fol. 78`) or a name is left as it is.
fn capitalise_leading_term(children: &mut ElemChildren) {
    fn walk(children: &mut ElemChildren, meta: Option<&ElemMeta>) -> bool {
        for c in children.0.iter_mut() {
            match c {
                ElemChild::Elem(e) => {
                    let inner = e.meta.clone().or_else(|| meta.cloned());
                    if walk(&mut e.children, inner.as_ref()) {
                        return true;
                    }
                }
                ElemChild::Text(t) if t.text.chars().any(char::is_alphabetic) => {
                    let term_like = !matches!(
                        meta,
                        Some(
                            ElemMeta::Label
                                | ElemMeta::Names(_)
                                | ElemMeta::Name(..)
                                | ElemMeta::Number
                                | ElemMeta::CitationNumber
                                | ElemMeta::CitationLabel
                        )
                    );
                    if term_like {
                        let mut out = String::with_capacity(t.text.len());
                        let mut done = false;
                        for ch in t.text.chars() {
                            if !done && ch.is_alphabetic() {
                                out.extend(ch.to_uppercase());
                                done = true;
                            } else {
                                out.push(ch);
                            }
                        }
                        t.text = out;
                    }
                    return true;
                }
                ElemChild::Text(_) | ElemChild::Transparent { .. } => {}
                ElemChild::Markup(_) | ElemChild::Link { .. } => return true,
            }
        }
        false
    }
    walk(children, None);
}

/// CSL rich text (`<i>`, `<b>`, `<sup>`, `<sub>`, `<span class="nocase">`, …) in a
/// string: hayagriva prints it as text, tags and all; its words are kept, the tags
/// go (the italics inside a title are lost, not garbled).
fn strip_markup(v: &mut Json) {
    match v {
        Json::String(s) if s.contains('<') => {
            let mut out = String::with_capacity(s.len());
            let mut rest = s.as_str();
            while let Some(i) = rest.find('<') {
                out.push_str(&rest[..i]);
                let tail = &rest[i..];
                let is_tag = tail.find('>').filter(|&j| {
                    let name = tail[1..j].trim_start_matches('/');
                    ["i", "b", "sup", "sub", "span", "sc"]
                        .iter()
                        .any(|t| name == *t || name.starts_with(&format!("{t} ")))
                });
                match is_tag {
                    Some(j) => rest = &tail[j + 1..],
                    None => {
                        out.push('<');
                        rest = &tail[1..];
                    }
                }
            }
            out.push_str(rest);
            *s = out;
        }
        Json::Array(a) => a.iter_mut().for_each(strip_markup),
        Json::Object(o) => o.values_mut().for_each(strip_markup),
        _ => {}
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

/// One run of the engine: the requests, then hidden citations of the entries of
/// `bib` no request cites, then the bibliography. hayagriva panics on some input
/// it cannot handle; the library must not, so a panic is returned as an error.
fn run(
    style: &IndependentStyle,
    locale: &LocaleCode,
    requests: &[Request<'_>],
    bib: &[&Entry],
    items: &HashMap<&str, Item>,
) -> Result<Rendered, String> {
    let locales = all_locales();
    let mut driver: BibliographyDriver<'_, Item> = BibliographyDriver::new();
    let mut cited: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for r in requests {
        let cite_items = r
            .items
            .iter()
            .filter_map(|it| {
                let entry = items.get(it.entry.as_str())?;
                cited.insert(it.entry.as_str());
                let locator = it.locator.as_ref().map(|l| {
                    SpecificLocator(
                        CslLocator::from_str(&l.label).unwrap_or(CslLocator::Page),
                        LocatorPayload::Str(&l.value),
                    )
                });
                Some(HItem::new(entry, locator, None, false, None))
            })
            .collect();
        driver.citation(CitationRequest::new(
            cite_items,
            style,
            Some(locale.clone()),
            locales,
            Some(r.note as usize),
        ));
    }
    for e in bib {
        if cited.contains(e.id.as_str()) {
            continue;
        }
        if let Some(entry) = items.get(e.id.as_str()) {
            driver.citation(CitationRequest::new(
                vec![HItem::new(entry, None, None, true, None)],
                style,
                Some(locale.clone()),
                locales,
                None,
            ));
        }
    }
    let request = BibliographyRequest::new(style, Some(locale.clone()), locales);
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || driver.finish(request))).map_err(
        |p| {
            p.downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| p.downcast_ref::<String>().cloned())
                .unwrap_or_default()
        },
    )
}

/// An entry as a CSL-JSON item hayagriva can take.
fn item(e: &Entry, index: &Index<'_>, lost: &mut Vec<Diagnostic>) -> Item {
    let mut m: Map<String, Json> = crate::formats::csl_json::item_in(e, index, &mut Vec::new());
    m.remove("custom");
    for v in m.values_mut() {
        strip_markup(v);
    }
    if let Some(place) = m.remove("archive-place") {
        m.insert("archive_place".into(), place);
    }
    for (key, v) in m.iter_mut() {
        if let Json::Array(names) = v {
            for n in names.iter_mut() {
                if let Some(Json::String(g)) = n.get_mut("given") {
                    if let Some(spaced) = spaced_initials(g) {
                        *g = spaced;
                    }
                }
            }
        }
        if let Some(Json::Array(parts)) = v.get_mut("date-parts") {
            if parts.len() > 1 {
                parts.truncate(1);
                lost.push(
                    Diagnostic::warning(format!(
                        "`{key}` is a date range; the CSL engine prints its start only"
                    ))
                    .entry(e.id.clone())
                    .code("render-date-range"),
                );
            }
        }
    }
    // A value the engine's CSL-JSON types cannot take (a `literal` or `raw`
    // date, say) is left out alone, and said so; the rest of the entry renders.
    let mut kept = std::collections::BTreeMap::new();
    let mut dropped = Vec::new();
    for (key, v) in m {
        match serde_json::from_value::<CslValue>(v) {
            Ok(v) => {
                kept.insert(key, v);
            }
            Err(_) => dropped.push(key),
        }
    }
    if !dropped.is_empty() {
        lost.push(
            Diagnostic::warning(format!(
                "the CSL engine cannot take {}; left out of the formatted entry",
                dropped.join(", ")
            ))
            .entry(e.id.clone())
            .code("render-item"),
        );
    }
    Item(kept)
}
