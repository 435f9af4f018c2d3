//! TEI P5 writer: a complete `<TEI>` document (or, with `fragment`, just the
//! `<listBibl>`), valid against `tei_all.rng`.
//!
//! Published works are `<biblStruct>` (`analytic` / `monogr` / `series`,
//! `imprint`, `biblScope`, `idno`); archival files are `<bibl type="archival">`
//! with an `<msIdentifier>` (settlement, repository, then one `idno` per unit, in
//! the schema's child order). Notes go into the body as
//! `<note place="foot" n="..">` with their text and, for each citation, a
//! `<bibl><ptr target="#id"/><citedRange unit=".." from=".." to="..">..</citedRange></bibl>`.
//! Every variable without a TEI element, and every `extra` field, is written as
//! `<note type="csl|extra" n="name">`, so that our reader gets the model back.

use crate::diagnostics::Diagnostic;
use crate::model::{
    inherit::inherited, Citation, CitationItem, Date, Entry, EntryType, Name, Text, Value, Var,
    VariantKind,
};
use crate::{Error, Library, WriteOptions};
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

/// The TEI namespace.
pub const NS: &str = "http://www.tei-c.org/ns/1.0";

/// CSL rich-text markup <-> TEI, one row per case: (open tag, close tag, TEI open).
pub(crate) const MARKUP: &[(&str, &str, &str)] = &[
    ("<i>", "</i>", "<hi rend=\"italic\">"),
    ("<b>", "</b>", "<hi rend=\"bold\">"),
    ("<sup>", "</sup>", "<hi rend=\"superscript\">"),
    ("<sub>", "</sub>", "<hi rend=\"subscript\">"),
    ("<span style=\"font-variant:small-caps;\">", "</span>", "<hi rend=\"smallcaps\">"),
    ("<span class=\"nocase\">", "</span>", "<hi rend=\"nocase\">"),
];

/// Types whose `title` is a part (`analytic`) of a container (`monogr`).
pub(crate) fn is_analytic(kind: EntryType) -> bool {
    matches!(
        kind,
        EntryType::ArticleJournal
            | EntryType::ArticleMagazine
            | EntryType::ArticleNewspaper
            | EntryType::Article
            | EntryType::Chapter
            | EntryType::PaperConference
            | EntryType::EntryEncyclopedia
            | EntryType::EntryDictionary
            | EntryType::Entry
            | EntryType::Review
            | EntryType::ReviewBook
            | EntryType::PostWeblog
            | EntryType::Post
    )
}

/// The TEI `@level` of the container title (or of the title, for a monograph).
fn monogr_level(kind: EntryType) -> &'static str {
    match kind {
        EntryType::ArticleJournal
        | EntryType::ArticleMagazine
        | EntryType::ArticleNewspaper
        | EntryType::Article
        | EntryType::Periodical => "j",
        EntryType::Manuscript
        | EntryType::Thesis
        | EntryType::Report
        | EntryType::Document
        | EntryType::PersonalCommunication
        | EntryType::Interview
        | EntryType::Speech => "u",
        _ => "m",
    }
}

/// Variables with a TEI element of their own (the rest become `<note type="csl">`).
pub(crate) const MAPPED: &[Var] = &[
    Var::Title,
    Var::TitleShort,
    Var::ContainerTitle,
    Var::ContainerTitleShort,
    Var::CollectionTitle,
    Var::Author,
    Var::Editor,
    Var::Translator,
    Var::ContainerAuthor,
    Var::Issued,
    Var::Publisher,
    Var::PublisherPlace,
    Var::Volume,
    Var::Issue,
    Var::Page,
    Var::ChapterNumber,
    Var::CollectionNumber,
    Var::Edition,
    Var::NumberOfPages,
    Var::Doi,
    Var::Isbn,
    Var::Issn,
    Var::Url,
    Var::Language,
];

/// `biblScope` units, one row per variable.
pub(crate) const SCOPES: &[(Var, &str)] = &[
    (Var::Volume, "volume"),
    (Var::Issue, "issue"),
    (Var::ChapterNumber, "chapter"),
    (Var::Page, "page"),
];

/// `idno` types, one row per variable.
pub(crate) const IDNOS: &[(Var, &str)] =
    &[(Var::Doi, "DOI"), (Var::Isbn, "ISBN"), (Var::Issn, "ISSN")];

