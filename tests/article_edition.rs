//! An article as a TEI edition (issue 17): the running text as paragraphs, each
//! footnote inside them where its marker stood, its string value the note as
//! printed, the bracketed citations marked in place, and the edition read back to
//! the same notes, citations and running text. On `samples/article/` (the seed
//! itself is checked the same way in `corpus_article.rs`; jing validates all of
//! them in `corpus_tei.rs`).

mod common;

use refconv::xmltree::{self, Element, Node};
use refconv::{read, write, Format, Library, LineIndex, ReadOptions, WriteOptions};
use serde_json::Value;

fn edition(lib: &Library) -> String {
    let mut out = Vec::new();
    write(Format::Tei, lib, &mut out, &WriteOptions::default()).unwrap();
    String::from_utf8(out).unwrap()
}

fn find<'a>(el: &'a Element, name: &str) -> Option<&'a Element> {
    el.descendants().into_iter().find(|e| e.name == name)
}

/// The body's paragraphs as (the text before each note element, the note's string
/// value, its number), and the bibls outside notes (the running text's citations).
fn notes_in_body(body: &Element) -> (Vec<(String, String, u32)>, Vec<String>) {
    let mut notes = Vec::new();
    let mut cites = Vec::new();
    for p in body.children_named("p") {
        let mut before = String::new();
        for n in &p.children {
            match n {
                Node::Text(t) => before.push_str(t),
                Node::Element(e) if e.name == "note" => {
                    let number = e.attr("n").unwrap().parse().unwrap();
                    notes.push((xmltree::clean(&before), xmltree::clean(&e.text()), number));
                }
                Node::Element(e) => {
                    if e.name == "bibl" || e.attr("type") == Some("citation") {
                        cites.push(xmltree::clean(&e.text()));
                    }
                    before.push_str(&e.text());
                }
            }
        }
    }
    (notes, cites)
}

/// Reads an article, writes it as TEI, checks that the TEI reads back to the same
/// notes, citations and running text; returns the library and the TEI.
fn round_trip(path: &str) -> (Library, String) {
    let src = std::fs::read_to_string(common::repo().join(path)).unwrap();
    let lib = read(Format::Article, &src, &ReadOptions::default()).unwrap().library;
    let xml = edition(&lib);
    let back = read(Format::Tei, &xml, &ReadOptions::default()).unwrap();
    assert!(!back.has_errors(), "{:?}", back.diagnostics);
    let (a, b) = (lib.without_sources(), back.library.without_sources());
    assert_eq!(a.notes, b.notes, "{path}: notes read back");
    assert_eq!(a.citations, b.citations, "{path}: citations read back");
    assert_eq!(a.body, b.body, "{path}: running text read back");
    (lib, xml)
}

