//! MODS writer: a `<modsCollection>` of MODS 3.8 records, valid against the
//! Library of Congress schema (`schemas/mods/`). A part (an article, a chapter)
//! gets its container's title, editors, publication facts, ISBN/ISSN and
//! numbering in `relatedItem type="host"`, its series in `relatedItem
//! type="series"`, as Zotero writes them and reads them back. The CSL type is
//! named exactly in `genre authority="csl"` beside the MARC genre term.
//!
//! What MODS has no element for — a variable without a home, a value with a
//! language or translations, names with particles, the archival units, fields
//! kept in `extra` — goes into `<extension>` in refconv's own namespace, which
//! our reader takes back and other readers pass over: nothing is lost.

use super::table::{self, Host, CSL_AUTHORITY, EXT_NS, NS};
use crate::diagnostics::Diagnostic;
use crate::error::Error;
use crate::model::{Date, Entry, ExtraValue, Library, Name, Text, Value, Var};
use crate::options::WriteOptions;
use crate::xmltree::{attr, escape};
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io::Write;

/// The start of a collection.
pub(crate) fn header() -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<modsCollection xmlns=\"{NS}\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:refconv=\"{EXT_NS}\" \
         xsi:schemaLocation=\"{NS} http://www.loc.gov/standards/mods/v3/mods-3-8.xsd\">\n"
    )
}

/// The end of a collection.
pub(crate) const FOOTER: &str = "</modsCollection>\n";

/// Writes a MODS collection; returns what it could not write (nothing: what
/// MODS cannot hold goes into `<extension>`).
///
/// ```
/// use refconv::{formats::mods, read, Format, ReadOptions, WriteOptions};
/// let p = read(Format::CslJson, r#"[{"id": "a", "type": "article-journal", "title": "T",
///     "container-title": "J", "volume": "3", "page": "5-9", "issued": {"date-parts": [[1999]]}}]"#,
///     &ReadOptions::default()).unwrap();
/// let mut out = Vec::new();
/// mods::write(&p.library, &mut out, &WriteOptions::default()).unwrap();
/// let x = String::from_utf8(out).unwrap();
/// assert!(x.contains("<relatedItem type=\"host\">"));
/// assert!(x.contains("<detail type=\"volume\"><number>3</number></detail>"));
/// ```
pub fn write(
    lib: &Library,
    out: &mut dyn Write,
    opts: &WriteOptions,
) -> Result<Vec<Diagnostic>, Error> {
    out.write_all(header().as_bytes())?;
    let lost = write_entries(&lib.entries, out, opts)?;
    out.write_all(FOOTER.as_bytes())?;
    Ok(lost)
}

/// Writes entries as `<mods>` records, without the collection around them.
pub fn write_entries(
    entries: &[Entry],
    out: &mut dyn Write,
    _opts: &WriteOptions,
) -> Result<Vec<Diagnostic>, Error> {
    let mut buf = String::new();
    for e in entries {
        buf.clear();
        record(e, &mut buf);
        out.write_all(buf.as_bytes())?;
    }
    Ok(Vec::new())
}

/// An indenting XML builder.
struct X<'a> {
    s: &'a mut String,
    depth: usize,
}

impl X<'_> {
    fn pad(&mut self) {
        for _ in 0..self.depth {
            self.s.push_str("  ");
        }
    }
    fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) {
        self.pad();
        let _ = write!(self.s, "<{tag}{}>", attrs_text(attrs));
        self.s.push('\n');
        self.depth += 1;
    }
    fn close(&mut self, tag: &str) {
        self.depth -= 1;
        self.pad();
        let _ = writeln!(self.s, "</{tag}>");
    }
    fn leaf(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) {
        self.pad();
        let _ = writeln!(self.s, "<{tag}{}>{}</{tag}>", attrs_text(attrs), escape(text));
    }
    /// A line of ready markup.
    fn raw(&mut self, markup: &str) {
        self.pad();
        let _ = writeln!(self.s, "{markup}");
    }
}