/// Writes the library as TEI.
pub fn write(
    lib: &Library,
    out: &mut dyn std::io::Write,
    opts: &WriteOptions,
) -> Result<Vec<Diagnostic>, Error> {
    let mut lost = Vec::new();
    let mut x = String::with_capacity(lib.entries.len() * 800 + 1024);
    let index: HashMap<&str, &Entry> = lib.entries.iter().map(|e| (e.id.as_str(), e)).collect();
    if opts.fragment {
        x.push_str("<listBibl xmlns=\"http://www.tei-c.org/ns/1.0\">\n");
        list_bibl(&mut x, lib, &index, 1, &mut lost);
        x.push_str("</listBibl>\n");
        if !lib.notes.is_empty() || !lib.citations.is_empty() {
            lost.push(Diagnostic::warning(format!(
                "--fragment writes the listBibl only: {} notes and {} citations not written",
                lib.notes.len(),
                lib.citations.len()
            )));
        }
        out.write_all(x.as_bytes())?;
        return Ok(lost);
    }
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n");
    x.push_str("  <teiHeader>\n    <fileDesc>\n      <titleStmt>\n");
    x.push_str("        <title>Bibliography and notes converted by refconv</title>\n");
    x.push_str("      </titleStmt>\n      <publicationStmt>\n");
    x.push_str("        <p>Unpublished; generated by refconv.</p>\n");
    x.push_str("      </publicationStmt>\n      <sourceDesc>\n");
    let _ = writeln!(
        x,
        "        <p>Converted by refconv {}: {} entries, {} notes, {} citations.</p>",
        env!("CARGO_PKG_VERSION"),
        lib.entries.len(),
        lib.notes.len(),
        lib.citations.len()
    );
    x.push_str("      </sourceDesc>\n    </fileDesc>\n  </teiHeader>\n  <text>\n    <body>\n");
    body(&mut x, lib);
    x.push_str("    </body>\n    <back>\n      <div type=\"bibliography\">\n");
    if lib.entries.is_empty() {
        x.push_str("        <p/>\n");
    } else {
        x.push_str("        <listBibl>\n");
        list_bibl(&mut x, lib, &index, 5, &mut lost);
        x.push_str("        </listBibl>\n");
    }
    x.push_str("      </div>\n    </back>\n  </text>\n</TEI>\n");
    out.write_all(x.as_bytes())?;
    Ok(lost)
}

fn body(x: &mut String, lib: &Library) {
    let mut by_note: BTreeMap<u32, Vec<&Citation>> = BTreeMap::new();
    for c in &lib.citations {
        by_note.entry(c.note).or_default().push(c);
    }
    let in_text = by_note.remove(&0).unwrap_or_default();
    if lib.notes.is_empty() && in_text.is_empty() && by_note.is_empty() {
        x.push_str("      <p/>\n");
        return;
    }
    if !lib.notes.is_empty() || !by_note.is_empty() {
        x.push_str("      <div type=\"notes\">\n");
        let mut written = std::collections::BTreeSet::new();
        let mut seen = std::collections::HashMap::new();
        for n in &lib.notes {
            *seen.entry(n.number).or_insert(0) += 1;
        }
        for n in &lib.notes {
            let _ = write!(
                x,
                "        <note place=\"foot\" n=\"{}\" type=\"{}\"",
                n.number,
                kind_name(n.kind)
            );
            if seen.get(&n.number) == Some(&1) {
                let _ = write!(x, " xml:id=\"fn{}\"", n.number);
            }
            if let Some(m) = n.ibid_of {
                let _ = write!(x, " corresp=\"#fn{m}\"");
            }
            x.push('>');
            x.push_str(&escape(&n.text));
            if written.insert(n.number) {
                for c in by_note.get(&n.number).into_iter().flatten() {
                    cite(x, c);
                }
            }
            x.push_str("</note>\n");
        }
        // Citations in notes the library has no text for.
        for (number, cs) in &by_note {
            if written.contains(number) {
                continue;
            }
            let _ = write!(x, "        <note place=\"foot\" n=\"{number}\">");
            for c in cs {
                cite(x, c);
            }
            x.push_str("</note>\n");
        }
        x.push_str("      </div>\n");
    }
    if !in_text.is_empty() {
        x.push_str("      <div type=\"citations\">\n");
        for c in in_text {
            x.push_str("        <p>");
            cite(x, c);
            x.push_str("</p>\n");
        }
        x.push_str("      </div>\n");
    }
}

fn kind_name(k: crate::model::NoteKind) -> &'static str {
    use crate::model::NoteKind as K;
    match k {
        K::Archival => "archival",
        K::Newspaper => "newspaper",
        K::Literature => "literature",
        K::CrossReference => "cross-reference",
        K::Ibid => "ibid",
        K::Commentary => "commentary",
    }
}

