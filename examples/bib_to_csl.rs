//! Uses refconv as a library: reads a BibTeX/BibLaTeX file and writes its entries
//! as CSL-JSON on standard output; what the reader found and what CSL-JSON cannot
//! hold go to standard error, located in the file.
//!
//! ```sh
//! cargo run --example bib_to_csl -- samples/bibtex/mapping.bib > mapping.json
//! cargo run --example bib_to_csl -- --stream big.bib > big.json   # 500 entries at a time
//! ```
//!
//! `--stream` reads and writes a batch of entries at a time with
//! [`refconv::stream`]: the same bytes, with one batch in memory instead of the
//! whole library.

use refconv::stream::{inheritance_parents, read_batches, EntryWriter};
use refconv::{render, Diagnostic, Format, LineIndex, ReadOptions, Severity, WriteOptions};
use std::error::Error;
use std::io::Write;
use std::process::ExitCode;

fn main() -> Result<ExitCode, Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let stream = args.iter().any(|a| a == "--stream");
    let Some(path) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: bib_to_csl [--stream] FILE.bib");
        return Ok(ExitCode::from(2));
    };
    // Bytes to text: UTF-8, UTF-16 by its BOM, or a legacy encoding guessed (and said).
    let bytes = std::fs::read(path)?;
    let decoded = refconv::encoding::decode(&bytes, None).map_err(|d| d.message.clone())?;
    let text = decoded.text;
    let index = LineIndex::new(&text);
    let report = |diagnostics: &[Diagnostic], name: &str, index: Option<&LineIndex>| {
        for d in diagnostics.iter().filter(|d| d.severity >= Severity::Warning) {
            eprint!("{}", render(d, name, index));
        }
    };
    report(decoded.note.as_slice(), path, None);

    let (read_opts, write_opts) = (ReadOptions::default(), WriteOptions::default());
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut errors = 0;
    if stream {
        // A batch at a time; the crossref/xdata parents are read first so that every
        // batch gets the fields it inherits.
        let parents = inheritance_parents(Format::Bibtex, &text);
        let mut writer =
            EntryWriter::new(Format::CslJson, &mut out, &write_opts)?.with_parents(parents);
        read_batches(Format::Bibtex, &text, &read_opts, 500, &mut |batch| {
            errors += batch.diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
            report(&batch.diagnostics, path, Some(&index));
            let lost = writer.write(&batch.library.entries)?;
            report(&lost, &format!("{path} (csl-json)"), None);
            Ok(())
        })?;
        let written = writer.finish()?;
        eprintln!("{path}: {written} entries written as CSL-JSON (streamed)");
    } else {
        // The whole library at once.
        let parsed = refconv::read(Format::Bibtex, &text, &read_opts)?;
        errors = parsed.diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
        report(&parsed.diagnostics, path, Some(&index));
        let lost = refconv::write(Format::CslJson, &parsed.library, &mut out, &write_opts)?;
        report(&lost, &format!("{path} (csl-json)"), None);
        eprintln!("{path}: {} entries written as CSL-JSON", parsed.library.entries.len());
    }
    out.flush()?;
    Ok(if errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
