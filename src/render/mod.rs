//! Formatted output: footnotes and bibliographies as printed (`-t text`, `html`,
//! `markdown`).
//!
//! Two engines meet here:
//! - refconv's own GOST R 7.0.5-2008 footnotes ([`gost`], the style `gost`):
//!   archival search data from the structured units, newspapers, `Там же`;
//! - any CSL 1.0.2 style (`csl`, rendered by refconv's own processor in
//!   `engine`): the styles hayagriva bundles by name (`apa`, `chicago-notes`,
//!   `ieee`, ...) or a `.csl` file.
//!
//! A note is rendered from the model when it is made of citations the model holds
//! (an archival, newspaper, literature or ibid note whose every item is a real
//! entry); commentary, and notes that point into a numbered reference list
//! (`See: [15].`), are the author's prose and are kept as printed. The entries
//! not rendered in a note form the bibliography.

mod csl;
mod engine;
pub mod gost;
mod loss;
mod markup;
pub mod spec;
pub mod translit;

use crate::diagnostics::Diagnostic;
use crate::error::Error;
use crate::model::{Citation, CitationItem, Entry, Library, Locator, NoteKind};
use crate::options::WriteOptions;
use std::collections::HashMap;

use csl::Index;
use markup::Doc;
pub use markup::Markup;
pub use spec::StyleSpec;

/// The names of the styles refconv carries: `gost`, then the CSL styles.
pub fn style_names() -> Vec<&'static str> {
    let mut v = vec!["gost"];
    v.extend(csl::names());
    v
}

fn is_gost(name: &str) -> bool {
    matches!(name, "gost" | "gost-notes" | "gost-r-7-0-5-2008-notes")
}

/// Writes `lib` formatted in `markup`, in the style and locale of `opts`.
pub fn write(
    lib: &Library,
    out: &mut dyn std::io::Write,
    opts: &WriteOptions,
    markup: Markup,
) -> Result<Vec<Diagnostic>, Error> {
    let mut lost = Vec::new();
    let index: Index<'_> = lib.entries.iter().map(|e| (e.id.as_str(), e)).collect();
    let spec = opts.style.clone().unwrap_or_default();
    let mut doc = match &spec {
        StyleSpec::Named(n) if is_gost(n) => gost_doc(lib, &index, opts, markup, &mut lost)?,
        other => {
            let engine = csl::Engine::load(other, opts.locale.as_deref())?;
            csl_doc(lib, &index, &engine, markup, &mut lost)?
        }
    };
    if let Some(scheme) = opts.references {
        doc.references = translit::references(&real_entries(lib), scheme, markup);
    }
    markup::write(&doc, markup, opts.fragment, out)?;
    Ok(lost)
}

/// A placeholder for an entry of a numbered list the notes point into (`[15]`),
/// which has nothing to render.
fn is_placeholder(e: &Entry) -> bool {
    e.extra.contains_key("placeholder")
}

/// A warning for each bibliography entry whose style left some of its variables out.
fn report_dropped(
    index: &Index<'_>,
    bibliography: &[(String, String)],
    markup: Markup,
    style: &str,
    lost: &mut Vec<Diagnostic>,
) {
    for (id, text) in bibliography {
        if let Some(d) = index.get(id.as_str()).and_then(|e| loss::dropped(e, text, markup, style))
        {
            lost.push(d);
        }
    }
}

/// The entries that are more than a placeholder, in order.
fn real_entries(lib: &Library) -> Vec<&Entry> {
    lib.entries.iter().filter(|e| !is_placeholder(e)).collect()
}

/// The citations of each note, by note number.
fn by_note(lib: &Library) -> HashMap<u32, Vec<&Citation>> {
    let mut m: HashMap<u32, Vec<&Citation>> = HashMap::new();
    for c in lib.citations.iter().filter(|c| c.note > 0) {
        m.entry(c.note).or_default().push(c);
    }
    m
}

/// The items a note is rendered from, or `None` when its printed text is kept.
fn note_items<'a>(
    index: &Index<'a>,
    kind: NoteKind,
    cites: Option<&Vec<&'a Citation>>,
    ok: impl Fn(&Entry) -> bool,
) -> Option<Vec<(&'a CitationItem, &'a Entry)>> {
    if !matches!(
        kind,
        NoteKind::Archival | NoteKind::Newspaper | NoteKind::Literature | NoteKind::Ibid
    ) {
        return None;
    }
    let items: Vec<_> = cites?
        .iter()
        .flat_map(|c| &c.items)
        .map(|it| {
            index
                .get(it.entry.as_str())
                .copied()
                .filter(|e| !is_placeholder(e) && ok(e))
                .map(|e| (it, e))
        })
        .collect::<Option<_>>()?;
    (!items.is_empty()).then_some(items)
}

/// The text a citation item's prefix and suffix add around its rendering.
fn affixed(it: &CitationItem, body: String) -> String {
    let mut s = body;
    if let Some(suffix) = it.suffix.as_deref().filter(|x| !x.trim().is_empty()) {
        let bare = s.trim_end_matches('.').to_string();
        s = format!("{bare}, {}.", suffix.trim().trim_end_matches('.'));
    }
    match it.prefix.as_deref().map(str::trim).filter(|x| !x.is_empty()) {
        Some(p) => format!("{p} {s}"),
        None => s,
    }
}

