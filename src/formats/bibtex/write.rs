//! BibTeX / BibLaTeX writer: our own serializer (the `biblatex` crate's writer
//! corrupts `~` and `$...$`, drops unknown types and re-sorts fields).
//!
//! Deterministic field order, Unicode by default (`--ascii` for LaTeX escapes),
//! two dialects (`bibtex`: year/month, journal, address, school; `biblatex`:
//! date, journaltitle, location, institution), archival entries as `@misc` with
//! `entrysubtype = {archival}` (DESIGN.md), and every model field with no BibTeX
//! home written under its CSL name and reported.

use super::latex::from_text;
use super::names::write_name;
use super::table::{entry_type_for, library_text, Dialect, LANGS, LIST_FIELDS, VERBATIM_EXTRA};
use crate::diagnostics::Diagnostic;
use crate::error::Error;
use crate::model::Library;
use crate::model::{Date, Entry, EntryType, Value, Var};
use crate::options::WriteOptions;
use serde_json::Value as Json;
use std::collections::BTreeSet;

/// Writes the library's entries as BibLaTeX.
pub fn write_biblatex(
    lib: &Library,
    out: &mut dyn std::io::Write,
    opts: &WriteOptions,
) -> Result<Vec<Diagnostic>, Error> {
    write(lib, out, opts, Dialect::Biblatex)
}

/// Writes the library's entries as BibTeX.
pub fn write_bibtex(
    lib: &Library,
    out: &mut dyn std::io::Write,
    opts: &WriteOptions,
) -> Result<Vec<Diagnostic>, Error> {
    write(lib, out, opts, Dialect::Bibtex)
}

/// Writes the library's entries in a dialect; returns what could not be represented.
pub fn write(
    lib: &Library,
    out: &mut dyn std::io::Write,
    opts: &WriteOptions,
    dialect: Dialect,
) -> Result<Vec<Diagnostic>, Error> {
    let mut lost = write_entries(&lib.entries, 0, out, opts, dialect)?;
    if !lib.notes.is_empty() || !lib.citations.is_empty() || !lib.body.is_empty() {
        lost.push(
            Diagnostic::warning(format!(
                "a .bib holds entries only: {} notes and {} citations not written{}",
                lib.notes.len(),
                lib.citations.len(),
                running_text(lib)
            ))
            .hint("write `tei` or `json` for the notes, `csl-citations` for the citations"),
        );
    }
    Ok(lost)
}

/// Writes `entries` in a dialect after `written` entries already written (a blank
/// line goes before every entry but the file's first), so that a file written a
/// batch at a time has the same bytes as one written at once.
pub fn write_entries(
    entries: &[Entry],
    written: usize,
    out: &mut dyn std::io::Write,
    opts: &WriteOptions,
    dialect: Dialect,
) -> Result<Vec<Diagnostic>, Error> {
    let mut lost = Vec::new();
    let mut buf = String::with_capacity(entries.len() * 400);
    for (i, e) in entries.iter().enumerate() {
        if i + written > 0 {
            buf.push('\n');
        }
        entry(&mut buf, e, dialect, opts.ascii, &mut lost);
    }
    if opts.ascii {
        let mut odd: Vec<char> = buf.chars().filter(|c| !c.is_ascii()).collect();
        odd.sort_unstable();
        odd.dedup();
        if !odd.is_empty() {
            let sample: String = odd.iter().take(12).collect();
            lost.push(
                Diagnostic::warning(format!(
                    "--ascii: {} characters have no LaTeX escape here (e.g. {sample}); written as UTF-8",
                    odd.len()
                ))
                .hint("Cyrillic needs a UTF-8 .bib (biber) or \\usepackage[T2A]{fontenc} with inputenc"),
            );
        }
    }
    out.write_all(buf.as_bytes())?;
    Ok(lost)
}

/// Fields written by name, in this order.
struct Fields<'a> {
    out: Vec<(String, String)>,
    names: BTreeSet<String>,
    ascii: bool,
    lost: &'a mut Vec<Diagnostic>,
    id: &'a str,
}

