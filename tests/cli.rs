//! The real binary: stdin/stdout, files, exit codes, detection, diagnostics,
//! a closed pipe, `--strict`, several inputs.

mod common;

use serde_json::Value;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_refconv"));
    c.current_dir(common::repo());
    c
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("run refconv")
}

fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn refconv");
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(input).unwrap();
    drop(stdin);
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn code(o: &Output) -> i32 {
    o.status.code().expect("exit code")
}

fn json(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(o)))
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("refconv-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

const SEED: &str = "samples/csl-json/seed-archival.json";
const NOTES: &str = "samples/json/seed-notes.refconv.json";

#[test]
fn converts_a_file_to_stdout_valid_against_the_schema() {
    let o = run(&["convert", SEED, "-t", "csl-json"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(common::csl_data_errors(&v), Vec::<String>::new());
    assert_eq!(v.as_array().unwrap().len(), 7);
    assert!(stdout(&o).ends_with("]\n"));
}

#[test]
fn reads_stdin_and_detects_the_format_from_content() {
    let input = br#"{"id": "pravda", "type": "article-newspaper", "container-title": "Pravda",
                    "issued": {"date-parts": [["1950", "2", "3"]]}}"#;
    for args in [&["convert", "-t", "csl-json"][..], &["convert", "-", "-t", "csl-json"][..]] {
        let o = run_stdin(args, input);
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        let v = json(&o);
        assert_eq!(v[0]["issued"]["date-parts"], serde_json::json!([[1950, 2, 3]]));
    }
    // The model JSON is told apart from CSL-JSON by its content.
    let model = std::fs::read(common::repo().join(NOTES)).unwrap();
    let o = run_stdin(&["convert", "-t", "csl-citations"], &model);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(common::csl_citations_errors(&json(&o)), Vec::<String>::new());
    // Plain text: a numbered reference list is told from footnotes.
    let list = std::fs::read(common::repo().join("samples/refs/bilingual.txt")).unwrap();
    let o = run_stdin(&["convert", "-t", "csl-json"], &list);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(v.as_array().map(Vec::len), Some(3));
    assert_eq!(v[1]["citation-number"], "2");
    let notes = std::fs::read(common::repo().join("samples/notes/gold-dev/archival.txt")).unwrap();
    let o = run_stdin(&["convert", "-t", "csl-citations"], &notes);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    // Read as footnotes: clusters carry their note numbers.
    assert_eq!(json(&o)[0]["properties"]["noteIndex"], 1);
}

#[test]
fn output_file_and_format_from_its_extension() {
    let out = tmp("out.json");
    let o = run(&["convert", SEED, "-o", out.to_str().unwrap()]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    let v: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(common::csl_data_errors(&v), Vec::<String>::new());
    // No temporary file is left behind.
    let dir = out.parent().unwrap();
    let left: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(left.is_empty());
}

#[test]
fn refuses_to_overwrite_an_input() {
    let f = tmp("self.json");
    std::fs::copy(common::repo().join(SEED), &f).unwrap();
    let before = std::fs::read(&f).unwrap();
    let o = run(&["convert", f.to_str().unwrap(), "-t", "csl-json", "-o", f.to_str().unwrap()]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("refusing to overwrite"), "{}", stderr(&o));
    assert_eq!(std::fs::read(&f).unwrap(), before);
}

#[test]
fn malformed_input_gives_file_line_column_and_exit_1() {
    let o = run(&["convert", "samples/invalid/csl-json/trailing-comma.json", "-t", "csl-json"]);
    assert_eq!(code(&o), 1);
    assert!(
        stderr(&o)
            .starts_with("samples/invalid/csl-json/trailing-comma.json:3:30: error: invalid JSON"),
        "{}",
        stderr(&o)
    );
    let o = run(&["check", "samples/invalid/csl-json/truncated.json"]);
    assert_eq!(code(&o), 1);
    assert!(stderr(&o).contains("truncated.json:3:50: error"), "{}", stderr(&o));
}

#[test]
fn bad_items_are_reported_and_the_rest_converted() {
    let o = run(&["convert", "samples/invalid/csl-json/wrong-shapes.json", "-t", "csl-json"]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let v = json(&o);
    let ids: Vec<&str> = v.as_array().unwrap().iter().map(|i| i["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["ok-1", "bad-fields", "untyped", "ok-2"]);
    assert_eq!(common::csl_data_errors(&v), Vec::<String>::new());
    // Nothing lost: the values of the wrong shape are in `custom`.
    assert_eq!(v[1]["custom"]["title"], serde_json::json!(["not", "a", "string"]));
    assert_eq!(v[2]["custom"]["type"], "no-such-type");
    assert!(stderr(&o).contains("wrong-shapes.json:3:3: error: a CSL-JSON item must be an object"));
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["convert", SEED][..],
        &["convert", SEED, "-t", "docx"][..],
        &["convert", "no/such/file.json", "-t", "csl-json"][..],
        &["convert", SEED, "-f", "csl-citations", "-t", "csl-json"][..],
        &["frobnicate"][..],
    ] {
        let o = run(args);
        assert_eq!(code(&o), 2, "{args:?}: {}", stderr(&o));
        assert!(!stderr(&o).is_empty());
    }
}

#[test]
fn check_json_prints_one_object_per_line() {
    let o = run(&["check", "--format", "json", "samples/invalid/csl-json/wrong-shapes.json"]);
    assert_eq!(code(&o), 1);
    let lines: Vec<Value> =
        stdout(&o).lines().map(|l| serde_json::from_str(l).expect("one JSON object")).collect();
    assert!(lines.len() >= 7, "{}", stdout(&o));
    for l in &lines {
        for k in ["severity", "message", "line", "column", "note", "file"] {
            assert!(l.get(k).is_some(), "{k} missing in {l}");
        }
    }
    assert_eq!(lines[0]["severity"], "error");
    assert_eq!((lines[0]["line"].as_u64(), lines[0]["column"].as_u64()), (Some(3), Some(3)));
    let o = run(&["check", SEED]);
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).contains("7 entries, 0 errors, 0 warnings"), "{}", stdout(&o));
}

#[test]
fn losses_are_reported_and_strict_makes_them_errors() {
    let o = run(&["convert", NOTES, "-t", "csl-json"]);
    assert_eq!(code(&o), 0);
    assert!(stderr(&o).contains("10 notes and 10 citations not written"), "{}", stderr(&o));
    let out = tmp("strict.json");
    let _ = std::fs::remove_file(&out);
    let o = run(&["convert", NOTES, "-t", "csl-json", "--strict", "-o", out.to_str().unwrap()]);
    assert_eq!(code(&o), 1);
    assert!(!out.exists(), "--strict wrote its output anyway");
    let o = run(&["convert", NOTES, "-t", "json", "--strict"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
}

#[test]
fn several_inputs_become_one_output_with_unique_ids() {
    let o = run(&["convert", SEED, SEED, "-t", "csl-json"]);
    assert_eq!(code(&o), 0);
    let v = json(&o);
    let ids: Vec<&str> = v.as_array().unwrap().iter().map(|i| i["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 14);
    assert!(ids.contains(&"avprf-0146-48-320-35-2"));
    assert!(stderr(&o).contains("renamed `avprf-0146-48-320-35-2`"), "{}", stderr(&o));
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    // Big enough to fill the pipe buffer many times over.
    let items: Vec<String> = (0..20_000)
        .map(|i| format!(r#"{{"id": "item{i}", "type": "book", "title": "Title number {i}"}}"#))
        .collect();
    let big = tmp("big.json");
    std::fs::write(&big, format!("[{}]", items.join(",\n"))).unwrap();
    let mut child = bin()
        .args(["convert", big.to_str().unwrap(), "-t", "csl-json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut head = [0u8; 64];
    child.stdout.as_mut().unwrap().read_exact(&mut head).unwrap();
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    assert_eq!(status.code(), Some(0), "{err}");
    assert!(err.is_empty(), "{err}");
}

#[test]
fn formats_lists_every_format() {
    let o = run(&["formats"]);
    assert_eq!(code(&o), 0);
    let s = stdout(&o);
    for f in refconv::Format::ALL {
        assert!(s.lines().any(|l| l.starts_with(f.name())), "{} missing:\n{s}", f.name());
    }
    let row = |name: &str| -> Vec<String> {
        s.lines()
            .find(|l| l.split_whitespace().next() == Some(name))
            .map(|l| l.split_whitespace().take(3).map(str::to_string).collect())
            .unwrap_or_default()
    };
    assert_eq!(row("csl-json"), ["csl-json", "yes", "yes"]);
    assert_eq!(row("csl-citations"), ["csl-citations", "-", "yes"]);
    assert_eq!(row("biblatex"), ["biblatex", "yes", "yes"]);
}

#[test]
fn crlf_input_gives_the_same_lines() {
    let src = std::fs::read_to_string(
        common::repo().join("samples/invalid/csl-json/trailing-comma.json"),
    )
    .unwrap();
    let crlf = tmp("crlf.json");
    std::fs::write(&crlf, src.replace('\n', "\r\n")).unwrap();
    let o = run(&["check", crlf.to_str().unwrap()]);
    assert_eq!(code(&o), 1);
    assert!(stderr(&o).contains("crlf.json:3:30: error"), "{}", stderr(&o));
}

#[test]
fn legacy_encodings_are_read_or_refused_with_the_byte_offset() {
    // Latin-1 "Café": guessed as Windows-1252, and said so with the offending byte.
    let f = tmp("latin1.json");
    std::fs::write(&f, b"[{\"id\": \"a\", \"type\": \"book\", \"title\": \"Caf\xe9\"}]").unwrap();
    let o = run(&["convert", f.to_str().unwrap(), "-t", "csl-json"]);
    assert_eq!(code(&o), 0);
    assert!(
        stderr(&o).contains("not UTF-8 (byte 42 is not); read as windows-1252"),
        "{}",
        stderr(&o)
    );
    assert_eq!(json(&o)[0]["title"], "Café");
    // Windows-1251, KOI8-R and UTF-16 (BOM) give the same entries as UTF-8.
    let utf8 =
        "@book{ivanov,\r\n  author = {Иванов, Иван},\r\n  title = {История дипломатии},\r\n}\r\n";
    let want = json(&run_stdin(&["convert", "-f", "bibtex", "-t", "csl-json"], utf8.as_bytes()));
    let cp1251: Vec<u8> = utf8
        .chars()
        .map(|c| match c {
            'А'..='я' => (c as u32 - 'А' as u32 + 0xC0) as u8,
            c => c as u8,
        })
        .collect();
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(utf8.encode_utf16().flat_map(u16::to_le_bytes));
    for (name, bytes, args) in [
        ("cp1251 guessed", cp1251.clone(), vec![]),
        ("cp1251 given", cp1251, vec!["--encoding", "cp1251"]),
        ("utf-16le", utf16, vec![]),
    ] {
        let mut a = vec!["convert", "-f", "bibtex", "-t", "csl-json"];
        a.extend(args);
        let o = run_stdin(&a, &bytes);
        assert_eq!(code(&o), 0, "{name}: {}", stderr(&o));
        assert_eq!(json(&o), want, "{name}");
    }
    // Junk that is no text in any encoding: an error with the byte offset, nothing guessed.
    let o = run_stdin(&["check", "-f", "bibtex"], b"@book{a, title = {x\x80\x81\x00\x90}}");
    assert_eq!(code(&o), 1);
    assert!(stderr(&o).contains("not valid UTF-8 at byte 19"), "{}", stderr(&o));
    // An unknown encoding name is a usage error.
    assert_eq!(code(&run(&["check", SEED, "--encoding", "klingon"])), 2);
}

#[test]
fn cr_line_ends_give_the_same_lines_as_lf() {
    let lf = "@book{a,\n  title = {A},\n}\n\n@book{b,\n  title = {B}\n  year = 1999,\n}\n";
    let cr = lf.replace('\n', "\r");
    let a = run_stdin(&["check", "-f", "bibtex"], lf.as_bytes());
    let b = run_stdin(&["check", "-f", "bibtex"], cr.as_bytes());
    assert_eq!(code(&a), 1, "the missing comma is an error: {}", stderr(&a));
    assert_eq!(stderr(&a), stderr(&b));
    assert!(stderr(&a).contains("<stdin>:7:"), "{}", stderr(&a));
}

#[test]
fn bib_in_bib_out_with_recovery_and_dialects() {
    let o = run(&["convert", "samples/invalid/bibtex/recover.bib", "-t", "biblatex"]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let out = stdout(&o);
    for key in ["@book{good-1,", "@book{good-2,", "@book{good-3,", "@book{good-3-2,"] {
        assert!(out.contains(key), "{key} missing:\n{out}");
    }
    assert!(
        stderr(&o).contains("recover.bib:6:3: error: the citation key is missing"),
        "{}",
        stderr(&o)
    );
    // `.bib` is detected; bibtex dialect writes year, journal, address.
    let o = run(&["convert", "samples/bibtex/mapping.bib", "-t", "bibtex"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).contains("  journal = {Pravda, Moscow edition},"), "{}", stdout(&o));
    // --ascii escapes accents and says what it could not escape.
    let o = run(&["convert", "samples/bibtex/mapping.bib", "-t", "biblatex", "--ascii"]);
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).contains("M{\\\"u}ller and a caf{\\'e}"), "{}", stdout(&o));
    assert!(stderr(&o).contains("--ascii:"), "{}", stderr(&o));
}

#[test]
fn tei_out_and_in() {
    let o = run(&["convert", NOTES, "-t", "tei"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let xml = stdout(&o);
    assert!(xml.starts_with(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">"
    ));
    // The citation marked where it stands in the note (issue 17), no text added.
    assert!(xml.contains(r##"<note place="foot" n="9" type="archival" xml:id="fn9"><bibl n="note-9" corresp="#avprf-0146-48-320-35"><orgName>AVP RF</orgName>. F. <idno type="fond">0146</idno>. Op. <idno type="opis">48</idno>. P. <idno type="papka">320</idno>. D. <idno type="delo">35</idno>. L. <citedRange unit="folio" from="1" to="4">1–4</citedRange>.</bibl></note>"##), "{xml}");
    // Reading it back: `.xml` is TEI; the citations survive.
    let f = tmp("notes.tei.xml");
    std::fs::write(&f, &xml).unwrap();
    let o = run(&["convert", f.to_str().unwrap(), "-t", "csl-citations"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(common::csl_citations_errors(&json(&o)), Vec::<String>::new());
    // --fragment: just the listBibl.
    let o = run(&["convert", SEED, "-t", "tei", "--fragment"]);
    assert_eq!(code(&o), 0);
    assert!(
        stdout(&o).starts_with("<listBibl xmlns=\"http://www.tei-c.org/ns/1.0\">\n"),
        "{}",
        stdout(&o)
    );
    // A DOCTYPE with entities is refused with its position.
    let o = run(&["check", "samples/invalid/tei/billion-laughs.xml"]);
    assert_eq!(code(&o), 1);
    assert!(stderr(&o)
        .contains("billion-laughs.xml:2:1: error: a DOCTYPE with entity declarations is refused"));
}

#[test]
fn out_dir_converts_each_file_in_parallel_with_a_summary() {
    let out = tmp("batch-out");
    let _ = std::fs::remove_dir_all(&out);
    let o = run(&[
        "convert",
        "samples/refs",
        "samples/bibtex/mapping.bib",
        "samples/invalid/bibtex/recover.bib",
        "samples/invalid/tei/billion-laughs.xml",
        "-t",
        "csl-json",
        "--out-dir",
        out.to_str().unwrap(),
        "-j",
        "2",
    ]);
    let err = stderr(&o);
    assert_eq!(code(&o), 1, "input errors give exit 1: {err}");
    // Directory layout kept; one output per input file; the longest extension dropped.
    for f in ["bilingual.json", "problems.json", "gold-dev/numbered.json", "mapping.json"] {
        assert!(out.join(f).is_file(), "{f} missing: {err}");
    }
    // Each output is what a one-file conversion writes.
    let single = run(&["convert", "samples/bibtex/mapping.bib", "-t", "csl-json"]);
    assert_eq!(std::fs::read(out.join("mapping.json")).unwrap(), single.stdout);
    // A file whose every part is bad is reported, and nothing is written for it.
    assert!(
        err.contains("billion-laughs.xml: 0 entries read, 0 written, 1 input errors, FAILED"),
        "{err}"
    );
    assert!(!out.join("billion-laughs.json").exists());
    // A file with bad entries among good ones: the good are written, the errors counted.
    assert!(err.contains("recover.bib: 4 entries read, 4 written, 3 input errors ->"), "{err}");
    let total = err.lines().last().unwrap_or("");
    assert!(total.starts_with("refconv: 7 files: 6 converted, 1 failed;"), "{total}");
    // The same run again gives byte-identical files (deterministic, whatever the order).
    let first = std::fs::read(out.join("gold-dev/numbered.json")).unwrap();
    let again =
        run(&["convert", "samples/refs", "-t", "csl-json", "--out-dir", out.to_str().unwrap()]);
    assert_eq!(code(&again), 0, "{}", stderr(&again));
    assert_eq!(std::fs::read(out.join("gold-dev/numbered.json")).unwrap(), first);
    // -o and --out-dir together is a usage error.
    let both = run(&["convert", "samples/refs", "-t", "tei", "-o", "x.xml", "--out-dir", "y"]);
    assert_eq!(code(&both), 2);
}

#[test]
fn csl_json_lines_stream_in_constant_memory_and_report_bad_lines() {
    let bib = "samples/bibtex/biblatex-examples.bib";
    let jsonl = run(&["convert", bib, "-t", "csl-jsonl", "-q"]);
    assert_eq!(code(&jsonl), 0);
    let lines = stdout(&jsonl);
    assert_eq!(lines.lines().count(), 92, "one item per line");
    // The same items as the CSL-JSON array.
    let array = json(&run(&["convert", bib, "-t", "csl-json", "-q"]));
    let items: Vec<Value> = lines.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(Value::Array(items), array);
    // Streamed JSONL -> JSONL gives the lines back byte for byte (crossref children
    // keep what their parent lent them, though the parent is on another line).
    let again =
        run_stdin(&["convert", "-f", "csl-jsonl", "-t", "csl-jsonl", "-q"], lines.as_bytes());
    assert_eq!(code(&again), 0, "{}", stderr(&again));
    assert_eq!(stdout(&again), lines);
    // A broken line and a non-UTF-8 line are reported with their line numbers; the
    // others are converted, to BibTeX here.
    let mut bad: Vec<u8> = Vec::new();
    for (i, l) in lines.lines().take(4).enumerate() {
        if i == 2 {
            bad.extend_from_slice(b"{\"id\": broken\n\xff\xfe{}\n");
        }
        bad.extend_from_slice(l.as_bytes());
        bad.push(b'\n');
    }
    let file = tmp("bad.jsonl");
    std::fs::write(&file, &bad).unwrap();
    let o = run(&["convert", file.to_str().unwrap(), "-t", "biblatex"]);
    assert_eq!(code(&o), 1);
    let err = stderr(&o);
    assert!(err.contains("bad.jsonl:3:8: error: invalid JSON"), "{err}");
    assert!(err.contains("bad.jsonl:4:1: error: not valid UTF-8"), "{err}");
    assert!(err.contains("6 lines, 4 entries written, 2 errors"), "{err}");
    assert_eq!(stdout(&o).matches("\n@").count() + 1, 4, "{}", stdout(&o));
}

#[test]
fn large_bib_read_in_chunks_gives_the_same_csl_json_and_diagnostics() {
    // biblatex-examples.bib (crossref parents after their children, @strings, sets)
    // twice, so that keys repeat and are renamed across chunks; read in chunks of
    // 2000 entries when the file is over 8 MB; the test lowers both (chunks of 25).
    let src = std::fs::read_to_string(common::repo().join("samples/bibtex/biblatex-examples.bib"))
        .unwrap();
    let doubled = format!("{src}\n{src}");
    let file = tmp("doubled.bib");
    std::fs::write(&file, &doubled).unwrap();
    let whole = run_stdin(&["convert", "-f", "biblatex", "-t", "csl-json"], doubled.as_bytes());
    let chunked = bin()
        .env("REFCONV_CHUNKED_FROM_BYTES", "1000")
        .env("REFCONV_CHUNK_ENTRIES", "25")
        .args(["convert", file.to_str().unwrap(), "-f", "biblatex", "-t", "csl-json"])
        .output()
        .unwrap();
    assert_eq!(code(&whole), code(&chunked));
    assert_eq!(stdout(&whole), stdout(&chunked));
    assert_eq!(
        stderr(&whole).replace("<stdin>", "F"),
        stderr(&chunked).replace(file.to_str().unwrap(), "F")
    );
    assert_eq!(json(&chunked).as_array().unwrap().len(), 184);
}

#[test]
fn large_ris_mods_and_endnote_xml_read_in_chunks_give_the_same_csl_json() {
    // biblatex-examples.bib written as RIS, MODS and EndNote XML by the binary,
    // then read whole and in chunks of 7 records: the same CSL-JSON and messages.
    let bib = common::repo().join("samples/bibtex/biblatex-examples.bib");
    for (to, ext) in [("ris", "ris"), ("mods", "mods.xml"), ("endnote-xml", "enx.xml")] {
        let converted = run(&["convert", bib.to_str().unwrap(), "-t", to, "-q"]);
        assert_eq!(code(&converted), 0, "{to}: {}", stderr(&converted));
        let file = tmp(&format!("examples.{ext}"));
        std::fs::write(&file, stdout(&converted)).unwrap();
        let args = ["convert", file.to_str().unwrap(), "-f", to, "-t", "csl-json"];
        let whole = run(&args);
        let chunked = bin()
            .env("REFCONV_CHUNKED_FROM_BYTES", "1000")
            .env("REFCONV_CHUNK_ENTRIES", "7")
            .args(args)
            .output()
            .unwrap();
        assert_eq!(code(&whole), code(&chunked), "{to}");
        assert_eq!(stdout(&whole), stdout(&chunked), "{to}");
        assert_eq!(stderr(&whole), stderr(&chunked), "{to}");
        assert!(json(&chunked).as_array().unwrap().len() > 80, "{to}");
    }
}
