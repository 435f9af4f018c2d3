//! The `notes` reader: numbered footnotes, one per block, into entries (one per
//! archival file, newspaper issue, or numbered-list entry referred to),
//! citations (one per note, with folio/page locators), notes (classified), and
//! lint diagnostics tied to note numbers.

use super::archival::{self, scan, tna_at, Cited, Folio};
use super::registry::{fold, Known, Registry};
use crate::diagnostics::{Diagnostic, LineIndex, Span};
use crate::error::Error;
use crate::model::Library;
use crate::model::{
    ids, Archival, Archive, Citation, CitationItem, Date, DatePart, Entry, EntryType, Level,
    Locator, Note, NoteKind, Source, Unit, Var,
};
use crate::options::{Parsed, ReadOptions};
use std::collections::HashMap;

/// A note as found in the input.
#[derive(Debug, Clone)]
pub struct RawNote {
    /// The printed number.
    pub number: u32,
    /// The text, lines joined.
    pub text: String,
    /// Byte span in the input (number included).
    pub span: Span,
}

/// Splits the input into numbered notes: a note starts on a line beginning
/// with its number ("12 AVP RF ...", "12. ...", "12) ..."); following lines
/// belong to it; `#` lines are comments. Hyphens at line ends are rejoined.
pub fn segment(src: &str) -> Vec<RawNote> {
    let mut out: Vec<RawNote> = Vec::new();
    let mut offset = 0;
    for line in src.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let text = line.trim_end_matches(['\n', '\r']);
        let t = text.trim_start();
        if t.starts_with('#') || t.is_empty() {
            continue;
        }
        let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
        let rest = &t[digits.len()..];
        let rest_trim = rest.trim_start_matches(['.', ')']);
        let starts_note = !digits.is_empty()
            && digits.len() <= 4
            && rest_trim.starts_with([' ', '\t', '\u{a0}'])
            && !rest_trim.trim().is_empty();
        let number = digits.parse::<u32>().unwrap_or(0);
        let next_ok = match out.last() {
            None => true,
            Some(prev) => {
                number == prev.number + 1 || (number > prev.number && number <= prev.number + 3)
            }
        };
        if starts_note && next_ok {
            out.push(RawNote {
                number,
                text: rest_trim.trim().to_string(),
                span: Span::new(start, start + text.len()),
            });
        } else if let Some(prev) = out.last_mut() {
            let t = t.trim();
            if prev.text.ends_with('-')
                && !prev.text.ends_with(" -")
                && t.chars().next().is_some_and(char::is_lowercase)
            {
                prev.text.pop();
                prev.text.push_str(t);
            } else {
                prev.text.push(' ');
                prev.text.push_str(t);
            }
            prev.span.end = start + text.len();
        }
    }
    for n in &mut out {
        n.text = n.text.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    out
}

/// One citation found in a note.
#[derive(Debug, Clone)]
enum Found {
    Archival { archive: Option<ArchiveRef>, cited: Cited, prefix: Option<String> },
    Newspaper { title: String, date: Date, page: Option<String>, place: Option<String> },
    Ibid { cited: Option<Cited> },
    CrossRef { number: u32, locator: Option<Locator>, suffix: Option<String> },
}

/// The archive of a citation, as printed and as known.
#[derive(Debug, Clone)]
struct ArchiveRef {
    as_printed: String,
    name_printed: Option<String>,
    known: Option<Known>,
}

impl ArchiveRef {
    fn archive(&self) -> Archive {
        match &self.known {
            Some(k) => {
                let mut a = k.archive(&self.as_printed);
                if a.name.is_none() {
                    a.name = self.name_printed.clone();
                }
                a
            }
            None => Archive {
                key: None,
                abbr: Some(self.as_printed.clone()),
                name: self.name_printed.clone(),
                ..Archive::default()
            },
        }
    }

    fn key(&self) -> String {
        self.known.as_ref().map_or_else(|| self.as_printed.clone(), |k| k.key.clone())
    }
}

/// What the previous citing note cited (for ibid).
#[derive(Debug, Clone)]
enum Last {
    Archival { archive: Option<ArchiveRef>, units: Vec<(Level, String)>, folios: Vec<Folio> },
    Entry { id: String, locator: Option<Locator> },
}