#[test]
fn gold_dev_article_notes_at_their_markers() {
    let (lib, xml) = round_trip("samples/article/gold-dev-article.txt");
    let index = LineIndex::new(&xml);
    let (root, _) = xmltree::parse(&xml, &index).unwrap();
    let body = find(&root, "body").unwrap();
    let (notes, cites) = notes_in_body(body);
    // All six notes inside the paragraphs, in order, each exactly the note as printed.
    let numbers: Vec<u32> = notes.iter().map(|n| n.2).collect();
    assert_eq!(numbers, [1, 2, 3, 4, 5, 6]);
    for (before, text, n) in &notes {
        let note = lib.notes.iter().find(|x| x.number == *n).unwrap();
        assert_eq!(text, &note.text, "note {n}");
        assert!(!before.ends_with(|c: char| c.is_ascii_digit()), "marker {n} left in: {before}");
    }
    assert!(notes[0].0.ends_with("недостаточно введены в научный оборот."), "{}", notes[0].0);
    assert!(notes[5].0.ends_with("Ответственность за это лежит на обеих сторонах [8]."));
    // The bracketed citations of the running text, marked where they stand.
    assert_eq!(
        cites,
        ["[1, с. 12]", "[2–4]", "[5, т. 2, с. 14; 6]", "[7]", "[8]", "[3; 9, с. 45–47]"]
    );
    assert!(xml.contains(r##"<note place="foot" n="1" type="archival" xml:id="fn1"><bibl n="note-1" corresp="#garf-r-9401-2-64"><orgName>ГАРФ</orgName>. Ф. <idno type="fond">Р-9401</idno>."##), "{xml}");
    assert!(
        xml.contains(
            r##"Л. <citedRange unit="folio" from="9" to="10" n="9–10 ob.">9–10 об.</citedRange>"##
        ),
        "{xml}"
    );
    // A note's markup adds no text: no <ptr>, no locator printed twice.
    assert!(!xml.contains("<ptr"), "{xml}");
}

#[test]
fn a_real_article_with_footnotes() {
    // Colavizza & Romanello, JEPS 4.1 (2019), CC BY 4.0: pdftotext -layout, page
    // furniture included (samples/article/SOURCES-jeps-citation-mining.md).
    let (lib, xml) = round_trip("samples/article/jeps-citation-mining.txt");
    let gold: Value = serde_json::from_str(
        &std::fs::read_to_string(
            common::repo().join("samples/article/jeps-citation-mining.notes.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let markers: Value = serde_json::from_str(
        &std::fs::read_to_string(
            common::repo().join("samples/article/jeps-citation-mining.markers.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let index = LineIndex::new(&xml);
    let (root, _) = xmltree::parse(&xml, &index).unwrap();
    let (notes, _) = notes_in_body(find(&root, "body").unwrap());
    assert_eq!(notes.len(), 34, "every note inside the running text");
    let mut wrong = Vec::new();
    for g in gold.as_array().unwrap() {
        let n = g["n"].as_u64().unwrap() as u32;
        let (_, text, _) = notes.iter().find(|x| x.2 == n).unwrap();
        if text != g["text"].as_str().unwrap().trim() {
            wrong.push(n);
        }
    }
    // Note 5 prints "pre-" / "print" over a line end: "pre-print" elsewhere keeps it.
    assert!(wrong.is_empty(), "notes whose string value is not the printed note: {wrong:?}");
    for m in markers.as_array().unwrap() {
        let n = m["n"].as_u64().unwrap() as u32;
        let (before, _, _) = notes.iter().find(|x| x.2 == n).unwrap();
        let want = xmltree::clean(m["before"].as_str().unwrap());
        assert!(
            before.ends_with(&want),
            "note {n} is not where its marker stood: …{}",
            &before[before.len().saturating_sub(60)..]
        );
    }
    // Page breaks where the page numbers stand (at the feet of pages 36..52), the
    // running heads gone.
    let breaks: Vec<String> = lib
        .body
        .iter()
        .flat_map(|p| &p.content)
        .filter_map(|i| match i {
            refconv::Inline::PageBreak { n } => Some(n.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(breaks, (36..=52).map(|n| n.to_string()).collect::<Vec<_>>());
    // The unnumbered, alphabetical Bibliography after the text: its 30 entries.
    assert_eq!(
        lib.entries.len(),
        30,
        "{:?}",
        lib.entries.iter().map(|e| &e.id).collect::<Vec<_>>()
    );
    let first = &lib.entries[0];
    assert_eq!(
        first.text(refconv::Var::ContainerTitle),
        Some("Proceedings of the Language Resources and Evaluation Conference")
    );
    let text: String = lib.body.iter().map(|p| p.text()).collect::<Vec<_>>().join("\n");
    assert!(!text.contains("Journal of European Periodical Studies 4.1"));
    assert!(!text.contains("Journal of European Periodical Studies                        4.1"));
}

#[test]
fn notes_alone_keep_their_inline_markup() {
    let src = "1 ГАРФ. Ф. Р-9401. Оп. 2. Д. 64. Л. 9–10 об.\n2 Там же. Л. 12.\n3 Правда. 1950. 3 февраля.\n";
    let lib = read(Format::Notes, src, &ReadOptions::default()).unwrap().library;
    let xml = edition(&lib);
    assert!(xml.contains(r##"<div type="notes">"##), "{xml}");
    assert!(xml.contains(r##"<bibl n="note-2" corresp="#garf-r-9401-2-64">Там же. Л. <citedRange unit="folio" from="12" to="12">12</citedRange>.</bibl>"##), "{xml}");
    assert!(xml.contains(r##"<title level="j">Правда</title>"##), "{xml}");
    let back = read(Format::Tei, &xml, &ReadOptions::default()).unwrap().library;
    assert_eq!(back.without_sources().citations, lib.without_sources().citations);
    assert_eq!(back.without_sources().notes, lib.without_sources().notes);
}

/// Citations marked in the text of real notes (tests/notes-corpus: 24 publications,
/// 431 notes, and the seed's footnotes): every note's string value stays the note,
/// every file reads back to the same notes and citations, and most citations and
/// their units are marked where they are printed. Prints the figures.
#[test]
fn citations_marked_in_real_notes() {
    let mut files: Vec<std::path::PathBuf> = Vec::new();
    for dir in ["west", "west2", "east"] {
        let d = common::repo().join("tests/notes-corpus").join(dir);
        for f in std::fs::read_dir(&d).unwrap().flatten() {
            let p = f.path();
            if p.extension().is_some_and(|x| x == "txt") {
                files.push(p);
            }
        }
    }
    files.push(common::repo().join("samples/notes/seed-footnotes.txt"));
    files.sort();
    let (mut notes, mut items, mut placed, mut units, mut marked) = (0, 0, 0, 0, 0);
    for f in &files {
        let src = std::fs::read_to_string(f).unwrap();
        let lib = read(Format::Notes, &src, &ReadOptions::default()).unwrap().library;
        let xml = edition(&lib);
        let back = read(Format::Tei, &xml, &ReadOptions::default()).unwrap().library;
        assert_eq!(back.without_sources().notes, lib.without_sources().notes, "{}", f.display());
        assert_eq!(
            back.without_sources().citations,
            lib.without_sources().citations,
            "{}",
            f.display()
        );
        let index = LineIndex::new(&xml);
        let (root, _) = xmltree::parse(&xml, &index).unwrap();
        for note in
            root.descendants().into_iter().filter(|e| e.name == "note" && e.attr("place").is_some())
        {
            notes += 1;
            let n: u32 = note.attr("n").unwrap().parse().unwrap();
            let printed = &lib.notes.iter().find(|x| x.number == n).unwrap().text;
            assert_eq!(&xmltree::clean(&note.text()), printed, "{} note {n}", f.display());
            for b in note.descendants().into_iter().filter(|e| e.name == "bibl") {
                let targets: Vec<&str> =
                    b.attr("corresp").unwrap_or("").split_whitespace().collect();
                items += targets.len();
                if xmltree::clean(&b.text()).is_empty() {
                    continue;
                }
                placed += targets.len();
                let entry = lib.entry(targets[0].trim_start_matches('#'));
                if let Some(a) = entry.and_then(|e| e.archival.as_ref()) {
                    units += a.units.len();
                    marked += b.descendants().into_iter().filter(|e| e.name == "idno").count();
                }
            }
        }
    }
    let share = |a: usize, b: usize| a as f64 / b.max(1) as f64;
    println!(
        "=== {} files, {notes} notes: citation items marked where printed {placed}/{items} ({:.1} %), archival units marked {marked}/{units} ({:.1} %) ===",
        files.len(),
        100.0 * share(placed, items),
        100.0 * share(marked, units)
    );
    // Floors (measured 2026-12-04: 96.3 % and 86.4 %); ibid notes print no units.
    assert!(share(placed, items) >= 0.95);
    assert!(share(marked, units) >= 0.85);
}