/// refconv's GOST document: footnotes from the model with `Там же` for a repeat
/// of the note just before; the other entries as a numbered list in the CSL
/// style `gost-r-7-0-5-2008-numeric`.
fn gost_doc<'a>(
    lib: &'a Library,
    index: &Index<'a>,
    opts: &WriteOptions,
    markup: Markup,
    lost: &mut Vec<Diagnostic>,
) -> Result<Doc, Error> {
    let script = gost::Script::for_locale(opts.locale.as_deref().unwrap_or("ru-RU"));
    let cites = by_note(lib);
    let mut doc = Doc { numbered: true, ..Doc::default() };
    let mut rendered: std::collections::HashSet<&str> = std::collections::HashSet::new();
    // The single item of the note just rendered: (number, entry, locator).
    let mut prev: Option<(u32, &str, Option<&Locator>)> = None;
    for note in &lib.notes {
        let Some(items) = note_items(index, note.kind, cites.get(&note.number), gost::renders)
        else {
            doc.notes.push((note.number, markup.escape(&note.text)));
            prev = None;
            continue;
        };
        let repeat = |it: &CitationItem| {
            prev.filter(|(n, id, _)| *n + 1 == note.number && *id == it.entry && items.len() == 1)
                .map(|(_, _, loc)| loc)
        };
        let mut parts = Vec::new();
        for (it, e) in &items {
            rendered.insert(e.id.as_str());
            let trad = gost::tradition_of(e);
            let body = match repeat(it) {
                Some(before) if before == it.locator.as_ref() => gost::ibid(None, script, trad),
                Some(_) if it.locator.is_some() => gost::ibid(it.locator.as_ref(), script, trad),
                _ => gost::full(e, it.locator.as_ref(), script),
            };
            parts.push(affixed(it, body));
        }
        prev = match items.as_slice() {
            [(it, _)] => Some((note.number, it.entry.as_str(), it.locator.as_ref())),
            _ => None,
        };
        let last = parts.len().saturating_sub(1);
        let text = parts
            .iter()
            .enumerate()
            .map(|(i, p)| if i < last { p.trim_end_matches('.').to_string() } else { p.clone() })
            .collect::<Vec<_>>()
            .join("; ");
        doc.notes.push((note.number, markup.escape(&text)));
    }
    let rest: Vec<&Entry> = lib
        .entries
        .iter()
        .filter(|e| !is_placeholder(e) && !rendered.contains(e.id.as_str()))
        .collect();
    let (own, others): (Vec<&Entry>, Vec<&Entry>) = rest.iter().partition(|e| gost::renders(e));
    let mut by_id: HashMap<&str, String> = HashMap::new();
    for e in &own {
        by_id.insert(e.id.as_str(), markup.escape(&gost::full(e, None, script)));
    }
    if !others.is_empty() {
        let locale = match script {
            gost::Script::Cyrillic => "ru-RU",
            gost::Script::Latin => "en-US",
        };
        let mut engine =
            csl::Engine::load(&StyleSpec::Named("gost-r-7-0-5-2008-numeric".into()), Some(locale))?;
        engine.first_field = false;
        let bib = engine.render(index, &[], &others, markup, lost)?;
        report_dropped(index, &bib.bibliography, markup, engine.name(), lost);
        for (id, text) in bib.bibliography {
            if let Some((key, _)) = index.get_key_value(id.as_str()) {
                by_id.insert(key, text);
            }
        }
    }
    doc.bibliography = rest
        .iter()
        .filter_map(|e| by_id.remove(e.id.as_str()).map(|t| (e.id.clone(), t)))
        .collect();
    Ok(doc)
}

/// A document in a CSL style: notes of a note style from their citations (with
/// the style's positions: ibid, subsequent), then the bibliography of every entry.
fn csl_doc<'a>(
    lib: &'a Library,
    index: &Index<'a>,
    engine: &csl::Engine,
    markup: Markup,
    lost: &mut Vec<Diagnostic>,
) -> Result<Doc, Error> {
    let cites = by_note(lib);
    let mut requests = Vec::new();
    let mut kept = Vec::new();
    for note in &lib.notes {
        match note_items(index, note.kind, cites.get(&note.number), |_| true) {
            Some(items) => {
                requests.push(csl::Request {
                    note: note.number,
                    items: items.into_iter().map(|(it, _)| it).collect(),
                });
                kept.push((note.number, None));
            }
            None => kept.push((note.number, Some(markup.escape(&note.text)))),
        }
    }
    let rendered = engine.render(index, &requests, &real_entries(lib), markup, lost)?;
    let mut cited = rendered.citations.into_iter();
    let notes = kept
        .into_iter()
        .map(|(n, text)| (n, text.unwrap_or_else(|| cited.next().unwrap_or_default())))
        .collect();
    report_dropped(index, &rendered.bibliography, markup, engine.name(), lost);
    Ok(Doc { notes, bibliography: rendered.bibliography, references: Vec::new(), numbered: false })
}