/// Reads footnotes.
///
/// ```
/// use refconv::{read, Format, ReadOptions};
/// let src = "1 Foreign Policy Archive of the Russian Federation (AVP RF). F. 0146. Op. 30. P. 282. D. 29. L. 317.\n2 Ibid. L. 318.\n";
/// let p = read(Format::Notes, src, &ReadOptions::default()).unwrap();
/// assert_eq!(p.library.entries[0].id, "avprf-0146-30-282-29");
/// let loc = p.library.citations[1].items[0].locator.as_ref().unwrap();
/// assert_eq!((loc.label.as_str(), loc.value.as_str()), ("folio", "318"));
/// ```
pub fn read(src: &str, _opts: &ReadOptions) -> Result<Parsed, Error> {
    let index = LineIndex::new(src);
    let notes = segment(src);
    let mut parsed = Parsed::default();
    if notes.is_empty() {
        parsed.diagnostics.push(
            Diagnostic::warning("no numbered notes found")
                .at(Span::new(0, 0), &index)
                .hint("each note starts on a line with its number: `12 AVP RF. F. 0146 ...`"),
        );
        return Ok(parsed);
    }
    let mut registry = Registry::builtin();
    // Definitions first: "Full Name (ABBR)" anywhere defines ABBR for the whole document.
    for n in &notes {
        for (abbr, name) in definitions(&n.text) {
            registry.learn(&abbr, &name);
        }
    }
    let mut cx = Cx {
        lib: Library::new(),
        diags: Vec::new(),
        index: &index,
        registry,
        by_key: HashMap::new(),
        taken: std::collections::HashSet::new(),
    };
    let mut last: Option<(u32, Last)> = None;
    let mut archival_seen: Vec<(u32, ArchiveRef, Cited)> = Vec::new();
    for n in &notes {
        let found = analyse(&n.text, &cx.registry);
        let kind = classify(&found);
        let mut items = Vec::new();
        let mut ibid_of = None;
        let mut this_last: Option<Last> = None;
        for f in found {
            match f {
                Found::Archival { archive, cited, prefix } => {
                    cx.issues(n, &cited);
                    if archive.as_ref().is_some_and(|a| a.known.is_none()) {
                        let a = archive.as_ref().map_or(String::new(), |a| a.as_printed.clone());
                        cx.diags.push(
                            cx.at(n, Diagnostic::info(format!("archive `{a}` is not in the registry; kept as cited")))
                                .code("unknown-archive")
                                .hint("add it to src/notes/archives.tsv, or define it in the text: `Full Name (ABBR)`"),
                        );
                    }
                    let units = cited.units.clone();
                    let id = cx.archival_entry(archive.as_ref(), &units, n);
                    let mut item = CitationItem::new(id);
                    item.locator = folio_locator(&cited.folios);
                    item.prefix = prefix;
                    items.push(item);
                    if let Some(a) = &archive {
                        archival_seen.push((n.number, a.clone(), cited.clone()));
                    }
                    this_last =
                        Some(Last::Archival { archive, units, folios: cited.folios.clone() });
                }
                Found::Newspaper { title, date, page, place } => {
                    let id = cx.newspaper_entry(&title, &date, place.as_deref(), n);
                    let mut item = CitationItem::new(id.clone());
                    item.locator = page.map(|p| Locator { label: "page".into(), value: p });
                    this_last = Some(Last::Entry { id, locator: item.locator.clone() });
                    items.push(item);
                }
                Found::CrossRef { number, locator, suffix } => {
                    let id = cx.list_entry(number);
                    let mut item = CitationItem::new(id.clone());
                    item.locator = locator;
                    item.suffix = suffix;
                    this_last = Some(Last::Entry { id, locator: item.locator.clone() });
                    items.push(item);
                }
                Found::Ibid { cited } => match &last {
                    None => cx.diags.push(
                        cx.at(n, Diagnostic::warning("`Ibid.` with no earlier citation to repeat"))
                            .code("ibid-orphan"),
                    ),
                    Some((m, prev)) => {
                        ibid_of = Some(*m);
                        match prev {
                            Last::Archival { archive, units, folios } => {
                                let (units, folios) = resolve_ibid(units, folios, cited.as_ref());
                                if let Some(c) = &cited {
                                    cx.issues(n, c);
                                }
                                let id = cx.archival_entry(archive.as_ref(), &units, n);
                                let mut item = CitationItem::new(id);
                                item.locator = folio_locator(&folios);
                                items.push(item);
                                this_last = Some(Last::Archival {
                                    archive: archive.clone(),
                                    units,
                                    folios,
                                });
                            }
                            Last::Entry { id, locator } => {
                                let mut item = CitationItem::new(id.clone());
                                item.locator = match cited.as_ref().filter(|c| !c.folios.is_empty())
                                {
                                    Some(c) => folio_locator(&c.folios),
                                    None => locator.clone(),
                                };
                                this_last = Some(Last::Entry {
                                    id: id.clone(),
                                    locator: item.locator.clone(),
                                });
                                items.push(item);
                            }
                        }
                    }
                },
            }
        }
        let source = Source {
            span: n.span,
            line: index.line_col(n.span.start).0,
            text: Some(n.text.clone()),
        };
        if !items.is_empty() {
            cx.lib.citations.push(Citation {
                id: format!("note-{}", n.number),
                note: n.number,
                items,
                source: Some(source.clone()),
            });
        }
        cx.lib.notes.push(Note {
            number: n.number,
            text: n.text.clone(),
            kind,
            ibid_of,
            source: Some(source),
        });
        if let Some(l) = this_last {
            last = Some((n.number, l));
        }
    }
    cx.cross_lints(&archival_seen, &notes);
    cx.diags.sort_by_key(|d| d.span.map(|s| s.start));
    parsed.library = cx.lib;
    parsed.diagnostics = cx.diags;
    Ok(parsed)
}

struct Cx<'a> {
    lib: Library,
    diags: Vec<Diagnostic>,
    index: &'a LineIndex<'a>,
    registry: Registry,
    /// Entry key (archive key + path, newspaper + date, list number) -> id.
    by_key: HashMap<String, String>,
    /// Ids in use.
    taken: std::collections::HashSet<String>,
}