impl Fields<'_> {
    fn raw(&mut self, name: &str, value: String) {
        if !self.names.insert(name.to_string()) {
            self.lost.push(
                Diagnostic::warning(format!(
                    "field `{name}` would be written twice; the second dropped"
                ))
                .entry(self.id),
            );
            return;
        }
        self.out.push((name.to_string(), value));
    }

    fn text(&mut self, name: &str, value: &str) {
        let v = from_text(value, self.ascii);
        self.raw(name, v);
    }
}

fn entry(buf: &mut String, e: &Entry, dialect: Dialect, ascii: bool, lost: &mut Vec<Diagnostic>) {
    let bibtype = entry_type_for(e, dialect);
    let mut f = Fields { out: Vec::new(), names: BTreeSet::new(), ascii, lost, id: &e.id };
    let article = matches!(
        e.kind,
        EntryType::ArticleJournal
            | EntryType::ArticleMagazine
            | EntryType::ArticleNewspaper
            | EntryType::Article
            | EntryType::Periodical
    );
    let mut done: BTreeSet<Var> = BTreeSet::new();
    let text = |v: Var| e.text(v);

    // entrysubtype
    let subtype = match (e.kind, bibtype.as_str()) {
        (EntryType::ArticleNewspaper, "article") => Some("newspaper"),
        (EntryType::ArticleMagazine, "article") => Some("magazine"),
        (EntryType::Manuscript, "misc") => Some("archival"),
        _ => None,
    };
    if let Some(s) = subtype {
        f.raw("entrysubtype", s.into());
    }

    for (var, name) in [
        (Var::Author, "author"),
        (Var::Editor, "editor"),
        (Var::Translator, "translator"),
        (Var::ContainerAuthor, "bookauthor"),
    ] {
        if let Some(Value::Names(names)) = e.get(var) {
            if names.iter().any(|n| n.lang.is_some()) {
                f.lost.push(
                    Diagnostic::warning(format!(
                        "`{}`: name languages have no BibTeX field; dropped",
                        var.name()
                    ))
                    .entry(&e.id),
                );
            }
            let list: Vec<String> = names.iter().map(|n| write_name(n, ascii)).collect();
            f.raw(name, list.join(" and "));
            done.insert(var);
        }
    }

    // Title, split back from its subtitle when the reader joined them.
    if let Some(title) = text(Var::Title) {
        let sub = match e.extra.get("subtitle") {
            Some(Json::String(s)) => Some(s.as_str()),
            _ => None,
        };
        match sub.and_then(|s| title.strip_suffix(s).map(|t| (t, s))) {
            Some((t, s)) if t.ends_with(": ") => {
                f.text("title", &t[..t.len() - 2]);
                f.text("subtitle", s);
            }
            Some(("", s)) => f.text("subtitle", s),
            _ => f.text("title", title),
        }
        done.insert(Var::Title);
    }

    // The field name for a variable, or its alias when `extra` holds a second
    // value under the first name (an entry with both `booktitle` and `journal`).
    let pick = |first: &'static str, alias: &'static str| {
        if e.extra.contains_key(first) {
            alias
        } else {
            first
        }
    };
    let journal = if dialect == Dialect::Biblatex { "journaltitle" } else { "journal" };
    let container = match e.extra.get("container-field") {
        // The name the source used where the type has no usual one (`@misc{journaltitle}`).
        Some(Json::String(n)) if matches!(n.as_str(), "journaltitle" | "journal" | "booktitle") => {
            if n == "booktitle" {
                "booktitle"
            } else {
                journal
            }
        }
        _ if article => pick(journal, "booktitle"),
        _ => pick("booktitle", journal),
    };
    let publisher_field = match (bibtype.as_str(), dialect) {
        ("thesis" | "phdthesis" | "mastersthesis", Dialect::Bibtex) => pick("school", "publisher"),
        ("thesis" | "phdthesis" | "mastersthesis" | "report" | "techreport", _) => {
            pick("institution", "publisher")
        }
        _ => "publisher",
    };
    // biblatex: `number` is the issue's number, `issue` a name such as "Spring".
    let issue_field = match e.text(Var::Issue) {
        Some(v) if article && v.starts_with(|c: char| c.is_ascii_digit()) => "number",
        _ => "issue",
    };
    let place = if dialect == Dialect::Biblatex {
        pick("location", "address")
    } else {
        pick("address", "location")
    };
    let annote = if dialect == Dialect::Biblatex {
        pick("annotation", "annote")
    } else {
        pick("annote", "annotation")
    };
    // One row per variable with a BibTeX home, in output order.
    let rows: [(Var, &str); 35] = [
        (Var::TitleShort, "shorttitle"),
        (Var::ContainerTitle, container),
        (Var::ContainerTitleShort, "shortjournal"),
        (Var::CollectionTitle, "series"),
        (Var::Volume, "volume"),
        (Var::NumberOfVolumes, "volumes"),
        (Var::Issue, issue_field),
        (Var::CollectionNumber, "number"),
        (Var::Number, "number"),
        (Var::ChapterNumber, "chapter"),
        (Var::Page, "pages"),
        (Var::NumberOfPages, "pagetotal"),
        (Var::Edition, "edition"),
        (Var::Version, "version"),
        (Var::Part, "part"),
        (Var::Publisher, publisher_field),
        (Var::PublisherPlace, place),
        (Var::EventTitle, "eventtitle"),
        (Var::EventPlace, "venue"),
        (Var::OriginalTitle, "origtitle"),
        (Var::OriginalPublisher, "origpublisher"),
        (Var::OriginalPublisherPlace, "origlocation"),
        (Var::Genre, "type"),
        (Var::Status, "pubstate"),
        (Var::CallNumber, "library"),
        (Var::Isbn, "isbn"),
        (Var::Issn, "issn"),
        (Var::Pmid, "pmid"),
        (Var::Pmcid, "pmcid"),
        (Var::Abstract, "abstract"),
        (Var::Keyword, "keywords"),
        (Var::Note, "note"),
        (Var::Annote, annote),
        (Var::ArchiveCollection, "archive_collection"),
        (Var::Archive, "archive"),
    ];
    for (var, name) in rows {
        let Some(v) = text(var) else { continue };
        if f.names.contains(name) {
            continue; // `number` taken by a variable before; written under its CSL name below
        }
        if var == Var::Page {
            f.text(name, &page_dashes(v));
        } else if LIST_FIELDS.contains(&name) {
            f.raw(name, list_field(v, ascii));
        } else {
            f.text(name, v);
        }
        done.insert(var);
    }
    for (var, name) in
        [(Var::ArchiveLocation, "archive_location"), (Var::ArchivePlace, "archive_place")]
    {
        if let Some(v) = text(var) {
            f.text(name, v);
            done.insert(var);
        }
    }
    for (var, name) in [(Var::Doi, "doi"), (Var::Url, "url")] {
        if let Some(v) = text(var) {
            f.raw(name, verbatim(v));
            done.insert(var);
        }
    }
    if let Some(lang) = text(Var::Language) {
        match LANGS.iter().find(|(_, tag)| *tag == lang) {
            Some((babel, _)) => f.raw("langid", (*babel).to_string()),
            None => {
                f.lost.push(
                    Diagnostic::info(format!(
                        "language `{lang}` has no babel name; written as it is"
                    ))
                    .entry(&e.id),
                );
                f.text("langid", lang);
            }
        }
        done.insert(Var::Language);
    }

    // Dates.
    if let Some(Value::Date(d)) = e.get(Var::Issued) {
        // A `date` the reader could not parse is written back as it was (extra).
        let raw_date = d.start.is_none() && e.extra.get("date").is_some_and(|v| v.is_string());
        if !raw_date {
            issued(&mut f, d, dialect);
        }
        done.insert(Var::Issued);
    }
    for (var, name) in
        [(Var::Accessed, "urldate"), (Var::OriginalDate, "origdate"), (Var::EventDate, "eventdate")]
    {
        if let Some(Value::Date(d)) = e.get(var) {
            date_field(&mut f, name, d);
            done.insert(var);
        }
    }

    // Archival structure (DESIGN.md): library, location, and the CSL-named fields.
    if let Some(a) = &e.archival {
        if !f.names.contains("library") {
            f.text("library", &library_text(a));
        }
        if let (Some(p), false) = (&a.archive.place, f.names.contains(place)) {
            f.text(place, p);
        }
        if let (Some(abbr), false) = (&a.archive.abbr, f.names.contains("archive")) {
            f.text("archive", abbr);
        }
        if !f.names.contains("archive_location") {
            f.text("archive_location", &a.location());
        }
        if let (Some(p), false) = (&a.archive.place, f.names.contains("archive_place")) {
            f.text("archive_place", p);
        }
        if let Some(k) = &a.archive.key {
            f.text("archive_key", k);
        }
        if let Some(n) = &a.archive.name {
            f.text("archive_name", n);
        }
        if let Some(n) = &a.archive.name_en {
            f.text("archive_name_en", n);
        }
        let units: Vec<String> =
            a.units.iter().map(|u| format!("{}={}", u.level.name(), u.value)).collect();
        f.text("archive_units", &units.join(", "));
    }

    // Variables with no BibTeX home: under their CSL name, reported.
    for (var, value) in &e.fields {
        if done.contains(var) {
            continue;
        }
        let name = var.name().to_string();
        let v = match value {
            Value::Text(t) => from_text(&t.value, ascii),
            Value::Names(n) => {
                n.iter().map(|n| write_name(n, ascii)).collect::<Vec<_>>().join(" and ")
            }
            Value::Date(d) => match (d.to_edtf(), &d.literal) {
                (Some(edtf), None) => edtf,
                _ => from_text(&date_text(d), ascii),
            },
            Value::List(l) => from_text(&l.join(", "), ascii),
        };
        f.lost.push(
            Diagnostic::warning(format!(
                "`{name}` has no BibTeX field; written as a field `{name}` that styles ignore"
            ))
            .entry(&e.id),
        );
        f.raw(&name, v);
    }
    for (var, value) in &e.fields {
        if let Value::Text(t) = value {
            if t.lang.is_some() || !t.variants.is_empty() {
                f.lost.push(
                    Diagnostic::warning(format!(
                        "`{}`: its language and translations have no BibTeX field; dropped",
                        var.name()
                    ))
                    .entry(&e.id),
                );
            }
        }
    }

    // Everything kept from the source, under its own name.
    for (k, v) in &e.extra {
        if matches!(k.as_str(), "entrytype" | "subtitle" | "container-field") {
            continue;
        }
        if k.is_empty() || k.chars().any(|c| c.is_whitespace() || "=,{}\"#%()'\\".contains(c)) {
            f.lost.push(
                Diagnostic::warning(format!(
                    "extra field `{k}` is not a valid BibTeX field name; dropped"
                ))
                .entry(&e.id),
            );
            continue;
        }
        if f.names.contains(k.as_str()) {
            f.lost.push(
                Diagnostic::warning(format!(
                    "extra field `{k}` clashes with a field written from the model; dropped"
                ))
                .entry(&e.id),
            );
            continue;
        }
        match v {
            Json::String(s) if VERBATIM_EXTRA.contains(&k.as_str()) => f.raw(k, verbatim(s)),
            Json::String(s) => f.text(k, s),
            other => {
                f.lost.push(
                    Diagnostic::info(format!("extra field `{k}` is not text; written as JSON"))
                        .entry(&e.id),
                );
                f.text(k, &other.to_string());
            }
        }
    }

    buf.push('@');
    buf.push_str(&bibtype);
    buf.push('{');
    buf.push_str(&e.id);
    buf.push_str(",\n");
    for (name, value) in &f.out {
        buf.push_str("  ");
        buf.push_str(name);
        buf.push_str(" = {");
        buf.push_str(value);
        buf.push_str("},\n");
    }
    buf.push_str("}\n");
}

