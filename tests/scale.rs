//! Scale and junk: a single line of many megabytes in each structured format, plain
//! text, random bytes and an empty file go through the real binary in well under a
//! second per MB (release; a debug build gets 5 s), with the right exit code, and every
//! entry of the long lines converted. `REFCONV_SCALE_MB` sets the size (default 1;
//! `.ci/run` runs 10 MB in release: `REFCONV_SCALE_MB=10 cargo test --release --test
//! scale`). Guards against quadratic behaviour on long lines (columns of diagnostics
//! were once counted from the line start every time: 61 s for a 10 MB TEI line).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

fn mb() -> usize {
    std::env::var("REFCONV_SCALE_MB").ok().and_then(|v| v.parse().ok()).unwrap_or(1)
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("refconv-scale-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// Random-looking bytes without a dependency: an LCG.
fn junk(n: usize) -> Vec<u8> {
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    (0..n)
        .map(|_| {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (x >> 56) as u8
        })
        .collect()
}

/// Runs `convert FILE -t csl-json -o OUT`; returns (exit code, seconds, items written).
fn convert(file: &Path) -> (i32, f64, usize) {
    let out = file.with_extension("out.json");
    let t = Instant::now();
    let o = Command::new(env!("CARGO_BIN_EXE_refconv"))
        .args([
            "convert",
            file.to_str().unwrap(),
            "-q",
            "-t",
            "csl-json",
            "-o",
            out.to_str().unwrap(),
        ])
        .output()
        .expect("run refconv");
    let secs = t.elapsed().as_secs_f64();
    let items = std::fs::read_to_string(&out)
        .ok()
        .and_then(|s| serde_json::from_str::<serde_json::Value>(&s).ok())
        .and_then(|v| v.as_array().map(Vec::len))
        .unwrap_or(0);
    (o.status.code().unwrap_or(-1), secs, items)
}

#[test]
fn long_lines_junk_and_empty_files() {
    let size = mb() * 1_000_000;
    let per_mb = if cfg!(debug_assertions) { 5.0 } else { 1.0 };
    let mut cases: Vec<(&str, Vec<u8>, i32, Option<usize>)> = Vec::new();
    // One JSON array of items on one line.
    let item = |i: usize| {
        format!("{{\"id\":\"i{i}\",\"type\":\"book\",\"title\":\"Title number {i} of a long line\",\"author\":[{{\"family\":\"Иванов\",\"given\":\"И. И.\"}}]}}")
    };
    let (mut json, mut n) = (String::from("["), 0);
    while json.len() < size {
        if n > 0 {
            json.push(',');
        }
        json.push_str(&item(n));
        n += 1;
    }
    json.push(']');
    cases.push(("line.json", json.into_bytes(), 0, Some(n)));
    // BibTeX entries one after another on one line.
    let (mut bib, mut n) = (String::new(), 0);
    while bib.len() < size {
        bib.push_str(&format!("@book{{k{n}, title = {{Title {n} on a long line}}, author = {{Иванов, И. И.}}, year = 1999}} "));
        n += 1;
    }
    cases.push(("line.bib", bib.into_bytes(), 0, Some(n)));
    // A TEI listBibl on one line.
    let (mut tei, mut n) =
        (String::from("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><listBibl>"), 0);
    while tei.len() < size {
        tei.push_str(&format!(
            "<bibl><author>Иванов И. И.</author><title>Title {n}</title><date>1999</date></bibl>"
        ));
        n += 1;
    }
    tei.push_str("</listBibl></body></text></TEI>");
    cases.push(("line.xml", tei.into_bytes(), 0, Some(n)));
    // Plain text on one line: no numbered notes or references in it; read, nothing lost.
    let text = "Ivanov I.I. Some words of running text, no numbers to speak of. ".repeat(size / 64);
    cases.push(("line.txt", text.into_bytes(), 0, None));
    // Random bytes: not text in any encoding; an error, nothing written.
    cases.push(("junk.bib", junk(size), 1, Some(0)));
    // An empty file: a warning, an empty output.
    cases.push(("empty.json", Vec::new(), 0, Some(0)));
    for (name, bytes, want_code, want_items) in cases {
        let file = tmp(name);
        std::fs::write(&file, &bytes).unwrap();
        let (code, secs, items) = convert(&file);
        let mbs = bytes.len() as f64 / 1e6;
        println!("{name}: {mbs:.1} MB in {secs:.2} s, exit {code}, {items} items");
        assert_eq!(code, want_code, "{name}: exit code");
        if let Some(n) = want_items {
            assert_eq!(items, n, "{name}: every entry converted");
        }
        assert!(secs <= per_mb * mbs.max(1.0), "{name}: {secs:.1} s for {mbs:.1} MB");
    }
}
