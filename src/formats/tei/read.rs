//! TEI reader: our own output back to the same model, and real TEI — GROBID's
//! references (`biblStruct` in `listBibl`, `ref type="bibr"` callouts,
//! footnotes), editions' `listBibl` of mixed-content `bibl`, and manuscript
//! descriptions (`msDesc`/`msIdentifier`) as archival entries. Schema validity
//! is not required of the input.

use super::elements::{date_of, name_of, norm, rich_text, variant};
use super::table::{is_analytic, IDNOS, SCOPES};
use crate::diagnostics::{Diagnostic, LineIndex};
use crate::error::Error;
use crate::model::{
    ids, Archival, Citation, CitationItem, Date, Entry, EntryType, Level, Locator, Name, Note,
    NoteKind, Source, Text, Unit, Value, Var, VarKind,
};
use crate::options::{Parsed, ReadOptions};
use crate::xmltree::{self, Element, Node};
use serde_json::Value as Json;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Reads TEI.
///
/// ```
/// use refconv::{formats::tei, ReadOptions, Var};
/// let src = r#"<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><back><listBibl>
///   <biblStruct xml:id="b0"><monogr><title level="m">Война и мир</title>
///   <imprint><date when="1869">1869</date></imprint></monogr></biblStruct>
/// </listBibl></back></text></TEI>"#;
/// let p = tei::read(src, &ReadOptions::default()).unwrap();
/// assert_eq!(p.library.entries[0].text(Var::Title), Some("Война и мир"));
/// ```
pub fn read(src: &str, _opts: &ReadOptions) -> Result<Parsed, Error> {
    let index = LineIndex::new(src);
    let body = src.strip_prefix('\u{feff}').unwrap_or(src);
    // Malformed XML inside one entry: report it, blank that entry out (same length,
    // so every offset stays right) and read the rest of the document again.
    let mut text = std::borrow::Cow::Borrowed(body);
    let mut skipped = Vec::new();
    let (root, mut diags) = loop {
        match xmltree::parse(&text, &index) {
            Ok(parsed) => break parsed,
            Err(d) => {
                let at = d.span.map_or(0, |s| s.start);
                match enclosing_entry(&text, at) {
                    Some((start, end)) if skipped.len() < 1000 => {
                        let mut t = text.into_owned();
                        let blank: String = t[start..end]
                            .chars()
                            .map(|c| {
                                if c == '\n' {
                                    "\n".to_string()
                                } else {
                                    " ".repeat(c.len_utf8())
                                }
                            })
                            .collect();
                        t.replace_range(start..end, &blank);
                        text = std::borrow::Cow::Owned(t);
                        let mut d = *d;
                        d.hint = Some(
                            "this entry was skipped; the rest of the document was read".into(),
                        );
                        skipped.push(d);
                    }
                    _ => return Err(Error::Syntax(d)),
                }
            }
        }
    };
    skipped.append(&mut diags);
    let diags = skipped;
    let mut cx = Cx { index: &index, diags, taken: HashSet::new(), ids: HashMap::new() };
    let mut parsed = Parsed::default();
    // Entries: biblStruct/bibl in any listBibl, and msDesc manuscripts.
    let mut found: Vec<&Element> = Vec::new();
    collect_entries(&root, &mut found, false);
    for el in found {
        if let Some(e) = cx.entry(el) {
            parsed.library.entries.push(e);
        }
    }
    // Notes and citations.
    cx.notes_and_citations(&root, &mut parsed.library);
    parsed.diagnostics = cx.diags;
    Ok(parsed)
}

/// The byte range of the `<bibl>`/`<biblStruct>` element around `at` (from its
/// start tag to the first matching end tag after `at`), if there is one.
fn enclosing_entry(text: &str, at: usize) -> Option<(usize, usize)> {
    let at = at.min(text.len());
    let mut best: Option<(usize, &str)> = None;
    for (open, close) in [("<biblStruct", "</biblStruct>"), ("<bibl", "</bibl>")] {
        let mut from = at;
        while let Some(i) = text.get(..from).and_then(|t| t.rfind(open)) {
            let next = text[i + open.len()..].chars().next();
            if next.is_some_and(|c| c == '>' || c == '/' || c.is_whitespace()) {
                if best.is_none_or(|(b, _)| i > b) {
                    best = Some((i, close));
                }
                break;
            }
            from = i;
        }
    }
    let (start, close) = best?;
    let end = text.get(at..)?.find(close)? + at + close.len();
    Some((start, end))
}