/// One citation: a `<bibl n="citation id">` per item.
fn cite(x: &mut String, c: &Citation) {
    for it in &c.items {
        cite_item(x, &c.id, it);
    }
}

fn cite_item(x: &mut String, id: &str, it: &CitationItem) {
    let _ = write!(x, "<bibl n=\"{}\">", attr(id));
    if let Some(p) = &it.prefix {
        let _ = write!(x, "<note type=\"prefix\">{}</note>", escape(p));
    }
    let _ = write!(x, "<ptr target=\"#{}\"/>", attr(&xml_id(&it.entry)));
    if let Some((volume, page_text, pages)) = it.locator.as_ref().and_then(volume_and_page) {
        // "т. 2, с. 14" (a volume locator with its page): one citedRange each.
        let _ = write!(x, "<citedRange unit=\"volume\">{}</citedRange>", escape(volume));
        let _ = write!(x, "<citedRange unit=\"page\"");
        if let Some((from, to)) = range(pages) {
            let _ = write!(x, " from=\"{}\" to=\"{}\"", attr(&from), attr(&to));
        }
        let _ = write!(x, ">{}</citedRange>", escape(page_text));
    } else if let Some(loc) = &it.locator {
        let _ = write!(x, "<citedRange unit=\"{}\"", attr(&loc.label));
        if let Some((from, to)) = range(&loc.value) {
            let _ = write!(x, " from=\"{}\" to=\"{}\"", attr(&from), attr(&to));
        }
        let _ = write!(x, ">{}</citedRange>", escape(&loc.value));
    }
    if let Some(s) = &it.suffix {
        let _ = write!(x, "<note type=\"suffix\">{}</note>", escape(s));
    }
    if it.suppress_author {
        x.push_str("<note type=\"suppress-author\"/>");
    }
    if it.author_only {
        x.push_str("<note type=\"author-only\"/>");
    }
    x.push_str("</bibl>");
}

/// A volume locator that carries its page, "2, с. 14": ("2", "с. 14", "14").
fn volume_and_page(loc: &crate::Locator) -> Option<(&str, &str, &str)> {
    if loc.label != "volume" {
        return None;
    }
    let (volume, page_text) = loc.value.split_once(", ")?;
    let (label, pages) = page_text.split_once(' ')?;
    (label.ends_with('.') && !volume.contains(' ') && range(pages).is_some())
        .then_some((volume, page_text, pages))
}

/// `from` and `to` of a simple range: "317" -> (317, 317), "1–4" -> (1, 4),
/// "5 ob." -> (5, 5); `None` for anything else ("1, 4", "xii–xiv" stays text only).
///
/// ```
/// # use refconv::writers::tei::range;
/// assert_eq!(range("1–4"), Some(("1".into(), "4".into())));
/// assert_eq!(range("317"), Some(("317".into(), "317".into())));
/// assert_eq!(range("4 ob.–5"), Some(("4".into(), "5".into())));
/// assert_eq!(range("56, 60"), None);
/// ```
pub fn range(v: &str) -> Option<(String, String)> {
    let clean = |s: &str| {
        let t = s.trim().trim_end_matches("ob.").trim_end_matches("об.").trim();
        (!t.is_empty() && t.chars().all(|c| c.is_ascii_alphanumeric())).then(|| t.to_string())
    };
    let parts: Vec<&str> = v.split(['–', '-', '—']).collect();
    match parts.as_slice() {
        [one] => clean(one).map(|a| (a.clone(), a)),
        [a, b] => Some((clean(a)?, clean(b)?)),
        _ => None,
    }
}

fn list_bibl(
    x: &mut String,
    lib: &Library,
    index: &HashMap<&str, &Entry>,
    depth: usize,
    lost: &mut Vec<Diagnostic>,
) {
    for e in &lib.entries {
        report_bad_langs(e, lost);
        let inh = inherited(e, index);
        let pad = "  ".repeat(depth);
        if e.archival.is_some() {
            archival(x, e, &pad, lost);
        } else {
            bibl_struct(x, e, &inh, &pad, lost);
        }
    }
}

