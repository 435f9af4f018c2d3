//! The MODS elements of a record, one reader each, gathering into [`Fields`]:
//! titles, names with their roles, origin facts and dates, physical
//! description, subjects, identifiers, location, part numbering and our
//! `<extension>`.

use super::table;
use crate::diagnostics::{Diagnostic, Span};
use crate::model::{
    Archival, Archive, Date, Entry, EntryType, ExtraValue, Level, Name, TextVariant, Unit, Value,
    Var, VariantKind,
};
use crate::xmltree::{clean, Element};
use std::collections::BTreeMap;

/// What a record's elements give, before it becomes an entry.
pub(super) struct Fields {
    pub(super) e: Entry,
    names: BTreeMap<Var, Vec<Name>>,
    keywords: Vec<String>,
    /// Candidates for `issued`, with their rank (lower wins).
    issued: Vec<(u8, Date)>,
    title_variants: Vec<TextVariant>,
    /// Values from our extension: they replace what the elements gave.
    overrides: Vec<(Var, Value)>,
    /// Variables `<location>` gave only because our writer derived them from the
    /// archival structure.
    derived: Vec<Var>,
    /// A publisher named as a `<name>` (role publisher or distributor).
    name_publisher: Option<String>,
}

impl Fields {
    pub(super) fn new(kind: EntryType) -> Fields {
        Fields {
            e: Entry::new(String::new(), kind),
            names: BTreeMap::new(),
            keywords: Vec::new(),
            issued: Vec::new(),
            title_variants: Vec::new(),
            overrides: Vec::new(),
            derived: Vec::new(),
            name_publisher: None,
        }
    }

    /// Sets a text variable unless it has a value or `v` is empty.
    pub(super) fn set_text(&mut self, var: Var, v: &str) {
        if !v.is_empty() && self.e.get(var).is_none() {
            self.e.set(var, v.to_string());
        }
    }

    /// Sets a text variable; a second, different value is kept in `extra`.
    pub(super) fn first_or_extra(&mut self, var: Var, v: &str, key: &str) {
        match self.e.text(var) {
            _ if v.is_empty() => {}
            None => {
                self.e.set(var, v.to_string());
            }
            Some(old) if old == v => {}
            Some(_) => self.e.push_extra(key, v),
        }
    }

    /// Appends to a text variable with `sep`.
    pub(super) fn append(&mut self, var: Var, v: &str, sep: &str) {
        if v.is_empty() {
            return;
        }
        let joined = match self.e.text(var) {
            Some(old) => format!("{old}{sep}{v}"),
            None => v.to_string(),
        };
        self.e.set(var, joined);
    }

    fn set_date(&mut self, var: Var, d: Date) {
        if self.e.get(var).is_none() {
            self.e.set(var, d);
        }
    }

    /// The entry.
    pub(super) fn finish(mut self) -> Entry {
        if let Some((_, d)) = self.issued.iter().min_by_key(|c| c.0) {
            let d = d.clone();
            self.set_date(Var::Issued, d);
        }
        if !self.keywords.is_empty() {
            self.e.set(Var::Keyword, self.keywords.join("; "));
        }
        if let Some(p) = self.name_publisher.take() {
            match self.e.text(Var::Publisher) {
                None => {
                    self.e.set(Var::Publisher, p);
                }
                Some(old) if old == p => {}
                Some(_) => self.e.push_extra("name publisher", p),
            }
        }
        for (var, list) in std::mem::take(&mut self.names) {
            self.e.set(var, list);
        }
        if !self.title_variants.is_empty() {
            if let Some(Value::Text(t)) = self.e.fields.get_mut(&Var::Title) {
                t.variants.extend(std::mem::take(&mut self.title_variants));
            }
        }
        for var in std::mem::take(&mut self.derived) {
            self.e.fields.remove(&var);
        }
        for (var, v) in std::mem::take(&mut self.overrides) {
            if let Some((_, key)) = table::IDENTIFIERS.iter().find(|r| r.0 == var) {
                // The whole value is back: the qualifier read beside it is not extra.
                self.e.extra.remove(&format!("identifier {key} qualifier"));
            }
            self.e.fields.insert(var, v);
        }
        self.e
    }
}

