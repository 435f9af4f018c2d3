//! MODS reader: `<mods>` records alone or in a `<modsCollection>`, any MODS 3.x
//! version, with or without a namespace prefix, as catalogues (the Library of
//! Congress), Zotero, JabRef, bibutils and we write them. A part's container,
//! editors, publication facts and numbering are read from its `relatedItem
//! type="host"`, its series from `relatedItem type="series"`. The type is taken
//! from our `genre authority="csl"`, else Zotero's local genre, MARC genre
//! terms, `typeOfResource`, the host's genre and issuance. Elements no rule
//! reads are kept in `extra` under their name; our `<extension>` gives back
//! what MODS has no element for.

use super::govinfo;
use super::parts::{self, Fields};
use super::table::{self, CSL_AUTHORITY};
use crate::diagnostics::{Diagnostic, Span};
use crate::error::Error;
use crate::model::{ids, EntryType, Source, Var};
use crate::options::{Parsed, ReadOptions};
use crate::xmltree::{self, clean, Element};

/// Reads MODS.
///
/// ```
/// use refconv::{formats::mods, ReadOptions, Var};
/// let src = r#"<mods xmlns="http://www.loc.gov/mods/v3"><titleInfo><title>Post-Fordism</title>
///   <subTitle>A Reader</subTitle></titleInfo><name type="personal"><namePart type="family">Amin</namePart>
///   <namePart type="given">Ash</namePart></name><originInfo><dateIssued>1994</dateIssued></originInfo></mods>"#;
/// let p = mods::read(src, &ReadOptions::default()).unwrap();
/// let e = &p.library.entries[0];
/// assert_eq!(e.text(Var::Title), Some("Post-Fordism: A Reader"));
/// assert_eq!(e.id, "amin1994post");
/// ```
pub fn read(src: &str, opts: &ReadOptions) -> Result<Parsed, Error> {
    Parsed::gather(|sink| read_batches(src, opts, usize::MAX, sink))
}

/// Reads MODS a batch of about `batch` records at a time, each record's tree
/// dropped once it is read (see [`crate::stream::read_batches`]); ids are unique
/// over the whole input.
pub fn read_batches(
    src: &str,
    _opts: &ReadOptions,
    batch: usize,
    sink: &mut dyn FnMut(Parsed) -> Result<(), Error>,
) -> Result<(), Error> {
    let none = "no MODS records (no `<mods>` element)";
    xmltree::read_record_batches(src, "mods", none, batch, sink, &mut |m, taken| {
        let (mut e, d) = entry(m);
        let base = if e.id.is_empty() { ids::derive(&e) } else { e.id.clone() };
        e.id = ids::unique(&base, taken);
        taken.insert(e.id.clone());
        (e, d)
    })
}

/// One record as an entry.
fn entry(m: &Element) -> (crate::model::Entry, Vec<(Diagnostic, Span)>) {
    let mut diags = Vec::new();
    let ours = m.children_named("genre").any(|g| g.attr("authority") == Some(CSL_AUTHORITY));
    let vendor = if ours { None } else { govinfo::kind(m) };
    let kind = vendor.unwrap_or_else(|| kind_of(m));
    let mut f = Fields::new(kind);
    if let Some(id) = m.attr("ID").or(m.attr("id")) {
        f.e.id = id.trim().to_string();
    }
    let hosts: Vec<&Element> =
        m.children_named("relatedItem").filter(|r| r.attr("type") == Some("host")).collect();
    // The item's own elements first, then its host's (which fill what is left).
    for c in m.elements() {
        match c.name.as_str() {
            "titleInfo" => parts::title_info(&mut f, c, Var::Title, Var::TitleShort, true),
            "name" => parts::name(&mut f, c, Var::Author),
            "typeOfResource" => {}
            "genre" => genre(&mut f, c, ours),
            "originInfo" => parts::origin_info(&mut f, c, true),
            "language" => parts::language(&mut f, c),
            "physicalDescription" => parts::physical(&mut f, c),
            "abstract" => f.append(Var::Abstract, &clean(&c.text()), "\n\n"),
            "note" => {
                let t = clean(&c.text());
                match c.attr("type") {
                    Some("annote") => f.append(Var::Annote, &t, "\n"),
                    Some(typ) => f.append(Var::Note, &format!("{typ}: {t}"), "\n"),
                    None => f.append(Var::Note, &t, "\n"),
                }
            }
            "subject" => parts::subject(&mut f, c),
            "classification" => {
                f.first_or_extra(Var::CallNumber, &clean(&c.text()), "classification")
            }
            "relatedItem" => related(&mut f, c),
            "identifier" => parts::identifier(&mut f, c),
            "location" => parts::location(&mut f, c),
            "part" => parts::part(&mut f, c),
            "recordInfo" => {
                for r in c.elements() {
                    let t = clean(&r.text());
                    match r.name.as_str() {
                        "recordContentSource" => {
                            f.first_or_extra(Var::Source, &t, "recordContentSource")
                        }
                        "recordIdentifier" => f.e.push_extra("recordIdentifier", t),
                        _ => {}
                    }
                }
            }
            "extension" => parts::extension(&mut f, c, &mut diags),
            other => {
                let t = clean(&c.text());
                if !t.is_empty() {
                    f.e.push_extra(other, t);
                }
            }
        }
    }
    for h in &hosts {
        for c in h.elements() {
            match c.name.as_str() {
                "titleInfo" => parts::title_info(
                    &mut f,
                    c,
                    Var::ContainerTitle,
                    Var::ContainerTitleShort,
                    false,
                ),
                "name" => parts::name(&mut f, c, Var::Editor),
                "originInfo" => parts::origin_info(&mut f, c, false),
                "identifier" => parts::identifier(&mut f, c),
                "part" => parts::part(&mut f, c),
                "location" => parts::location(&mut f, c),
                _ => {}
            }
        }
    }
    if vendor.is_some() {
        govinfo::read(&mut f, m);
    }
    let mut e = f.finish();
    e.source = Some(Source { span: m.span, line: 0, text: None });
    (e, diags)
}