/// Language tags `xml:lang` cannot hold are not written: say so.
fn report_bad_langs(e: &Entry, lost: &mut Vec<Diagnostic>) {
    for (var, value) in &e.fields {
        let bad: Vec<&str> = match value {
            Value::Text(t) => t
                .lang
                .iter()
                .chain(t.variants.iter().filter_map(|v| v.lang.as_ref()))
                .map(String::as_str)
                .filter(|l| !valid_lang(l))
                .collect(),
            Value::Names(n) => {
                n.iter().filter_map(|n| n.lang.as_deref()).filter(|l| !valid_lang(l)).collect()
            }
            _ => Vec::new(),
        };
        for l in bad {
            lost.push(
                Diagnostic::warning(format!(
                    "`{}`: language `{l}` is not a valid xml:lang; not written",
                    var.name()
                ))
                .entry(&e.id),
            );
        }
    }
}

fn open_entry(x: &mut String, tag: &str, e: &Entry, typ: &str, pad: &str) {
    let _ = write!(x, "{pad}<{tag} xml:id=\"{}\" type=\"{}\"", attr(&xml_id(&e.id)), typ);
    if let Some(l) = e.text(Var::Language).filter(|l| valid_lang(l)) {
        let _ = write!(x, " xml:lang=\"{}\"", attr(l));
    }
    x.push_str(">\n");
}

/// An `xml:id` for an entry id: ids that are not XML names get a prefix, and
/// `:`/`/`/`+` are replaced (the exact id is kept in an `idno`).
pub fn xml_id(id: &str) -> String {
    let mut s: String =
        id.chars().map(|c| if matches!(c, ':' | '/' | '+') { '_' } else { c }).collect();
    if !s.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_') {
        s.insert_str(0, "id-");
    }
    s
}

fn archival(x: &mut String, e: &Entry, pad: &str, lost: &mut Vec<Diagnostic>) {
    let Some(a) = &e.archival else { return };
    // `<bibl>` admits `<idno>` anywhere, so the exact-id idno of open_entry is fine.
    open_entry(x, "bibl", e, "archival", pad);
    let _ = writeln!(x, "{pad}  <msIdentifier>");
    if let Some(p) = &a.archive.place {
        let _ = writeln!(x, "{pad}    <settlement>{}</settlement>", escape(p));
    }
    if let Some(r) = a.archive.abbr.as_ref().or(a.archive.name.as_ref()) {
        let key = a.archive.key.as_ref().map_or(String::new(), |k| format!(" key=\"{}\"", attr(k)));
        let _ = writeln!(x, "{pad}    <repository{key}>{}</repository>", escape(r));
    }
    for u in &a.units {
        let _ = writeln!(
            x,
            "{pad}    <idno type=\"{}\">{}</idno>",
            attr(u.level.name()),
            escape(&u.value)
        );
    }
    let _ = writeln!(x, "{pad}  </msIdentifier>");
    if a.archive.abbr.is_some() {
        if let Some(n) = &a.archive.name {
            let _ = writeln!(x, "{pad}  <orgName type=\"archive\">{}</orgName>", escape(n));
        }
    }
    if let Some(n) = &a.archive.name_en {
        let _ =
            writeln!(x, "{pad}  <orgName type=\"archive\" xml:lang=\"en\">{}</orgName>", escape(n));
    }
    if a.archive.abbr.is_none() && a.archive.name.is_none() {
        let _ = writeln!(x, "{pad}  <orgName type=\"archive-unnamed\"/>");
    }
    // Titles, names, dates of the file itself; everything else as notes.
    for (var, value) in &e.fields {
        match (var, value) {
            (Var::Title, Value::Text(t)) => title(x, pad, "title", "u", t, None),
            (Var::Author, Value::Names(n)) => names(x, pad, "author", None, n),
            (Var::Issued, Value::Date(d)) => date(x, pad, d),
            (Var::Language, Value::Text(t)) if valid_lang(&t.value) => {}
            _ => csl_note(x, pad, *var, value, lost, &e.id),
        }
    }
    extras(x, e, pad);
    let _ = writeln!(x, "{pad}</bibl>");
}