fn attrs_text(attrs: &[(&str, &str)]) -> String {
    attrs.iter().map(|(k, v)| format!(" {k}=\"{}\"", attr(v))).collect()
}

/// Whether `id` may be an `xs:ID` (an XML NCName).
fn is_ncname(id: &str) -> bool {
    let mut cs = id.chars();
    cs.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && cs.all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_'))
}

/// The variables a record writes into MODS elements; everything else (and
/// values these cannot hold exactly) goes into the extension.
struct Record<'e> {
    e: &'e Entry,
    /// Variables written exactly by MODS elements.
    done: BTreeSet<Var>,
}

impl<'e> Record<'e> {
    fn text(&mut self, var: Var) -> Option<&'e str> {
        let t = match self.e.get(var)? {
            Value::Text(t) => t,
            _ => return None,
        };
        if plain(t) {
            self.done.insert(var);
        }
        Some(t.value.as_str())
    }
    fn names(&mut self, var: Var) -> Option<&'e [Name]> {
        let n = match self.e.get(var)? {
            Value::Names(n) => n,
            _ => return None,
        };
        if !n.is_empty() && n.iter().all(name_exact) {
            self.done.insert(var);
        }
        Some(n.as_slice())
    }
    fn date(&mut self, var: Var) -> Option<(String, Option<&'static str>)> {
        let d = match self.e.get(var)? {
            Value::Date(d) => d,
            _ => return None,
        };
        let out = date_text(d)?;
        if d.literal.is_none() || d.start.is_none() {
            self.done.insert(var);
        }
        Some(out)
    }
}

fn plain(t: &Text) -> bool {
    t.lang.is_none() && t.variants.is_empty()
}

/// Whether MODS name parts say all of a name.
fn name_exact(n: &Name) -> bool {
    n.particle.is_none()
        && n.dropping_particle.is_none()
        && !n.comma_suffix
        && !n.static_ordering
        && n.lang.is_none()
        && (n.literal.is_none() || (n.family.is_none() && n.given.is_none() && n.suffix.is_none()))
        && !n.is_empty()
}

/// A date's text and encoding: W3C-DTF for a plain day, month or year, EDTF
/// for ranges and qualified dates, a literal as printed.
pub(super) fn date_text(d: &Date) -> Option<(String, Option<&'static str>)> {
    if let Some(l) = &d.literal {
        return Some((l.clone(), None));
    }
    let edtf = d.to_edtf()?;
    let w3c = d.end.is_none()
        && !d.approximate
        && !d.uncertain
        && d.start.as_ref().is_some_and(|s| s.season.is_none() && (1000..=9999).contains(&s.year));
    Some((edtf, Some(if w3c { "w3cdtf" } else { "edtf" })))
}

