//! EndNote XML on the samples in the repository (`samples/endnote-xml/`, JabRef's
//! importer tests; see its SOURCES.md): detection by content (also under a plain
//! `.xml` name), every record read, rich text kept, the golden CSL-JSON of one
//! export. The checks against Zotero's and JabRef's expected items are in
//! `corpus_ris.rs`.

mod common;

use refconv::{read, write, Format, ReadOptions, Var, WriteOptions};

fn sample(name: &str) -> String {
    std::fs::read_to_string(common::repo().join("samples/endnote-xml").join(name)).unwrap()
}

#[test]
fn samples_are_detected_and_read() {
    for (name, records) in [
        ("jabref__EndnoteXmlImporterTestArticle.xml", 1),
        ("jabref__EndnoteXmlImporterTestLabelAndMultiTitle.xml", 3),
        ("jabref__EndnoteXmlImporterTest_EmptyKeywordStyle.xml", 1),
    ] {
        let src = sample(name);
        assert_eq!(Format::guess(Some(name), &src), Format::EndnoteXml, "{name}");
        let p = read(Format::EndnoteXml, &src, &ReadOptions::default()).unwrap();
        assert_eq!(p.library.entries.len(), records, "{name}");
        assert!(p.diagnostics.is_empty(), "{name}: {:?}", p.diagnostics);
    }
    // Italic runs are CSL rich text; an empty bold run adds nothing.
    let p = read(
        Format::EndnoteXml,
        &sample("jabref__EndnoteXmlImporterTestLabelAndMultiTitle.xml"),
        &ReadOptions::default(),
    )
    .unwrap();
    assert!(p
        .library
        .entries
        .iter()
        .any(|e| e.text(Var::Title).is_some_and(|t| t.contains("<i>"))));
    let p = read(
        Format::EndnoteXml,
        &sample("jabref__EndnoteXmlImporterTest_EmptyKeywordStyle.xml"),
        &ReadOptions::default(),
    )
    .unwrap();
    assert_eq!(
        p.library.entries[0].text(Var::Keyword),
        Some("anxiety; craving; dependency; destress; health restoration")
    );
}

#[test]
fn a_real_export_reads_as_expected() {
    let p = read(
        Format::EndnoteXml,
        &sample("jabref__EndnoteXmlImporterTestArticle.xml"),
        &ReadOptions::default(),
    )
    .unwrap();
    let e = &p.library.entries[0];
    assert_eq!(e.kind, refconv::EntryType::ArticleJournal);
    assert_eq!(e.text(Var::Doi), Some("10.1038/bjc.2014.606"));
    assert_eq!(e.text(Var::Issn), Some("1532-1827 (Electronic)\n0007-0920 (Linking)"));
    let mut out = Vec::new();
    write(Format::CslJson, &p.library, &mut out, &WriteOptions::default()).unwrap();
    let actual = String::from_utf8(out).unwrap();
    let path = common::repo().join("samples/expected/endnote-jabref-article.csl.json");
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&path, &actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path).expect("golden file (BLESS=1 to create)");
    assert!(expected == actual, "differs from {}; BLESS=1 to accept:\n{actual}", path.display());
}

#[test]
fn broken_xml_is_an_error_with_a_place() {
    let err = read(Format::EndnoteXml, "<xml><records><record><titles>", &ReadOptions::default());
    match err {
        Err(e) => assert!(e.diagnostic().is_some_and(|d| d.line == 1), "{e}"),
        Ok(p) => assert!(p.has_errors(), "{:?}", p.diagnostics),
    }
}

#[test]
fn every_sample_round_trips_through_endnote_xml() {
    let entries = common::assert_samples_round_trip(Format::EndnoteXml);
    assert!(entries > 400, "{entries} entries");
}

#[test]
fn streaming_writes_the_bytes_of_the_whole() {
    let src = std::fs::read_to_string(common::repo().join("samples/bibtex/mapping.bib")).unwrap();
    let lib = read(Format::Biblatex, &src, &ReadOptions::default()).unwrap().library;
    let mut whole = Vec::new();
    write(Format::EndnoteXml, &lib, &mut whole, &WriteOptions::default()).unwrap();
    for batch in [1, 3, 1000] {
        let mut out = Vec::new();
        let mut w = refconv::stream::EntryWriter::new(
            Format::EndnoteXml,
            &mut out,
            &WriteOptions::default(),
        )
        .unwrap();
        for chunk in lib.entries.chunks(batch) {
            w.write(chunk).unwrap();
        }
        w.finish().unwrap();
        assert_eq!(out, whole, "batch {batch}");
    }
}
