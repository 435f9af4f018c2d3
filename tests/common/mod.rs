//! Shared helpers for the integration tests: JSON Schema validation of what
//! refconv writes, against the schemas in `schemas/` (nothing is fetched).
#![allow(dead_code)]

use jsonschema::{Registry, Validator};
use refconv::Format;
use serde_json::Value;
use std::path::PathBuf;
use std::sync::OnceLock;

/// The URL csl-citation.json uses to `$ref` csl-data.json (also csl-data.json's `$id`).
const CSL_DATA_URL: &str =
    "https://resource.citationstyles.org/schema/v1.0/input/json/csl-data.json";

/// Sample inputs that cover every reader and every kind of entry refconv makes
/// (the interop and Zotero tests convert each of them).
pub const SAMPLES: &[&str] = &[
    "samples/notes/seed-footnotes.txt",
    "samples/notes/archival-real.txt",
    "samples/article/gold-dev-article.txt",
    "samples/refs/gold-dev/numbered.txt",
    "samples/refs/bilingual.txt",
    "samples/bibtex/biblatex-examples.bib",
    "samples/bibtex/mapping.bib",
    "samples/bibtex/russian-phd-template-external.bib",
    "samples/csl-json/seed-archival.json",
];

/// The shared corpus (`REFCONV_CORPUS`, else `../shared/corpus`); its absence is
/// a failure, never a skip.
pub fn shared_corpus() -> PathBuf {
    let root = match std::env::var_os("REFCONV_CORPUS") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => repo().join("../shared/corpus"),
    };
    assert!(root.is_dir(), "FAIL: the shared corpus is missing at {}", root.display());
    root
}

/// The `node_modules` holding npm `citeproc` (`REFCONV_NODE_MODULES`, else what
/// `.ci/run` installs into `target/interop-node`).
pub fn citeproc_node_modules() -> PathBuf {
    let dir = match std::env::var_os("REFCONV_NODE_MODULES") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => repo().join("target/interop-node/node_modules"),
    };
    assert!(
        dir.join("citeproc").is_dir(),
        "FAIL: the npm package `citeproc` is not in {} (run `npm install --prefix \
         target/interop-node citeproc@2.4.63`, as .ci/run does, or set REFCONV_NODE_MODULES)",
        dir.display()
    );
    dir
}

/// The crate root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn load_schema(name: &str) -> Value {
    let path = repo().join("schemas").join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

fn errors(validator: &Validator, v: &Value) -> Vec<String> {
    validator
        .iter_errors(v)
        .map(|e| {
            let path = e.instance_path().as_str();
            format!("{}: {e}", if path.is_empty() { "/" } else { path })
        })
        .collect()
}

fn csl_data() -> &'static Validator {
    static V: OnceLock<Validator> = OnceLock::new();
    V.get_or_init(|| {
        jsonschema::draft7::options()
            .offline()
            .build(&load_schema("csl-data.json"))
            .unwrap_or_else(|e| panic!("schemas/csl-data.json does not compile: {e}"))
    })
}

fn csl_citation() -> &'static Validator {
    static V: OnceLock<Validator> = OnceLock::new();
    V.get_or_init(|| {
        let registry = Registry::new()
            .add(CSL_DATA_URL, load_schema("csl-data.json"))
            .and_then(|b| b.prepare())
            .unwrap_or_else(|e| panic!("cannot register schemas/csl-data.json: {e}"));
        jsonschema::draft7::options()
            .offline()
            .with_registry(&registry)
            .build(&load_schema("csl-citation.json"))
            .unwrap_or_else(|e| panic!("schemas/csl-citation.json does not compile: {e}"))
    })
}

fn model() -> &'static Validator {
    static V: OnceLock<Validator> = OnceLock::new();
    V.get_or_init(|| {
        jsonschema::draft7::options()
            .offline()
            .build(&load_schema("model.schema.json"))
            .unwrap_or_else(|e| panic!("schemas/model.schema.json does not compile: {e}"))
    })
}

/// Errors of `v` (an array of CSL-JSON items) against schemas/csl-data.json.
pub fn csl_data_errors(v: &Value) -> Vec<String> {
    errors(csl_data(), v)
}

/// Errors of `v` (one citation cluster) against schemas/csl-citation.json.
pub fn csl_citation_errors(v: &Value) -> Vec<String> {
    errors(csl_citation(), v)
}

/// Errors of `v` (an array of citation clusters), each against
/// schemas/csl-citation.json, prefixed with the cluster's index.
pub fn csl_citations_errors(v: &Value) -> Vec<String> {
    let Some(clusters) = v.as_array() else {
        return vec![format!("/: expected an array of citation clusters, got {v}")];
    };
    clusters
        .iter()
        .enumerate()
        .flat_map(|(i, c)| csl_citation_errors(c).into_iter().map(move |e| format!("[{i}] {e}")))
        .collect()
}

/// Errors of `v` (a library in the `json` format) against schemas/model.schema.json.
pub fn model_errors(v: &Value) -> Vec<String> {
    errors(model(), v)
}

/// A sample of every reader's input (the `SAMPLES` and the RIS, MODS, EndNote XML
/// and Zotero CSL-JSON samples), with its format.
pub fn every_sample() -> Vec<(PathBuf, Format)> {
    let repo = repo();
    let mut v: Vec<(PathBuf, Format)> = SAMPLES
        .iter()
        .map(|s| {
            let p = repo.join(s);
            let f = Format::guess(Some(s), &std::fs::read_to_string(&p).unwrap());
            (p, f)
        })
        .collect();
    for (dir, ext, format) in [
        ("samples/ris", "ris", Format::Ris),
        ("samples/mods", "xml", Format::Mods),
        ("samples/endnote-xml", "xml", Format::EndnoteXml),
        ("samples/csl-json/zotero", "json", Format::CslJson),
    ] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(repo.join(dir))
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                p.extension().is_some_and(|e| e == ext) && !p.to_string_lossy().contains("wos")
            })
            .collect();
        files.sort();
        v.extend(files.into_iter().map(|p| (p, format)));
    }
    v
}

/// Every sample read, written in `to`, read back: the same entries (sources
/// aside), nothing reported lost, and the output detected as `to`. Returns how
/// many entries went through.
pub fn assert_samples_round_trip(to: Format) -> usize {
    use refconv::{read, write, ReadOptions, WriteOptions};
    let mut entries = 0;
    for (p, f) in every_sample() {
        let bytes = std::fs::read(&p).unwrap();
        let src = String::from_utf8_lossy(&bytes);
        let a = read(f, &src, &ReadOptions::default()).unwrap().library;
        if a.entries.is_empty() {
            continue;
        }
        let mut out = Vec::new();
        let lost = write(to, &a, &mut out, &WriteOptions::default()).unwrap();
        assert!(lost.is_empty(), "{}: {lost:?}", p.display());
        let text = String::from_utf8(out).unwrap();
        assert_eq!(Format::detect(&text), to, "{}", p.display());
        let b = read(to, &text, &ReadOptions::default()).unwrap();
        let (a, b) = (a.without_sources(), b.library.without_sources());
        assert_eq!(a.entries.len(), b.entries.len(), "{}", p.display());
        for (x, y) in a.entries.iter().zip(&b.entries) {
            assert_eq!(x, y, "{}: entry {}", p.display(), x.id);
        }
        entries += a.entries.len();
    }
    entries
}