impl Cx<'_> {
    fn at(&self, n: &RawNote, d: Diagnostic) -> Diagnostic {
        d.at(n.span, self.index).note(n.number)
    }

    fn issues(&mut self, n: &RawNote, c: &Cited) {
        for i in &c.issues {
            let d = self.at(n, Diagnostic::warning(i.message.clone())).code(i.code);
            self.diags.push(d);
        }
    }

    fn add(&mut self, key: String, mut e: Entry, n: &RawNote) -> String {
        if let Some(id) = self.by_key.get(&key) {
            return id.clone();
        }
        e.id = ids::unique(&e.id, &self.taken);
        self.taken.insert(e.id.clone());
        e.source = Some(Source {
            span: n.span,
            line: self.index.line_col(n.span.start).0,
            text: Some(n.text.clone()),
        });
        let id = e.id.clone();
        self.by_key.insert(key, id.clone());
        self.lib.entries.push(e);
        id
    }

    fn archival_entry(
        &mut self,
        archive: Option<&ArchiveRef>,
        units: &[(Level, String)],
        n: &RawNote,
    ) -> String {
        let a = archive.map(ArchiveRef::archive).unwrap_or_default();
        let akey = archive.map(ArchiveRef::key).unwrap_or_default();
        let key = format!(
            "arch|{}|{}",
            fold(&akey),
            units.iter().map(|(l, v)| format!("{}={v}", l.name())).collect::<Vec<_>>().join("|")
        );
        let mut e = Entry::new(String::new(), EntryType::Manuscript);
        let cyrillic_archive =
            a.name.as_deref().is_some_and(|s| s.chars().any(|c| matches!(c, 'А'..='я')));
        if cyrillic_archive {
            e.set(Var::Language, "ru");
        }
        e.archival = Some(Archival {
            archive: Archive { key: a.key.clone(), ..a },
            units: units.iter().map(|(l, v)| Unit { level: l.clone(), value: v.clone() }).collect(),
        });
        // Readable ids from the registry key ("avprf-0146-30-282-29").
        let mut for_id = e.clone();
        if let Some(arch) = for_id.archival.as_mut() {
            if let Some(k) = &arch.archive.key {
                arch.archive.abbr = Some(k.clone());
            } else if let Some(abbr) = &arch.archive.abbr {
                arch.archive.abbr = Some(initials(abbr));
            }
        }
        e.id = ids::derive(&for_id);
        self.add(key, e, n)
    }

    fn newspaper_entry(
        &mut self,
        title: &str,
        date: &Date,
        place: Option<&str>,
        n: &RawNote,
    ) -> String {
        let edtf = date.to_edtf().unwrap_or_default();
        let key = format!("news|{}|{edtf}", fold(title));
        let mut e = Entry::new(String::new(), EntryType::ArticleNewspaper);
        e.set(Var::ContainerTitle, title);
        e.set(Var::Issued, date.clone());
        if let Some(p) = place {
            e.set(Var::PublisherPlace, p);
        }
        if title.chars().any(|c| matches!(c, 'А'..='я')) {
            e.set(Var::Language, "ru");
        }
        let t = ids::sanitize(title).to_lowercase().replace('_', "");
        e.id = if edtf.is_empty() { t } else { format!("{t}-{edtf}") };
        e.id = ids::sanitize(&e.id);
        self.add(key, e, n)
    }

    fn list_entry(&mut self, number: u32) -> String {
        let key = format!("list|{number}");
        if let Some(id) = self.by_key.get(&key) {
            return id.clone();
        }
        // The numbered list is not part of this input: an entry that says which
        // number it stands for, to be joined with the list (see `article`).
        let mut e =
            Entry::new(ids::unique(&format!("ref-{number}"), &self.taken), EntryType::Document);
        self.taken.insert(e.id.clone());
        e.set(Var::CitationNumber, number.to_string());
        e.extra.insert("placeholder".into(), serde_json::Value::String("numbered-list".into()));
        let id = e.id.clone();
        self.by_key.insert(key, id.clone());
        self.lib.entries.push(e);
        id
    }

    /// Lints across notes: one path under two archives, short forms of fuller
    /// citations, garbled citations the document can explain.
    fn cross_lints(&mut self, seen: &[(u32, ArchiveRef, Cited)], notes: &[RawNote]) {
        let by_number: HashMap<u32, &RawNote> = notes.iter().map(|n| (n.number, n)).collect();
        let paths: Vec<String> = seen
            .iter()
            .map(|(_, _, c)| c.units.iter().map(|(l, v)| format!("{}={v}|", l.name())).collect())
            .collect();
        let keys: Vec<String> = seen.iter().map(|(_, a, _)| fold(&a.key())).collect();
        // Citations by path, and by (archive, last unit) for short forms.
        // (path) -> archive key -> the notes citing it; (archive, last unit) -> one
        // citation per distinct path.
        let mut by_path: HashMap<&str, HashMap<&str, Vec<u32>>> = HashMap::new();
        let mut by_last: HashMap<(&str, Option<&(Level, String)>), Vec<usize>> = HashMap::new();
        for (i, (n, _, c)) in seen.iter().enumerate() {
            by_path
                .entry(paths[i].as_str())
                .or_default()
                .entry(keys[i].as_str())
                .or_default()
                .push(*n);
            let group = by_last.entry((keys[i].as_str(), c.units.last())).or_default();
            if !group.iter().any(|&j| paths[j] == paths[i]) {
                group.push(i);
            }
        }
        for (i, (n, a, c)) in seen.iter().enumerate() {
            let Some(raw) = by_number.get(n).copied() else { continue };
            // The same path under another archive.
            let group = &by_path[paths[i].as_str()];
            let same_archive = group.get(keys[i].as_str()).map_or(0, Vec::len);
            let other = group
                .iter()
                .filter(|(k, _)| **k != keys[i].as_str())
                .max_by_key(|(_, ns)| ns.len());
            if let (Some((other_key, other_notes)), true) = (other, c.units.len() >= 2) {
                if other_notes.len() >= same_archive {
                    let Some(other) = seen
                        .iter()
                        .zip(&keys)
                        .find(|(_, k)| k.as_str() == *other_key)
                        .map(|(x, _)| &x.1)
                    else {
                        continue;
                    };
                    let mut in_notes: Vec<String> =
                        other_notes.iter().take(5).map(u32::to_string).collect();
                    if other_notes.len() > 5 {
                        in_notes.push(format!("{} more", other_notes.len() - 5));
                    }
                    let d = self
                        .at(
                            raw,
                            Diagnostic::warning(format!(
                                "{} is cited under {} in notes {}; is `{}` here a slip?",
                                units_text(&c.units),
                                other.as_printed,
                                in_notes.join(", "),
                                a.as_printed
                            )),
                        )
                        .code("archive-mismatch")
                        .hint(format!("probably {}. {}", other.as_printed, units_text(&c.units)));
                    self.diags.push(d);
                }
            }
            // A short form: the same archive and file, a level missing that a fuller
            // citation elsewhere has.
            if !c.issues.iter().any(|x| x.code == "repeated-label") {
                let fuller =
                    by_last[&(keys[i].as_str(), c.units.last())].iter().copied().find(|&j| {
                        seen[j].0 != *n
                            && seen[j].2.units.len() > c.units.len()
                            && is_subsequence(&c.units, &seen[j].2.units)
                    });
                if let Some(j) = fuller {
                    let (m, _, full) = &seen[j];
                    let d = self
                        .at(
                            raw,
                            Diagnostic::info(format!(
                                "short form: note {m} cites the same file as {}",
                                units_text(&full.units)
                            )),
                        )
                        .code("short-form")
                        .hint(format!("{} {}", a.as_printed, units_text(&full.units)));
                    self.diags.push(d);
                }
            }
            // Garbled: labels repeated or units after the folios; find a citation
            // of the same archive whose values, in order, are these values.
            if c.garbled && !c.folios.is_empty() {
                self.garbled(raw, a, c, seen, &keys, &keys[i]);
            }
        }
    }

    fn garbled(
        &mut self,
        raw: &RawNote,
        a: &ArchiveRef,
        c: &Cited,
        seen: &[(u32, ArchiveRef, Cited)],
        keys: &[String],
        key: &str,
    ) {
        let candidates: Vec<&(u32, ArchiveRef, Cited)> = seen
            .iter()
            .zip(keys)
            .filter(|(_, k)| k.as_str() == key)
            .map(|(x, _)| x)
            .filter(|(m, _, d)| {
                *m != raw.number
                    && !d.issues.iter().any(|i| i.code == "repeated-label")
                    && d.units.len() + 1 == c.values.len()
                    && d.units.iter().zip(&c.values).all(|((_, v), w)| v == w)
            })
            .collect();
        let Some((m, _, full)) = candidates.first() else { return };
        let leaf = c.values.last().cloned().unwrap_or_default();
        let reading = format!("{}. {}. L. {leaf}", a.as_printed, units_text(&full.units));
        // Use the reading the document supports: the note points at that file.
        let units = full.units.clone();
        let id = self.archival_entry(Some(a), &units, raw);
        let mut old = None;
        if let Some(cit) = self.lib.citations.iter_mut().rev().find(|x| x.note == raw.number) {
            if let Some(item) = cit.items.first_mut() {
                old = Some(std::mem::replace(&mut item.entry, id));
                item.locator = Some(Locator { label: "folio".into(), value: leaf });
            }
        }
        let d = self
            .at(
                raw,
                Diagnostic::warning(format!(
                    "garbled unit labels; the values match note {m}: read as `{reading}`"
                )),
            )
            .code("garbled")
            .hint(format!("check the original: probably `{reading}`"));
        self.diags.push(d);
        // The entry made from the garbled labels may now be unused: drop it.
        if let Some(old) = old {
            let used = self.lib.citations.iter().any(|c| c.items.iter().any(|i| i.entry == old));
            if !used {
                self.lib.entries.retain(|e| e.id != old);
                self.by_key.retain(|_, v| *v != old);
                self.taken.remove(&old);
            }
        }
    }
}

