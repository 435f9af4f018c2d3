//! Sample-driven tests: golden outputs, round trips, schema validity of every
//! output, and snapshots of the diagnostics of the invalid samples.
//!
//! `BLESS=1 cargo test --test samples` rewrites the expected files.

mod common;

use refconv::{read, write, Format, Library, ReadOptions, VariantKind, WriteOptions};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn files(dir: &str, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![common::repo().join(dir)];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display())) {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.to_string_lossy().ends_with(ext) {
                out.push(p);
            }
        }
    }
    out.sort();
    assert!(!out.is_empty(), "no {ext} samples under {dir}");
    out
}

fn read_file(format: Format, p: &Path) -> refconv::Parsed {
    let src = std::fs::read_to_string(p).unwrap();
    read(format, &src, &ReadOptions::default()).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn write_str(format: Format, lib: &Library) -> (String, Vec<refconv::Diagnostic>) {
    let mut out = Vec::new();
    let lost = write(format, lib, &mut out, &WriteOptions::default()).unwrap();
    (String::from_utf8(out).unwrap(), lost)
}

fn check_golden(name: &str, actual: &str) {
    let path = common::repo().join("samples/expected").join(name);
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run with BLESS=1 to create)", path.display()));
    assert!(
        expected == actual,
        "{name} differs from the golden file; BLESS=1 to accept:\n{actual}"
    );
}

#[test]
fn golden_outputs() {
    let seed =
        read_file(Format::CslJson, &common::repo().join("samples/csl-json/seed-archival.json"));
    check_golden("seed-archival.csl.json", &write_str(Format::CslJson, &seed.library).0);
    check_golden("seed-archival.refconv.json", &write_str(Format::Json, &seed.library).0);
    let notes =
        read_file(Format::Json, &common::repo().join("samples/json/seed-notes.refconv.json"));
    check_golden("seed-notes.citations.json", &write_str(Format::CslCitations, &notes.library).0);
    check_golden("seed-notes.csl.json", &write_str(Format::CslJson, &notes.library).0);
    let bib = read_file(Format::Biblatex, &common::repo().join("samples/bibtex/mapping.bib"));
    assert!(
        bib.diagnostics.iter().all(|d| d.severity == refconv::Severity::Info),
        "{:?}",
        bib.diagnostics
    );
    check_golden("mapping.csl.json", &write_str(Format::CslJson, &bib.library).0);
    check_golden("mapping.biblatex.bib", &write_str(Format::Biblatex, &bib.library).0);
    check_golden("mapping.bibtex.bib", &write_str(Format::Bibtex, &bib.library).0);
    check_golden("mapping.tei.xml", &write_str(Format::Tei, &bib.library).0);
    check_golden("seed-notes.tei.xml", &write_str(Format::Tei, &notes.library).0);
    let notes = read_file(Format::Notes, &common::repo().join("samples/notes/seed-footnotes.txt"));
    check_golden("seed-footnotes.csl.json", &write_str(Format::CslJson, &notes.library).0);
    check_golden(
        "seed-footnotes.citations.json",
        &write_str(Format::CslCitations, &notes.library).0,
    );
    check_golden("seed-footnotes.biblatex.bib", &write_str(Format::Biblatex, &notes.library).0);
    check_golden("seed-footnotes.tei.xml", &write_str(Format::Tei, &notes.library).0);
    let real = read_file(Format::Notes, &common::repo().join("samples/notes/archival-real.txt"));
    check_golden("archival-real.csl.json", &write_str(Format::CslJson, &real.library).0);
    let tei = read_file(Format::Tei, &common::repo().join("samples/tei/schnitzler-L00023.xml"));
    check_golden("schnitzler-L00023.csl.json", &write_str(Format::CslJson, &tei.library).0);
}

/// model -> TEI -> model is identity for every sample of every format, and
/// TEI -> model -> TEI -> model for the real TEI samples.
#[test]
fn every_sample_round_trips_through_tei() {
    let mut all = files("samples/csl-json", ".json");
    all.extend(files("samples/json", ".json"));
    all.extend(files("samples/bibtex", ".bib"));
    all.extend(files("samples/tei", ".xml"));
    for p in all {
        let src = std::fs::read_to_string(&p).unwrap();
        let name = p.to_string_lossy().to_string();
        let format = match Format::from_path(&name) {
            Some(Format::Bibtex) => Format::Biblatex,
            Some(Format::Tei) => Format::Tei,
            _ => Format::detect(&src),
        };
        let a = read(format, &src, &ReadOptions::default()).unwrap().library.without_sources();
        let (xml, _) = write_str(Format::Tei, &a);
        let b = read(Format::Tei, &xml, &ReadOptions::default()).unwrap().library.without_sources();
        assert_eq!(a.entries.len(), b.entries.len(), "{name}");
        for (x, y) in a.entries.iter().zip(&b.entries) {
            assert_eq!(x, y, "{name}: `{}` changed through TEI", x.id);
        }
        assert_eq!(a.notes, b.notes, "{name}");
        assert_eq!(a.citations, b.citations, "{name}");
    }
}

