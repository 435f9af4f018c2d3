//! One criterion benchmark per reader (`read/<format>`) and per writer
//! (`write/<format>`), on realistic inputs built from `samples/` alone
//! (`cargo bench --bench readers_writers`; one benchmark: `... -- read/tei`).
//!
//! Inputs, built once before the first benchmark:
//!
//! - `bibtex`, `biblatex`: `samples/bibtex/biblatex-examples.bib` replicated to
//!   1,000 entries as `../shared/docs/performance-anchors.md` §1 and §7 describe
//!   (the `@string`s once, then whole copies of the 92 entries, every key and every
//!   `crossref`/`xref`/`xdata`/`entryset`/`related` value suffixed `-cN`, then
//!   the remainder from the entries that reference no other);
//! - `csl-json`, `csl-jsonl`, `tei`, `json`: refconv's own output of that library;
//! - `notes`: `samples/notes/seed-footnotes.txt` and `samples/notes/gold-dev/*.txt`
//!   cycled and renumbered to 1,000 footnotes;
//! - `refs`: the references of `samples/refs/gold-dev/numbered.txt` cycled and
//!   renumbered to 1,000;
//! - `article`, `text`: `samples/article/gold-dev-article.txt` as it is (one
//!   whole article; `text` detects it first).
//!
//! Every writer writes the 1,000-entry library, except `csl-citations`, which
//! writes the notes' library (its clusters). Readers report input bytes/s,
//! writers entries/s (clusters/s for `csl-citations`).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use refconv::{read, write, Format, Library, ReadOptions, WriteOptions};
use regex::Regex;
use std::hint::black_box;
use std::sync::OnceLock;
use std::time::Duration;

/// How many entries, footnotes and references the replicated inputs have.
const N: usize = 1_000;

fn sample(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// `biblatex-examples.bib` replicated to `n` entries with unique keys (the
/// generator of performance-anchors.md §7).
fn replicate_bib(src: &str, n: usize) -> String {
    // Blocks start at a line beginning with '@' (re.split(r'\n(?=@)')).
    let mut blocks: Vec<String> = Vec::new();
    for line in src.trim().lines() {
        if line.starts_with('@') || blocks.is_empty() {
            blocks.push(String::new());
        }
        let b = blocks.last_mut().unwrap();
        b.push_str(line);
        b.push('\n');
    }
    let is_string = |b: &str| b.to_lowercase().starts_with("@string");
    let strings: Vec<&str> = blocks.iter().filter(|b| is_string(b)).map(|b| b.trim()).collect();
    let entries: Vec<&str> = blocks.iter().filter(|b| !is_string(b)).map(|b| b.trim()).collect();
    let key = Regex::new(r"^@\w+\{([^,]+),").unwrap();
    let reference =
        Regex::new(r"(?mi)^(\s*(?:crossref|xref|xdata|entryset|related)\s*=\s*\{)([^}]*)(\})")
            .unwrap();
    let copy = |e: &str, c: usize| -> String {
        let k = &key.captures(e).unwrap()[1];
        let e = e.replacen(&format!("{{{k},"), &format!("{{{k}-c{c},"), 1);
        reference
            .replace_all(&e, |m: &regex::Captures| {
                let keys: Vec<String> =
                    m[2].split(',').map(|x| format!("{}-c{c}", x.trim())).collect();
                format!("{}{}{}", &m[1], keys.join(","), &m[3])
            })
            .into_owned()
    };
    let self_contained: Vec<&str> =
        entries.iter().copied().filter(|e| !reference.is_match(e)).collect();
    let (whole, rest) = (n / entries.len(), n % entries.len());
    let mut out: Vec<String> = Vec::with_capacity(n);
    for c in 0..whole {
        out.extend(entries.iter().map(|e| copy(e, c)));
    }
    assert!(rest <= self_contained.len());
    out.extend(self_contained[..rest].iter().map(|e| copy(e, whole)));
    format!("{}\n\n{}\n", strings.join("\n"), out.join("\n\n"))
}

/// The seed's footnotes and the gold-dev ones, cycled and renumbered 1..=n.
fn replicate_notes(n: usize) -> String {
    let mut paths = vec!["samples/notes/seed-footnotes.txt".to_string()];
    let dir = format!("{}/samples/notes/gold-dev", env!("CARGO_MANIFEST_DIR"));
    let mut gold: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|f| f.ends_with(".txt"))
        .map(|f| format!("samples/notes/gold-dev/{f}"))
        .collect();
    gold.sort();
    paths.extend(gold);
    let notes: Vec<String> = paths
        .iter()
        .flat_map(|p| {
            sample(p)
                .lines()
                .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
                .filter_map(|l| l.split_once(' ').map(|(_, rest)| rest.to_string()))
                .collect::<Vec<_>>()
        })
        .collect();
    notes.iter().cycle().take(n).enumerate().map(|(i, t)| format!("{} {t}\n\n", i + 1)).collect()
}