fn is_subsequence(short: &[(Level, String)], long: &[(Level, String)]) -> bool {
    let mut it = long.iter();
    short.iter().all(|s| it.any(|l| l == s))
}

/// "F. 0146. Op. 30. P. 282. D. 29".
fn units_text(units: &[(Level, String)]) -> String {
    units
        .iter()
        .map(|(l, v)| match l.abbr() {
            "" => v.clone(),
            a => format!("{a} {v}"),
        })
        .collect::<Vec<_>>()
        .join(". ")
}

/// Initials of a long unknown archive name, for ids ("Архив УФСБ РФ по ..." -> "AUFSBRPRME").
fn initials(s: &str) -> String {
    if s.chars().count() <= 12 {
        return s.to_string();
    }
    s.split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_alphanumeric())
        .take(10)
        .collect()
}

fn folio_locator(folios: &[Folio]) -> Option<Locator> {
    if folios.is_empty() {
        return None;
    }
    Some(Locator {
        label: "folio".into(),
        value: folios.iter().map(Folio::text).collect::<Vec<_>>().join(", "),
    })
}

/// Ibid: the units of the note repeated up to the first level printed, then
/// the printed ones; printed folios replace the old, none repeats them.
fn resolve_ibid(
    units: &[(Level, String)],
    folios: &[Folio],
    printed: Option<&Cited>,
) -> (Vec<(Level, String)>, Vec<Folio>) {
    let Some(p) = printed else { return (units.to_vec(), folios.to_vec()) };
    let mut out: Vec<(Level, String)> = match p.units.first() {
        Some((first, _)) => units.iter().take_while(|(l, _)| l != first).cloned().collect(),
        None => units.to_vec(),
    };
    out.extend(p.units.iter().cloned());
    let f = if p.folios.is_empty() { folios.to_vec() } else { p.folios.clone() };
    (out, f)
}

