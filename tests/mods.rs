//! MODS on the samples in the repository: every sample read, written as MODS and
//! read back gives the same entries (archival units, names, dates, variables
//! MODS has no element for); JabRef's and the Library of Congress's MODS
//! (`samples/mods/`, see its SOURCES.md) read as expected; detection; streaming.
//! Validation against the MODS schema and bibutils reading our MODS are in
//! `interop_mods.rs`; Zotero's expected items in `corpus_ris.rs`.

mod common;

use refconv::stream::EntryWriter;
use refconv::{read, write, Format, Library, ReadOptions, Var, WriteOptions};
use std::path::PathBuf;

fn mods_text(lib: &Library) -> String {
    let mut out = Vec::new();
    let lost = write(Format::Mods, lib, &mut out, &WriteOptions::default()).unwrap();
    assert!(lost.is_empty(), "{lost:?}");
    String::from_utf8(out).unwrap()
}

fn load(p: &PathBuf, f: Format) -> Library {
    let bytes = std::fs::read(p).unwrap();
    let src = String::from_utf8_lossy(&bytes);
    read(f, &src, &ReadOptions::default()).unwrap().library
}

#[test]
fn every_sample_round_trips_through_mods() {
    let entries = common::assert_samples_round_trip(Format::Mods);
    assert!(entries > 400, "{entries} entries");
}

#[test]
fn archival_entries_keep_archive_and_units_in_plain_mods() {
    let lib = load(&common::repo().join("samples/csl-json/seed-archival.json"), Format::CslJson);
    let text = mods_text(&lib);
    // What other MODS readers see: the archive and the place in it.
    assert!(text.contains("<physicalLocation>"), "{text}");
    assert!(text.contains("<shelfLocator>"), "{text}");
    assert!(text.contains("<refconv:unit level=\"fond\">"), "{text}");
}

#[test]
fn jabref_and_library_of_congress_records() {
    let repo = common::repo();
    let lib =
        load(&repo.join("samples/mods/jabref__MODSImporterTestModsCollection.xml"), Format::Mods);
    assert_eq!(lib.entries.len(), 3);
    let e = &lib.entries[0];
    assert_eq!(e.id, "Mock++2003");
    assert_eq!(e.kind, refconv::EntryType::ArticleJournal);
    assert_eq!(e.text(Var::ContainerTitle), Some("Aquatic Microbial Ecology"));
    assert_eq!(e.text(Var::Volume), Some("30"));
    assert_eq!(e.text(Var::Page), Some("197-205"));
    // A photograph: its `dateCreated keyDate="yes"` is its date, not the later
    // `copyrightDate` of the digitised copy.
    let photo =
        load(&repo.join("samples/mods/jabref__MODSImporterTestAllFields.xml"), Format::Mods);
    let year = match photo.entries[0].get(Var::Issued) {
        Some(refconv::Value::Date(d)) => d.start.as_ref().map(|s| s.year),
        _ => None,
    };
    assert_eq!(year, Some(1955), "{:?}", photo.entries[0]);
    let loc = load(
        &repo.join("samples/mods/jabref__library_of_congress_2010045158_mods.xml"),
        Format::Mods,
    );
    assert_eq!(loc.entries.len(), 1);
    let e = &loc.entries[0];
    assert_eq!(e.kind, refconv::EntryType::Book);
    assert!(e.text(Var::Title).is_some_and(|t| !t.is_empty()));
    assert!(e.text(Var::Isbn).is_some(), "{e:?}");
}

#[test]
fn streaming_writes_the_bytes_of_the_whole() {
    let lib = load(&common::repo().join("samples/bibtex/mapping.bib"), Format::Biblatex);
    let whole = mods_text(&lib);
    for batch in [1, 3, 1000] {
        let mut out = Vec::new();
        let mut w = EntryWriter::new(Format::Mods, &mut out, &WriteOptions::default()).unwrap();
        for chunk in lib.entries.chunks(batch) {
            w.write(chunk).unwrap();
        }
        w.finish().unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), whole, "batch {batch}");
    }
}
