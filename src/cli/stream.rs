//! The streamed paths of `convert`, over the library's [`refconv::stream`]: CSL-JSON
//! Lines line by line in constant memory, and a large BibTeX/BibLaTeX, RIS, MODS or
//! EndNote XML file written as CSL-JSON a chunk of entries at a time.

use super::args::ConvertArgs;
use super::output::{refuse_overwrite, write_output};
use super::report::{self, Status};
use anyhow::{Context, Result};
use refconv::stream::{inheritance_parents, read_batches, EntryWriter, JsonLines};
use refconv::{Format, Severity};
use std::io::{self, BufRead};
use std::path::{Path, PathBuf};

/// The one input to stream line by line: CSL-JSON Lines in (by `-f` or the file
/// extension), CSL-JSON Lines or BibTeX/BibLaTeX out (formats written entry by entry).
pub(super) fn streamable(args: &ConvertArgs, to: Format) -> Option<PathBuf> {
    let [input] = args.input.inputs.as_slice() else {
        return (args.input.inputs.is_empty() && args.input.from == Some(Format::CslJsonl))
            .then(|| PathBuf::from("-"))
            .filter(|_| matches!(to, Format::CslJsonl | Format::Bibtex | Format::Biblatex));
    };
    let from = args.input.from.or_else(|| Format::from_path(&input.to_string_lossy()));
    (from == Some(Format::CslJsonl)
        && matches!(to, Format::CslJsonl | Format::Bibtex | Format::Biblatex))
    .then(|| input.clone())
}

/// Inputs of this size and more are read and written a chunk at a time.
const CHUNKED_FROM_BYTES: u64 = 8 << 20;

