//! The MODS and EndNote XML we write, checked by others: `xmllint` validates
//! every MODS record against the MODS 3.8 schema in `schemas/mods/` (its imports
//! resolved by `schemas/mods/catalog.xml`, nothing fetched), bibutils' `xml2bib`
//! reads every MODS record and its `endx2xml` every EndNote XML record. The MODS is refconv's from the repository's samples (every
//! reader's) and, when the shared corpus is there, from every MODS file of
//! `mods/` read and written again.
//!
//! Run by `.ci/run` (which installs libxml2-utils and bibutils from Debian):
//! `cargo test --release --test interop_mods -- --ignored --nocapture`.

mod common;

use refconv::{read, write, Format, ReadOptions, WriteOptions};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Our MODS of every input: (name, text, records).
fn our_mods() -> Vec<(String, String, usize)> {
    ours(Format::Mods)
}

/// Every input written in `to`: (name, text, records).
fn ours(to: Format) -> Vec<(String, String, usize)> {
    let repo = common::repo();
    let mut inputs: Vec<(PathBuf, Format)> = common::SAMPLES
        .iter()
        .map(|s| {
            let p = repo.join(s);
            (p.clone(), Format::guess(Some(s), &std::fs::read_to_string(&p).unwrap()))
        })
        .collect();
    let mut dirs = vec![
        (repo.join("samples/ris"), Format::Ris),
        (repo.join("samples/mods"), Format::Mods),
        (repo.join("samples/endnote-xml"), Format::EndnoteXml),
    ];
    if let Some(c) = std::env::var_os("REFCONV_CORPUS") {
        dirs.push((Path::new(&c).join("mods"), Format::Mods));
    }
    for (d, f) in dirs {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&d)
            .unwrap_or_else(|e| panic!("{}: {e}", d.display()))
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                let n = p.to_string_lossy();
                (n.ends_with(".ris") || n.ends_with(".xml")) && !n.contains("wos")
            })
            .collect();
        files.sort();
        inputs.extend(files.into_iter().map(|p| (p, f)));
    }
    inputs
        .into_iter()
        .filter_map(|(p, f)| {
            let bytes = std::fs::read(&p).unwrap();
            let src = refconv::encoding::decode(&bytes, None).ok()?.text;
            let parsed = read(f, &src, &ReadOptions::default()).unwrap();
            let n = parsed.library.entries.len();
            if n == 0 {
                return None;
            }
            let mut out = Vec::new();
            write(to, &parsed.library, &mut out, &WriteOptions::default()).unwrap();
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            Some((name, String::from_utf8(out).unwrap(), n))
        })
        .collect()
}

fn temp_dir(tool: &str) -> PathBuf {
    let d =
        std::env::temp_dir().join(format!("refconv-interop-mods-{tool}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
#[ignore = "needs xmllint (apt-get install libxml2-utils); run by .ci/run"]
fn xmllint_validates_every_record_against_mods_3_8() {
    let repo = common::repo();
    let dir = temp_dir("xmllint");
    let (mut files, mut records) = (0, 0);
    let mut paths = Vec::new();
    for (name, text, n) in our_mods() {
        let path = dir.join(format!("{name}.mods.xml"));
        std::fs::write(&path, &text).unwrap();
        paths.push(path);
        files += 1;
        records += n;
    }
    let out = Command::new("xmllint")
        .env("XML_CATALOG_FILES", repo.join("schemas/mods/catalog.xml"))
        .args(["--nonet", "--noout", "--schema"])
        .arg(repo.join("schemas/mods/mods-3-8.xsd"))
        .args(&paths)
        .output()
        .unwrap_or_else(|e| panic!("FAIL: xmllint cannot be run ({e}): install libxml2-utils"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let valid = stderr.lines().filter(|l| l.ends_with(" validates")).count();
    assert!(out.status.success() && valid == files, "{stderr}");
    println!("xmllint, MODS 3.8 schema: {files} files, {records} records, all valid");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
#[ignore = "needs bibutils (apt-get install bibutils); run by .ci/run"]
fn bibutils_reads_every_record() {
    let dir = temp_dir("bibutils");
    let (mut files, mut records) = (0, 0);
    for (name, text, n) in our_mods() {
        let path = dir.join(format!("{name}.mods.xml"));
        std::fs::write(&path, &text).unwrap();
        let out = Command::new("xml2bib").arg(&path).output().unwrap_or_else(|e| {
            panic!("FAIL: xml2bib cannot be run ({e}): install bibutils (.ci/run does)")
        });
        let bib = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{name}: xml2bib failed: {stderr}");
        // bibutils starts its output with a BOM.
        let entries =
            bib.lines().filter(|l| l.trim_start_matches('\u{feff}').starts_with('@')).count();
        assert_eq!(entries, n, "{name}: MODS records in, BibTeX entries out\n{stderr}");
        files += 1;
        records += n;
    }
    println!("bibutils xml2bib: {files} files, {records} records, all read");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
#[ignore = "needs bibutils (apt-get install bibutils); run by .ci/run"]
fn bibutils_reads_every_endnote_xml_record() {
    let dir = temp_dir("endx2xml");
    let (mut files, mut records) = (0, 0);
    for (name, text, n) in ours(Format::EndnoteXml) {
        let path = dir.join(format!("{name}.enl.xml"));
        std::fs::write(&path, &text).unwrap();
        let out = Command::new("endx2xml").arg(&path).output().unwrap_or_else(|e| {
            panic!("FAIL: endx2xml cannot be run ({e}): install bibutils (.ci/run does)")
        });
        let mods = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{name}: endx2xml failed: {stderr}");
        assert_eq!(mods.matches("<mods ").count(), n, "{name}: records in, MODS records out");
        files += 1;
        records += n;
    }
    println!("bibutils endx2xml: {files} files, {records} EndNote XML records, all read");
    let _ = std::fs::remove_dir_all(&dir);
}