/// Every .bib sample: bib -> model -> bib -> model is identity (biblatex
/// dialect), and so is bib -> model -> CSL-JSON -> model; the CSL-JSON is
/// schema-valid.
#[test]
fn bib_samples_round_trip_and_validate() {
    for p in files("samples/bibtex", ".bib") {
        let first = read_file(Format::Biblatex, &p);
        assert!(!first.has_errors(), "{}: {:?}", p.display(), first.diagnostics);
        let a = first.library.without_sources();
        for (format, dialect) in [(Format::Biblatex, "biblatex"), (Format::CslJson, "csl-json")] {
            let (out, _) = write_str(format, &a);
            let b = read(format, &out, &ReadOptions::default()).unwrap().library.without_sources();
            for (x, y) in a.entries.iter().zip(&b.entries) {
                assert_eq!(x, y, "{}: `{}` changed through {dialect}", p.display(), x.id);
            }
            assert_eq!(a.entries.len(), b.entries.len());
            if format == Format::CslJson {
                let v: Value = serde_json::from_str(&out).unwrap();
                assert_eq!(common::csl_data_errors(&v), Vec::<String>::new(), "{}", p.display());
            }
        }
    }
}

/// Every CSL-JSON sample: the output is schema-valid, the model survives
/// write -> read unchanged, and writing is idempotent after one pass.
#[test]
fn csl_json_samples_round_trip_and_validate() {
    for p in files("samples/csl-json", ".json") {
        let first = read_file(Format::CslJson, &p);
        let (out, lost) = write_str(Format::CslJson, &first.library);
        let v: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(common::csl_data_errors(&v), Vec::<String>::new(), "{}", p.display());
        assert!(lost.is_empty(), "{}: {lost:?}", p.display());
        let second = read(Format::CslJson, &out, &ReadOptions::default()).unwrap();
        assert_eq!(
            second.library.without_sources(),
            first.library.without_sources(),
            "{}",
            p.display()
        );
        let (again, _) = write_str(Format::CslJson, &second.library);
        assert_eq!(again, out, "{}: writing is not idempotent", p.display());

        let (model, _) = write_str(Format::Json, &first.library);
        let mv: Value = serde_json::from_str(&model).unwrap();
        assert_eq!(common::model_errors(&mv), Vec::<String>::new(), "{}", p.display());
        let back = read(Format::Json, &model, &ReadOptions::default()).unwrap();
        assert_eq!(back.library, first.library, "{}: json round trip", p.display());
    }
}

#[test]
fn model_json_samples_round_trip_and_validate() {
    for p in files("samples/json", ".json") {
        let src = std::fs::read_to_string(&p).unwrap();
        let v: Value = serde_json::from_str(&src).unwrap();
        assert_eq!(common::model_errors(&v), Vec::<String>::new(), "{}", p.display());
        let lib = read_file(Format::Json, &p).library;
        let (out, lost) = write_str(Format::Json, &lib);
        assert!(lost.is_empty());
        assert_eq!(read(Format::Json, &out, &ReadOptions::default()).unwrap().library, lib);
        let (cites, _) = write_str(Format::CslCitations, &lib);
        let cv: Value = serde_json::from_str(&cites).unwrap();
        assert_eq!(common::csl_citations_errors(&cv), Vec::<String>::new(), "{}", p.display());
        let (items, _) = write_str(Format::CslJson, &lib);
        let iv: Value = serde_json::from_str(&items).unwrap();
        assert_eq!(common::csl_data_errors(&iv), Vec::<String>::new(), "{}", p.display());
    }
}

/// The rendered diagnostics of every invalid sample, pinned next to it as
/// `<name>.stderr`.
#[test]
fn invalid_samples_diagnostics_snapshots() {
    let mut all = files("samples/invalid", ".json");
    all.extend(files("samples/invalid", ".bib"));
    all.extend(files("samples/invalid", ".xml"));
    all.extend(files("samples/invalid", ".ris"));
    for p in all {
        let src = std::fs::read_to_string(&p).unwrap();
        let index = refconv::LineIndex::new(&src);
        let name = p.strip_prefix(common::repo()).unwrap().to_string_lossy().replace('\\', "/");
        let format = Format::from_path(&name).unwrap_or(Format::CslJson);
        let diags = match read(format, &src, &ReadOptions::default()) {
            Ok(parsed) => parsed.diagnostics,
            Err(e) => vec![e.diagnostic().expect("a syntax error").clone()],
        };
        assert!(diags.iter().any(|d| d.severity >= refconv::Severity::Warning), "{name}");
        let rendered: String =
            diags.iter().map(|d| refconv::render(d, &name, Some(&index))).collect();
        let snap = p.with_extension("stderr");
        if std::env::var_os("BLESS").is_some() {
            std::fs::write(&snap, &rendered).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&snap)
            .unwrap_or_else(|e| panic!("{}: {e} (BLESS=1 to create)", snap.display()));
        assert!(
            expected == rendered,
            "{name}: diagnostics changed; BLESS=1 to accept:\n{rendered}"
        );
    }
}