/// The class of a note: the first kind of citation it holds, in the order
/// archival, newspaper, ibid, cross-reference; commentary when none.
fn classify(found: &[Found]) -> NoteKind {
    let has = |k: fn(&Found) -> bool| found.iter().any(k);
    if has(|f| matches!(f, Found::Archival { .. })) {
        NoteKind::Archival
    } else if has(|f| matches!(f, Found::Newspaper { .. })) {
        NoteKind::Newspaper
    } else if has(|f| matches!(f, Found::Ibid { .. })) {
        NoteKind::Ibid
    } else if has(|f| matches!(f, Found::CrossRef { .. })) {
        NoteKind::CrossReference
    } else {
        NoteKind::Commentary
    }
}

/// "Full Name (ABBR)" definitions in a text.
fn definitions(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut offset = 0;
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')') else { break };
        let abbr = rest[open + 1..open + close].trim();
        let before = text[..offset + open].trim_end();
        let looks_abbr = !abbr.is_empty()
            && abbr.chars().count() <= 16
            && abbr.chars().filter(|c| c.is_uppercase()).count() >= 2
            && !abbr.chars().any(|c| c.is_ascii_digit());
        if looks_abbr {
            // The name: the words before the parenthesis, back to a sentence start.
            let start = before.rfind(['.', ';', ':']).map_or(0, |i| i + 1);
            let name = before[start..].trim();
            let archive_like = [
                "архив",
                "arkhiv",
                "archive",
                "archiv",
                "рукопис",
                "rukopis",
                "librar",
                "библиотек",
                "record",
            ]
            .iter()
            .any(|w| name.to_lowercase().contains(w));
            if name.split_whitespace().count() >= 2 && archive_like {
                out.push((abbr.to_string(), name.to_string()));
            }
        }
        offset += open + close + 1;
        rest = &text[offset..];
    }
    out
}

/// Finds the citations of one note, in order.
fn analyse(text: &str, registry: &Registry) -> Vec<Found> {
    let mut found: Vec<(usize, Found)> = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    // Bracketed references to the numbered list; their text is not scanned further.
    let mut masked = chars.clone();
    for (start, end, refs) in brackets(&chars) {
        for (i, r) in refs.into_iter().enumerate() {
            found.push((start + i, r));
        }
        for c in masked.iter_mut().take(end).skip(start) {
            *c = ' ';
        }
    }
    // Ibid at the start.
    let lower: String = text.to_lowercase();
    let ibid_len = ["ibidem", "ibid", "там же", "tam zhe"]
        .iter()
        .find(|p| lower.starts_with(*p))
        .map(|p| p.chars().count());
    let mut body_from = 0;
    if let Some(len) = ibid_len {
        let runs = scan(&masked[len..]);
        let cited = runs.into_iter().next();
        found.push((0, Found::Ibid { cited }));
        body_from = masked.len();
    }
    // A newspaper issue at the start: "Pravda. 1950. February 3."
    if body_from == 0 {
        if let Some((end, n)) = newspaper(text) {
            found.push((0, n));
            body_from = end;
        }
    }
    if body_from < masked.len() {
        let body = &masked[body_from..];
        let runs = scan(body);
        let mut prev_end = 0;
        // The last archival citation of this note: (index in `found`, its run).
        let mut last: Option<usize> = None;
        for mut r in runs {
            let between: String = body[prev_end.min(r.start)..r.start].iter().collect();
            let (mut archive, mut prefix) = archive_before(body, prev_end, r.start, registry);
            prev_end = r.end;
            // Text between two runs of one citation ("f. 102, DPOO 1898, op. 226") is
            // not an archive unless the registry knows it.
            if last.is_some()
                && !between.contains(';')
                && archive.as_ref().is_some_and(|a| a.known.is_none())
            {
                archive = None;
            }
            let strong = r.units.iter().any(|(l, _)| !matches!(l, Level::Tom));
            if let (None, Some(i)) = (&archive, last) {
                if let (_, Found::Archival { cited: prev, archive: prev_archive, .. }) =
                    &mut found[i]
                {
                    let first = r.units.first().map(|(l, _)| archival::rank(l));
                    let prev_last = prev.units.last().map(|(l, _)| archival::rank(l));
                    if !between.contains(';') && prev.folios.is_empty() && first > prev_last {
                        // "GARF, f. 102, Departament politsii ..., op. 226, d. 12": the text
                        // between belongs to the fond; the run goes on.
                        prev.units.extend(r.units.drain(..));
                        prev.values.extend(r.values.drain(..));
                        prev.folios.extend(r.folios.drain(..));
                        prev.issues.extend(r.issues.drain(..));
                        prev.end = r.end;
                        continue;
                    }
                    if strong {
                        // "...; Д.420. Л.1–68.": another file of the same archive and fond.
                        let archive = prev_archive.clone();
                        let (units, _) = resolve_ibid(&prev.units, &[], Some(&r));
                        r.units = units;
                        let at = body_from + r.start;
                        found.push((at, Found::Archival { archive, cited: r, prefix: None }));
                        last = Some(found.len() - 1);
                        continue;
                    }
                }
            }
            // "ОГАЧО. Р-274. Оп. 3": a value before the first label is the level above it.
            if let Some(a) = &archive {
                if let Some((value, level)) = unlabelled_before(body, r.start, &r) {
                    r.issues.insert(
                        0,
                        archival::Issue {
                            code: "unlabelled-number",
                            message: format!(
                                "`{value}` has no label; read as the {}",
                                level.name()
                            ),
                        },
                    );
                    r.units.insert(0, (level, value));
                    let _ = a;
                    prefix = prefix.filter(|p| !p.is_empty());
                }
            }
            let enough = r.units.len() >= 2 || archive.is_some() || !r.folios.is_empty();
            if strong && enough {
                let at = body_from + r.start;
                found.push((at, Found::Archival { archive, cited: r, prefix }));
                last = Some(found.len() - 1);
            }
        }
        // TNA: "TNA, FO 371/84036".
        let body_text: String = body.iter().collect();
        if let Some((s, e, units)) = tna_at(&body_text) {
            let c: Vec<char> = body_text.chars().collect();
            let (archive, prefix) = archive_before(&c, 0, s, registry);
            if archive.as_ref().is_some_and(|a| a.known.as_ref().is_some_and(|k| k.key == "TNA")) {
                let cited = Cited { units, start: s, end: e, ..Cited::default() };
                found.push((body_from + s, Found::Archival { archive, cited, prefix }));
            }
        }
    }
    found.sort_by_key(|(at, _)| *at);
    found.into_iter().map(|(_, f)| f).collect()
}