/// One `<mods>` record.
pub fn record(e: &Entry, s: &mut String) {
    let mut r = Record { e, done: BTreeSet::new() };
    let (genre, resource, host_kind) = table::type_row(e.kind);
    let part = host_kind != Host::None;
    let mut x = X { s, depth: 1 };
    let id_attr = is_ncname(&e.id);
    if id_attr {
        x.open("mods", &[("version", "3.8"), ("ID", &e.id)]);
    } else {
        x.open("mods", &[("version", "3.8")]);
    }
    title_info(&mut x, &mut r, Var::Title, Var::TitleShort, Some(Var::VolumeTitle));
    if let Some(t) = r.text(Var::OriginalTitle) {
        x.open("titleInfo", &[("type", "uniform")]);
        x.leaf("title", &[], t);
        x.close("titleInfo");
    }
    if let Some(Value::Text(t)) = e.get(Var::Title) {
        for v in &t.variants {
            let mut a = vec![("type", "translated")];
            if let Some(l) = &v.lang {
                a.push(("lang", l.as_str()));
            }
            if v.kind == crate::model::VariantKind::Transliteration {
                a.push(("transliteration", "unspecified"));
            }
            x.open("titleInfo", &a);
            x.leaf("title", &[], &v.value);
            x.close("titleInfo");
        }
    }
    let top_names: Vec<Var> = table::ROLES
        .iter()
        .map(|r| r.0)
        .filter(|v| {
            let elsewhere = matches!(v, Var::ContainerAuthor | Var::CollectionEditor);
            !(elsewhere || (part && *v == Var::Editor))
        })
        .collect();
    for v in top_names {
        names(&mut x, &mut r, v);
    }
    if let Some(t) = r.text(Var::EventTitle) {
        // A conference with no role is the author (the main entry) in
        // catalogues; this one is the event.
        x.open("name", &[("type", "conference")]);
        x.leaf("namePart", &[], t);
        x.open("role", &[]);
        x.leaf("roleTerm", &[("type", "text")], "event-title");
        x.close("role");
        x.close("name");
    }
    x.leaf("typeOfResource", &[], resource);
    if let (Some(g), false) = (genre, part) {
        x.leaf("genre", &[("authority", "marcgt")], g);
    }
    x.leaf("genre", &[("authority", CSL_AUTHORITY)], e.kind.name());
    if let Some(g) = r.text(Var::Genre) {
        x.leaf("genre", &[], g);
    }
    origin_info(&mut x, &mut r, !part, true);
    if let Some(l) = r.text(Var::Language) {
        x.open("language", &[]);
        let code = l.len() <= 12
            && l.split('-').all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric()));
        let a: &[(&str, &str)] =
            if code { &[("type", "code"), ("authority", "rfc5646")] } else { &[("type", "text")] };
        x.leaf("languageTerm", a, l);
        x.close("language");
    }
    physical(&mut x, &mut r);
    if let Some(t) = r.text(Var::Abstract) {
        x.leaf("abstract", &[], t);
    }
    if let Some(t) = r.text(Var::Note) {
        x.leaf("note", &[], t);
    }
    if let Some(t) = r.text(Var::Annote) {
        x.leaf("note", &[("type", "annote")], t);
    }
    if let Some(Value::Text(k)) = e.get(Var::Keyword) {
        let words: Vec<&str> = k.value.split("; ").collect();
        let unique = words.iter().enumerate().all(|(i, w)| !words[..i].contains(w));
        if plain(k) && unique && words.iter().all(|w| !w.trim().is_empty() && w.trim() == *w) {
            r.done.insert(Var::Keyword);
            for w in k.value.split("; ") {
                x.open("subject", &[]);
                x.leaf("topic", &[], w);
                x.close("subject");
            }
        }
    }
    if let Some(t) = r.text(Var::Scale) {
        x.open("subject", &[]);
        x.open("cartographics", &[]);
        x.leaf("scale", &[], t);
        x.close("cartographics");
        x.close("subject");
    }
    if let Some(t) = r.text(Var::CallNumber) {
        x.leaf("classification", &[], t);
    }
    host(&mut x, &mut r, genre.filter(|_| part), host_kind);
    series(&mut x, &mut r);
    identifiers(&mut x, &mut r, !part);
    let derived = location(&mut x, &mut r);
    if !part {
        part_element(&mut x, &mut r);
    }
    if let Some(t) = r.text(Var::Source) {
        x.open("recordInfo", &[]);
        x.leaf("recordContentSource", &[], t);
        x.close("recordInfo");
    }
    extension(&mut x, &r, id_attr, &derived);
    x.close("mods");
}

fn title_info(x: &mut X, r: &mut Record, title: Var, short: Var, volume: Option<Var>) {
    let t = r.text(title);
    let vt = volume.and_then(|v| r.text(v));
    if t.is_some() || vt.is_some() {
        x.open("titleInfo", &[]);
        if let Some(t) = t {
            x.leaf("title", &[], t);
        }
        if let Some(v) = vt {
            x.leaf("partName", &[], v);
        }
        x.close("titleInfo");
    }
    if let Some(t) = r.text(short) {
        x.open("titleInfo", &[("type", "abbreviated")]);
        x.leaf("title", &[], t);
        x.close("titleInfo");
    }
}

