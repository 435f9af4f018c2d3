//! Our bibliographies (`-t html --style FILE.csl`, hayagriva inside) against
//! citeproc-js's (Zotero's and Mendeley's engine) on the same CSL-JSON items, in
//! ten common styles: the share of entries whose text is the same, and the
//! differences by kind.
//!
//! Items: every item of the CSL test suite's fixtures
//! (`../shared/corpus/csl-json-test-suite/input`, ids prefixed with the fixture),
//! Zotero's CSL-JSON exports (`csl-json-zotero`) and the GOST .bib files
//! (`gold-gost`), all written once by refconv as CSL-JSON, which both engines read.
//! Styles and locales: `../shared/corpus/csl-styles/`.
//!
//! Run by `.ci/run`: `cargo test --release --test interop_render -- --ignored --nocapture`
//! (node, npm `citeproc@2.4.63` and the corpus; a missing one is a failure).

mod common;

use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn refconv(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_refconv")).args(args).output().expect("run refconv");
    assert!(
        out.status.code().is_some_and(|c| c <= 1),
        "refconv {args:?}: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// The item pool, as refconv writes it (CSL-JSON).
fn pool(dir: &Path) -> PathBuf {
    let c = common::shared_corpus();
    let mut items: Vec<Value> = Vec::new();
    let mut push = |prefix: &str, list: Vec<Value>| {
        for mut it in list {
            if let Some(o) = it.as_object_mut() {
                let id = o.get("id").map(|v| v.to_string().trim_matches('"').to_string());
                o.insert(
                    "id".into(),
                    Value::String(format!("{prefix}:{}", id.unwrap_or_default())),
                );
                items.push(it);
            }
        }
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(c.join("csl-json-test-suite/input"))
        .expect("suite")
        .map(|e| e.expect("entry").path())
        .chain(
            std::fs::read_dir(c.join("csl-json-zotero"))
                .expect("zotero")
                .map(|e| e.expect("e").path()),
        )
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    for f in &files {
        let v: Value =
            serde_json::from_str(&std::fs::read_to_string(f).expect("read")).expect("JSON");
        let stem = f.file_stem().expect("stem").to_string_lossy().to_string();
        push(&stem, if let Value::Array(a) = v { a } else { vec![v] });
    }
    let mut bibs: Vec<PathBuf> = std::fs::read_dir(c.join("gold-gost"))
        .expect("gold-gost")
        .map(|e| e.expect("e").path())
        .filter(|p| p.extension().is_some_and(|x| x == "bib"))
        .collect();
    bibs.sort();
    for b in &bibs {
        let json = refconv(&["convert", b.to_str().expect("path"), "-t", "csl-json", "-q"]);
        let stem = b.file_stem().expect("stem").to_string_lossy().to_string();
        push(&stem, serde_json::from_str(&json).expect("CSL-JSON"));
    }
    let raw = dir.join("pool-raw.json");
    std::fs::write(&raw, serde_json::to_string(&items).expect("JSON")).expect("write");
    let norm = dir.join("pool.json");
    let written =
        refconv(&["convert", raw.to_str().expect("p"), "-f", "csl-json", "-t", "csl-json", "-q"]);
    std::fs::write(&norm, written).expect("write");
    norm
}

/// Text of an HTML fragment: tags out (a `div`, a block, parts words:
/// citeproc-js's flush `csl-left-margin` number from its `csl-right-inline`
/// text), entities decoded, white space collapsed, a leading entry number
/// (`1. `, `[1] `, `1 `) dropped.
fn text(html: &str) -> String {
    let mut out = String::new();
    let mut tag: Option<String> = None;
    for c in html.chars() {
        match (&mut tag, c) {
            (None, '<') => tag = Some(String::new()),
            (Some(t), '>') => {
                if t.trim_start_matches('/').starts_with("div") {
                    out.push(' ');
                }
                tag = None;
            }
            (Some(t), c) => t.push(c),
            (None, c) => out.push(c),
        }
    }
    let out = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#38;", "&")
        .replace("&#60;", "<")
        .replace("&#62;", ">")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&");
    let t = out.split_whitespace().collect::<Vec<_>>().join(" ");
    let bare = t.trim_start_matches('[');
    let digits = bare.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && bare[digits..].starts_with([']', '.', ' ']) {
        return bare[digits..].trim_start_matches([']', '.']).trim_start().to_string();
    }
    t
}

fn citeproc(pool: &Path, style: &Path, lang: &str) -> (BTreeMap<String, String>, String) {
    let out = Command::new("node")
        .env("NODE_PATH", common::citeproc_node_modules())
        .arg(common::repo().join("tests/interop/citeproc-bib.js"))
        .args([pool.as_os_str(), style.as_os_str(), style.parent().expect("dir").as_os_str()])
        .arg(lang)
        .output()
        .unwrap_or_else(|e| panic!("FAIL: `node` cannot be run ({e})"));
    assert!(out.status.success(), "FAIL: citeproc-js: {}", String::from_utf8_lossy(&out.stderr));
    let map: Map<String, Value> = serde_json::from_slice(&out.stdout).expect("JSON from node");
    let entries = map.into_iter().map(|(k, v)| (k, text(v.as_str().unwrap_or_default()))).collect();
    (entries, String::from_utf8_lossy(&out.stderr).to_string())
}

/// The items per bibliography: citeproc-bib.js renders the pool in chunks of
/// this many items, in file order, and so do we (year suffixes and
/// disambiguation are made within one bibliography).
const CHUNK: usize = 200;

fn ours(pool: &Path, style: &Path, lang: &str) -> BTreeMap<String, String> {
    let items: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(pool).expect("pool")).expect("JSON");
    let mut m = BTreeMap::new();
    for (i, chunk) in items.chunks(CHUNK).enumerate() {
        let file = pool.with_file_name(format!("chunk-{i}.json"));
        std::fs::write(&file, serde_json::to_string(chunk).expect("JSON")).expect("write");
        m.extend(ours_one(&file, style, lang));
    }
    m
}

fn ours_one(pool: &Path, style: &Path, lang: &str) -> BTreeMap<String, String> {
    let html = refconv(&[
        "convert",
        pool.to_str().expect("p"),
        "-f",
        "csl-json",
        "-t",
        "html",
        "--fragment",
        "-q",
        "--style",
        style.to_str().expect("p"),
        "--locale",
        lang,
    ]);
    let mut m = BTreeMap::new();
    for line in html.lines() {
        let Some(rest) = line.split_once("data-id=\"").map(|x| x.1) else { continue };
        let Some((id, body)) = rest.split_once("\">") else { continue };
        let id = id
            .replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&");
        m.insert(id, text(body));
    }
    m
}

fn fold(s: &str, keep: impl Fn(char) -> bool) -> String {
    s.chars().filter(|c| keep(*c)).flat_map(char::to_lowercase).collect()
}

#[test]
#[ignore = "needs node, npm citeproc and the shared corpus; run by .ci/run"]
fn bibliographies_agree_with_citeproc_js() {
    let dir = std::env::temp_dir().join(format!("refconv-render-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("mkdir");
    let pool = pool(&dir);
    let styles = common::shared_corpus().join("csl-styles");
    let cases = [
        ("apa.csl", "en-US"),
        ("chicago-author-date.csl", "en-US"),
        ("chicago-notes-bibliography.csl", "en-US"),
        ("ieee.csl", "en-US"),
        ("nlm-citation-sequence.csl", "en-US"),
        ("modern-language-association.csl", "en-US"),
        ("harvard-cite-them-right.csl", "en-GB"),
        ("nature.csl", "en-US"),
        ("gost-r-7-0-5-2008-numeric.csl", "ru-RU"),
        ("gost-r-7-0-5-2008.csl", "ru-RU"),
    ];
    let (mut all_same, mut all_n) = (0, 0);
    let mut report = String::from("| style | entries | same | same but punctuation/spacing | same but case | other |\n|---|---:|---:|---:|---:|---:|\n");
    for (style, lang) in cases {
        let path = styles.join(style);
        assert!(path.is_file(), "FAIL: style missing: {}", path.display());
        let (theirs, complaints) = citeproc(&pool, &path, lang);
        let mine = ours(&pool, &path, lang);
        if let Some(dump) = std::env::var_os("REFCONV_RENDER_DUMP") {
            let both: BTreeMap<&String, (&String, Option<&String>)> =
                theirs.iter().map(|(k, v)| (k, (v, mine.get(k)))).collect();
            let file = PathBuf::from(dump).join(format!("{style}.json"));
            std::fs::write(file, serde_json::to_string_pretty(&both).expect("JSON")).expect("dump");
        }
        let (mut same, mut punct, mut case, mut other, mut n) = (0, 0, 0, 0, 0);
        let mut examples = Vec::new();
        for (id, want) in &theirs {
            let Some(got) = mine.get(id) else { continue };
            n += 1;
            if got == want {
                same += 1;
            } else if fold(got, char::is_alphanumeric) == fold(want, char::is_alphanumeric)
                && got.to_lowercase() != want.to_lowercase()
            {
                punct += 1;
            } else if got.to_lowercase() == want.to_lowercase() {
                case += 1;
            } else {
                other += 1;
                if examples.len() < 4 {
                    examples
                        .push(format!("  {id}\n    citeproc-js: {want}\n    refconv:     {got}"));
                }
            }
        }
        let missing = theirs.keys().filter(|k| !mine.contains_key(*k)).count();
        eprintln!(
            "{style} ({lang}): {same}/{n} same ({:.1} %), punctuation {punct}, case {case}, other {other}; \
             {} only in citeproc-js, {} only in ours{}",
            100.0 * same as f64 / n.max(1) as f64,
            missing,
            mine.keys().filter(|k| !theirs.contains_key(*k)).count(),
            if complaints.trim().is_empty() { String::new() } else { format!("; citeproc-js: {}", complaints.trim()) }
        );
        for e in &examples {
            eprintln!("{e}");
        }
        report.push_str(&format!(
            "| {style} | {n} | {same} ({:.1} %) | {punct} | {case} | {other} |\n",
            100.0 * same as f64 / n.max(1) as f64
        ));
        assert!(n > 1000, "{style}: only {n} entries compared");
        all_same += same;
        all_n += n;
    }
    let share = all_same as f64 / all_n.max(1) as f64;
    eprintln!("{report}all: {all_same}/{all_n} same ({:.1} %)", 100.0 * share);
    let _ = std::fs::remove_dir_all(&dir);
    // The 95 %; measured 95.8 % (docs/rendering.md).
    assert!(share >= RATCHET, "agreement {share:.3} fell below {RATCHET}");
}

/// The agreement over the ten styles that issue 19 asks for.
const RATCHET: f64 = 0.95;

/// The seed's footnotes in a note style (Chicago full note, the style file the
/// citeproc-js rendering in `samples/expected/citeproc/` was made with): every
/// note we render from the model equals citeproc-js's, positions (`fol. 78.` for
/// a repeat) and capitals (`(N.d.)`) included. Notes kept as printed (commentary,
/// cross-references into the numbered list) are not compared.
#[test]
#[ignore = "needs the shared corpus (the style file); run by .ci/run"]
fn seed_notes_agree_with_citeproc_js() {
    let style = common::shared_corpus().join("csl-styles/chicago-fullnote-bibliography.csl");
    let ours = refconv(&[
        "convert",
        common::repo().join("samples/notes/seed-footnotes.txt").to_str().expect("path"),
        "-t",
        "text",
        "-q",
        "--style",
        style.to_str().expect("path"),
    ]);
    let ours: BTreeMap<u32, &str> = ours
        .lines()
        .filter_map(|l| l.split_once(' '))
        .filter_map(|(n, t)| Some((n.parse().ok()?, t)))
        .collect();
    let pinned = std::fs::read_to_string(
        common::repo().join("samples/expected/citeproc/seed-footnotes.chicago-fullnote.txt"),
    )
    .expect("pinned citeproc-js rendering");
    let notes = pinned.split("\n\n").next().expect("citations section");
    let kept = [2, 6, 15, 28, 36, 38, 39, 51, 52, 53, 54];
    let (mut same, mut n) = (0, 0);
    for line in notes.lines().skip(1) {
        let Some((k, want)) = line.split_once(". ") else { continue };
        let k: u32 = k.parse().expect("note number");
        if kept.contains(&k) {
            continue;
        }
        n += 1;
        if ours.get(&k) == Some(&want) {
            same += 1;
        } else {
            eprintln!("note {k}:\n  citeproc-js: {want}\n  refconv:     {:?}", ours.get(&k));
        }
    }
    eprintln!("seed notes, chicago-fullnote-bibliography: {same}/{n} equal to citeproc-js");
    assert_eq!((same, n), (43, 43));
}