/// A value with no label just before a run ("ОГАЧО. Р-274. Оп. 3"): the value,
/// normalised, and the level above the run's first.
fn unlabelled_before(c: &[char], run_start: usize, r: &Cited) -> Option<(String, Level)> {
    let mut j = run_start;
    while j > 0 && matches!(c[j - 1], ' ' | '.' | ',') {
        j -= 1;
    }
    let end = j;
    while j > 0 && (c[j - 1].is_alphanumeric() || c[j - 1] == '-') {
        j -= 1;
    }
    if j == end || (j > 0 && !matches!(c[j - 1], ' ' | '.' | ',')) {
        return None;
    }
    let (raw, after) = archival::value_at(c, j)?;
    if after != end {
        return None;
    }
    let level = match r.units.first().map(|(l, _)| l) {
        Some(Level::Opis) => Level::Fond,
        Some(Level::Delo) => Level::Opis,
        _ => return None,
    };
    let (value, _) = archival::normalise(&raw, r.cyrillic);
    Some((value, level))
}

/// The archive before a run of units: "(AVP RF)", a registry abbreviation or
/// name, or an unknown name as cited; and the text before it (the prefix).
fn archive_before(
    c: &[char],
    from: usize,
    run_start: usize,
    registry: &Registry,
) -> (Option<ArchiveRef>, Option<String>) {
    let seg: String = c[from.min(run_start)..run_start].iter().collect();
    // Back to the last separator of citations.
    let cut = ["; ", " // ", "//"]
        .iter()
        .filter_map(|s| seg.rfind(s).map(|i| i + s.len()))
        .max()
        .unwrap_or(0);
    let seg = &seg[cut..];
    let mut t =
        seg.trim_end_matches([' ', '.', ',', '\u{a0}']).trim_start_matches([' ', ';', ',', '.']);
    // A value with no label ("ОГАЧО. Р-274") is not part of the archive's name.
    if let Some(i) = t.rfind([' ', '.']) {
        let last = &t[i + 1..];
        if last.chars().any(|ch| ch.is_ascii_digit())
            && last.chars().all(|ch| ch.is_alphanumeric() || ch == '-')
        {
            t = t[..i].trim_end_matches([' ', '.', ',']);
        }
    }
    if t.is_empty() {
        return (None, None);
    }
    let prefix_of = |rest: &str| {
        let p = rest.trim().trim_end_matches([',', '.']).trim();
        (!p.is_empty()).then(|| p.to_string())
    };
    // "Full Name (ABBR)".
    if t.ends_with(')') {
        if let Some(open) = t.rfind('(') {
            let mut abbr = t[open + 1..t.len() - 1].trim();
            let mut before = t[..open].trim_end();
            // "ГАВО (State Archive of Vologda Oblast)": the abbreviation outside.
            let inside_is_name = abbr.split_whitespace().count() >= 3;
            let outside_last = before.rsplit([' ', '.', ',']).next().unwrap_or("");
            if inside_is_name
                && !outside_last.is_empty()
                && outside_last.chars().filter(|c| c.is_uppercase()).count() >= 2
            {
                let name = abbr;
                abbr = outside_last;
                before = &t
                    [..open - outside_last.len() - (t[..open].len() - t[..open].trim_end().len())];
                let known = registry.by_abbr(abbr).or_else(|| registry.by_name(name)).cloned();
                return (
                    Some(ArchiveRef {
                        as_printed: abbr.to_string(),
                        name_printed: Some(name.to_string()),
                        known,
                    }),
                    {
                        let p = before.trim().trim_end_matches([',', '.']).trim();
                        (!p.is_empty()).then(|| p.to_string())
                    },
                );
            }
            let name_start = before.rfind([':', ';']).map_or(0, |i| i + 1);
            let name = before[name_start..].trim();
            let known = registry.by_abbr(abbr).or_else(|| registry.by_name(name)).cloned();
            if !abbr.is_empty() {
                return (
                    Some(ArchiveRef {
                        as_printed: abbr.to_string(),
                        name_printed: (!name.is_empty()).then(|| name.to_string()),
                        known,
                    }),
                    prefix_of(&before[..name_start]),
                );
            }
        }
    }
    // A registry abbreviation at the end.
    for (v, k) in registry.variants() {
        if let Some(rest) = t.strip_suffix(v) {
            if rest.is_empty() || rest.ends_with([' ', '.', ',', ':', '(']) {
                return (
                    Some(ArchiveRef {
                        as_printed: v.to_string(),
                        name_printed: None,
                        known: Some(k.clone()),
                    }),
                    prefix_of(rest),
                );
            }
        }
    }
    // A full name at the end ("Российский государственный архив древних актов").
    let mut starts: Vec<usize> =
        t.char_indices().filter(|(_, ch)| ch.is_uppercase()).map(|(i, _)| i).collect();
    starts.sort_unstable();
    for s in starts {
        if let Some(k) = registry.by_name(&t[s..]) {
            return (
                Some(ArchiveRef {
                    as_printed: t[s..].trim().to_string(),
                    name_printed: Some(t[s..].trim().to_string()),
                    known: Some(k.clone()),
                }),
                prefix_of(&t[..s]),
            );
        }
    }
    // Unknown: the last phrase, when it looks like a name.
    let phrase_start = [". ", ", ", ": "]
        .iter()
        .filter_map(|s| t.rfind(s).map(|i| i + s.len()))
        .max()
        .unwrap_or(0);
    let phrase = t[phrase_start..].trim();
    let looks = phrase.chars().next().is_some_and(char::is_uppercase)
        && phrase.chars().count() <= 80
        && !phrase.chars().any(|ch| ch.is_ascii_digit());
    let words = phrase.split_whitespace().count();
    let abbreviation = phrase.chars().filter(|ch| ch.is_uppercase()).count() * 2
        >= phrase.chars().filter(|ch| ch.is_alphabetic()).count();
    if looks && (abbreviation || words >= 2) {
        let known = registry.by_abbr(phrase).or_else(|| registry.by_name(phrase)).cloned();
        return (
            Some(ArchiveRef { as_printed: phrase.to_string(), name_printed: None, known }),
            prefix_of(&t[..phrase_start]),
        );
    }
    (None, prefix_of(t))
}

