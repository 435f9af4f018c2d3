//! The `notes` reader: numbered footnotes, one per block, into entries (one per
//! archival file, newspaper issue, or numbered-list entry referred to),
//! citations (one per note, with folio/page locators), notes (classified), and
//! lint diagnostics tied to note numbers.

use super::analyse::{analyse, classify, definitions};
use super::archival::{Cited, Folio};
use super::entries::Cx;
use super::found::{ArchiveRef, Found};
use super::ibid::{resolve_ibid, Last};
use super::literature::cites_work;
use super::memory::Memory;
use super::registry::Registry;
use super::segment::segment;
use crate::diagnostics::{Diagnostic, LineIndex, Span};
use crate::error::Error;
use crate::model::{Citation, CitationItem, Library, Locator, Note, NoteKind, Source};
use crate::options::{Parsed, ReadOptions};
use std::collections::HashMap;

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
    // The last note citing a published work that is not read into an entry.
    let mut last_work: Option<u32> = None;
    let mut archival_seen: Vec<(u32, ArchiveRef, Cited)> = Vec::new();
    // The repositories and short names earlier notes gave.
    let mut memory = Memory::default();
    for n in &notes {
        let mut found = analyse(&n.text, &cx.registry);
        memory.apply(&n.text, &mut found);
        memory.learn(&n.text, &found, &cx.registry);
        let mut repeats_work = false;
        let mut kind = classify(&found);
        if kind == NoteKind::Commentary && cites_work(&n.text) {
            kind = NoteKind::Literature;
        }
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
                                .hint("add it to src/formats/text/notes/archives.tsv, or define it in the text: `Full Name (ABBR)`"),
                        );
                    }
                    let units = cited.units.clone();
                    let id = cx.archival_entry(archive.as_ref(), &units, n);
                    let mut item = CitationItem::new(id);
                    item.locator = folio_locator(&cited.folios, cited.pages);
                    item.prefix = prefix;
                    items.push(item);
                    if let Some(a) = &archive {
                        archival_seen.push((n.number, a.clone(), cited.clone()));
                    }
                    this_last = Some(Last::Archival {
                        archive,
                        units,
                        folios: cited.folios.clone(),
                        pages: cited.pages,
                    });
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
                // An ibid after a work cited (and not read) repeats that work.
                Found::Ibid { .. }
                    if last_work.is_some_and(|w| last.as_ref().is_none_or(|(m, _)| w > *m)) =>
                {
                    ibid_of = last_work;
                    repeats_work = true;
                }
                Found::Ibid { cited, west } => {
                    // The citation repeated: an earlier one of this note, else the
                    // previous citing note's (which the note then refers to).
                    let prev = match (&this_last, &last) {
                        (Some(l), _) => Some(l.clone()),
                        (None, Some((m, l))) => {
                            ibid_of = Some(*m);
                            Some(l.clone())
                        }
                        (None, None) => None,
                    };
                    match prev {
                        None => cx.diags.push(
                            cx.at(
                                n,
                                Diagnostic::warning("`Ibid.` with no earlier citation to repeat"),
                            )
                            .code("ibid-orphan"),
                        ),
                        Some(Last::Archival { archive, units, folios, pages }) => {
                            // The parts after the ibid as the repeated citation's
                            // tradition prints them.
                            // An archive the registry lacks goes by its units.
                            let known = archive.as_ref().and_then(|a| a.known.as_ref());
                            let western = match known {
                                Some(k) => !k.tradition.is_empty(),
                                None => !units.iter().any(|(l, _)| soviet_level(l)),
                            };
                            let printed = if western { west.or(cited) } else { cited.or(west) };
                            let (units, folios) = resolve_ibid(&units, &folios, printed.as_ref());
                            let pages = match &printed {
                                Some(c) if !c.folios.is_empty() && !c.unlabelled => c.pages,
                                _ => pages,
                            };
                            if let Some(c) = &printed {
                                cx.issues(n, c);
                            }
                            let id = cx.archival_entry(archive.as_ref(), &units, n);
                            let mut item = CitationItem::new(id);
                            item.locator = folio_locator(&folios, pages);
                            items.push(item);
                            this_last = Some(Last::Archival { archive, units, folios, pages });
                        }
                        Some(Last::Entry { id, locator }) => {
                            let mut item = CitationItem::new(id.clone());
                            let printed = cited.or(west);
                            item.locator = match printed.as_ref().filter(|c| !c.folios.is_empty()) {
                                Some(c) => folio_locator(&c.folios, c.pages),
                                None => locator,
                            };
                            this_last = Some(Last::Entry { id, locator: item.locator.clone() });
                            items.push(item);
                        }
                    }
                }
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
        // An ibid of a work is the work's last citation for the next ibid.
        if kind == NoteKind::Literature || (repeats_work && this_last.is_none()) {
            last_work = Some(n.number);
        }
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