/// `<name>` elements of one variable, with its role.
fn names(x: &mut X, r: &mut Record, var: Var) {
    let Some(list) = r.names(var) else { return };
    let code = table::ROLES.iter().find(|row| row.0 == var).and_then(|row| row.1);
    for n in list {
        if n.is_empty() {
            continue;
        }
        match &n.literal {
            Some(l) => {
                x.open("name", &[("type", "corporate")]);
                x.leaf("namePart", &[], l);
            }
            None => {
                x.open("name", &[("type", "personal")]);
                let family = [n.particle.as_deref(), n.family.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" ");
                if !family.is_empty() {
                    x.leaf("namePart", &[("type", "family")], &family);
                }
                let given = [n.given.as_deref(), n.dropping_particle.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" ");
                if !given.is_empty() {
                    x.leaf("namePart", &[("type", "given")], &given);
                }
                if let Some(sfx) = &n.suffix {
                    x.leaf("namePart", &[("type", "termsOfAddress")], sfx);
                }
            }
        }
        x.open("role", &[]);
        if let Some(c) = code {
            x.leaf("roleTerm", &[("type", "code"), ("authority", "marcrelator")], c);
        }
        x.leaf("roleTerm", &[("type", "text")], var.name());
        x.close("role");
        x.close("name");
    }
}

/// `<originInfo>`: the publication facts (`imprint`, where the item is not a
/// part) and the dates of the item itself (`own`).
fn origin_info(x: &mut X, r: &mut Record, imprint: bool, own: bool) {
    let mut inner = String::new();
    let mut y = X { s: &mut inner, depth: x.depth + 1 };
    if imprint {
        if let Some(p) = r.text(Var::PublisherPlace) {
            y.open("place", &[]);
            y.leaf("placeTerm", &[("type", "text")], p);
            y.close("place");
        }
        if let Some(p) = r.text(Var::Publisher) {
            y.leaf("publisher", &[], p);
        }
        if let Some((d, enc)) = r.date(Var::Issued) {
            date_leaf(&mut y, "dateIssued", &[("keyDate", "yes")], &d, enc);
        }
        if let Some(t) = r.text(Var::Edition) {
            y.leaf("edition", &[], t);
        }
    }
    if own {
        for (var, typ) in table::OTHER_DATES {
            if let Some((d, enc)) = r.date(*var) {
                date_leaf(&mut y, "dateOther", &[("type", typ)], &d, enc);
            }
        }
        if r.e.text(Var::Url).is_none() {
            if let Some((d, enc)) = r.date(Var::Accessed) {
                date_leaf(&mut y, "dateCaptured", &[], &d, enc);
            }
        }
    }
    if !inner.is_empty() {
        x.open("originInfo", &[]);
        x.s.push_str(&inner);
        x.close("originInfo");
    }
}

fn date_leaf(x: &mut X, tag: &str, attrs: &[(&str, &str)], d: &str, enc: Option<&str>) {
    let mut a = attrs.to_vec();
    if let Some(enc) = enc {
        a.push(("encoding", enc));
    }
    x.leaf(tag, &a, d);
}

fn physical(x: &mut X, r: &mut Record) {
    let form = r.text(Var::Medium);
    let pages = r.text(Var::NumberOfPages);
    let vols = r.text(Var::NumberOfVolumes);
    let dims = r.text(Var::Dimensions);
    if form.is_none() && pages.is_none() && vols.is_none() && dims.is_none() {
        return;
    }
    x.open("physicalDescription", &[]);
    if let Some(f) = form {
        x.leaf("form", &[], f);
    }
    if let Some(p) = pages {
        x.leaf("extent", &[("unit", "pages")], p);
    }
    if let Some(v) = vols {
        x.leaf("extent", &[("unit", "volumes")], v);
    }
    if let Some(d) = dims {
        x.leaf("extent", &[], d);
    }
    x.close("physicalDescription");
}

