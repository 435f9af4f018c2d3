//! RIS on the samples in the repository (`samples/ris/`, real exports; see its
//! SOURCES.md): detection, round trips, archival entries through RIS, the
//! golden CSL-JSON of a real export, streaming, and the binary's diagnostics.
//! The corpus-wide checks against Zotero's and Citation.js's expected items are
//! in `corpus_ris.rs`.

mod common;

use refconv::{read, write, Format, Library, ReadOptions, Severity, Var, WriteOptions};
use std::path::PathBuf;
use std::process::Command;

fn samples() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(common::repo().join("samples/ris"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ris"))
        .collect();
    v.sort();
    v
}

fn read_ris(src: &str) -> refconv::Parsed {
    read(Format::Ris, src, &ReadOptions::default()).unwrap()
}

fn ris_text(lib: &Library) -> (String, Vec<refconv::Diagnostic>) {
    let mut out = Vec::new();
    let lost = write(Format::Ris, lib, &mut out, &WriteOptions::default()).unwrap();
    (String::from_utf8(out).unwrap(), lost)
}

#[test]
fn samples_are_detected_and_round_trip() {
    for p in samples() {
        let src = std::fs::read_to_string(&p).unwrap();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        if name.contains("wos") {
            // Web of Science's own format: not taken for RIS, and said so.
            assert_ne!(Format::guess(None, &src), Format::Ris, "{name}");
            let parsed = read_ris(&src);
            assert!(parsed.library.entries.is_empty());
            assert!(
                parsed
                    .diagnostics
                    .iter()
                    .any(|d| d.severity == Severity::Error && d.message.contains("Web of Science")),
                "{:?}",
                parsed.diagnostics
            );
            continue;
        }
        assert_eq!(Format::guess(None, &src), Format::Ris, "{name}");
        assert_eq!(Format::guess(Some(&name), ""), Format::Ris, "{name}");
        let a = read_ris(&src);
        // Every record read: at least one per `ER`, at most one per `TY` (JabRef's
        // torture test repeats `TY` inside a record).
        let count = |tag: &str| {
            src.lines().filter(|l| l.trim_start_matches('\u{feff}').starts_with(tag)).count()
        };
        let n = a.library.entries.len();
        assert!(n >= count("ER  -") && n <= count("TY  -"), "{name}: {n} records");
        assert!(
            a.diagnostics.iter().all(|d| d.severity < Severity::Error),
            "{name}: {:?}",
            a.diagnostics
        );
        let (text, lost) = ris_text(&a.library);
        assert!(lost.is_empty(), "{name}: {lost:?}");
        assert!(text.lines().all(|l| l.is_empty() || l.len() >= 5 || l == "ER  -"));
        assert!(
            text.contains("\r\nER  - \r\n"),
            "CRLF and `ER  - ` as the specification writes them"
        );
        let b = read_ris(&text);
        assert_eq!(a.library.without_sources(), b.library.without_sources(), "{name}");
    }
}

#[test]
fn a_real_export_reads_as_expected() {
    let src =
        std::fs::read_to_string(common::repo().join("samples/ris/jabref__RisImporterTest1.ris"))
            .unwrap();
    let p = read_ris(&src);
    let mut out = Vec::new();
    write(Format::CslJson, &p.library, &mut out, &WriteOptions::default()).unwrap();
    let actual = String::from_utf8(out).unwrap();
    let path = common::repo().join("samples/expected/ris-jabref-test1.csl.json");
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&path, &actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path).expect("golden file (BLESS=1 to create)");
    assert!(expected == actual, "differs from {}; BLESS=1 to accept:\n{actual}", path.display());
    // Citation.js's own expectation for its edge case, variable by variable.
    let src =
        std::fs::read_to_string(common::repo().join("samples/ris/citationjs__in-01.ris")).unwrap();
    let p = read_ris(&src);
    assert_eq!(p.library.entries.len(), 2);
    let e = &p.library.entries[0];
    assert_eq!(e.text(Var::Title), Some("RIS Plugin"));
    assert_eq!(e.text(Var::Abstract), Some("This is a\nmultiline abstract"));
    let book = &p.library.entries[1];
    assert_eq!(book.kind, refconv::EntryType::Book);
    assert_eq!(book.extra.get("TY").and_then(|v| v.as_str()), Some("EBOOK"));
}

