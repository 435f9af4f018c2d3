//! Corpus-wide BibTeX/BibLaTeX round trip over `../shared/corpus` (run by
//! `.ci/run`: `cargo test --release --test corpus_bib -- --ignored --nocapture`).
//!
//! For every `.bib` file of `bibtex-biblatex/`, `bibtex-biber-tdata/`,
//! `bibtex-zotero-bbt/` and `bibtex-large/`: read -> write (biblatex dialect) ->
//! read must give the same model for every entry (sources aside); the bibtex
//! dialect is measured too. Files that are not UTF-8 are counted and skipped
//! (legacy encodings are issue 10's).

use refconv::{read, write, Entry, Format, Library, ReadOptions, Severity, WriteOptions};
use std::path::{Path, PathBuf};

/// Entries that do not survive the round trip, each explained (samples/NOTES.md).
const KNOWN: &[(&str, &str)] = &[
    // `M\textbackslash{}aa\{\}rtensson` is a literal backslash before letters,
    // which the writer passes through as the command `\aa` (å).
    ("zotero-bbt-user-library-7166-entries.bib", "rehnstedt_2008"),
    // `\vphantom\{\}{{N}}`: a literal `{}` after an unknown command reads back
    // as its argument, and the case-protected `N` after it joins that argument.
    ("Unabbreviate_on_import_1436-1.bib", "Rigutti_2010a"),
];

fn corpus_dir() -> PathBuf {
    match std::env::var_os("REFCONV_CORPUS") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"),
    }
}

fn bib_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            bib_files(&p, out);
        } else if p.extension().is_some_and(|x| x.eq_ignore_ascii_case("bib")) {
            out.push(p);
        }
    }
}

fn write_str(format: Format, lib: &Library) -> String {
    let mut out = Vec::new();
    write(format, lib, &mut out, &WriteOptions::default()).unwrap();
    String::from_utf8(out).unwrap()
}

fn differing<'a>(a: &'a Library, b: &'a Library) -> Vec<(&'a Entry, Option<&'a Entry>)> {
    a.entries
        .iter()
        .filter_map(|x| {
            let y = b.entries.iter().find(|y| y.id == x.id);
            match y {
                Some(y) if y == x => None,
                other => Some((x, other)),
            }
        })
        .collect()
}

#[test]
#[ignore = "corpus-wide; run by .ci/run"]
fn bib_corpus_round_trip() {
    let root = corpus_dir();
    let dirs =
        ["bibtex-biblatex", "bibtex-biber-tdata", "bibtex-zotero-bbt", "bibtex-large", "gold-gost"];
    let mut files = Vec::new();
    for d in dirs {
        let p = root.join(d);
        assert!(p.is_dir(), "corpus folder missing: {} (set REFCONV_CORPUS)", p.display());
        bib_files(&p, &mut files);
    }
    files.sort();
    assert!(!files.is_empty(), "no .bib files under {}", root.display());
    let verbose = std::env::var_os("REFCONV_CORPUS_VERBOSE").is_some();
    let (mut entries, mut same, mut same_bibtex, mut not_utf8, mut read_errors) = (0, 0, 0, 0, 0);
    let mut same_csl = 0;
    let mut failures = Vec::new();
    for f in &files {
        let name = f.strip_prefix(&root).unwrap_or(f).display().to_string();
        let Ok(src) = std::fs::read_to_string(f) else {
            not_utf8 += 1;
            println!("not UTF-8 (skipped): {name}");
            continue;
        };
        let first = read(Format::Biblatex, &src, &ReadOptions::default()).unwrap();
        read_errors += first.diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
        let a = first.library.without_sources();
        entries += a.entries.len();
        let out = write_str(Format::Biblatex, &a);
        let b = read(Format::Biblatex, &out, &ReadOptions::default()).unwrap();
        assert!(
            !b.has_errors(),
            "{name}: our own output does not read back cleanly: {:?}",
            b.diagnostics.iter().filter(|d| d.severity == Severity::Error).collect::<Vec<_>>()
        );
        let b = b.library.without_sources();
        let diff = differing(&a, &b);
        same += a.entries.len() - diff.len();
        for (x, y) in diff {
            if KNOWN.iter().any(|(file, id)| name.ends_with(file) && x.id == *id) {
                println!("known exception: {name} `{}`", x.id);
                continue;
            }
            failures.push(format!(
                "{name}: `{}`\n  first:  {}\n  second: {}",
                x.id,
                serde_json::to_string(x).unwrap(),
                y.map_or("(missing)".into(), |y| serde_json::to_string(y).unwrap())
            ));
        }
        // bib -> CSL-JSON -> model keeps everything (what CSL cannot hold rides
        // in `custom`), and so bib -> CSL-JSON -> bib does too.
        let csl = write_str(Format::CslJson, &a);
        let via =
            read(Format::CslJson, &csl, &ReadOptions::default()).unwrap().library.without_sources();
        let cdiff = differing(&a, &via);
        same_csl += a.entries.len() - cdiff.len();
        for (x, y) in cdiff {
            failures.push(format!(
                "{name}: `{}` changed through CSL-JSON\n  first:  {}\n  second: {}",
                x.id,
                serde_json::to_string(x).unwrap(),
                y.map_or("(missing)".into(), |y| serde_json::to_string(y).unwrap())
            ));
        }
        let out = write_str(Format::Bibtex, &a);
        let c =
            read(Format::Bibtex, &out, &ReadOptions::default()).unwrap().library.without_sources();
        let cdiff = differing(&a, &c);
        same_bibtex += a.entries.len() - cdiff.len();
        if verbose {
            for (x, _) in cdiff {
                println!("bibtex dialect differs: {name} `{}`", x.id);
            }
        }
    }
    println!("=== BibTeX/BibLaTeX corpus round trip ({}) ===", root.display());
    println!("files: {} ({} not UTF-8, skipped)", files.len(), not_utf8);
    println!("entries read: {entries} (entries reported as errors and skipped: {read_errors})");
    println!("biblatex dialect: {same} of {entries} entries identical after bib -> model -> bib -> model");
    println!("bibtex dialect:   {same_bibtex} of {entries} entries identical");
    println!("via CSL-JSON:     {same_csl} of {entries} entries identical after bib -> model -> CSL-JSON -> model");
    for f in failures.iter().take(if verbose { usize::MAX } else { 20 }) {
        println!("{f}");
    }
    assert!(
        failures.is_empty(),
        "{} entries changed in the biblatex round trip beyond the {} known exceptions",
        failures.len(),
        KNOWN.len()
    );
}
