//! Interop: citeproc-js (the citation processor inside Zotero and Mendeley) renders the
//! CSL-JSON and csl-citations refconv writes, with real styles from
//! `../shared/corpus/csl-styles/` (Chicago full note, en-US; GOST R 7.0.5-2008 numeric,
//! ru-RU). The rendered text is pinned in `samples/expected/citeproc/` (`BLESS=1`
//! rewrites it), and checked for what a reader needs: archive, unit path and folio in
//! every first note citing an archival file; author and year in every rendered reference.
//!
//! Run by `.ci/run`: `cargo test --release --test interop_citeproc -- --ignored --nocapture`.
//! Needs `node` and the npm package `citeproc` (2.4.63; `.ci/run` installs it with
//! `npm install --prefix target/interop-node citeproc@2.4.63`; elsewhere set
//! `REFCONV_NODE_MODULES` to a `node_modules` folder) and the shared corpus. A missing
//! tool is a failure, never a skip.

mod common;

use serde_json::Value;
use std::process::Command;

/// `refconv convert INPUT -t TO`, standard output as JSON.
fn refconv_json(input: &str, to: &str) -> (Value, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_refconv"))
        .current_dir(common::repo())
        .args(["convert", input, "-q", "-t", to])
        .output()
        .expect("run refconv");
    assert!(out.status.code().is_some_and(|c| c <= 1), "refconv {input} -t {to}: {}", out.status);
    let text = String::from_utf8(out.stdout).expect("UTF-8 output");
    (serde_json::from_str(&text).expect("JSON output"), text)
}

/// Renders `json` (csl-citations or a CSL-JSON array) with `style` through citeproc-js.
fn render(json: &str, style: &str, lang: &str) -> String {
    let styles = common::shared_corpus().join("csl-styles");
    let style_path = styles.join(style);
    assert!(style_path.is_file(), "FAIL: style missing: {}", style_path.display());
    let tmp =
        std::env::temp_dir().join(format!("refconv-citeproc-{}-{style}.json", std::process::id()));
    std::fs::write(&tmp, json).expect("write temp file");
    let out = Command::new("node")
        .env("NODE_PATH", common::citeproc_node_modules())
        .arg(common::repo().join("tests/interop/citeproc-render.js"))
        .args([tmp.as_os_str(), style_path.as_os_str(), styles.as_os_str()])
        .arg(lang)
        .output()
        .unwrap_or_else(|e| {
            panic!("FAIL: `node` cannot be run ({e}); install Node.js (.ci/run does)")
        });
    let _ = std::fs::remove_file(&tmp);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "FAIL: citeproc-js failed ({}): {stderr}", out.status);
    assert!(stderr.trim().is_empty(), "FAIL: citeproc-js complained: {stderr}");
    String::from_utf8(out.stdout).expect("UTF-8 from node")
}

/// Compares with the pinned file, or writes it under `BLESS=1`.
fn golden(name: &str, text: &str) {
    let path = common::repo().join("samples/expected/citeproc").join(name);
    if std::env::var_os("BLESS").is_some() {
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
        std::fs::write(&path, text).expect("write golden");
        return;
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (BLESS=1 writes it)", path.display()));
    if text != want {
        let diff: Vec<String> = text
            .lines()
            .zip(want.lines())
            .enumerate()
            .filter(|(_, (a, b))| a != b)
            .take(5)
            .map(|(i, (a, b))| format!("line {}:\n  now:    {a}\n  pinned: {b}", i + 1))
            .collect();
        panic!(
            "{name} differs from the pinned rendering (BLESS=1 rewrites it); {} lines now, {} pinned\n{}",
            text.lines().count(),
            want.lines().count(),
            diff.join("\n")
        );
    }
}

/// The lines of one section (`# citations ...` or `# bibliography`) of the rendering.
fn section<'a>(text: &'a str, head: &str) -> Vec<&'a str> {
    text.split("\n\n")
        .find(|s| s.starts_with(head))
        .map(|s| s.lines().skip(1).filter(|l| !l.trim().is_empty()).collect())
        .unwrap_or_default()
}