fn bibl_struct(
    x: &mut String,
    e: &Entry,
    inh: &BTreeMap<Var, Value>,
    pad: &str,
    lost: &mut Vec<Diagnostic>,
) {
    open_entry(x, "biblStruct", e, e.kind.name(), pad);
    let get = |v: Var| e.fields.get(&v);
    let text = |v: Var| match get(v) {
        Some(Value::Text(t)) => Some(t),
        _ => None,
    };
    let names_of = |v: Var| match get(v) {
        Some(Value::Names(n)) if !n.is_empty() => Some(n),
        _ => None,
    };
    let analytic = is_analytic(e.kind);
    let level = monogr_level(e.kind);
    let p2 = format!("{pad}  ");
    let p3 = format!("{pad}    ");
    if analytic {
        let _ = writeln!(x, "{p2}<analytic>");
        if let Some(n) = names_of(Var::Author) {
            names(x, &p3, "author", None, n);
        }
        if let Some(n) = names_of(Var::Translator) {
            names(x, &p3, "editor", Some("translator"), n);
        }
        if let Some(t) = text(Var::Title) {
            title(x, &p3, "title", "a", t, None);
        }
        if let Some(t) = text(Var::TitleShort) {
            title(x, &p3, "title", "a", t, Some("short"));
        }
        if let Some(t) = text(Var::Doi) {
            let _ = writeln!(x, "{p3}<idno type=\"DOI\">{}</idno>", escape(&t.value));
        }
        if let Some(t) = text(Var::Url) {
            let _ = writeln!(x, "{p3}<ptr target=\"{}\"/>", attr(&t.value));
        }
        let _ = writeln!(x, "{p2}</analytic>");
    }
    let _ = writeln!(x, "{p2}<monogr>");
    // (author | editor)+ , title+ , (idno | ptr | editor)*
    if analytic {
        if let Some(n) = names_of(Var::ContainerAuthor) {
            names(x, &p3, "author", None, n);
        }
    } else {
        if let Some(n) = names_of(Var::Author) {
            names(x, &p3, "author", None, n);
        }
        if let Some(n) = names_of(Var::ContainerAuthor) {
            names(x, &p3, "author", Some("container-author"), n);
        }
    }
    if let Some(n) = names_of(Var::Editor) {
        names(x, &p3, "editor", None, n);
    }
    if !analytic {
        if let Some(n) = names_of(Var::Translator) {
            names(x, &p3, "editor", Some("translator"), n);
        }
    }
    let main = if analytic { text(Var::ContainerTitle) } else { text(Var::Title) };
    match main {
        Some(t) => title(x, &p3, "title", level, t, None),
        None => {
            // monogr needs a title after names; an inherited one is shown, else an empty one.
            match inh.get(&if analytic { Var::ContainerTitle } else { Var::Title }) {
                Some(Value::Text(t)) => title(x, &p3, "title", level, t, Some("inherited")),
                _ => {
                    let _ = writeln!(x, "{p3}<title level=\"{level}\" type=\"none\"/>");
                }
            }
        }
    }
    let short = if analytic { text(Var::ContainerTitleShort) } else { text(Var::TitleShort) };
    if let Some(t) = short {
        title(x, &p3, "title", level, t, Some("short"));
    }
    for (var, typ) in IDNOS {
        if *var == Var::Doi && analytic {
            continue;
        }
        if let Some(t) = text(*var) {
            let _ = writeln!(x, "{p3}<idno type=\"{typ}\">{}</idno>", escape(&t.value));
        }
    }
    if !analytic {
        if let Some(t) = text(Var::Url) {
            let _ = writeln!(x, "{p3}<ptr target=\"{}\"/>", attr(&t.value));
        }
    }
    if let Some(t) = text(Var::Edition) {
        let _ = writeln!(x, "{p3}<edition>{}</edition>", rich(&t.value));
    }
    let _ = writeln!(x, "{p3}<imprint>");
    let p4 = format!("{pad}      ");
    let mut imprint_empty = true;
    if let Some(t) = text(Var::PublisherPlace) {
        let _ = writeln!(x, "{p4}<pubPlace>{}</pubPlace>", rich(&t.value));
        imprint_empty = false;
    }
    if let Some(t) = text(Var::Publisher) {
        let _ = writeln!(x, "{p4}<publisher>{}</publisher>", rich(&t.value));
        imprint_empty = false;
    }
    if let Some(Value::Date(d)) = get(Var::Issued) {
        date(x, &p4, d);
        imprint_empty = false;
    }
    for (var, unit) in SCOPES {
        if let Some(t) = text(*var) {
            scope(x, &p4, unit, &t.value);
            imprint_empty = false;
        }
    }
    if imprint_empty {
        let _ = writeln!(x, "{p4}<date type=\"none\"/>");
    }
    let _ = writeln!(x, "{p3}</imprint>");
    if let Some(t) = text(Var::NumberOfPages) {
        let _ = writeln!(x, "{p3}<extent>{}</extent>", rich(&t.value));
    }
    let _ = writeln!(x, "{p2}</monogr>");
    if text(Var::CollectionTitle).is_some() || text(Var::CollectionNumber).is_some() {
        let _ = writeln!(x, "{p2}<series>");
        if let Some(t) = text(Var::CollectionTitle) {
            title(x, &p3, "title", "s", t, None);
        }
        if let Some(t) = text(Var::CollectionNumber) {
            scope(x, &p3, "volume", &t.value);
        }
        let _ = writeln!(x, "{p2}</series>");
    }
    // What the structure above holds, by type; everything else as `<note type="csl">`.
    let lang_ok = e.text(Var::Language).is_some_and(valid_lang);
    let written = |var: &Var| match var {
        // An empty name list has no element to live in.
        v if matches!(e.fields.get(v), Some(Value::Names(n)) if n.is_empty()) => false,
        Var::ContainerTitle | Var::ContainerTitleShort => analytic,
        Var::Language => lang_ok,
        v => MAPPED.contains(v),
    };
    for (var, value) in &e.fields {
        if !written(var) {
            csl_note(x, &p2, *var, value, lost, &e.id);
        }
    }
    // Text variants of mapped non-title variables cannot ride on their element.
    for (var, value) in &e.fields {
        if let Value::Text(t) = value {
            if MAPPED.contains(var)
                && !matches!(
                    var,
                    Var::Title
                        | Var::ContainerTitle
                        | Var::CollectionTitle
                        | Var::TitleShort
                        | Var::ContainerTitleShort
                )
                && (t.lang.is_some() || !t.variants.is_empty())
            {
                lost.push(
                    Diagnostic::warning(format!(
                        "`{}`: its language and translations are not written in TEI",
                        var.name()
                    ))
                    .entry(&e.id),
                );
            }
        }
    }
    extras(x, e, &p2);
    let _ = writeln!(x, "{pad}</biblStruct>");
}