/// The labelled references, cycled and renumbered 1..=n.
fn replicate_refs(n: usize) -> String {
    let refs = refconv::formats::text::refs::segment(&sample("samples/refs/gold-dev/numbered.txt"));
    refs.iter()
        .cycle()
        .take(n)
        .enumerate()
        .map(|(i, r)| format!("{}. {}\n", i + 1, r.text))
        .collect()
}

fn written(f: Format, lib: &Library) -> String {
    let mut out = Vec::new();
    write(f, lib, &mut out, &WriteOptions::default()).unwrap();
    String::from_utf8(out).unwrap()
}

struct Fixtures {
    /// The 1,000-entry library read from `bib`.
    library: Library,
    /// The library read from `notes`.
    notes_library: Library,
    bib: String,
    csl_json: String,
    csl_jsonl: String,
    tei: String,
    json: String,
    notes: String,
    refs: String,
    article: String,
}

fn fixtures() -> &'static Fixtures {
    static F: OnceLock<Fixtures> = OnceLock::new();
    F.get_or_init(|| {
        let opts = ReadOptions::default();
        let bib = replicate_bib(&sample("samples/bibtex/biblatex-examples.bib"), N);
        let library = read(Format::Biblatex, &bib, &opts).unwrap().library;
        assert_eq!(library.entries.len(), N);
        let notes = replicate_notes(N);
        let notes_library = read(Format::Notes, &notes, &opts).unwrap().library;
        assert_eq!(notes_library.notes.len(), N);
        let fx = Fixtures {
            csl_json: written(Format::CslJson, &library),
            csl_jsonl: written(Format::CslJsonl, &library),
            tei: written(Format::Tei, &library),
            json: written(Format::Json, &library),
            refs: replicate_refs(N),
            article: sample("samples/article/gold-dev-article.txt"),
            bib,
            notes,
            library,
            notes_library,
        };
        eprintln!(
            "inputs: bib {} B ({} entries), csl-json {} B, csl-jsonl {} B, tei {} B, json {} B, \
             notes {} B ({} notes, {} entries, {} clusters), refs {} B, article {} B",
            fx.bib.len(),
            fx.library.entries.len(),
            fx.csl_json.len(),
            fx.csl_jsonl.len(),
            fx.tei.len(),
            fx.json.len(),
            fx.notes.len(),
            fx.notes_library.notes.len(),
            fx.notes_library.entries.len(),
            fx.notes_library.citations.len(),
            fx.refs.len(),
            fx.article.len(),
        );
        fx
    })
}

/// The input each reader is measured on. A new readable format fails here
/// until it is given one.
fn reader_input(f: Format, fx: &Fixtures) -> &str {
    match f {
        Format::Text | Format::Article => &fx.article,
        Format::Notes => &fx.notes,
        Format::Refs => &fx.refs,
        Format::Bibtex | Format::Biblatex => &fx.bib,
        Format::CslJson => &fx.csl_json,
        Format::CslJsonl => &fx.csl_jsonl,
        Format::Tei => &fx.tei,
        Format::Json => &fx.json,
        other => panic!("no benchmark input for the {} reader", other.name()),
    }
}

fn readers(c: &mut Criterion) {
    let fx = fixtures();
    let opts = ReadOptions::default();
    let mut group = c.benchmark_group("read");
    for &f in Format::ALL.iter().filter(|f| f.can_read()) {
        let input = reader_input(f, fx);
        // The input must read without errors, or the benchmark measures error paths.
        let parsed = read(f, input, &opts).unwrap();
        assert!(!parsed.has_errors(), "{}: {:?}", f.name(), parsed.diagnostics);
        group.throughput(Throughput::Bytes(input.len() as u64));
        group.bench_function(f.name(), |b| b.iter(|| read(f, black_box(input), &opts).unwrap()));
    }
    group.finish();
}

fn writers(c: &mut Criterion) {
    let fx = fixtures();
    let opts = WriteOptions::default();
    let mut group = c.benchmark_group("write");
    for &f in Format::ALL.iter().filter(|f| f.can_write()) {
        let (lib, elements) = match f {
            Format::CslCitations => (&fx.notes_library, fx.notes_library.citations.len()),
            _ => (&fx.library, fx.library.entries.len()),
        };
        let mut out = Vec::with_capacity(written(f, lib).len());
        group.throughput(Throughput::Elements(elements as u64));
        group.bench_function(f.name(), |b| {
            b.iter(|| {
                out.clear();
                write(f, black_box(lib), &mut out, &opts).unwrap()
            })
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(20);
    targets = readers, writers
}
criterion_main!(benches);