/// A genre that does not give the type: the CSL `genre` when it has no
/// authority (or the record names its CSL type, as ours do), else kept in
/// `extra`.
fn genre(f: &mut Fields, g: &Element, ours: bool) {
    let t = clean(&g.text());
    if t.is_empty() {
        return;
    }
    let typing = marc_genre(&t, table::GENRES).is_some() || zotero_type(&t).is_some();
    match g.attr("authority") {
        Some(CSL_AUTHORITY) => {}
        Some(_) if typing => {}
        Some(_) => f.e.push_extra("genre", t),
        None if typing && !ours => {}
        None => f.first_or_extra(Var::Genre, &t, "genre"),
    }
}

/// `relatedItem`: the series; the host is read after the item; other relations
/// (the original, a review's subject, preceding titles) are kept in `extra`.
fn related(f: &mut Fields, r: &Element) {
    match r.attr("type") {
        Some("host") => {}
        Some("series") => {
            for c in r.elements() {
                match c.name.as_str() {
                    "titleInfo" if f.e.get(Var::CollectionTitle).is_none() => {
                        if let Some(t) = c.child("title") {
                            f.set_text(Var::CollectionTitle, &clean(&t.text()));
                        }
                        if let Some(n) = c.child("partNumber") {
                            f.set_text(Var::CollectionNumber, &clean(&n.text()));
                        }
                    }
                    "name" => parts::name(f, c, Var::CollectionEditor),
                    "part" => {
                        for d in c.children_named("detail") {
                            let n = d.child("number").map_or_else(|| d.text(), |n| n.text());
                            f.set_text(Var::CollectionNumber, &clean(&n));
                        }
                    }
                    _ => {}
                }
            }
        }
        typ => {
            let title =
                r.children_named("titleInfo").next().map(|t| clean(&t.text())).unwrap_or_default();
            if !title.is_empty() {
                let key = format!("relatedItem {}", typ.unwrap_or("(no type)"));
                if typ == Some("reviewOf") {
                    f.set_text(Var::ReviewedTitle, &title);
                } else if typ == Some("original") {
                    f.set_text(Var::OriginalTitle, &title);
                } else {
                    f.e.push_extra(&key, title);
                }
            }
        }
    }
}