/// Notes: the diagnostics of the seed's footnotes are pinned (every problem of
/// notes 7, 8, 12, 13, 14, 23, 26, 29, 30, 34, 49 flagged), and the model comes
/// back from each writer: entries from CSL-JSON, BibLaTeX and TEI; notes and
/// citations from TEI; csl-citations valid.
#[test]
fn notes_samples_lint_and_round_trip() {
    for name in ["seed-footnotes", "archival-real"] {
        let p = common::repo().join(format!("samples/notes/{name}.txt"));
        let src = std::fs::read_to_string(&p).unwrap();
        let parsed = read(Format::Notes, &src, &ReadOptions::default()).unwrap();
        let index = refconv::LineIndex::new(&src);
        let rendered: String = parsed
            .diagnostics
            .iter()
            .map(|d| refconv::render(d, &format!("samples/notes/{name}.txt"), Some(&index)))
            .collect();
        let snap = p.with_extension("diagnostics");
        if std::env::var_os("BLESS").is_some() {
            std::fs::write(&snap, &rendered).unwrap();
        } else {
            let expected = std::fs::read_to_string(&snap).unwrap_or_default();
            assert!(
                expected == rendered,
                "{name}: diagnostics changed; BLESS=1 to accept:\n{rendered}"
            );
        }
        let a = parsed.library.without_sources();
        for format in [Format::CslJson, Format::Biblatex, Format::Tei] {
            let (out, _) = write_str(format, &a);
            let b = read(format, &out, &ReadOptions::default()).unwrap().library.without_sources();
            assert_eq!(a.entries, b.entries, "{name}: entries through {format}");
            if format == Format::Tei {
                assert_eq!(a.notes, b.notes, "{name}: notes through TEI");
                assert_eq!(a.citations, b.citations, "{name}: citations through TEI");
            }
        }
        let (cites, _) = write_str(Format::CslCitations, &a);
        let v: Value = serde_json::from_str(&cites).unwrap();
        assert_eq!(common::csl_citations_errors(&v), Vec::<String>::new());
        let (items, _) = write_str(Format::CslJson, &a);
        let v: Value = serde_json::from_str(&items).unwrap();
        assert_eq!(common::csl_data_errors(&v), Vec::<String>::new());
    }
    let seed =
        std::fs::read_to_string(common::repo().join("samples/notes/seed-footnotes.diagnostics"))
            .unwrap();
    for (note, code) in [
        (7, "garbled"),
        (8, "garbled"),
        (12, "unit-order"),
        (13, "unit-order"),
        (23, "homoglyph"),
        (26, "missing-space"),
        (34, "archive-mismatch"),
        (49, "garbled"),
        (14, "short-form"),
        (29, "short-form"),
        (30, "short-form"),
    ] {
        let parsed = read(
            Format::Notes,
            &std::fs::read_to_string(common::repo().join("samples/notes/seed-footnotes.txt"))
                .unwrap(),
            &ReadOptions::default(),
        )
        .unwrap();
        assert!(
            parsed
                .diagnostics
                .iter()
                .any(|d| d.note == Some(note) && d.code.as_deref() == Some(code)),
            "note {note}: no `{code}` diagnostic in\n{seed}"
        );
    }
}