fn scope(x: &mut String, pad: &str, unit: &str, value: &str) {
    let _ = write!(x, "{pad}<biblScope unit=\"{unit}\"");
    if let Some((from, to)) = range(value) {
        let _ = write!(x, " from=\"{}\" to=\"{}\"", attr(&from), attr(&to));
    }
    let _ = writeln!(x, ">{}</biblScope>", rich(value));
}

/// A title with its translations and transliterations as sibling titles.
fn title(x: &mut String, pad: &str, tag: &str, level: &str, t: &Text, typ: Option<&str>) {
    let _ = write!(x, "{pad}<{tag} level=\"{level}\"");
    if let Some(ty) = typ {
        let _ = write!(x, " type=\"{ty}\"");
    }
    if let Some(l) = &t.lang {
        x.push_str(&lang_attr(l));
    }
    let _ = writeln!(x, ">{}</{tag}>", rich(&t.value));
    for v in &t.variants {
        let kind = match v.kind {
            VariantKind::Translation => "translated",
            VariantKind::Transliteration => "transliterated",
            VariantKind::Original => "original",
        };
        let of = typ.map_or(String::new(), |t| format!(" subtype=\"{t}\""));
        let _ = write!(x, "{pad}<{tag} level=\"{level}\" type=\"{kind}\"{of}");
        if let Some(l) = &v.lang {
            x.push_str(&lang_attr(l));
        }
        let _ = writeln!(x, ">{}</{tag}>", rich(&v.value));
    }
}

fn names(x: &mut String, pad: &str, tag: &str, role: Option<&str>, list: &[Name]) {
    for n in list {
        let _ = write!(x, "{pad}<{tag}");
        if let Some(r) = role {
            let _ = write!(x, " role=\"{r}\"");
        }
        x.push('>');
        name(x, n);
        let _ = writeln!(x, "</{tag}>");
    }
}

pub(crate) fn name(x: &mut String, n: &Name) {
    let lang = n.lang.as_deref().map_or(String::new(), lang_attr);
    if let Some(l) = &n.literal {
        let _ = write!(x, "<name{lang}>{}</name>", escape(l));
        return;
    }
    let mut rend = Vec::new();
    if n.comma_suffix {
        rend.push("comma-suffix");
    }
    if n.static_ordering {
        rend.push("static-ordering");
    }
    let rend =
        if rend.is_empty() { String::new() } else { format!(" rend=\"{}\"", rend.join(" ")) };
    let _ = write!(x, "<persName{lang}{rend}>");
    if let Some(g) = &n.given {
        let _ = write!(x, "<forename>{}</forename>", escape(g));
    }
    if let Some(p) = &n.dropping_particle {
        let _ = write!(x, "<nameLink type=\"dropping\">{}</nameLink>", escape(p));
    }
    if let Some(p) = &n.particle {
        let _ = write!(x, "<nameLink>{}</nameLink>", escape(p));
    }
    if let Some(f) = &n.family {
        let _ = write!(x, "<surname>{}</surname>", escape(f));
    }
    if let Some(s) = &n.suffix {
        let _ = write!(x, "<genName>{}</genName>", escape(s));
    }
    x.push_str("</persName>");
}

