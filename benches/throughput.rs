//! Throughput of the readers and writers on the samples, replicated to a
//! realistic size (`cargo bench --bench throughput`). Whole-process comparisons
//! with other tools are issue 9's; this measures the library alone.
//!
//! Prints, per case, the median of 7 runs: time, MB/s and items/s.

use refconv::{read, write, Format, ReadOptions, WriteOptions};
use std::time::{Duration, Instant};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn time<F: FnMut() -> usize>(name: &str, bytes: usize, mut f: F) {
    let mut runs = Vec::new();
    let mut items = 0;
    for _ in 0..7 {
        let t = Instant::now();
        items = f();
        runs.push(t.elapsed());
    }
    let m = median(runs);
    let s = m.as_secs_f64();
    println!(
        "{name:<44} {:>9.2} ms {:>8.1} MB/s {:>10.0} items/s",
        s * 1e3,
        bytes as f64 / s / 1e6,
        items as f64 / s
    );
}

fn sample(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn main() {
    let opts = ReadOptions::default();
    // Notes: the seed's 54 footnotes and the 60 gold-dev ones, renumbered 100 times.
    let mut notes = String::new();
    let mut n = 0;
    for _ in 0..100 {
        for src in [
            sample("samples/notes/seed-footnotes.txt"),
            sample("samples/notes/gold-dev/archival.txt"),
        ] {
            for line in src.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
                if let Some((_, rest)) = line.split_once(' ') {
                    n += 1;
                    notes.push_str(&format!("{n} {rest}\n"));
                }
            }
        }
    }
    time(&format!("notes: read {n} footnotes"), notes.len(), || {
        read(Format::Notes, &notes, &opts).unwrap().library.notes.len()
    });
    // The same footnotes written in GOST R 7.0.5 form (refconv's own renderer).
    let notes_lib = read(Format::Notes, &notes, &opts).unwrap().library;
    time(&format!("text --style gost: write {n} footnotes"), notes.len(), || {
        let mut out = Vec::new();
        write(Format::Text, &notes_lib, &mut out, &WriteOptions::default()).unwrap();
        notes_lib.notes.len()
    });
    // Reference lists: the 45 labelled references renumbered 100 times.
    let mut list = String::new();
    let mut k = 0;
    let segmented =
        refconv::formats::text::refs::segment(&sample("samples/refs/gold-dev/numbered.txt"));
    for _ in 0..100 {
        for r in &segmented {
            k += 1;
            list.push_str(&format!("{k}. {}\n", r.text));
        }
    }
    time(&format!("refs: read {k} references"), list.len(), || {
        read(Format::Refs, &list, &opts).unwrap().library.entries.len()
    });
    // BibLaTeX: biblatex-examples.bib x 20 with unique keys.
    let bib = sample("samples/bibtex/biblatex-examples.bib");
    let big: String = (0..20)
        .map(|i| {
            bib.lines()
                .map(|l| {
                    if l.starts_with('@') && !l.to_lowercase().starts_with("@string") {
                        l.replacen(',', &format!("-{i},"), 1)
                    } else {
                        l.to_string()
                    }
                })
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect::<Vec<_>>()
        .join("\n");
    let lib = read(Format::Biblatex, &big, &opts).unwrap().library;
    let entries = lib.entries.len();
    time(&format!("biblatex: read {entries} entries"), big.len(), || {
        read(Format::Biblatex, &big, &opts).unwrap().library.entries.len()
    });
    for (name, f) in
        [("biblatex", Format::Biblatex), ("csl-json", Format::CslJson), ("tei", Format::Tei)]
    {
        let mut out = Vec::new();
        write(f, &lib, &mut out, &WriteOptions::default()).unwrap();
        let size = out.len();
        time(&format!("{name}: write {entries} entries"), size, || {
            let mut out = Vec::with_capacity(size);
            write(f, &lib, &mut out, &WriteOptions::default()).unwrap();
            entries
        });
        if f == Format::Tei {
            // Formatted bibliographies through hayagriva: a numeric style and APA.
            for style in ["ieee", "apa"] {
                let mut o = WriteOptions::default();
                o.style = Some(refconv::render::StyleSpec::Named(style.into()));
                time(&format!("text --style {style}: write {entries} entries"), size, || {
                    let mut out = Vec::new();
                    write(Format::Text, &lib, &mut out, &o).unwrap();
                    entries
                });
            }
        }
        if f != Format::Biblatex {
            let text = String::from_utf8(out).unwrap();
            time(&format!("{name}: read {entries} entries"), text.len(), || {
                read(f, &text, &opts).unwrap().library.entries.len()
            });
        }
    }
}