/// The seed's archival files keep their archive, location and units through RIS.
#[test]
fn archival_entries_keep_their_structure() {
    let src = std::fs::read_to_string(common::repo().join("samples/csl-json/seed-archival.json"))
        .unwrap();
    let a = read(Format::CslJson, &src, &ReadOptions::default()).unwrap();
    let (text, _) = ris_text(&a.library);
    assert!(text.contains("DB  - AVP RF\r\nAN  - F. 0146. Op. 48. P. 320. D. 35"), "{text}");
    assert!(text.contains("N1  - archive_units: fond=0146, opis=48, papka=320, delo=35"), "{text}");
    let b = read_ris(&text);
    for (x, y) in a.library.entries.iter().zip(&b.library.entries) {
        assert_eq!(x.archival, y.archival, "{}", x.id);
        assert_eq!(x.kind, y.kind, "{}", x.id);
        assert_eq!(x.get(Var::Issued), y.get(Var::Issued), "{}", x.id);
        assert_eq!(x.get(Var::Title), y.get(Var::Title), "{}", x.id);
    }
    // And what was written as RIS reads back as the same model.
    let (again, _) = ris_text(&b.library);
    assert_eq!(read_ris(&again).library.without_sources(), b.library.without_sources());
}

/// Variables RIS has no tag for go to `N1` as `variable: value` lines and come
/// back; a CSL type RIS has no code for is written as GEN and reported.
#[test]
fn what_ris_cannot_hold_is_kept_or_reported() {
    let src = r#"[{"id": "a", "type": "song", "title": "T", "composer": [{"family": "Doe", "given": "J."}],
        "original-date": {"date-parts": [[1901]]}, "event-place": "Kyiv", "PMID": "123"},
        {"id": "b", "type": "collection", "title": "C"}]"#;
    let a = read(Format::CslJson, src, &ReadOptions::default()).unwrap();
    let (text, lost) = ris_text(&a.library);
    assert!(text.contains("N1  - original-date: 1901"), "{text}");
    let b = read_ris(&text);
    let (x, y) = (&a.library.entries[0], &b.library.entries[0]);
    for var in [Var::Composer, Var::OriginalDate, Var::EventPlace, Var::Pmid, Var::Title] {
        assert_eq!(x.get(var), y.get(var), "{var:?}");
    }
    assert!(lost.iter().any(|d| d.message.contains("collection")), "{lost:?}");
}

#[test]
fn streamed_batches_write_the_bytes_of_the_whole() {
    let src =
        std::fs::read_to_string(common::repo().join("samples/ris/jabref__RisImporterTest1.ris"))
            .unwrap();
    let whole = read_ris(&src);
    let (at_once, _) = ris_text(&whole.library);
    for batch in [1, 3, 100] {
        let mut out = Vec::new();
        let mut w =
            refconv::stream::EntryWriter::new(Format::Ris, &mut out, &WriteOptions::default())
                .unwrap();
        let mut diags = Vec::new();
        refconv::stream::read_batches(
            Format::Ris,
            &src,
            &ReadOptions::default(),
            batch,
            &mut |p| {
                diags.extend(p.diagnostics);
                w.write(&p.library.entries)?;
                Ok(())
            },
        )
        .unwrap();
        w.finish().unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), at_once, "batch {batch}");
        assert_eq!(diags, whole.diagnostics, "batch {batch}");
    }
}

/// The binary: a .ris file converts by its extension, a bad record is reported
/// with line and column and the rest is converted.
#[test]
fn the_binary_converts_ris_and_reports_bad_records() {
    let out = Command::new(env!("CARGO_BIN_EXE_refconv"))
        .current_dir(common::repo())
        .args(["convert", "samples/invalid/ris/recover.ris", "-t", "csl-json"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let items: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(items.as_array().map(Vec::len), Some(4), "every record converted");
    assert!(
        stderr.contains("recover.ris:6:1: warning: the record before has no `ER  - ` line"),
        "{stderr}"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_refconv"))
        .current_dir(common::repo())
        .args(["convert", "samples/ris/rispy__example_wos.ris", "-f", "ris", "-t", "csl-json"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("Web of Science"), "{stderr}");
    assert_ne!(out.status.code(), Some(0));
}