fn issued(f: &mut Fields, d: &Date, dialect: Dialect) {
    let simple = d.end.is_none()
        && !d.approximate
        && !d.uncertain
        && d.literal.is_none()
        && d.start.as_ref().is_some_and(|s| s.season.is_none());
    match (dialect, d.start.as_ref()) {
        (Dialect::Bibtex, Some(s)) => {
            f.raw("year", s.year.to_string());
            if let Some(m) = s.month {
                f.raw("month", m.to_string());
                if let Some(day) = s.day {
                    f.raw("day", day.to_string());
                }
            }
            if !simple {
                // BibTeX styles read year/month; biber and refconv read the full date.
                date_field(f, "date", d);
            }
        }
        (Dialect::Biblatex, Some(_)) if d.literal.is_none() => date_field(f, "date", d),
        _ => match &d.literal {
            Some(l) => f.text("year", l),
            None => date_field(f, "date", d),
        },
    }
}

/// Writes a date field: EDTF as it is (its `~` is not a LaTeX tie), a literal
/// as text.
fn date_field(f: &mut Fields, name: &str, d: &Date) {
    match (d.to_edtf(), &d.literal) {
        (Some(edtf), None) => f.raw(name, edtf),
        _ => f.text(name, &date_text(d)),
    }
}

/// EDTF where the date has one, else the literal.
fn date_text(d: &Date) -> String {
    match (d.to_edtf(), &d.literal) {
        (Some(e), None) => e,
        (_, Some(l)) => l.clone(),
        (None, None) => String::new(),
    }
}