/// A level of the archives of the former USSR (whose labels an ibid after
/// them is read with: `p.` a papka, `f.` a fond).
fn soviet_level(l: &crate::model::Level) -> bool {
    use crate::model::Level::*;
    matches!(l, Fond | Opis | Papka | Chast | Delo | Kartonazh | EdinitsaKhraneniya | Tom)
}

fn folio_locator(folios: &[Folio], pages: bool) -> Option<Locator> {
    if folios.is_empty() {
        return None;
    }
    Some(Locator {
        label: if pages { "page" } else { "folio" }.into(),
        value: folios.iter().map(Folio::text).collect::<Vec<_>>().join(", "),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::NoteKind;

    fn lib(src: &str) -> Parsed {
        read(src, &ReadOptions::default()).unwrap()
    }

    #[test]
    fn one_archive_in_two_scripts_is_not_a_slip() {
        let p = lib("1 Архив УФСБ по РМЭ. Ф. 1. Оп. 2. Д. 3. Л. 4.\n2 Arkhiv UFSB po RME, f. 1, op. 2, d. 3, l. 5.\n");
        let codes: Vec<_> = p.diagnostics.iter().filter_map(|d| d.code.as_deref()).collect();
        assert!(!codes.contains(&"archive-mismatch"), "{codes:?}");
        let p = lib("1 ГАРФ. Ф. 1. Оп. 2. Д. 3. Л. 4.\n2 ГАРФ. Ф. 1. Оп. 2. Д. 3. Л. 4.\n3 РГАСПИ. Ф. 1. Оп. 2. Д. 3. Л. 5.\n");
        let codes: Vec<_> = p.diagnostics.iter().filter_map(|d| d.code.as_deref()).collect();
        assert!(codes.contains(&"archive-mismatch"), "{codes:?}");
    }

    #[test]
    fn ibid_in_a_list_repeats_the_citation_before_it() {
        let p = lib("1 TNA, FO 371/1, f. 2.\n2 WCM(39)43, 10 October 1939, CAB65/1; ibid., WCM(39)46, 13 October 1939; HCWM(29), DO121/6.\n");
        let n2 = &p.library.notes[1];
        assert_eq!(n2.kind, NoteKind::Archival);
        assert_eq!(n2.ibid_of, None);
        let ids: Vec<&str> =
            p.library.citations[1].items.iter().map(|i| i.entry.as_str()).collect();
        assert_eq!(ids.len(), 3);
        assert_eq!(ids[0], ids[1]);
        assert_ne!(ids[1], ids[2]);
    }

    #[test]
    fn ibid_after_a_newspaper_of_the_same_note_is_kept() {
        let p = lib("1 GARF. F. 1. Op. 2. D. 3. L. 4.\n2 Nippon Times (Tokyo), February 5, 1950, p. 1. Ibid., p. 2.\n");
        let items = &p.library.citations[1].items;
        assert_eq!(items.len(), 2, "{items:?}");
        assert_eq!(items[0].entry, items[1].entry);
        assert_eq!(p.library.notes[1].ibid_of, None);
    }

    #[test]
    fn short_names_and_collections_cited_again() {
        let p = lib("1 Memo, Folder “Dissent Channel Package (1980),” Box 3, Lot File 04 D 114, National Archives (henceforth “Dissent Channel Package”).\n2 Trask memorandum, April 11, 1980, “Dissent Channel Package.”\n3 Diary, 14 September 1939, Lester Pearson Papers (Library and Archives Canada), MG 26, N8.\n4 Skelton to Wrong, 2 March 1939, Pearson Papers.\n");
        assert_eq!(p.library.notes[1].kind, NoteKind::Archival);
        let entry = |n: usize| {
            let id = &p.library.citations[n].items[0].entry;
            p.library.entry(id).and_then(|e| e.archival.clone()).unwrap()
        };
        assert_eq!(entry(1).archive.key.as_deref(), Some("NARA"));
        assert_eq!(entry(1).units[0].value, "Dissent Channel Package");
        assert_eq!(entry(3).archive.key.as_deref(), Some("LAC"));
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