#[test]
#[ignore = "needs node, npm citeproc and the shared corpus; run by .ci/run"]
fn chicago_notes_show_archive_unit_path_and_folio() {
    let input = "samples/notes/seed-footnotes.txt";
    let (clusters, json) = refconv_json(input, "csl-citations");
    let text = render(&json, "chicago-fullnote-bibliography.csl", "en-US");
    golden("seed-footnotes.chicago-fullnote.txt", &text);
    let notes = section(&text, "# citations");
    let clusters = clusters.as_array().expect("an array of clusters");
    assert_eq!(notes.len(), clusters.len(), "one rendered note per cluster");
    let mut seen = std::collections::HashSet::new();
    let mut checked = 0;
    for (c, note) in clusters.iter().zip(&notes) {
        for item in c["citationItems"].as_array().into_iter().flatten() {
            let data = &item["itemData"];
            let id = data["id"].as_str().unwrap_or("");
            if data["type"] != "manuscript" || !seen.insert(id.to_string()) {
                continue; // later notes use the style's short form
            }
            for key in ["archive", "archive_location"] {
                let want = data[key].as_str().unwrap_or("");
                assert!(note.contains(want), "note `{note}` lacks its {key} `{want}`");
            }
            let locator = item["locator"].as_str().unwrap_or("");
            assert!(note.contains(locator), "note `{note}` lacks its folio `{locator}`");
            checked += 1;
        }
    }
    println!(
        "chicago-fullnote: {} notes rendered, {checked} first citations of archival files checked",
        notes.len()
    );
    assert!(checked >= 18, "only {checked} archival first citations checked");
    let first = notes.first().copied().unwrap_or("");
    assert!(
        first.contains("AVP RF")
            && first.contains("F. 0146. Op. 30. P. 282. D. 29")
            && first.contains("317")
    );
}

/// Per rendered reference: its family names and year are the source's.
fn check_bibliography(input: &str, text: &str) -> usize {
    let (items, _) = refconv_json(input, "csl-json");
    let items = items.as_array().expect("CSL-JSON array");
    let bib = section(text, "# bibliography");
    assert_eq!(bib.len(), items.len(), "{input}: one reference per item");
    let mut checked = 0;
    for (item, line) in items.iter().zip(&bib) {
        // citeproc-js typesets apostrophes (Kuz'minykh -> Kuz’minykh).
        let line = &line.replace('’', "'");
        let family = item["author"][0]["family"].as_str();
        let year = item["issued"]["date-parts"][0][0].as_i64();
        if let Some(f) = family {
            assert!(line.contains(f), "{input}: `{line}` lacks the author `{f}`");
        }
        if let Some(y) = year {
            assert!(line.contains(&y.to_string()), "{input}: `{line}` lacks the year {y}");
        }
        checked += usize::from(family.is_some() || year.is_some());
    }
    checked
}

#[test]
#[ignore = "needs node, npm citeproc and the shared corpus; run by .ci/run"]
fn gost_renders_our_reference_lists() {
    for (input, name) in [
        ("samples/refs/bilingual.txt", "refs-bilingual.gost-numeric.txt"),
        ("samples/refs/gold-dev/numbered.txt", "refs-numbered.gost-numeric.txt"),
    ] {
        let (_, json) = refconv_json(input, "csl-json");
        let text = render(&json, "gost-r-7-0-5-2008-numeric.csl", "ru-RU");
        golden(name, &text);
        let checked = check_bibliography(input, &text);
        println!(
            "{input}: GOST numeric bibliography, {checked} references with author/year checked"
        );
        assert!(checked > 0);
    }
    // The article's in-text clusters ("[30, pp. 132–134; 31]") as GOST numeric markers.
    let (clusters, json) = refconv_json("samples/article/gold-dev-article.txt", "csl-citations");
    let text = render(&json, "gost-r-7-0-5-2008-numeric.csl", "ru-RU");
    golden("gold-dev-article.gost-numeric.txt", &text);
    let cites = section(&text, "# citations");
    assert_eq!(cites.len(), clusters.as_array().map_or(0, Vec::len));
    for c in cites.iter().filter(|c| c.starts_with("0. ")) {
        assert!(c.contains('[') && c.chars().any(|ch| ch.is_ascii_digit()), "marker `{c}`");
    }
}