/// `titleInfo`: the title (with `nonSort`, `subTitle`), the short title, the
/// uniform title (the original), translated titles; `partName` of the item is
/// its volume title, a host's is part of the container title.
pub(super) fn title_info(f: &mut Fields, t: &Element, var: Var, short: Var, top: bool) {
    let part = |name: &str| t.child(name).map(|c| clean(&c.text())).filter(|s| !s.is_empty());
    let mut title = part("title").unwrap_or_default();
    if let Some(sub) = part("subTitle") {
        title = format!("{}: {sub}", title.trim_end_matches([' ', ':']));
    }
    if let Some(ns) = part("nonSort") {
        title = if ns.ends_with(['\'', '’']) {
            format!("{ns}{title}")
        } else {
            format!("{ns} {title}")
        };
    }
    let number = part("partNumber");
    let name = part("partName");
    if !top {
        for p in [number.clone(), name.clone()].into_iter().flatten() {
            title = format!("{}. {p}", title.trim_end_matches('.'));
        }
    }
    let typ = match t.attr("type") {
        // A host known only by its uniform or alternative title.
        Some("uniform" | "alternative") if !top && f.e.get(var).is_none() => None,
        other => other,
    };
    match typ {
        None | Some("") => {
            if f.e.get(var).is_some() {
                if !title.is_empty() {
                    f.e.push_extra("titleInfo", title);
                }
                return;
            }
            f.set_text(var, &title);
            if top {
                if let Some(n) = name {
                    f.set_text(Var::VolumeTitle, &n);
                }
                if let Some(n) = number {
                    f.set_text(Var::Volume, &n);
                }
            }
        }
        Some("abbreviated") => f.set_text(short, &title),
        Some("uniform") if top => f.set_text(Var::OriginalTitle, &title),
        Some("translated") if top && !title.is_empty() => {
            let kind = if t.attr("transliteration").is_some() {
                VariantKind::Transliteration
            } else {
                VariantKind::Translation
            };
            let lang = t.attr("lang").or(t.attr("xml:lang")).map(String::from);
            f.title_variants.push(TextVariant { kind, lang, value: title });
        }
        Some(typ) if !title.is_empty() => f.e.push_extra(&format!("titleInfo {typ}"), title),
        _ => {}
    }
}