/// `<date>` with EDTF as its text (the truth for our reader) and `@when` or
/// `@from`/`@to` where TEI's W3C dates can say it.
pub(crate) fn date(x: &mut String, pad: &str, d: &Date) {
    match (d.to_edtf(), &d.literal) {
        (Some(edtf), None) => {
            let _ = write!(x, "{pad}<date");
            let plain = !d.approximate && !d.uncertain;
            let w3c = |p: &crate::DatePart| {
                if p.season.is_some() || p.year == 0 || p.year.abs() > 9999 {
                    return None;
                }
                let y = if p.year < 0 {
                    format!("-{:04}", -(p.year as i64))
                } else {
                    format!("{:04}", p.year)
                };
                Some(match (p.month, p.day) {
                    (Some(m), Some(dd)) => format!("{y}-{m:02}-{dd:02}"),
                    (Some(m), None) => format!("{y}-{m:02}"),
                    _ => y,
                })
            };
            match (&d.start, &d.end) {
                (Some(s), None) if plain => {
                    if let Some(w) = w3c(s) {
                        let _ = write!(x, " when=\"{w}\"");
                    }
                }
                (Some(s), Some(e)) if plain => {
                    if let (Some(a), Some(b)) = (w3c(s), w3c(e)) {
                        let _ = write!(x, " from=\"{a}\" to=\"{b}\"");
                    }
                }
                _ => {
                    if d.approximate {
                        x.push_str(" cert=\"medium\"");
                    }
                }
            }
            let _ = writeln!(x, ">{}</date>", escape(&edtf));
        }
        (_, Some(l)) => {
            // A literal (with parts as well, when it has them).
            let _ = write!(x, "{pad}<date type=\"literal\"");
            if let Some(edtf) = d.to_edtf() {
                let _ = write!(x, " n=\"{}\"", attr(&edtf));
            }
            let _ = writeln!(x, ">{}</date>", escape(l));
        }
        (None, None) => {}
    }
}

/// A variable with no TEI element of its own.
fn csl_note(
    x: &mut String,
    pad: &str,
    var: Var,
    value: &Value,
    lost: &mut Vec<Diagnostic>,
    id: &str,
) {
    let name = var.name();
    match value {
        Value::Text(t) => {
            let _ = write!(x, "{pad}<note type=\"csl\" n=\"{name}\"");
            if let Some(l) = &t.lang {
                x.push_str(&lang_attr(l));
            }
            let _ = writeln!(x, ">{}</note>", rich(&t.value));
            for v in &t.variants {
                let kind = match v.kind {
                    VariantKind::Translation => "translated",
                    VariantKind::Transliteration => "transliterated",
                    VariantKind::Original => "original",
                };
                let _ =
                    write!(x, "{pad}<note type=\"csl-variant\" n=\"{name}\" subtype=\"{kind}\"");
                if let Some(l) = &v.lang {
                    x.push_str(&lang_attr(l));
                }
                let _ = writeln!(x, ">{}</note>", rich(&v.value));
            }
        }
        Value::Names(list) => {
            let _ = write!(x, "{pad}<note type=\"csl\" n=\"{name}\">");
            for n in list {
                self::name(x, n);
            }
            x.push_str("</note>\n");
        }
        Value::Date(d) => {
            let _ = writeln!(x, "{pad}<note type=\"csl\" n=\"{name}\">");
            date(x, &format!("{pad}  "), d);
            let _ = writeln!(x, "{pad}</note>");
        }
        Value::List(l) => {
            let _ = write!(x, "{pad}<note type=\"csl\" n=\"{name}\"><list>");
            for item in l {
                let _ = write!(x, "<item>{}</item>", escape(item));
            }
            x.push_str("</list></note>\n");
        }
    }
    let _ = (lost, id);
}

