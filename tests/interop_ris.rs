//! The RIS we write, read by the peers: bibutils' `ris2xml` (RIS to MODS) and
//! Citation.js's `@citation-js/plugin-ris` must read every record of it, with no
//! error. The RIS is refconv's from the repository's samples (RIS, CSL-JSON,
//! BibLaTeX, the seed's footnotes) and, when the shared corpus is there, from
//! every RIS file of `ris-real/` read and written again.
//!
//! Run by `.ci/run` (which installs bibutils from Debian and Citation.js from npm
//! into `target/interop-node`):
//! `cargo test --release --test interop_ris -- --ignored --nocapture`.

mod common;

use refconv::{read, write, Format, ReadOptions, WriteOptions};
use std::path::{Path, PathBuf};
use std::process::Command;

/// What we check: a name, our RIS, its records, and the RIS file it was read
/// from (for RIS inputs).
struct Case {
    name: String,
    text: String,
    records: usize,
    original: Option<PathBuf>,
}

/// Everything we check.
fn our_ris() -> Vec<Case> {
    let repo = common::repo();
    let mut inputs: Vec<(PathBuf, Format)> = vec![
        (repo.join("samples/csl-json/seed-archival.json"), Format::CslJson),
        (repo.join("samples/bibtex/mapping.bib"), Format::Biblatex),
        (repo.join("samples/bibtex/biblatex-examples.bib"), Format::Biblatex),
        (repo.join("samples/notes/seed-footnotes.txt"), Format::Notes),
        (repo.join("samples/refs/bilingual.txt"), Format::Refs),
    ];
    let mut ris_dirs = vec![repo.join("samples/ris")];
    if let Some(c) = std::env::var_os("REFCONV_CORPUS") {
        ris_dirs.push(Path::new(&c).join("ris-real"));
    }
    for d in ris_dirs {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&d)
            .unwrap_or_else(|e| panic!("{}: {e}", d.display()))
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                p.extension().is_some_and(|e| e == "ris") && !p.to_string_lossy().contains("wos")
            })
            .collect();
        files.sort();
        inputs.extend(files.into_iter().map(|p| (p, Format::Ris)));
    }
    inputs
        .into_iter()
        .filter_map(|(p, f)| {
            let bytes = std::fs::read(&p).unwrap();
            let src = String::from_utf8_lossy(&bytes);
            let parsed = read(f, &src, &ReadOptions::default()).unwrap();
            let n = parsed.library.entries.len();
            if n == 0 {
                return None;
            }
            let mut out = Vec::new();
            write(Format::Ris, &parsed.library, &mut out, &WriteOptions::default()).unwrap();
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            let original = (f == Format::Ris).then(|| p.clone());
            Some(Case { name, text: String::from_utf8(out).unwrap(), records: n, original })
        })
        .collect()
}

fn temp_dir(tool: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("refconv-interop-ris-{tool}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
#[ignore = "needs bibutils (apt-get install bibutils); run by .ci/run"]
fn bibutils_reads_every_record() {
    let dir = temp_dir("bibutils");
    let (mut files, mut records) = (0, 0);
    let mut unused = 0;
    for Case { name, text, records: n, .. } in our_ris() {
        let path = dir.join(format!("{name}.ris"));
        std::fs::write(&path, &text).unwrap();
        let out = Command::new("ris2xml").arg(&path).output().unwrap_or_else(|e| {
            panic!("FAIL: ris2xml cannot be run ({e}): install bibutils (.ci/run does)")
        });
        let mods = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{name}: ris2xml failed: {stderr}");
        assert_eq!(mods.matches("<mods ").count(), n, "{name}: records in, MODS records out");
        // bibutils says which types it does not know ("Defaulting to STD") and
        // which tags it has no MODS element for (DB, the archive): counted; an
        // error is a failure.
        unused += stderr.matches("has unused tags").count();
        let other: Vec<&str> =
            stderr.lines().filter(|l| l.to_lowercase().contains("error")).collect();
        assert!(other.is_empty(), "{name}: {other:?}");
        files += 1;
        records += n;
    }
    println!(
        "bibutils ris2xml: {files} files, {records} records, all read ({unused} with tags MODS has no place for)"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
#[ignore = "needs Citation.js in target/interop-node (npm); run by .ci/run"]
fn citation_js_reads_every_record() {
    let node_modules = common::repo().join("target/interop-node/node_modules");
    assert!(
        node_modules.join("@citation-js/plugin-ris").is_dir(),
        "FAIL: npm install --prefix target/interop-node @citation-js/core@0.8.2 @citation-js/plugin-ris@0.8.2 (.ci/run does)"
    );
    let dir = temp_dir("citationjs");
    let all = our_ris();
    // Our files, then the RIS files they were read from: what Citation.js cannot
    // read in the input is not held against our output.
    let mut list = Vec::new();
    for c in &all {
        let path = dir.join(format!("{}.ris", c.name));
        std::fs::write(&path, &c.text).unwrap();
        list.push(path.to_string_lossy().to_string());
    }
    for c in &all {
        list.push(c.original.as_ref().map_or(String::new(), |p| p.to_string_lossy().to_string()));
    }
    let script = format!(
        "const {{Cite}} = require({core:?}); require({ris:?});\n\
         const fs = require('fs');\n\
         for (const f of process.argv.slice(1)) {{\n\
           if (!f) {{ console.log('-'); continue; }}\n\
           try {{ const c = new Cite(fs.readFileSync(f, 'utf8'), {{forceType: '@ris/file'}});\n\
                 console.log(c.data.length); }}\n\
           catch (e) {{ console.log('error ' + String(e).split('\\n')[0]); }}\n\
         }}\n",
        core = node_modules.join("@citation-js/core").to_string_lossy(),
        ris = node_modules.join("@citation-js/plugin-ris").to_string_lossy(),
    );
    let out = Command::new("node").arg("-e").arg(script).arg("--").args(&list).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "node failed: {}", String::from_utf8_lossy(&out.stderr));
    let counts: Vec<&str> = stdout.lines().collect();
    assert_eq!(counts.len(), 2 * all.len(), "{stdout}");
    let (ours, originals) = counts.split_at(all.len());
    let (mut records, mut skipped) = (0, Vec::new());
    for ((c, got), orig) in all.iter().zip(ours).zip(originals) {
        if got.starts_with("error") && orig.starts_with("error") {
            skipped.push(format!("{} ({})", c.name, orig));
            continue;
        }
        assert_eq!(
            *got,
            c.records.to_string(),
            "{}: Citation.js read {got} of {} records",
            c.name,
            c.records
        );
        records += c.records;
    }
    println!(
        "Citation.js plugin-ris: {} files, {records} records, all read; {} inputs Citation.js cannot read either: {skipped:?}",
        all.len() - skipped.len(),
        skipped.len()
    );
    let _ = std::fs::remove_dir_all(&dir);
}