/// `name`: the name's parts, and the variable its role says (`default` when it
/// has none; a conference without a role is the event's title).
pub(super) fn name(f: &mut Fields, n: &Element, default: Var) {
    let typ = n.attr("type");
    let mut by: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for p in n.children_named("namePart") {
        let v = clean(&p.text());
        if !v.is_empty() {
            by.entry(p.attr("type").unwrap_or("")).or_default().push(v);
        }
    }
    let joined = |k: &str, sep: &str| by.get(k).map(|v| v.join(sep));
    let person = typ == Some("personal") || (typ.is_none() && by.contains_key("family"));
    let name = if by.contains_key("family") || by.contains_key("given") {
        Name {
            family: joined("family", " "),
            given: joined("given", " "),
            suffix: joined("termsOfAddress", ", "),
            ..Name::default()
        }
    } else if let Some(whole) = joined("", if person { " " } else { ". " }) {
        let whole = strip_dates(&whole);
        if person && !whole.contains(',') && whole.contains(' ') {
            // "Roger F. Wicker": given names, then the family name.
            let (given, family) = whole.rsplit_once(' ').unwrap_or(("", &whole));
            Name {
                family: Some(family.to_string()),
                given: Some(given.to_string()),
                ..Name::default()
            }
        } else if person {
            Name::parse_inverted(&catalogue_stop(&whole))
        } else {
            Name::literal(whole)
        }
    } else if let Some(d) =
        n.child("displayForm").map(|d| clean(&d.text())).filter(|d| !d.is_empty())
    {
        if person {
            Name::parse_inverted(&d)
        } else {
            Name::literal(d)
        }
    } else {
        return;
    };
    let terms: Vec<String> = n
        .children_named("role")
        .flat_map(|r| r.children_named("roleTerm"))
        .map(|t| clean(&t.text()).to_lowercase())
        .collect();
    let has = |words: &[&str]| terms.iter().any(|t| words.contains(&t.as_str()));
    if has(&["event-title"]) {
        if let Some(l) = &name.literal {
            f.set_text(Var::EventTitle, l);
        }
        return;
    }
    // A publisher or distributor named as a name: the publisher, not a creator.
    if has(&["publisher", "pbl", "distributor", "dst"]) {
        let whole = name.literal.clone().unwrap_or_else(|| {
            [name.given.as_deref(), name.family.as_deref()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ")
        });
        // The imprint's publisher, when there is one, comes first.
        if f.name_publisher.is_none() {
            f.name_publisher = Some(whole);
        }
        return;
    }
    let var = role(n, default);
    let var = var.unwrap_or(default);
    f.names.entry(var).or_default().push(name);
}

/// A name heading without the full stop a catalogue record ends its field with
/// ("Sridharan, Kumar." → "Sridharan, Kumar"); an initial's or an
/// abbreviation's stop stays ("Smith, John S.", "Jones, Thos.").
fn catalogue_stop(s: &str) -> String {
    const ABBREVIATIONS: &[&str] = &[
        "Jr", "Sr", "Thos", "Chas", "Benj", "Robt", "Saml", "Jno", "Geo", "Wm", "Jas", "Jos", "Edw",
    ];
    let Some(body) = s.strip_suffix('.') else { return s.to_string() };
    let last = body.rsplit([' ', ',', '.']).next().unwrap_or("");
    let word = last.chars().count() >= 3
        && last.chars().skip(1).all(char::is_lowercase)
        && !ABBREVIATIONS.contains(&last);
    if word {
        body.to_string()
    } else {
        s.to_string()
    }
}

/// "Alleman, Tillie Pierce [1848-1914]" without its dates.
fn strip_dates(s: &str) -> String {
    let cut = s
        .find(['[', '('])
        .filter(|&i| s[i + 1..].chars().next().is_some_and(|c| c.is_ascii_digit() || c == '-'));
    cut.map_or(s, |i| &s[..i]).trim().trim_end_matches(',').to_string()
}

/// The variable a name's `role` says, in the context of `default` (a host's
/// author is the container's author, a series' editor the series editor).
fn role(n: &Element, default: Var) -> Option<Var> {
    let terms: Vec<(bool, String)> = n
        .children_named("role")
        .flat_map(|r| r.children_named("roleTerm"))
        .map(|t| (t.attr("type") == Some("code"), clean(&t.text()).to_lowercase()))
        .collect();
    if terms.is_empty() {
        return None;
    }
    let by_text = terms.iter().filter(|t| !t.0).find_map(|(_, t)| {
        let t = t.trim_end_matches('.');
        Var::from_name(t)
            .filter(|v| v.kind() == crate::model::VarKind::Names)
            .or_else(|| table::ROLE_TERMS.iter().find(|r| r.0 == t).map(|r| r.1))
    });
    let by_code = || {
        terms.iter().filter(|t| t.0).find_map(|(_, c)| {
            table::ROLES
                .iter()
                .find(|r| r.1 == Some(c.as_str()))
                .map(|r| r.0)
                .or_else(|| table::ROLE_TERMS.iter().find(|r| r.0 == c).map(|r| r.1))
        })
    };
    // A role no row knows (photographer, cartographer, programmer): the
    // context's creator, as Zotero reads it.
    let var = by_text.or_else(by_code).unwrap_or(default);
    Some(match (default, var) {
        (Var::Editor, Var::Author) => Var::ContainerAuthor,
        (Var::CollectionEditor, Var::Editor) => Var::CollectionEditor,
        (_, v) => v,
    })
}

/// A date as MODS writes it: W3C-DTF, ISO 8601 (`20020702`), EDTF, MARC
/// (`1999`, `19uu`), or as printed (`c1999`, `[1982?]`).
pub(super) fn date(t: &str, encoding: Option<&str>) -> Date {
    let t = t.trim();
    let compact = t.len() == 8 && t.bytes().all(|b| b.is_ascii_digit());
    let norm =
        if compact { format!("{}-{}-{}", &t[..4], &t[4..6], &t[6..]) } else { t.to_string() };
    let edtf = Date::parse_edtf(&norm);
    match encoding {
        Some("edtf") => edtf,
        _ => edtf.filter(|d| d.end.is_none() || norm.contains('/')),
    }
    .or_else(|| if encoding.is_none() { Date::parse_words(t) } else { None })
    .unwrap_or_else(|| Date::literal(t))
}

/// `originInfo`: place, publisher, edition, dates. The item's own (`top`) come
/// before its host's; of the item's dates, the one marked `keyDate="yes"` (the
/// record's principal date, MODS User Guidelines) before `dateIssued`, then
/// `copyrightDate`, then `dateCreated`.
pub(super) fn origin_info(f: &mut Fields, o: &Element, top: bool) {
    let base = if top { 0 } else { 10 };
    let mut starts: BTreeMap<&str, (Option<Date>, Option<Date>, bool)> = BTreeMap::new();
    let mut key_date = None;
    for c in o.elements() {
        let text = clean(&c.text());
        match c.name.as_str() {
            "place" => {
                for p in c.children_named("placeTerm") {
                    if p.attr("type") != Some("code") {
                        f.set_text(Var::PublisherPlace, &clean(&p.text()));
                    }
                }
            }
            "publisher" => f.first_or_extra(Var::Publisher, &text, "publisher"),
            // MODS 3.8's agent: the publisher, as the Library of Congress writes it.
            "agent" => {
                let who: Vec<String> =
                    c.children_named("namePart").map(|n| clean(&n.text())).collect();
                f.first_or_extra(Var::Publisher, &who.join(". "), "agent");
            }
            "edition" => f.set_text(Var::Edition, &text),
            "dateIssued" | "copyrightDate" | "dateCreated" | "dateCaptured" if !text.is_empty() => {
                let d = date(&text, c.attr("encoding"));
                if c.attr("keyDate") == Some("yes") && c.name != "dateCaptured" {
                    key_date = Some(c.name.as_str());
                }
                let s = starts.entry(c.name.as_str()).or_default();
                match c.attr("point") {
                    Some("end") => s.1 = Some(d),
                    Some("start") => s.0 = Some(d),
                    _ if s.0.is_none() || (c.attr("encoding").is_some() && !s.2) => {
                        s.0 = Some(d);
                        s.2 = c.attr("encoding").is_some();
                    }
                    _ => {}
                }
            }
            "dateOther" if !text.is_empty() => {
                let typ = c.attr("type").unwrap_or("");
                let var = table::OTHER_DATES.iter().find(|r| r.1 == typ).map(|r| r.0);
                match var {
                    Some(v) => f.set_date(v, date(&text, c.attr("encoding"))),
                    None => f.e.push_extra(format!("dateOther {typ}").trim(), text),
                }
            }
            "dateModified" | "dateValid" if !text.is_empty() => f.e.push_extra(&c.name, text),
            _ => {}
        }
    }
    for (name, (start, end, _)) in starts {
        let Some(mut d) = start else { continue };
        if let (Some(e), Some(_)) = (end.and_then(|e| e.start), &d.start) {
            if e.year != 9999 && d.end.is_none() && Some(&e) != d.start.as_ref() {
                d.end = Some(e);
            }
        }
        match name {
            "dateCaptured" => f.set_date(Var::Accessed, d),
            _ if key_date == Some(name) => f.issued.push((base, d)),
            "dateIssued" => f.issued.push((base + 1, d)),
            "copyrightDate" => f.issued.push((base + 2, d)),
            _ => f.issued.push((base + 3, d)),
        }
    }
}

/// `language`: the code (CSL's `language` is a code), else the text term;
/// several languages joined by `; `.
pub(super) fn language(f: &mut Fields, l: &Element) {
    let terms: Vec<&Element> = l.children_named("languageTerm").collect();
    let pick = terms
        .iter()
        .find(|t| t.attr("type") == Some("code"))
        .or_else(|| {
            terms.iter().find(|t| t.attr("authority").is_some() && t.attr("type") != Some("text"))
        })
        .or_else(|| terms.first())
        .map(|t| clean(&t.text()))
        .unwrap_or_else(|| clean(&l.text()));
    f.append(Var::Language, &pick, "; ");
}

/// `physicalDescription`: the form (medium), extents (pages, volumes, the rest
/// as dimensions, with a page or volume count taken from it).
pub(super) fn physical(f: &mut Fields, p: &Element) {
    for c in p.elements() {
        let t = clean(&c.text());
        if t.is_empty() {
            continue;
        }
        match (c.name.as_str(), c.attr("unit")) {
            ("form", _) => f.first_or_extra(Var::Medium, &t, "form"),
            ("extent", Some("pages" | "page")) => f.set_text(Var::NumberOfPages, &t),
            ("extent", Some("volumes" | "volume")) => f.set_text(Var::NumberOfVolumes, &t),
            ("extent", _) => {
                let count = |unit: &[&str]| {
                    let words: Vec<&str> =
                        t.split([' ', ',', ';', ':']).filter(|w| !w.is_empty()).collect();
                    words.windows(2).find_map(|w| {
                        (w[0].bytes().all(|b| b.is_ascii_digit()) && unit.contains(&w[1]))
                            .then(|| w[0].to_string())
                    })
                };
                let pages = count(&["p.", "p", "pages", "pp.", "S.", "с."]);
                let vols = count(&["v.", "vols.", "volumes", "v"]);
                let whole =
                    pages.as_ref().is_some_and(|n| t == format!("{n} p.") || t == format!("{n} p"));
                if let Some(n) = pages {
                    f.set_text(Var::NumberOfPages, &n);
                }
                if let Some(n) = vols {
                    f.set_text(Var::NumberOfVolumes, &n);
                }
                if !whole {
                    f.first_or_extra(Var::Dimensions, &t, "extent");
                }
            }
            (other, _) => f.e.push_extra(other, t),
        }
    }
}

/// `subject`: each `topic` a keyword, a map's scale; other subject parts kept
/// in `extra` as "A -- B".
pub(super) fn subject(f: &mut Fields, s: &Element) {
    let mut others = Vec::new();
    for c in s.elements() {
        match c.name.as_str() {
            "topic" => {
                let t = clean(&c.text());
                if !t.is_empty() && !f.keywords.contains(&t) {
                    f.keywords.push(t);
                }
            }
            "cartographics" => {
                if let Some(sc) = c.child("scale") {
                    f.set_text(Var::Scale, &clean(&sc.text()));
                }
            }
            _ => {
                let t = clean(&c.text());
                if !t.is_empty() {
                    others.push(t);
                }
            }
        }
    }
    if !others.is_empty() {
        f.e.push_extra("subject", others.join(" -- "));
    }
}

/// `identifier`: DOI, ISBN, ISSN, PMID, PMCID; a URI is the URL when there is
/// none; the rest kept under `identifier <type>`.
pub(super) fn identifier(f: &mut Fields, i: &Element) {
    let t = clean(&i.text());
    let typ = i.attr("type").unwrap_or("").to_lowercase();
    if t.is_empty() {
        return;
    }
    if i.attr("invalid") == Some("yes") {
        f.e.push_extra(&format!("identifier {typ} invalid"), t);
        return;
    }
    match table::IDENTIFIERS.iter().find(|r| r.1 == typ) {
        Some((Var::Doi, _)) => {
            let lower = t.to_lowercase();
            let cut = ["https://doi.org/", "http://dx.doi.org/", "http://doi.org/", "doi:"]
                .iter()
                .find(|p| lower.starts_with(*p))
                .map_or(0, |p| p.len());
            f.first_or_extra(Var::Doi, t[cut..].trim(), "identifier doi");
        }
        Some((Var::CitationKey, _)) => {
            // bibutils' and JabRef's BibTeX key: also the entry's id.
            if f.e.id.is_empty() {
                f.e.id = t.clone();
            }
            f.first_or_extra(Var::CitationKey, &t, "identifier citekey");
        }
        Some((var @ (Var::Isbn | Var::Issn), key)) => {
            // "0801486394 (pbk. : acid-free paper)": the number; the qualifier kept.
            let end = t.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-')).unwrap_or(t.len());
            let (num, rest) = t.split_at(end);
            f.first_or_extra(*var, num, &format!("identifier {key}"));
            if !rest.trim().is_empty() && !num.is_empty() {
                f.e.push_extra(&format!("identifier {key} qualifier"), rest.trim());
            }
        }
        Some((var, key)) => f.first_or_extra(*var, &t, &format!("identifier {key}")),
        None if typ == "uri" && f.e.get(Var::Url).is_none() => f.set_text(Var::Url, &t),
        None => f.e.push_extra(format!("identifier {typ}").trim(), t),
    }
}

/// `location`: the archive (`physicalLocation`), the place in it
/// (`shelfLocator`), the URL (the primary one) and when it was accessed.
pub(super) fn location(f: &mut Fields, l: &Element) {
    for c in l.elements() {
        let t = clean(&c.text());
        if t.is_empty() && c.name != "holdingSimple" {
            continue;
        }
        match c.name.as_str() {
            "physicalLocation" => {
                if f.e.text(Var::Archive) != Some(t.as_str()) {
                    f.append(Var::Archive, &t, "; ");
                }
            }
            "shelfLocator" => f.first_or_extra(Var::ArchiveLocation, &t, "shelfLocator"),
            "url" => {
                let usage = c.attr("usage").unwrap_or("");
                match c.attr("access") {
                    Some("preview") => f.e.push_extra("url preview", t),
                    Some("raw object") => f.e.push_extra("url raw object", t),
                    _ if f.e.get(Var::Url).is_none() || usage.starts_with("primary") => {
                        if let Some(old) = f.e.text(Var::Url).filter(|o| *o != t).map(String::from)
                        {
                            f.e.push_extra("url", old);
                        }
                        f.e.set(Var::Url, t);
                        if let Some(d) = c.attr("dateLastAccessed").filter(|d| !d.trim().is_empty())
                        {
                            f.set_date(Var::Accessed, date(d, None));
                        }
                    }
                    _ => f.e.push_extra("url", t),
                }
            }
            "holdingSimple" => {
                for s in c.descendants().into_iter().filter(|d| d.name == "shelfLocator") {
                    f.first_or_extra(Var::ArchiveLocation, &clean(&s.text()), "shelfLocator");
                }
            }
            other => f.e.push_extra(other, t),
        }
    }
}

/// `part`: volume, issue and the other numbers; pages; a date.
pub(super) fn part(f: &mut Fields, p: &Element) {
    for c in p.elements() {
        match c.name.as_str() {
            "detail" => {
                let typ = c.attr("type").unwrap_or("").to_lowercase();
                let n = c.child("number").map_or_else(|| clean(&c.text()), |n| clean(&n.text()));
                let var = table::DETAILS.iter().find(|r| r.1 == typ).map(|r| r.0).or(
                    match typ.as_str() {
                        "vol" | "v" => Some(Var::Volume),
                        "no" | "iss" | "number" => Some(Var::Issue),
                        _ => None,
                    },
                );
                match var {
                    Some(v) => f.set_text(v, &n),
                    None if !n.is_empty() => f.e.push_extra(format!("part {typ}").trim(), n),
                    None => {}
                }
            }
            "extent" => {
                let get = |n: &str| c.child(n).map(|x| clean(&x.text())).filter(|x| !x.is_empty());
                let pages = match (get("start"), get("end"), get("list")) {
                    (_, _, Some(l)) => Some(l),
                    (Some(s), Some(e), None) if s == e => Some(s),
                    (Some(s), Some(e), None) => Some(format!("{s}-{e}")),
                    (Some(s), None, None) | (None, Some(s), None) => Some(s),
                    _ => None,
                };
                match c.attr("unit").unwrap_or("pages") {
                    "pages" | "page" | "pp" | "p" => {
                        if let Some(pg) = pages {
                            f.set_text(Var::Page, &pg);
                        }
                        if let Some(t) = get("total") {
                            f.set_text(Var::NumberOfPages, &t);
                        }
                    }
                    unit => {
                        if let Some(pg) = pages {
                            f.e.push_extra(&format!("part extent {unit}"), pg);
                        }
                    }
                }
            }
            "date" => {
                let t = clean(&c.text());
                if !t.is_empty() && c.attr("point") != Some("end") {
                    f.issued.push((20, date(&t, c.attr("encoding"))));
                }
            }
            "text" => {
                let t = clean(&c.text());
                if !t.is_empty() {
                    f.e.push_extra("part text", t);
                }
            }
            _ => {}
        }
    }
}

/// Our `<extension>`: the id, variables MODS has no element for (or values
/// with more than its elements hold), the archival units, `extra`.
pub(super) fn extension(f: &mut Fields, x: &Element, diags: &mut Vec<(Diagnostic, Span)>) {
    for c in x.elements() {
        let text = clean(&c.text());
        let json = c.attr("json") == Some("true");
        match (c.name.as_str(), c.attr("name")) {
            ("id", None) => f.e.id = text,
            ("field", Some(name)) => {
                let Some(var) = Var::from_name(name) else {
                    f.e.push_extra(name, text);
                    continue;
                };
                let value = if json {
                    serde_json::from_str(&text).and_then(|v| Value::from_json(var.kind(), v))
                } else {
                    Value::from_json(var.kind(), serde_json::Value::String(text.clone()))
                };
                match value {
                    Ok(v) => f.overrides.push((var, v)),
                    Err(err) => diags.push((
                        Diagnostic::warning(format!(
                            "extension field `{name}`: {err}; kept in extra"
                        ))
                        .code("mods-extension"),
                        c.span,
                    )),
                }
            }
            ("archival", _) => {
                for v in c.attr("derived").unwrap_or("").split_whitespace() {
                    if let Some(var) = Var::from_name(v) {
                        f.derived.push(var);
                    }
                }
                let get = |k: &str| c.attr(k).map(String::from);
                let units = c
                    .children_named("unit")
                    .map(|u| Unit {
                        level: Level::from_name(u.attr("level").unwrap_or("")),
                        value: clean(&u.text()),
                    })
                    .collect();
                f.e.archival = Some(Archival {
                    archive: Archive {
                        key: get("key"),
                        abbr: get("abbr"),
                        name: get("name"),
                        name_en: get("name_en"),
                        place: get("place"),
                    },
                    units,
                });
            }
            ("extra", Some(name)) => {
                let v = if json {
                    serde_json::from_str(&text).unwrap_or(ExtraValue::String(text))
                } else {
                    ExtraValue::String(text)
                };
                f.e.extra.insert(name.to_string(), v);
            }
            // Another writer's extension: its leaves kept in `extra`.
            (name, _) if c.elements().next().is_none() && !text.is_empty() => {
                f.e.push_extra(&format!("extension {name}"), text)
            }
            _ => {}
        }
    }
}