/// The type: our CSL genre, Zotero's local genre, MARC genre terms,
/// `typeOfResource`, the host's genre, a serial host, any host.
fn kind_of(m: &Element) -> EntryType {
    let genres: Vec<(Option<&str>, String)> =
        m.children_named("genre").map(|g| (g.attr("authority"), clean(&g.text()))).collect();
    if let Some(t) = genres
        .iter()
        .filter(|g| g.0 == Some(CSL_AUTHORITY))
        .find_map(|g| EntryType::from_name(&g.1))
    {
        return t;
    }
    if let Some(t) = genres.iter().filter(|g| g.0 == Some("local")).find_map(|g| zotero_type(&g.1))
    {
        return t;
    }
    if let Some(t) = genres.iter().find_map(|g| marc_genre(&g.1, table::GENRES)) {
        return t;
    }
    if let Some(t) = genres.iter().find_map(|g| zotero_type(&g.1)) {
        return t;
    }
    // A record with an addressee is a letter (MARC's `rcp` is used for
    // correspondence), whatever holds it.
    let addressed = m.children_named("name").flat_map(|n| n.children_named("role")).any(|r| {
        r.children_named("roleTerm").any(|t| {
            matches!(clean(&t.text()).to_lowercase().as_str(), "rcp" | "recipient" | "addressee")
        })
    });
    if addressed {
        return EntryType::PersonalCommunication;
    }
    for r in m.children_named("typeOfResource") {
        let v = clean(&r.text()).to_lowercase();
        if let Some(row) = table::RESOURCES.iter().find(|row| row.0 == v) {
            return row.1;
        }
    }
    let hosts: Vec<&Element> =
        m.children_named("relatedItem").filter(|r| r.attr("type") == Some("host")).collect();
    for h in &hosts {
        for g in h.children_named("genre") {
            if let Some(t) = marc_genre(&clean(&g.text()), table::HOST_GENRES) {
                return t;
            }
        }
    }
    let html = m
        .children_named("physicalDescription")
        .any(|p| p.children_named("internetMediaType").any(|t| clean(&t.text()) == "text/html"));
    if html {
        return EntryType::Webpage;
    }
    let serial = hosts.iter().any(|h| {
        h.children_named("originInfo").any(|o| {
            o.children_named("issuance").any(|i| {
                let v = clean(&i.text());
                v == "continuing" || v == "serial"
            })
        })
    });
    match (hosts.is_empty(), serial) {
        (false, true) => EntryType::ArticleJournal,
        (false, false) => EntryType::Chapter,
        _ => {
            let manuscript =
                m.children_named("typeOfResource").any(|r| r.attr("manuscript") == Some("yes"));
            if manuscript {
                EntryType::Manuscript
            } else if m.children_named("typeOfResource").any(|r| clean(&r.text()) == "text")
                && m.children_named("originInfo").any(|o| {
                    o.child("publisher").is_some()
                        || o.child("agent").is_some()
                        || o.children_named("issuance").any(|i| clean(&i.text()) == "monographic")
                })
            {
                EntryType::Book
            } else {
                EntryType::Document
            }
        }
    }
}

fn zotero_type(v: &str) -> Option<EntryType> {
    table::ZOTERO_TYPES.iter().find(|r| r.0 == v).map(|r| r.1)
}

pub(super) fn marc_genre(v: &str, rows: &[(&str, EntryType)]) -> Option<EntryType> {
    let v = v.trim().trim_end_matches('.').to_lowercase();
    rows.iter().find(|r| r.0 == v).map(|r| r.1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(body: &str) -> crate::model::Entry {
        let src = format!(r#"<mods xmlns="http://www.loc.gov/mods/v3">{body}</mods>"#);
        let p = read(&src, &ReadOptions::default()).expect("well-formed");
        p.library.entries.into_iter().next().expect("one record")
    }

    #[test]
    fn an_addressed_record_is_a_letter() {
        let e = one(r#"<titleInfo><title>[Brief an Albrecht Penck]</title></titleInfo>
            <name type="personal"><namePart>Penck, Albrecht</namePart>
            <role><roleTerm type="code">rcp</roleTerm></role></name>
            <relatedItem type="host"><titleInfo><title>Korrespondenzen</title></titleInfo></relatedItem>"#);
        assert_eq!(e.kind, EntryType::PersonalCommunication);
        assert!(e.get(Var::Recipient).is_some());
    }

    #[test]
    fn a_record_that_is_not_well_formed_is_reported_and_the_others_read() {
        let src = "<modsCollection xmlns=\"http://www.loc.gov/mods/v3\">\n\
            <mods><titleInfo><title>A</title></titleInfo></mods>\n\
            <mods><titleInfo><title>B & C</title></titleInfo></mods>\n\
            <mods><titleInfo><title>D</title></titleInfo></mods>\n</modsCollection>";
        let p = read(src, &ReadOptions::default()).expect("read");
        let titles: Vec<_> = p.library.entries.iter().filter_map(|e| e.text(Var::Title)).collect();
        assert_eq!(titles, ["A", "D"]);
        let errors: Vec<_> =
            p.diagnostics.iter().filter(|d| d.severity == crate::Severity::Error).collect();
        assert_eq!(errors.len(), 1, "{:?}", p.diagnostics);
        assert_eq!((errors[0].line, errors[0].message.contains("skipped")), (3, true));
        // Cut short: what came before the cut is kept.
        let p = read(
            &src[..src.find("<mods><titleInfo><title>D").unwrap_or(0) + 30],
            &ReadOptions::default(),
        )
        .expect("read");
        assert_eq!(p.library.entries.len(), 1);
        assert!(p.has_errors());
    }

    #[test]
    fn a_catalogue_stop_leaves_the_name() {
        let e = one(r#"<titleInfo><title>T</title></titleInfo>
            <name type="personal"><namePart>Sridharan, Kumar.</namePart></name>
            <name type="personal"><namePart>Smith, John S.</namePart></name>"#);
        let given: Vec<&str> = match e.get(Var::Author) {
            Some(crate::model::Value::Names(names)) => {
                names.iter().map(|n| n.given.as_deref().unwrap_or("")).collect()
            }
            _ => Vec::new(),
        };
        assert_eq!(given, ["Kumar", "John S."]);
    }
}