/// One large BibTeX/BibLaTeX, RIS, MODS or EndNote XML file written as CSL-JSON:
/// read and written a chunk of entries at a time (same output, a fraction of the
/// memory).
pub(super) fn chunkable(args: &ConvertArgs, to: Format) -> Option<(PathBuf, Format)> {
    let [input] = args.input.inputs.as_slice() else { return None };
    if args.strict || to != Format::CslJson || input.as_os_str() == "-" {
        return None;
    }
    let by_name = args.input.from.or_else(|| Format::from_path(&input.to_string_lossy()));
    // REFCONV_CHUNKED_FROM_BYTES: the threshold, for the tests.
    let from_bytes = std::env::var("REFCONV_CHUNKED_FROM_BYTES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(CHUNKED_FROM_BYTES);
    let big = std::fs::metadata(input).is_ok_and(|m| m.len() >= from_bytes);
    if !big {
        return None;
    }
    let batched = |f: Format| {
        matches!(
            f,
            Format::Bibtex | Format::Biblatex | Format::Ris | Format::Mods | Format::EndnoteXml
        )
    };
    let from = match by_name {
        Some(f) if batched(f) => f,
        // `.xml` and unknown names: what the content says (MODS and EndNote XML
        // are told apart from TEI by their start), unless `-f` said otherwise.
        _ if args.input.from.is_none() => Format::detect(&head(input)),
        _ => return None,
    };
    batched(from).then(|| (input.clone(), from))
}

/// The first 4 KB of a file, as text.
fn head(path: &Path) -> String {
    use std::io::Read;
    let mut buf = Vec::new();
    if let Ok(f) = std::fs::File::open(path) {
        // A file that cannot be read is reported by the whole read.
        let _ = f.take(4096).read_to_end(&mut buf);
    }
    String::from_utf8_lossy(&buf).into_owned()
}

/// Converts one large BibTeX/BibLaTeX, RIS, MODS or EndNote XML file to CSL-JSON a
/// chunk at a time.
pub(super) fn chunked(
    args: &ConvertArgs,
    input: &Path,
    from: Format,
    to: Format,
) -> Result<Status> {
    let name = input.display().to_string();
    let (verbose, quiet) = (args.input.verbose, args.quiet);
    refuse_overwrite(&[input.to_path_buf()], args.output.as_deref())?;
    let bytes = std::fs::read(input).with_context(|| format!("reading `{name}`"))?;
    let decoded = match refconv::encoding::decode(&bytes, args.input.encoding.as_deref()) {
        Ok(d) => d,
        Err(d) => {
            report::print(&[*d], &name, None, verbose, false);
            return Ok(Status::InputErrors);
        }
    };
    drop(bytes);
    let text = decoded.text;
    report::print(decoded.note.as_slice(), &name, None, verbose, quiet);
    let read_opts = args.input.read_options();
    let opts = args.write_options();
    let parents = inheritance_parents(from, &text);
    // REFCONV_CHUNK_ENTRIES: the chunk size, for the tests.
    let chunk_entries =
        std::env::var("REFCONV_CHUNK_ENTRIES").ok().and_then(|v| v.parse().ok()).unwrap_or(2000);
    let (mut errors, mut lost_all) = (0usize, Vec::new());
    let index = refconv::LineIndex::new(&text);
    let write = |w: &mut dyn io::Write| -> Result<(), refconv::Error> {
        let mut writer = EntryWriter::new(to, w, &opts)?.with_parents(parents);
        read_batches(from, &text, &read_opts, chunk_entries, &mut |chunk| {
            errors += chunk.diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
            report::print_indexed(&chunk.diagnostics, &name, &index, verbose, quiet);
            lost_all.extend(writer.write(&chunk.library.entries)?);
            Ok(())
        })?;
        writer.finish().map(drop)
    };
    write_output(args.output.as_deref(), write)?;
    let out_name = args.output.as_ref().map_or("<stdout>".to_string(), |p| p.display().to_string());
    report::print(&lost_all, &format!("{out_name} ({to})"), None, verbose, quiet);
    std::mem::forget(text);
    Ok(if errors > 0 { Status::InputErrors } else { Status::Ok })
}

/// Converts CSL-JSON Lines one line at a time, in constant memory: each line is read,
/// written and forgotten, so refconv can run as a filter under GNU parallel, Hadoop
/// streaming or Spark's `RDD.pipe` on inputs of any size. A bad line is reported with
/// its line number and skipped. Ids are not made unique across lines (that would
/// need memory); the summary counts lines, entries written and errors.
pub(super) fn lines(args: &ConvertArgs, input: &Path, to: Format) -> Result<Status> {
    let stdin = input.as_os_str() == "-";
    let name = if stdin { "<stdin>".to_string() } else { input.display().to_string() };
    let (verbose, quiet) = (args.input.verbose, args.quiet);
    refuse_overwrite(&[input.to_path_buf()], args.output.as_deref())?;
    let reader: Box<dyn BufRead> = if stdin {
        Box::new(io::BufReader::with_capacity(1 << 16, io::stdin()))
    } else {
        let f = std::fs::File::open(input).with_context(|| format!("opening `{name}`"))?;
        Box::new(io::BufReader::with_capacity(1 << 16, f))
    };
    let mut lines = JsonLines::new(reader, &args.input.read_options());
    let opts = args.write_options();
    let (mut errors, mut losses, mut read_error) = (0usize, 0usize, false);
    let written = write_output(args.output.as_deref(), |w| {
        let mut writer = EntryWriter::new(to, w, &opts)?;
        for parsed in lines.by_ref() {
            let parsed = parsed.inspect_err(|_| read_error = true)?;
            errors += parsed.diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
            report::print(&parsed.diagnostics, &name, None, verbose, quiet);
            if parsed.library.entries.is_empty() {
                continue;
            }
            let lost = writer.write(&parsed.library.entries)?;
            losses += lost.iter().filter(|d| d.severity >= Severity::Warning).count();
            report::print(&lost, &name, None, verbose, quiet);
        }
        writer.finish()
    });
    let written = match written {
        Err(e) if read_error => return Err(e.context(format!("reading `{name}`"))),
        Ok(None) => return Ok(Status::Ok),
        other => other?.unwrap_or(0),
    };
    if !quiet {
        eprintln!(
            "refconv: {name}: {} lines, {written} entries written, {errors} errors, {losses} losses (streamed)",
            lines.lines_read()
        );
    }
    Ok(if errors > 0 { Status::InputErrors } else { Status::Ok })
}