/// `[15]`, `[16-20]`, `[29, pp. 361–364]`, `[30, pp. 132–134; 31, emphasis added]`,
/// `[8, p. 112; 9]`, `[12, с. 45]`: (start, end, references) in chars.
fn brackets(c: &[char]) -> Vec<(usize, usize, Vec<Found>)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        if c[i] != '[' {
            i += 1;
            continue;
        }
        let Some(close) = c[i..].iter().position(|&x| x == ']').map(|p| i + p) else { break };
        let inner: String = c[i + 1..close].iter().collect();
        if inner.trim_start().starts_with(|x: char| x.is_ascii_digit()) {
            let refs: Vec<Found> = bracket_items(&inner)
                .into_iter()
                .map(|(number, locator, suffix)| Found::CrossRef { number, locator, suffix })
                .collect();
            if !refs.is_empty() {
                out.push((i, close + 1, refs));
            }
        }
        i = close + 1;
    }
    out
}

/// The references in a bracket's text ("30, pp. 132–134; 31, emphasis added",
/// "16–20"): list number, locator and suffix, ranges expanded (the locator and
/// suffix go with the first number of a range).
pub(crate) fn bracket_items(inner: &str) -> Vec<(u32, Option<Locator>, Option<String>)> {
    let mut out = Vec::new();
    for part in inner.split(';') {
        let (head, tail) = match part.split_once(',') {
            Some((h, t)) => (h.trim(), Some(t.trim())),
            None => (part.trim(), None),
        };
        let nums: Vec<u32> = match head.split_once(['-', '–', '—']) {
            Some((a, b)) => match (a.trim().parse::<u32>(), b.trim().parse::<u32>()) {
                (Ok(a), Ok(b)) if a <= b && b - a < 200 => (a..=b).collect(),
                _ => Vec::new(),
            },
            None => head.parse::<u32>().map(|n| vec![n]).unwrap_or_default(),
        };
        let (locator, suffix) = match tail {
            Some(t) => page_locator(t),
            None => (None, None),
        };
        for (i, n) in nums.into_iter().enumerate() {
            out.push((
                n,
                if i == 0 { locator.clone() } else { None },
                if i == 0 { suffix.clone() } else { None },
            ));
        }
    }
    out
}

/// "pp. 361–364" / "p. 112" / "с. 45" / "т. 2, с. 14" / "emphasis added".
pub(crate) fn page_locator(t: &str) -> (Option<Locator>, Option<String>) {
    const PAGE: &[&str] = &["pp.", "p.", "с.", "c.", "s.", "S.", "С.", "стр."];
    const VOLUME: &[&str] = &["vol.", "v.", "т.", "Т.", "Vol."];
    let mut locator = None;
    let mut rest: Vec<String> = Vec::new();
    for piece in t.split(',').map(str::trim) {
        let lab = PAGE.iter().chain(VOLUME).find(|l| {
            piece.starts_with(*l)
                && piece[l.len()..].trim_start().starts_with(|x: char| x.is_ascii_digit())
        });
        match lab {
            Some(l) if locator.is_none() => {
                let label = if PAGE.contains(l) { "page" } else { "volume" };
                locator = Some(Locator {
                    label: label.into(),
                    value: piece[l.len()..].trim().to_string(),
                });
            }
            Some(l)
                if PAGE.contains(l) && locator.as_ref().is_some_and(|v| v.label == "volume") =>
            {
                // "т. 2, с. 14": CSL has one locator per cite, so the volume is the
                // locator and the page follows it as printed; a style then renders
                // "т. 2, с. 14" (ru) or "vol. 2, с. 14" (en), in the printed order.
                if let Some(v) = locator.as_mut() {
                    v.value = format!("{}, {}", v.value, piece);
                }
            }
            _ => rest.push(piece.to_string()),
        }
    }
    let suffix = (!rest.is_empty()).then(|| rest.join(", "));
    (locator, suffix)
}

fn month(word: &str) -> Option<u8> {
    crate::model::month_from_name(word)
}