/// `relatedItem type="host"`: the container.
fn host(x: &mut X, r: &mut Record, genre: Option<&str>, kind: Host) {
    let part = kind != Host::None;
    let mut inner = String::new();
    let mut y = X { s: &mut inner, depth: x.depth + 1 };
    title_info(&mut y, r, Var::ContainerTitle, Var::ContainerTitleShort, None);
    names(&mut y, r, Var::ContainerAuthor);
    if part {
        names(&mut y, r, Var::Editor);
        if let Some(g) = genre {
            y.leaf("genre", &[("authority", "marcgt")], g);
        }
        let before = y.s.len();
        origin_info(&mut y, r, true, false);
        if kind == Host::Serial {
            // issuance goes inside the originInfo just written, or a new one.
            if y.s.len() > before {
                let close = format!("{}</originInfo>\n", "  ".repeat(y.depth));
                y.s.truncate(y.s.len() - close.len());
                y.depth += 1;
                y.leaf("issuance", &[], "continuing");
                y.depth -= 1;
                y.s.push_str(&close);
            } else {
                y.open("originInfo", &[]);
                y.leaf("issuance", &[], "continuing");
                y.close("originInfo");
            }
        }
        identifiers_of(&mut y, r, &[Var::Isbn, Var::Issn]);
        part_element(&mut y, r);
    }
    if !inner.is_empty() {
        x.open("relatedItem", &[("type", "host")]);
        x.s.push_str(&inner);
        x.close("relatedItem");
    }
}

/// `relatedItem type="series"`.
fn series(x: &mut X, r: &mut Record) {
    let mut inner = String::new();
    let mut y = X { s: &mut inner, depth: x.depth + 1 };
    if let Some(t) = r.text(Var::CollectionTitle) {
        y.open("titleInfo", &[]);
        y.leaf("title", &[], t);
        y.close("titleInfo");
    }
    names(&mut y, r, Var::CollectionEditor);
    if let Some(n) = r.text(Var::CollectionNumber) {
        y.open("part", &[]);
        y.raw(&format!("<detail type=\"volume\"><number>{}</number></detail>", escape(n)));
        y.close("part");
    }
    if !inner.is_empty() {
        x.open("relatedItem", &[("type", "series")]);
        x.s.push_str(&inner);
        x.close("relatedItem");
    }
}

fn identifiers(x: &mut X, r: &mut Record, with_host_ids: bool) {
    let vars: Vec<Var> = table::IDENTIFIERS
        .iter()
        .map(|i| i.0)
        .filter(|v| with_host_ids || !matches!(v, Var::Isbn | Var::Issn))
        .collect();
    identifiers_of(x, r, &vars);
}

fn identifiers_of(x: &mut X, r: &mut Record, vars: &[Var]) {
    for var in vars {
        let typ = table::IDENTIFIERS.iter().find(|i| i.0 == *var).map_or("local", |i| i.1);
        if let Some(t) = r.text(*var) {
            x.leaf("identifier", &[("type", typ)], t);
            if matches!(var, Var::Isbn | Var::Issn)
                && !t.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            {
                // Readers take the number alone ("0801486394 (pbk.)"): the whole
                // value rides in the extension.
                r.done.remove(var);
            }
        }
    }
}

/// `<location>`: the archive and the place in it (from the archival structure
/// when the entry has no `archive`/`archive_location` of its own), the URL.
/// Returns the variables that were derived from the structure.
fn location(x: &mut X, r: &mut Record) -> Vec<&'static str> {
    let mut derived = Vec::new();
    let a = r.e.archival.as_ref();
    let archive = r.text(Var::Archive).map(String::from).or_else(|| {
        let v = a.and_then(|a| a.archive.abbr.clone().or_else(|| a.archive.name.clone()));
        if v.is_some() {
            derived.push("archive");
        }
        v
    });
    let shelf = r.text(Var::ArchiveLocation).map(String::from).or_else(|| {
        let v = a.map(|a| a.location()).filter(|l| !l.is_empty());
        if v.is_some() {
            derived.push("archive_location");
        }
        v
    });
    // `url` is an xs:anyURI: a value that is none ("<Go to ISI>://…") stays in
    // the extension.
    let url = r.e.text(Var::Url).filter(|u| is_uri(u)).and_then(|_| r.text(Var::Url));
    if archive.is_none() && shelf.is_none() && url.is_none() {
        return derived;
    }
    x.open("location", &[]);
    if let Some(a) = archive {
        x.leaf("physicalLocation", &[], &a);
    }
    if let Some(s) = shelf {
        x.leaf("shelfLocator", &[], &s);
    }
    if let Some(u) = url {
        match r.date(Var::Accessed) {
            Some((d, _)) => x.leaf("url", &[("usage", "primary"), ("dateLastAccessed", &d)], u),
            None => x.leaf("url", &[("usage", "primary")], u),
        }
    }
    x.close("location");
    derived
}

