//! TEI corpus checks over `../shared/corpus` and the samples (run by `.ci/run`:
//! `cargo test --release --test corpus_tei -- --ignored --nocapture`).
//!
//! - TEI -> model -> TEI -> model is identity for the TEI corpus (GROBID output,
//!   the Schnitzler and Tolstoy editions), with counts.
//! - Every TEI we write, for every sample and every corpus file of every format
//!   we read, validates against `schemas/tei_all.rng` with jing (a missing jing
//!   is a failure, not a skip).

use refconv::{read, write, Format, Library, ReadOptions, WriteOptions};
use std::path::{Path, PathBuf};
use std::process::Command;

fn corpus_dir() -> PathBuf {
    match std::env::var_os("REFCONV_CORPUS") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"),
    }
}

fn files(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, exts, out);
        } else if exts.iter().any(|x| p.to_string_lossy().ends_with(x)) {
            out.push(p);
        }
    }
    out.sort();
}

fn to_tei(lib: &Library) -> String {
    let mut out = Vec::new();
    write(Format::Tei, lib, &mut out, &WriteOptions::default()).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
#[ignore = "corpus-wide; run by .ci/run"]
fn tei_corpus_round_trip() {
    let root = corpus_dir();
    let mut all = Vec::new();
    for d in ["tei-grobid", "tei-editions"] {
        let p = root.join(d);
        assert!(p.is_dir(), "corpus folder missing: {} (set REFCONV_CORPUS)", p.display());
        files(&p, &[".xml"], &mut all);
    }
    assert!(!all.is_empty());
    let (mut entries, mut same, mut notes, mut cites) = (0, 0, 0, 0);
    let mut failures = Vec::new();
    for f in &all {
        let name = f.strip_prefix(&root).unwrap_or(f).display().to_string();
        let src = std::fs::read_to_string(f).unwrap();
        let a = read(Format::Tei, &src, &ReadOptions::default())
            .unwrap_or_else(|e| panic!("{name}: {e}"))
            .library
            .without_sources();
        let b = read(Format::Tei, &to_tei(&a), &ReadOptions::default())
            .unwrap()
            .library
            .without_sources();
        entries += a.entries.len();
        notes += a.notes.len();
        cites += a.citations.len();
        for x in &a.entries {
            match b.entries.iter().find(|y| y.id == x.id) {
                Some(y) if y == x => same += 1,
                y => failures.push(format!("{name}: `{}`\n  {x:?}\n  {y:?}", x.id)),
            }
        }
        if a.notes != b.notes || a.citations != b.citations {
            failures.push(format!("{name}: notes or citations changed"));
        }
        println!(
            "{name}: {} entries, {} notes, {} citations",
            a.entries.len(),
            a.notes.len(),
            a.citations.len()
        );
    }
    println!("=== TEI corpus round trip ({}) ===", root.display());
    println!(
        "files: {}; entries: {same} of {entries} identical after TEI -> model -> TEI -> model",
        all.len()
    );
    println!(
        "notes: {notes}, citations: {cites} (identical: {})",
        failures.iter().all(|f| !f.contains("notes or"))
    );
    for f in &failures {
        println!("{f}");
    }
    assert!(failures.is_empty(), "{} differences", failures.len());
}

#[test]
#[ignore = "needs jing (Debian package); run by .ci/run"]
fn jing_validates_every_tei_we_write() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = corpus_dir();
    let mut inputs = Vec::new();
    files(&repo.join("samples"), &[".json", ".bib", ".xml", ".txt"], &mut inputs);
    inputs.retain(|p| {
        !p.to_string_lossy().contains("/invalid/") && !p.to_string_lossy().contains("/expected/")
    });
    for d in [
        "tei-grobid",
        "tei-editions",
        "bibtex-biblatex",
        "bibtex-biber-tdata",
        "bibtex-zotero-bbt",
        "bibtex-large",
        "gold-gost",
        "csl-json-zotero",
        "csl-json-test-suite",
    ] {
        let p = root.join(d);
        assert!(p.is_dir(), "corpus folder missing: {} (set REFCONV_CORPUS)", p.display());
        files(&p, &[".json", ".bib", ".xml"], &mut inputs);
    }
    // The seed article (its footnotes and clusters in TEI).
    files(&root.join("../seed"), &[".txt"], &mut inputs);
    let out_dir = std::env::temp_dir().join(format!("refconv-jing-{}", std::process::id()));
    std::fs::create_dir_all(&out_dir).unwrap();
    let mut written = Vec::new();
    for (i, p) in inputs.iter().enumerate() {
        let Ok(src) = std::fs::read_to_string(p) else { continue }; // legacy encodings: issue 10
        let s = p.to_string_lossy();
        let format = if s.ends_with(".bib") {
            Format::Biblatex
        } else if s.ends_with(".xml") {
            Format::Tei
        } else {
            Format::detect(&src)
        };
        let Ok(parsed) = read(format, &src, &ReadOptions::default()) else { continue };
        let target = out_dir.join(format!("{i:05}.xml"));
        std::fs::write(&target, to_tei(&parsed.library)).unwrap();
        written.push((target, p.clone()));
    }
    let schema = repo.join("schemas/tei_all.rng");
    let mut failures = Vec::new();
    for chunk in written.chunks(400) {
        let out = Command::new("jing")
            .arg(&schema)
            .args(chunk.iter().map(|(t, _)| t))
            .output()
            .expect("jing is not installed: `apt-get install jing` (.ci/run does it)");
        let text = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        let errors: Vec<&str> =
            text.lines().filter(|l| !l.starts_with("[warning]") && !l.trim().is_empty()).collect();
        if !out.status.success() || !errors.is_empty() {
            for e in errors {
                let src = chunk
                    .iter()
                    .find(|(t, _)| e.starts_with(&t.display().to_string()))
                    .map_or(String::new(), |(_, s)| s.display().to_string());
                failures.push(format!("{e}  [from {src}]"));
            }
        }
    }
    println!(
        "=== jing: {} TEI files written from samples and corpora, {} errors ===",
        written.len(),
        failures.len()
    );
    for f in failures.iter().take(40) {
        println!("{f}");
    }
    let _ = std::fs::remove_dir_all(&out_dir);
    assert!(failures.is_empty(), "jing rejected some of our TEI");
}