/// Bibliographic entries: children of `listBibl` (at any depth), a `biblStruct`
/// anywhere else outside a citation, and `msDesc`.
fn collect_entries<'a>(el: &'a Element, out: &mut Vec<&'a Element>, in_list: bool) {
    for c in el.elements() {
        match c.name.as_str() {
            "listBibl" => collect_entries(c, out, true),
            "biblStruct" | "biblFull" => out.push(c),
            "bibl" if in_list => out.push(c),
            "msDesc" => out.push(c),
            // Citations inside notes and running text are not entries.
            "bibl" | "note" | "ref" | "ptr" => {
                if c.name != "bibl" {
                    collect_entries(c, out, false);
                }
            }
            _ => collect_entries(c, out, false),
        }
    }
}

struct Cx<'a> {
    index: &'a LineIndex<'a>,
    diags: Vec<Diagnostic>,
    taken: HashSet<String>,
    /// xml:id -> entry id, for pointers.
    ids: HashMap<String, String>,
}

impl Cx<'_> {
    fn source(&self, el: &Element) -> Source {
        Source { span: el.span, line: self.index.line_col(el.span.start).0, text: None }
    }

    fn entry(&mut self, el: &Element) -> Option<Entry> {
        let mut e = Entry::new(String::new(), EntryType::Document);
        let xml_id = el.attr("xml:id").map(str::to_string);
        if let Some(l) = el.attr("xml:lang") {
            e.set(Var::Language, l);
        }
        match el.name.as_str() {
            "biblStruct" | "biblFull" => self.bibl_struct(el, &mut e),
            "msDesc" => {
                e.kind = EntryType::Manuscript;
                if let Some(ms) = el.child("msIdentifier") {
                    e.archival = Some(self.ms_identifier(ms, &mut e));
                }
                if let Some(h) = el.child("head") {
                    let t = norm(&h.text());
                    if !t.is_empty() {
                        e.set(Var::Title, t);
                    }
                }
            }
            _ => self.bibl(el, &mut e),
        }
        self.notes_of(el, &mut e);
        let exact = match e.extra.remove("refconv-id") {
            Some(Json::String(s)) => Some(s),
            _ => None,
        };
        let wanted = exact.or(xml_id.clone()).unwrap_or_else(|| ids::derive(&e));
        let safe = if ids::is_safe(&wanted) { wanted.clone() } else { ids::sanitize(&wanted) };
        e.id = ids::unique(&safe, &self.taken);
        if e.id != wanted {
            self.diags.push(
                Diagnostic::info(format!("entry id `{wanted}` written as `{}`", e.id))
                    .at(el.span, self.index),
            );
        }
        self.taken.insert(e.id.clone());
        if let Some(x) = xml_id {
            self.ids.insert(x, e.id.clone());
        }
        e.source = Some(self.source(el));
        Some(e)
    }

    fn bibl_struct(&mut self, el: &Element, e: &mut Entry) {
        let typed = el.attr("type").and_then(EntryType::from_name);
        let analytic = el.child("analytic");
        let monogr = el.child("monogr");
        let level = monogr
            .and_then(|m| m.children_named("title").find(|t| t.attr("type").is_none()))
            .and_then(|t| t.attr("level"))
            .unwrap_or("m");
        e.kind = typed.unwrap_or(match (analytic.is_some(), level) {
            (true, "j") => EntryType::ArticleJournal,
            (true, _) => EntryType::Chapter,
            (false, "j") => EntryType::Periodical,
            (false, "u") => EntryType::Manuscript,
            _ if el.attr("type") == Some("patent") => EntryType::Patent,
            _ => EntryType::Book,
        });
        if let (None, Some(t)) = (typed, el.attr("type")) {
            e.extra.insert("tei-type".into(), Json::String(t.into()));
        }
        let part = analytic.is_some() || is_analytic(e.kind);
        if let Some(a) = analytic {
            for c in a.elements() {
                match c.name.as_str() {
                    "author" => self.person(c, e, Var::Author),
                    "editor" if c.attr("role") == Some("translator") => {
                        self.person(c, e, Var::Translator)
                    }
                    "editor" => self.person(c, e, Var::Editor),
                    "title" => self.title(c, e, Var::Title, Var::TitleShort),
                    "idno" => self.idno(c, e),
                    "ptr" => self.ptr(c, e),
                    "date" => self.date_field(c, e, Var::Issued),
                    _ => {}
                }
            }
        }
        for m in el.children_named("monogr") {
            for c in m.elements() {
                match (c.name.as_str(), c.attr("role")) {
                    ("author", Some("container-author")) => self.person(c, e, Var::ContainerAuthor),
                    ("author", _) if part => self.person(c, e, Var::ContainerAuthor),
                    ("author", _) => self.person(c, e, Var::Author),
                    ("editor", Some("translator")) => self.person(c, e, Var::Translator),
                    ("editor", _) => self.person(c, e, Var::Editor),
                    ("title", _) => {
                        if part {
                            self.title(c, e, Var::ContainerTitle, Var::ContainerTitleShort)
                        } else {
                            self.title(c, e, Var::Title, Var::TitleShort)
                        }
                    }
                    ("idno", _) => self.idno(c, e),
                    ("ptr", _) => self.ptr(c, e),
                    ("edition", _) => self.text_field(c, e, Var::Edition),
                    ("meeting", _) => self.text_field(c, e, Var::EventTitle),
                    ("extent", _) => self.text_field(c, e, Var::NumberOfPages),
                    ("biblScope", _) => self.scope(c, e, false),
                    ("date", _) => self.date_field(c, e, Var::Issued),
                    ("imprint", _) => {
                        for i in c.elements() {
                            match i.name.as_str() {
                                "pubPlace" => self.text_field(i, e, Var::PublisherPlace),
                                "publisher" => self.text_field(i, e, Var::Publisher),
                                "date" => self.date_field(i, e, Var::Issued),
                                "biblScope" => self.scope(i, e, false),
                                _ => {}
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        for s in el.children_named("series") {
            for c in s.elements() {
                match c.name.as_str() {
                    "title" => self.title(c, e, Var::CollectionTitle, Var::CollectionTitle),
                    "biblScope" => self.scope(c, e, true),
                    "idno" => self.idno(c, e),
                    _ => {}
                }
            }
        }
    }

    /// A `bibl`: ours (`type="archival"`), or mixed content from an edition.
    fn bibl(&mut self, el: &Element, e: &mut Entry) {
        if let Some(t) = el.attr("type").and_then(EntryType::from_name) {
            e.kind = t;
        }
        if let Some(ms) = el.child("msIdentifier") {
            e.kind = EntryType::Manuscript;
            e.archival = Some(self.ms_identifier(ms, e));
            for o in el.children_named("orgName").filter(|o| o.attr("type") == Some("archive")) {
                if let Some(a) = e.archival.as_mut() {
                    match o.attr("xml:lang") {
                        Some("en") => a.archive.name_en = Some(norm(&o.text())),
                        _ => a.archive.name = Some(norm(&o.text())),
                    }
                }
            }
            if el.children_named("orgName").any(|o| o.attr("type") == Some("archive-unnamed")) {
                if let Some(a) = e.archival.as_mut() {
                    a.archive.abbr = None;
                }
            }
        }
        let mut structured = false;
        for c in el.elements() {
            structured = true;
            match c.name.as_str() {
                "title" => self.title(c, e, Var::Title, Var::TitleShort),
                "author" => self.person(c, e, Var::Author),
                "editor" if c.attr("role") == Some("translator") => {
                    self.person(c, e, Var::Translator)
                }
                "editor" => self.person(c, e, Var::Editor),
                "date" => self.date_field(c, e, Var::Issued),
                "pubPlace" => self.text_field(c, e, Var::PublisherPlace),
                "publisher" => self.text_field(c, e, Var::Publisher),
                "biblScope" => self.scope(c, e, false),
                "idno" if e.archival.is_none() => self.idno(c, e),
                "ptr" => self.ptr(c, e),
                _ => {}
            }
        }
        let text = norm(&el.text());
        if e.archival.is_none() && (!structured || e.fields.is_empty()) && !text.is_empty() {
            // A bibl that is only text: keep it as printed.
            e.extra.insert("text".into(), Json::String(text));
        }
    }

    fn ms_identifier(&mut self, ms: &Element, e: &mut Entry) -> Archival {
        let mut a = Archival::default();
        for c in ms.elements() {
            let t = norm(&c.text());
            match c.name.as_str() {
                "settlement" => a.archive.place = Some(t),
                "repository" | "institution" if a.archive.abbr.is_none() => {
                    a.archive.key = c.attr("key").map(str::to_string);
                    a.archive.abbr = Some(t)
                }
                "idno" | "collection" | "altIdentifier" => {
                    let level = c.attr("type").unwrap_or(if c.name == "idno" {
                        "shelfmark"
                    } else {
                        "collection"
                    });
                    let value = if c.name == "altIdentifier" {
                        c.child("idno").map(|i| norm(&i.text())).unwrap_or(t)
                    } else {
                        t
                    };
                    a.units.push(Unit { level: Level::from_name(level), value });
                }
                other => {
                    if !t.is_empty() {
                        e.extra.insert(format!("ms-{other}"), Json::String(t));
                    }
                }
            }
        }
        a
    }

    /// `note type="csl|csl-variant|extra|extra-json|refconv-id"` (ours), and
    /// plain notes of real TEI.
    fn notes_of(&mut self, el: &Element, e: &mut Entry) {
        let mut plain: Vec<String> = Vec::new();
        for n in el.children_named("note") {
            let name = n.attr("n").unwrap_or("");
            match n.attr("type") {
                Some("csl") => match Var::from_name(name) {
                    Some(var) => self.csl_note(n, e, var),
                    None => self.unknown(n, &format!("unknown CSL variable `{name}`")),
                },
                Some("csl-variant") => {
                    if let Some(Value::Text(t)) =
                        Var::from_name(name).and_then(|v| e.fields.get_mut(&v))
                    {
                        t.variants.push(variant(n));
                    }
                }
                Some("extra") => {
                    e.extra.insert(name.to_string(), Json::String(norm(&n.text())));
                }
                Some("extra-json") => {
                    let t = norm(&n.text());
                    let v = serde_json::from_str(&t).unwrap_or(Json::String(t));
                    e.extra.insert(name.to_string(), v);
                }
                Some("refconv-id") => {
                    e.extra.insert("refconv-id".into(), Json::String(norm(&n.text())));
                }
                Some(other) => {
                    e.extra.insert(format!("note-{other}"), Json::String(norm(&n.text())));
                }
                None => plain.push(norm(&n.text())),
            }
        }
        if !plain.is_empty() && !e.fields.contains_key(&Var::Note) {
            e.set(Var::Note, plain.join("\n"));
        }
    }

    fn unknown(&mut self, el: &Element, what: &str) {
        self.diags.push(Diagnostic::warning(format!("{what}; skipped")).at(el.span, self.index));
    }

    fn csl_note(&mut self, n: &Element, e: &mut Entry, var: Var) {
        let v = match var.kind() {
            VarKind::Text | VarKind::Number => {
                let mut t = Text::plain(rich_text(n));
                t.lang = n.attr("xml:lang").map(str::to_string);
                Value::Text(t)
            }
            VarKind::Names => Value::Names(n.elements().filter_map(name_of).collect()),
            VarKind::Date => match n.child("date") {
                Some(d) => Value::Date(date_of(d)),
                None => Value::Date(Date::literal(norm(&n.text()))),
            },
            VarKind::List => Value::List(
                n.descendants()
                    .into_iter()
                    .filter(|i| i.name == "item")
                    .map(|i| norm(&i.text()))
                    .collect(),
            ),
        };
        e.fields.insert(var, v);
    }

    fn title(&mut self, t: &Element, e: &mut Entry, var: Var, short: Var) {
        match t.attr("type") {
            Some("translated" | "transliterated" | "original") => {
                let target = if t.attr("subtype") == Some("short") { short } else { var };
                if let Some(Value::Text(x)) = e.fields.get_mut(&target) {
                    x.variants.push(variant(t));
                }
            }
            Some("short" | "abbrev") => self.set_text(t, e, short),
            Some("inherited" | "none") => {}
            Some("sub") => {
                // GROBID/TEI subtitles: join as "title: subtitle".
                let sub = rich_text(t);
                if let Some(Value::Text(x)) = e.fields.get_mut(&var) {
                    x.value = format!("{}: {sub}", x.value);
                } else {
                    e.set(var, sub);
                }
            }
            _ => {
                if e.fields.contains_key(&var) {
                    let k = format!("title-{}", t.attr("level").unwrap_or("x"));
                    e.extra.insert(k, Json::String(rich_text(t)));
                } else {
                    self.set_text(t, e, var);
                }
            }
        }
    }

    fn set_text(&mut self, el: &Element, e: &mut Entry, var: Var) {
        let mut t = Text::plain(rich_text(el));
        t.lang = el.attr("xml:lang").map(str::to_string);
        e.fields.entry(var).or_insert(Value::Text(t));
    }

    fn text_field(&mut self, el: &Element, e: &mut Entry, var: Var) {
        self.set_text(el, e, var);
    }

    fn person(&mut self, el: &Element, e: &mut Entry, var: Var) {
        let found: Vec<Name> = el.elements().filter_map(name_of).collect();
        let names = if found.is_empty() {
            let t = norm(&el.text());
            if t.is_empty() {
                return;
            }
            // "Schnitzler, Arthur" is a person; anything else is taken whole.
            match t.split_once(", ") {
                Some((f, g)) if !g.contains(',') && !f.is_empty() && !g.is_empty() => {
                    vec![Name::person(f, g)]
                }
                _ => vec![Name::literal(t)],
            }
        } else {
            found
        };
        if let Value::Names(list) = e.fields.entry(var).or_insert_with(|| Value::Names(Vec::new()))
        {
            list.extend(names);
        }
    }

    fn idno(&mut self, el: &Element, e: &mut Entry) {
        let t = norm(&el.text());
        if t.is_empty() {
            return;
        }
        let typ = el.attr("type").unwrap_or("");
        match IDNOS.iter().find(|(_, n)| n.eq_ignore_ascii_case(typ)) {
            Some((var, _)) => {
                e.fields.entry(*var).or_insert(Value::Text(Text::plain(t)));
            }
            None => match typ {
                "PMID" => {
                    e.set(Var::Pmid, t);
                }
                "PMCID" => {
                    e.set(Var::Pmcid, t);
                }
                "URI" | "URL" => {
                    e.set(Var::Url, t);
                }
                _ => {
                    let k = if typ.is_empty() { "idno".to_string() } else { format!("idno-{typ}") };
                    e.extra.insert(k, Json::String(t));
                }
            },
        }
    }

    fn ptr(&mut self, el: &Element, e: &mut Entry) {
        if let Some(t) = el.attr("target") {
            if !e.fields.contains_key(&Var::Url) {
                e.set(Var::Url, t);
            } else {
                e.extra.insert("ptr".into(), Json::String(t.into()));
            }
        }
    }

    fn scope(&mut self, el: &Element, e: &mut Entry, series: bool) {
        let unit = el.attr("unit").or(el.attr("type")).unwrap_or("");
        let mut t = rich_text(el);
        if t.trim().is_empty() {
            t = match (el.attr("from"), el.attr("to")) {
                (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
                (Some(a), _) | (None, Some(a)) => a.to_string(),
                _ => String::new(),
            };
        }
        let var = if series {
            Some(Var::CollectionNumber)
        } else {
            SCOPES.iter().find(|(_, u)| *u == unit).map(|(v, _)| *v).or(match unit {
                "pp" | "pages" => Some(Var::Page),
                "vol" => Some(Var::Volume),
                _ => None,
            })
        };
        match var {
            Some(v) => {
                e.fields.entry(v).or_insert(Value::Text(Text::plain(norm(&t))));
            }
            None => {
                e.extra.insert(format!("biblScope-{unit}"), Json::String(norm(&t)));
            }
        }
    }

    fn date_field(&mut self, el: &Element, e: &mut Entry, var: Var) {
        if el.attr("type") == Some("none") {
            return;
        }
        let d = date_of(el);
        if d.is_empty() {
            return;
        }
        e.fields.entry(var).or_insert(Value::Date(d));
    }

    /// Footnotes (`note place="foot|end"`) with the citations in them, and
    /// citations in the running text.
    fn notes_and_citations(&mut self, root: &Element, lib: &mut crate::model::Library) {
        let Some(text) = root.descendants().into_iter().find(|e| e.name == "text") else { return };
        let mut by_id: BTreeMap<String, usize> = BTreeMap::new();
        let mut counter = 0usize;
        self.walk(text, None, lib, &mut by_id, &mut counter);
        lib.body = super::edition::paragraphs(text);
    }

    fn walk(
        &mut self,
        el: &Element,
        note: Option<u32>,
        lib: &mut crate::model::Library,
        by_id: &mut BTreeMap<String, usize>,
        counter: &mut usize,
    ) {
        for c in el.elements() {
            match c.name.as_str() {
                "back" | "listBibl" | "biblStruct" => {}
                "note" if matches!(c.attr("place"), Some("foot" | "end" | "bottom")) => {
                    let number = c
                        .attr("n")
                        .and_then(|n| n.trim().parse::<u32>().ok())
                        .unwrap_or_else(|| lib.notes.last().map_or(1, |n| n.number + 1));
                    // The note's own text: without the citation markup we add.
                    let mut own = String::new();
                    for ch in &c.children {
                        match ch {
                            Node::Text(t) => own.push_str(t),
                            Node::Element(e) if e.name == "bibl" && e.child("ptr").is_some() => {}
                            Node::Element(e) => own.push_str(&e.text()),
                        }
                    }
                    let kind = match c.attr("type") {
                        Some("archival") => NoteKind::Archival,
                        Some("newspaper") => NoteKind::Newspaper,
                        Some("literature") => NoteKind::Literature,
                        Some("cross-reference") => NoteKind::CrossReference,
                        Some("ibid") => NoteKind::Ibid,
                        _ => NoteKind::Commentary,
                    };
                    let own = norm(&own);
                    if !(own.is_empty() && c.attr("type").is_none()) {
                        let ibid_of = c
                            .attr("corresp")
                            .and_then(|r| r.trim_start_matches("#fn").parse::<u32>().ok());
                        lib.notes.push(Note {
                            ibid_of,
                            number,
                            text: own,
                            kind,
                            source: Some(self.source(c)),
                        });
                    }
                    self.walk(c, Some(number), lib, by_id, counter);
                }
                "bibl" if super::edition::is_inline_citation(c) => {
                    let cid = c.attr("n").map(str::to_string);
                    for (target, mut item) in super::edition::items(c) {
                        item.entry = self.ids.get(&target).cloned().unwrap_or(target);
                        self.add_citation(
                            lib,
                            by_id,
                            counter,
                            cid.clone(),
                            note.unwrap_or(0),
                            item,
                            c,
                        );
                    }
                }
                "bibl" if c.child("ptr").is_some() => {
                    let item = self.cite_item(c);
                    let cid = c.attr("n").map(str::to_string);
                    self.add_citation(lib, by_id, counter, cid, note.unwrap_or(0), item, c);
                }
                "ref" if c.attr("type") == Some("bibr") => {
                    if let Some(target) = c.attr("target") {
                        for t in target.split_whitespace() {
                            let id = t.trim_start_matches('#');
                            let entry = self.ids.get(id).cloned().unwrap_or_else(|| id.to_string());
                            let item = CitationItem::new(entry);
                            self.add_citation(
                                lib,
                                by_id,
                                counter,
                                None,
                                note.unwrap_or(0),
                                item,
                                c,
                            );
                        }
                    }
                }
                _ => self.walk(c, note, lib, by_id, counter),
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn add_citation(
        &mut self,
        lib: &mut crate::model::Library,
        by_id: &mut BTreeMap<String, usize>,
        counter: &mut usize,
        cid: Option<String>,
        note: u32,
        item: CitationItem,
        el: &Element,
    ) {
        if !lib.entries.iter().any(|e| e.id == item.entry) {
            self.diags.push(
                Diagnostic::warning(format!(
                    "citation points at `{}`, which is not an entry",
                    item.entry
                ))
                .at(el.span, self.index),
            );
        }
        if let Some(i) = cid.as_ref().and_then(|c| by_id.get(c)) {
            lib.citations[*i].items.push(item);
            return;
        }
        *counter += 1;
        let id = cid.clone().unwrap_or_else(|| format!("cite-{counter}"));
        lib.citations.push(Citation {
            id: id.clone(),
            note,
            items: vec![item],
            source: Some(self.source(el)),
        });
        by_id.insert(id, lib.citations.len() - 1);
    }

    fn cite_item(&mut self, b: &Element) -> CitationItem {
        let target = b.child("ptr").and_then(|p| p.attr("target")).unwrap_or("");
        let id = target.trim_start_matches('#');
        let entry = self.ids.get(id).cloned().unwrap_or_else(|| id.to_string());
        let mut item = CitationItem::new(entry);
        for c in b.elements() {
            match (c.name.as_str(), c.attr("type")) {
                ("citedRange", _) | ("biblScope", _) => {
                    let label = c.attr("unit").unwrap_or("page").to_string();
                    let mut value = norm(&c.text());
                    if value.trim().is_empty() {
                        value = match (c.attr("from"), c.attr("to")) {
                            (Some(a), Some(z)) if a != z => format!("{a}–{z}"),
                            (Some(a), _) => a.to_string(),
                            _ => String::new(),
                        };
                    }
                    item.locator = match item.locator.take() {
                        // A volume, then its page: one locator, "2, с. 14".
                        Some(v) if v.label == "volume" && label == "page" => {
                            Some(Locator { label: v.label, value: format!("{}, {value}", v.value) })
                        }
                        _ => Some(Locator { label, value }),
                    };
                }
                ("note", Some("prefix")) => item.prefix = Some(norm(&c.text())),
                ("note", Some("suffix")) => item.suffix = Some(norm(&c.text())),
                ("note", Some("suppress-author")) => item.suppress_author = true,
                ("note", Some("author-only")) => item.author_only = true,
                _ => {}
            }
        }
        item
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{read as read_any, write, Format, WriteOptions};

    #[test]
    fn our_output_reads_back_to_the_same_model() {
        for (f, src) in [
            (Format::Json, include_str!("../../../samples/json/seed-notes.refconv.json")),
            (Format::Biblatex, include_str!("../../../samples/bibtex/mapping.bib")),
        ] {
            let a = read_any(f, src, &ReadOptions::default()).unwrap().library.without_sources();
            let mut out = Vec::new();
            write(Format::Tei, &a, &mut out, &WriteOptions::default()).unwrap();
            let xml = String::from_utf8(out).unwrap();
            let b = read(&xml, &ReadOptions::default()).unwrap().library.without_sources();
            assert_eq!(a.entries, b.entries, "{xml}");
            assert_eq!(a.citations, b.citations);
            assert_eq!(a.notes, b.notes);
        }
    }

    #[test]
    fn entities_doctype_and_errors() {
        let ok = read("<TEI><text><back><listBibl><bibl><title>A &amp; B &#1060; &nbsp;</title></bibl></listBibl></back></text></TEI>", &ReadOptions::default()).unwrap();
        assert_eq!(ok.library.entries[0].text(Var::Title), Some("A & B Ф &nbsp;"));
        assert_eq!(ok.diagnostics.len(), 1);
        let err = read("<!DOCTYPE TEI [<!ENTITY a \"aaaa\">]>\n<TEI/>", &ReadOptions::default())
            .unwrap_err();
        assert!(err.to_string().contains("DOCTYPE"));
        let err =
            read("<TEI>\n  <text><back></text>\n</TEI>", &ReadOptions::default()).unwrap_err();
        let d = err.diagnostic().unwrap();
        assert_eq!(d.line, 2, "{d:?}");
    }
}