/// "Pravda. 1950. February 3.", "Известия. 1950. 4 февраля.", "New York Times.
/// 1950. February 4. P. 1." at the start of a note: (end in chars, found).
fn newspaper(text: &str) -> Option<(usize, Found)> {
    let parts: Vec<&str> = text.splitn(5, ". ").collect();
    if parts.len() < 3 {
        return None;
    }
    let title = parts[0].trim();
    if title.is_empty()
        || title.chars().count() > 60
        || title.chars().any(|c| c.is_ascii_digit())
        || !title.chars().next().is_some_and(char::is_uppercase)
    {
        return None;
    }
    let year: i32 = parts[1].trim().parse().ok().filter(|y| (1600..=2100).contains(y))?;
    let date_text = parts[2].trim().trim_end_matches('.');
    let words: Vec<&str> = date_text.split_whitespace().collect();
    let (m, d) = match words.as_slice() {
        [a, b] => match (month(a), b.parse::<u8>(), a.parse::<u8>(), month(b)) {
            (Some(m), Ok(d), _, _) => (m, d),
            (_, _, Ok(d), Some(m)) => (m, d),
            _ => return None,
        },
        _ => return None,
    };
    if !(1..=31).contains(&d) {
        return None;
    }
    let (title, place) = match title.split_once(" (") {
        Some((t, p)) if p.ends_with(')') => {
            (t.trim().to_string(), Some(p.trim_end_matches(')').to_string()))
        }
        _ => (title.to_string(), None),
    };
    let mut consumed = parts[..3].iter().map(|p| p.chars().count() + 2).sum::<usize>();
    let mut page = None;
    if parts.len() > 3 {
        let rest = parts[3..].join(". ");
        let p = rest.trim();
        for label in ["P.", "p.", "С.", "с.", "S."] {
            if let Some(v) = p.strip_prefix(label) {
                let v: String = v
                    .trim()
                    .chars()
                    .take_while(|c| c.is_ascii_digit() || matches!(c, '–' | '-'))
                    .collect();
                if !v.is_empty() {
                    consumed += label.chars().count() + 1 + v.chars().count();
                    page = Some(v);
                }
            }
        }
    }
    let date = Date { start: Some(DatePart::ymd(year, m, d)), ..Date::default() };
    Some((consumed.min(text.chars().count()), Found::Newspaper { title, date, page, place }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lib(src: &str) -> Parsed {
        read(src, &ReadOptions::default()).unwrap()
    }

    #[test]
    fn segmentation_joins_lines_and_skips_comments() {
        let n = segment("# c\n1 Foreign Policy Archive of the Russian Federation (AVP\n\nRF). F. 0146.\n2 For more, see: [15].\n");
        assert_eq!(n.len(), 2);
        assert_eq!(
            n[0].text,
            "Foreign Policy Archive of the Russian Federation (AVP RF). F. 0146."
        );
    }

    #[test]
    fn one_entry_per_file_many_citations() {
        let p = lib("9 AVP RF. F. 0146. Op. 48. P. 320. D. 35. L. 1–4.\n10 AVP RF. F. 0146. Op. 48. P. 320. D. 35. L. 5.\n");
        assert_eq!(p.library.entries.len(), 1);
        assert_eq!(p.library.entries[0].id, "avprf-0146-48-320-35");
        assert_eq!(p.library.citations[0].items[0].locator.as_ref().unwrap().value, "1–4");
    }

    #[test]
    fn newspapers_crossrefs_ibid_commentary() {
        let p = lib("1 Pravda. 1950. February 3.\n2 Известия. 1950. 4 февраля.\n3 For more information, see: [16-20].\n4 Ibid.\n5 A comment with [29, pp. 361–364] inside.\n6 Just prose.\n");
        let kinds: Vec<NoteKind> = p.library.notes.iter().map(|n| n.kind).collect();
        assert_eq!(
            kinds,
            [
                NoteKind::Newspaper,
                NoteKind::Newspaper,
                NoteKind::CrossReference,
                NoteKind::Ibid,
                NoteKind::CrossReference,
                NoteKind::Commentary
            ]
        );
        assert_eq!(p.library.entries[0].id, "pravda-1950-02-03");
        assert_eq!(p.library.citations[2].items.len(), 5);
        let c = &p.library.citations[4].items[0];
        assert_eq!(c.entry, "ref-29");
        assert_eq!(c.locator.as_ref().unwrap().value, "361–364");
    }

    #[test]
    fn ibid_resolves_against_the_previous_note() {
        let p = lib("5 AVP RF. F. 0146. Op. 044. P. 313. D. 36. L. 114.\n6 Ibid. D. 37. L. 3.\n7 Там же. Л. 4.\n");
        assert_eq!(p.library.entries[1].id, "avprf-0146-044-313-37");
        assert_eq!(p.library.citations[2].items[0].entry, "avprf-0146-044-313-37");
        assert_eq!(p.library.notes[2].ibid_of, Some(6));
    }

    #[test]
    fn definitions_and_unknown_archives() {
        let p = lib("1 Государственный архив Приморского края (ГАПК). Ф. 1. Оп. 2. Д. 3. Л. 4.\n2 ГАПК. Ф. 1. Оп. 2. Д. 3. Л. 5.\n3 Архив УФСБ РФ по Республике Марий Эл. Д. 595. Л. 186–189.\n");
        assert_eq!(p.library.entries.len(), 2);
        assert_eq!(
            p.library.entries[0].archival.as_ref().unwrap().archive.name.as_deref(),
            Some("Государственный архив Приморского края")
        );
        assert!(p
            .diagnostics
            .iter()
            .any(|d| d.code.as_deref() == Some("unknown-archive") && d.note == Some(3)));
    }
}