/// model -> TEI -> model is identity for everything the other readers read
/// from the corpora (every .bib and CSL-JSON file).
#[test]
#[ignore = "corpus-wide; run by .ci/run"]
fn bib_and_csl_corpora_through_tei() {
    let root = corpus_dir();
    let mut inputs = Vec::new();
    for d in [
        "bibtex-biblatex",
        "bibtex-biber-tdata",
        "bibtex-zotero-bbt",
        "bibtex-large",
        "gold-gost",
        "csl-json-zotero",
        "csl-json-test-suite",
    ] {
        let p = root.join(d);
        assert!(p.is_dir(), "corpus folder missing: {} (set REFCONV_CORPUS)", p.display());
        files(&p, &[".json", ".bib"], &mut inputs);
    }
    let (mut entries, mut same) = (0, 0);
    let mut failures = Vec::new();
    for p in &inputs {
        let Ok(src) = std::fs::read_to_string(p) else { continue };
        let format =
            if p.to_string_lossy().ends_with(".bib") { Format::Biblatex } else { Format::CslJson };
        let a = read(format, &src, &ReadOptions::default()).unwrap().library.without_sources();
        let b = read(Format::Tei, &to_tei(&a), &ReadOptions::default())
            .unwrap()
            .library
            .without_sources();
        entries += a.entries.len();
        for x in &a.entries {
            match b.entries.iter().find(|y| y.id == x.id) {
                Some(y) if y == x => same += 1,
                y => failures.push(format!("{}: `{}`\n  {x:?}\n  {y:?}", p.display(), x.id)),
            }
        }
    }
    println!("=== bib and CSL-JSON corpora through TEI: {same} of {entries} entries identical ===");
    for f in failures.iter().take(20) {
        println!("{f}");
    }
    assert!(failures.is_empty(), "{} entries changed through TEI", failures.len());
}
