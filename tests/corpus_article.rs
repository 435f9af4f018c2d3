//! The seed article (`../shared/seed/`) as a whole (run by `.ci/run`:
//! `cargo test --release --test corpus_article -- --ignored --nocapture`):
//! 54 footnotes numbered 1..54, each exactly its own text (the hand-checked
//! `samples/notes/seed-footnotes.txt`), the archival ones linked to their files
//! with folio ranges, the 6 in-text clusters of the running text and the
//! literature citations in notes 2, 6, 39, 51, 52, 53, 54; the TEI is pinned in
//! `samples/expected/seed-article.tei.xml` (`BLESS=1` rewrites it).

use refconv::{read, write, Format, ReadOptions, WriteOptions};
use std::path::Path;

#[test]
#[ignore = "needs ../shared/seed; run by .ci/run"]
fn seed_article() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let seed_dir = match std::env::var_os("REFCONV_CORPUS") {
        Some(c) if !c.is_empty() => Path::new(&c).join("../seed"),
        _ => repo.join("../shared/seed"),
    };
    let file = std::fs::read_dir(&seed_dir)
        .unwrap_or_else(|e| panic!("the seed article is missing at {}: {e}", seed_dir.display()))
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "txt"))
        .expect("a .txt in the seed folder");
    let src = std::fs::read_to_string(&file).unwrap();
    // `text` detects an article.
    assert_eq!(refconv::formats::text::detect(&src), refconv::formats::text::TextKind::Article);
    let p = read(Format::Text, &src, &ReadOptions::default()).unwrap();
    let lib = &p.library;
    let numbers: Vec<u32> = lib.notes.iter().map(|n| n.number).collect();
    assert_eq!(numbers, (1..=54).collect::<Vec<_>>());
    // Each footnote exactly its own text.
    let checked = std::fs::read_to_string(repo.join("samples/notes/seed-footnotes.txt")).unwrap();
    let mut differ = Vec::new();
    for line in checked.lines().filter(|l| l.starts_with(|c: char| c.is_ascii_digit())) {
        let (n, text) = line.split_once(' ').unwrap();
        let n: u32 = n.parse().unwrap();
        let ours = &lib.notes[n as usize - 1].text;
        if ours != text.trim() {
            differ.push(format!("note {n}:\n  ours:    {ours}\n  checked: {text}"));
        }
    }
    assert!(differ.is_empty(), "{}", differ.join("\n"));
    // Archival notes linked to their files, with their folios.
    let cite = |n: u32| lib.citations.iter().find(|c| c.note == n).unwrap();
    let item = &cite(9).items[0];
    assert_eq!(item.entry, "avprf-0146-48-320-35");
    assert_eq!(item.locator.as_ref().unwrap().value, "1–4");
    assert_eq!(cite(50).items[0].locator.as_ref().unwrap().value, "56, 60");
    let archival = lib.notes.iter().filter(|n| n.kind == refconv::NoteKind::Archival).count();
    // The 6 clusters of the running text.
    let in_text: Vec<String> = lib
        .citations
        .iter()
        .filter(|c| c.note == 0)
        .map(|c| {
            c.items
                .iter()
                .map(|i| match &i.locator {
                    Some(l) => format!("{}:{}", i.entry, l.value),
                    None => i.entry.clone(),
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    assert_eq!(
        in_text,
        [
            "ref-1:8",
            "ref-1 ref-2 ref-3 ref-4 ref-5 ref-6",
            "ref-7 ref-8",
            "ref-9 ref-10 ref-11 ref-12 ref-13 ref-14",
            "ref-21 ref-22",
            "ref-28:165–168",
        ]
    );
    // Literature citations inside notes.
    for (n, expect) in [
        (2, "ref-15"),
        (6, "ref-16 ref-17 ref-18 ref-19 ref-20"),
        (39, "ref-23 ref-24 ref-25 ref-26 ref-27"),
        (51, "ref-29:361–364"),
        (52, "ref-25"),
        (53, "ref-30:132–134 ref-31"),
        (54, "ref-32 ref-33"),
    ] {
        let got: Vec<String> = cite(n)
            .items
            .iter()
            .map(|i| match &i.locator {
                Some(l) => format!("{}:{}", i.entry, l.value),
                None => i.entry.clone(),
            })
            .collect();
        assert_eq!(got.join(" "), expect, "note {n}");
    }
    assert_eq!(cite(53).items[1].suffix.as_deref(), Some("emphasis added"));
    // The TEI, pinned.
    let mut out = Vec::new();
    write(Format::Tei, lib, &mut out, &WriteOptions::default()).unwrap();
    let xml = String::from_utf8(out).unwrap();
    let golden = repo.join("samples/expected/seed-article.tei.xml");
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&golden, &xml).unwrap();
    }
    let expected = std::fs::read_to_string(&golden).unwrap();
    // An edition (issue 17): every note inside the running text where its marker
    // stood, the in-text citations marked in place, and all of it read back.
    let back = read(Format::Tei, &xml, &ReadOptions::default()).unwrap().library.without_sources();
    let ours = lib.without_sources();
    assert_eq!(back.notes, ours.notes, "notes read back from the TEI");
    assert_eq!(back.citations, ours.citations, "citations read back from the TEI");
    assert_eq!(back.body, ours.body, "running text read back from the TEI");
    let anchored: Vec<u32> = lib
        .body
        .iter()
        .flat_map(|p| &p.content)
        .filter_map(|i| match i {
            refconv::Inline::Note { n } => Some(*n),
            _ => None,
        })
        .collect();
    assert_eq!(anchored, (1..=54).collect::<Vec<_>>(), "every note at its marker");
    let placed = lib
        .body
        .iter()
        .flat_map(|p| &p.content)
        .filter(|i| matches!(i, refconv::Inline::Citation { .. }))
        .count();
    assert_eq!(placed, 6, "the in-text citations in place");
    assert!(
        !xml.contains("<div type=\"notes\">") && !xml.contains("<ptr "),
        "no note or citation left apart"
    );
    assert!(
        expected == xml,
        "seed article TEI differs from {}; BLESS=1 to accept",
        golden.display()
    );
    println!(
        "=== seed article: {} footnotes ({archival} archival), {} in-text clusters, {} entries, {} diagnostics ===",
        lib.notes.len(),
        in_text.len(),
        lib.entries.len(),
        p.diagnostics.len()
    );
}