/// Whether `u` is a URI reference as XML Schema's `anyURI` takes it.
fn is_uri(u: &str) -> bool {
    !u.is_empty()
        && !u.chars().any(|c| {
            c.is_whitespace() || matches!(c, '<' | '>' | '"' | '{' | '}' | '|' | '\\' | '^' | '`')
        })
}

/// `<part>`: numbering and pages.
fn part_element(x: &mut X, r: &mut Record) {
    let mut inner = String::new();
    let mut y = X { s: &mut inner, depth: x.depth + 1 };
    for (var, typ) in table::DETAILS {
        if let Some(n) = r.text(*var) {
            y.raw(&format!("<detail type=\"{typ}\"><number>{}</number></detail>", escape(n)));
        }
    }
    if let Some(p) = r.text(Var::Page) {
        match range(p) {
            Some((a, b)) => y.raw(&format!(
                "<extent unit=\"pages\"><start>{}</start><end>{}</end></extent>",
                escape(a),
                escape(b)
            )),
            None => y.raw(&format!("<extent unit=\"pages\"><list>{}</list></extent>", escape(p))),
        }
    }
    if !inner.is_empty() {
        x.open("part", &[]);
        x.s.push_str(&inner);
        x.close("part");
    }
}

/// "12-34" (digits, one ASCII hyphen): the start and end.
pub(super) fn range(p: &str) -> Option<(&str, &str)> {
    let (a, b) = p.split_once('-')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
    // "5-5" stays a list: the reader makes one page of equal ends.
    (digits(a) && digits(b) && a != b).then_some((a, b))
}

/// `<extension>`: what the elements above do not hold.
fn extension(x: &mut X, r: &Record, id_attr: bool, derived: &[&str]) {
    let e = r.e;
    let mut inner = String::new();
    let mut y = X { s: &mut inner, depth: x.depth + 1 };
    if !id_attr {
        y.leaf("refconv:id", &[], &e.id);
    }
    for (var, value) in &e.fields {
        if r.done.contains(var) {
            continue;
        }
        match value {
            Value::Text(t) if plain(t) => {
                y.leaf("refconv:field", &[("name", var.name())], &t.value)
            }
            v => {
                let json = serde_json::to_string(v).unwrap_or_default();
                y.leaf("refconv:field", &[("name", var.name()), ("json", "true")], &json);
            }
        }
    }
    if let Some(a) = &e.archival {
        let ar = &a.archive;
        let derived = derived.join(" ");
        let mut attrs: Vec<(&str, &str)> = [
            ("key", &ar.key),
            ("abbr", &ar.abbr),
            ("name", &ar.name),
            ("name_en", &ar.name_en),
            ("place", &ar.place),
        ]
        .into_iter()
        .filter_map(|(k, v)| v.as_deref().map(|v| (k, v)))
        .collect();
        if !derived.is_empty() {
            // What `<location>` says only because of this structure.
            attrs.push(("derived", &derived));
        }
        y.open("refconv:archival", &attrs);
        for u in &a.units {
            y.leaf("refconv:unit", &[("level", u.level.name())], &u.value);
        }
        y.close("refconv:archival");
    }
    for (k, v) in &e.extra {
        match v {
            ExtraValue::String(s) => y.leaf("refconv:extra", &[("name", k)], s),
            v => {
                let json = serde_json::to_string(v).unwrap_or_default();
                y.leaf("refconv:extra", &[("name", k), ("json", "true")], &json);
            }
        }
    }
    if !inner.is_empty() {
        x.open("extension", &[]);
        x.s.push_str(&inner);
        x.close("extension");
    }
}