/// A model list ("A; B") as a biblatex literal list ("A and B"), an "and" inside
/// an item protected ("Routledge {and} Kegan Paul").
fn list_field(v: &str, ascii: bool) -> String {
    v.split("; ")
        .map(|item| {
            from_text(item, ascii)
                .split(' ')
                .map(
                    |w| {
                        if w.eq_ignore_ascii_case("and") {
                            format!("{{{w}}}")
                        } else {
                            w.to_string()
                        }
                    },
                )
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join(" and ")
}

/// Page ranges with `--` for an en dash (not where it touches a hyphen, which
/// would make `---`, an em dash).
fn page_dashes(v: &str) -> String {
    let c: Vec<char> = v.chars().collect();
    let mut out = String::with_capacity(v.len() + 2);
    for (i, ch) in c.iter().enumerate() {
        let touches = |j: Option<usize>| j.and_then(|j| c.get(j)) == Some(&'-');
        if *ch == '–' && !touches(i.checked_sub(1)) && !touches(Some(i + 1)) {
            out.push_str("--");
        } else {
            out.push(*ch);
        }
    }
    out
}

/// A verbatim field: written as it is, braces kept balanced.
fn verbatim(s: &str) -> String {
    let open = s.matches('{').count();
    let close = s.matches('}').count();
    if open == close {
        s.to_string()
    } else {
        s.replace(['{', '}'], "")
    }
}

/// ", nor the running text (N paragraphs)" when the library has one.
fn running_text(lib: &Library) -> String {
    match lib.body.len() {
        0 => String::new(),
        n => format!(", nor the running text ({n} paragraphs)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{read, Format, ReadOptions};

    fn round(src: &str, dialect: Dialect) -> (String, Library, Library) {
        let first = read(Format::Bibtex, src, &ReadOptions::default()).unwrap().library;
        let mut out = Vec::new();
        write(&first, &mut out, &WriteOptions::default(), dialect).unwrap();
        let text = String::from_utf8(out).unwrap();
        let second = read(Format::Bibtex, &text, &ReadOptions::default()).unwrap().library;
        (text, first.without_sources(), second.without_sources())
    }

    #[test]
    fn biblatex_round_trip_keeps_everything() {
        let src = r#"@inbook{k, author = {Иванов И. И. and van der Berg, Jan}, editor = {Smith, J.},
  title = {The {USSR}}, subtitle = {A {Study}}, booktitle = {Collected}, pages = {12--15},
  date = {1950-02~}, langid = {russian}, foo = {B\'ar \& co}, url = {http://x.org/a_b%20}}"#;
        let (text, a, b) = round(src, Dialect::Biblatex);
        assert_eq!(a, b, "{text}");
        assert!(
            text.starts_with("@inbook{k,\n  author = {Иванов, И. И. and van der Berg, Jan},"),
            "{text}"
        );
        assert!(text.contains("  title = {The {USSR}},\n  subtitle = {A {Study}},"), "{text}");
        assert!(text.contains("pages = {12--15}"), "{text}");
        assert!(text.contains("foo = {Bár \\& co}"), "{text}");
    }

    #[test]
    fn bibtex_dialect_uses_year_month_journal_address() {
        let src = "@article{a, journaltitle = {Pravda}, location = {Moskva}, date = {1950-02-03}}";
        let (text, a, b) = round(src, Dialect::Bibtex);
        assert_eq!(a, b, "{text}");
        assert!(text.contains("journal = {Pravda}"), "{text}");
        assert!(text.contains("year = {1950},\n  month = {2},\n  day = {3}"), "{text}");
        assert!(!text.contains("date ="), "{text}");
    }
}