/// An article written from gold-dev material (Cyrillic footnotes interleaved
/// with the running text, a page break inside note 5, a reference list): every
/// footnote recovered whole, the in-text clusters linked to the list, the
/// numbers the list lacks reported; outputs pinned.
#[test]
fn article_sample() {
    let p = common::repo().join("samples/article/gold-dev-article.txt");
    let parsed = read_file(Format::Text, &p);
    let lib = &parsed.library;
    let numbers: Vec<u32> = lib.notes.iter().map(|n| n.number).collect();
    assert_eq!(numbers, [1, 2, 3, 4, 5, 6]);
    let note5 = &lib.notes[4].text;
    assert_eq!(
        note5,
        "Государственный архив Хабаровского края (ГАХК). Ф. П-35. Оп. 1. Д. 123. Л. 4 об.–5."
    );
    let in_text: Vec<&refconv::Citation> = lib.citations.iter().filter(|c| c.note == 0).collect();
    assert_eq!(in_text.len(), 6);
    let first = &in_text[0].items[0];
    assert_eq!(
        (first.entry.as_str(), first.locator.as_ref().map(|l| l.value.as_str())),
        ("ref-1", Some("12"))
    );
    // The list is parsed by the `refs` reader.
    let ref8 = lib.entry("ref-8").unwrap();
    assert_eq!(ref8.kind, refconv::EntryType::ArticleNewspaper);
    assert_eq!(ref8.text(refconv::Var::ContainerTitle), Some("Известия"));
    let missing: Vec<&str> = parsed
        .diagnostics
        .iter()
        .filter(|d| d.code.as_deref() == Some("missing-reference"))
        .map(|d| d.message.as_str())
        .collect();
    assert_eq!(missing.len(), 2, "{missing:?}");
    check_golden("gold-dev-article.tei.xml", &write_str(Format::Tei, lib).0);
    check_golden("gold-dev-article.citations.json", &write_str(Format::CslCitations, lib).0);
    let (xml, _) = write_str(Format::Tei, &lib.without_sources());
    let back = read(Format::Tei, &xml, &ReadOptions::default()).unwrap().library.without_sources();
    assert_eq!(back.notes, lib.without_sources().notes);
    assert_eq!(back.citations, lib.without_sources().citations);
}

/// Reference lists: the labelled list and the bilingual list pinned as
/// CSL-JSON and TEI; the two printings of a bilingual list merged into one
/// entry per number with both scripts, and kept through TEI; every problem of
/// `problems.txt` reported.
#[test]
fn refs_samples() {
    let gold = read_file(Format::Refs, &common::repo().join("samples/refs/gold-dev/numbered.txt"));
    assert_eq!(gold.library.entries.len(), 45);
    assert!(gold.diagnostics.is_empty(), "{:?}", gold.diagnostics);
    check_golden("refs-numbered.csl.json", &write_str(Format::CslJson, &gold.library).0);

    let bi = read_file(Format::Refs, &common::repo().join("samples/refs/bilingual.txt"));
    let lib = &bi.library;
    assert_eq!(lib.entries.len(), 3);
    let Some(refconv::Value::Text(title)) = lib.entries[1].get(refconv::Var::Title) else {
        panic!("no title")
    };
    assert_eq!(title.value, "Загадочная война: корейский конфликт 1950–1953 годов");
    let kinds: Vec<(VariantKind, &str)> =
        title.variants.iter().map(|v| (v.kind, v.value.as_str())).collect();
    assert_eq!(
        kinds,
        [
            (
                VariantKind::Transliteration,
                "Zagadochnaya voina: koreiskii konflikt 1950–1953 godov"
            ),
            (VariantKind::Translation, "The enigmatic war: the Korean conflict of 1950–1953"),
        ]
    );
    check_golden("refs-bilingual.csl.json", &write_str(Format::CslJson, lib).0);
    check_golden("refs-bilingual.tei.xml", &write_str(Format::Tei, lib).0);
    let (xml, _) = write_str(Format::Tei, &lib.without_sources());
    let back = read(Format::Tei, &xml, &ReadOptions::default()).unwrap().library;
    assert_eq!(back.without_sources().entries, lib.without_sources().entries);

    let name = "samples/refs/problems.txt";
    let src = std::fs::read_to_string(common::repo().join(name)).unwrap();
    let parsed = read(Format::Refs, &src, &ReadOptions::default()).unwrap();
    assert_eq!(parsed.library.entries.len(), 5, "nothing dropped");
    let codes: Vec<&str> = parsed.diagnostics.iter().filter_map(|d| d.code.as_deref()).collect();
    assert_eq!(
        codes,
        [
            "refs-unnumbered-text",
            "refs-unparsed",
            "refs-numbering-gap",
            "refs-number-repeated",
            "refs-number-repeated"
        ]
    );
    let index = refconv::LineIndex::new(&src);
    let rendered: String =
        parsed.diagnostics.iter().map(|d| refconv::render(d, name, Some(&index))).collect();
    check_golden("refs-problems.stderr", &rendered);
}

/// The plain-text readers never panic on truncated input: every prefix (at a
/// char boundary, every 5th) of the article, notes and list samples is read.
#[test]
fn text_readers_survive_every_prefix() {
    for (path, format) in [
        ("samples/article/gold-dev-article.txt", Format::Article),
        ("samples/notes/gold-dev/archival.txt", Format::Notes),
        ("samples/refs/bilingual.txt", Format::Refs),
    ] {
        let src = std::fs::read_to_string(common::repo().join(path)).unwrap();
        for (k, (i, _)) in src.char_indices().enumerate() {
            if k % 5 == 0 {
                for f in [format, Format::Text] {
                    let r = read(f, &src[..i], &ReadOptions::default());
                    assert!(r.is_ok(), "{path} cut at {i}: {:?}", r.err());
                }
            }
        }
    }
}