fn extras(x: &mut String, e: &Entry, pad: &str) {
    if xml_id(&e.id) != e.id {
        // An id that is not an XML name keeps its exact form here.
        let _ = writeln!(x, "{pad}<note type=\"refconv-id\">{}</note>", escape(&e.id));
    }
    for (k, v) in &e.extra {
        match v {
            serde_json::Value::String(s) => {
                let _ =
                    writeln!(x, "{pad}<note type=\"extra\" n=\"{}\">{}</note>", attr(k), escape(s));
            }
            other => {
                let _ = writeln!(
                    x,
                    "{pad}<note type=\"extra-json\" n=\"{}\">{}</note>",
                    attr(k),
                    escape(&other.to_string())
                );
            }
        }
    }
}

/// Escapes text content. White space that XML readers would normalise away
/// (line breaks, tabs, repeated, leading or trailing spaces) is written as
/// character references, which our reader keeps.
pub(crate) fn escape(s: &str) -> String {
    escape_run(s, true, true)
}

/// Escapes a run of text that may start (`first`) or end (`last`) the value.
fn escape_run(s: &str, first: bool, last: bool) -> String {
    let mut out = String::with_capacity(s.len());
    let n = s.chars().count();
    let mut prev_space = first; // a space at the very start is significant
    for (i, c) in s.chars().enumerate() {
        if c == ' ' {
            if prev_space || (last && i + 1 == n) {
                out.push_str("&#32;");
            } else {
                out.push(' ');
            }
            prev_space = true;
            continue;
        }
        prev_space = false;
        match c {
            '\n' => out.push_str("&#10;"),
            '\t' => out.push_str("&#9;"),
            '\r' => out.push_str("&#13;"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c if is_xml_char(c) => out.push(c),
            c => {
                // Not allowed in XML 1.0 even as a reference: keep it visible.
                let _ = write!(out, "\u{FFFD}{{U+{:04X}}}", c as u32);
            }
        }
    }
    out
}

fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}')
}

/// Whether a language tag is one `xml:lang` accepts (RFC 3066 syntax).
pub(crate) fn valid_lang(l: &str) -> bool {
    let mut parts = l.split('-');
    let first = parts.next().unwrap_or("");
    (1..=8).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// ` xml:lang=".."` for a valid tag, nothing for another (the value is kept
/// elsewhere or reported by the caller).
fn lang_attr(l: &str) -> String {
    if valid_lang(l) {
        format!(" xml:lang=\"{}\"", attr(l))
    } else {
        String::new()
    }
}

/// Escapes an attribute value.
pub(crate) fn attr(s: &str) -> String {
    escape(s).replace('"', "&quot;")
}

/// CSL rich text as TEI: markup to `<hi rend="..">`, the rest escaped.
///
/// ```
/// # use refconv::writers::tei::rich;
/// assert_eq!(rich("The <i>Cold</i> War & <span class=\"nocase\">USSR</span>"),
///            "The <hi rend=\"italic\">Cold</hi> War &amp; <hi rend=\"nocase\">USSR</hi>");
/// assert_eq!(rich("a < b"), "a &lt; b");
/// ```
pub fn rich(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    let mut stack: Vec<&str> = Vec::new();
    let mut run = String::new();
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        if rest.starts_with('<') {
            if let Some((open, close, tei)) = MARKUP.iter().find(|m| rest.starts_with(m.0)) {
                // Only when it closes: an unmatched tag is text.
                if closes(&rest[open.len()..], open, close) {
                    out.push_str(&escape_run(&std::mem::take(&mut run), out.is_empty(), false));
                    out.push_str(tei);
                    stack.push(close);
                    i += open.len();
                    continue;
                }
            }
            if let Some(close) = stack.last() {
                if rest.starts_with(close) {
                    out.push_str(&escape_run(&std::mem::take(&mut run), out.is_empty(), false));
                    out.push_str("</hi>");
                    i += close.len();
                    stack.pop();
                    continue;
                }
            }
        }
        let c = rest.chars().next().unwrap_or(' ');
        run.push(c);
        i += c.len_utf8();
    }
    let first = out.is_empty();
    out.push_str(&escape_run(&run, first, true));
    for _ in stack {
        out.push_str("</hi>");
    }
    out
}

/// Whether `rest` holds the `close` tag that matches an `open` just read.
fn closes(rest: &str, open: &str, close: &str) -> bool {
    let mut depth = 1usize;
    let mut i = 0;
    while i < rest.len() {
        let r = &rest[i..];
        if r.starts_with(close) {
            depth -= 1;
            if depth == 0 {
                return true;
            }
            i += close.len();
        } else if r.starts_with(open) || (close == "</span>" && r.starts_with("<span")) {
            depth += 1;
            i += 1;
        } else {
            i += r.chars().next().map_or(1, char::len_utf8);
        }
    }
    false
}
