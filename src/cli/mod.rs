//! The command line: `convert`, `check`, `formats` (the contract is in DESIGN.md).

mod batch;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use refconv::{
    render, Diagnostic, Format, Library, LineIndex, ReadOptions, Severity, WriteOptions,
};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Convert bibliographic references: archival footnotes, numbered reference
/// lists, BibTeX/BibLaTeX, CSL-JSON, TEI.
#[derive(Debug, Parser)]
#[command(name = "refconv", version, about, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Convert INPUTs (or stdin) into one output in another format.
    Convert(ConvertArgs),
    /// Read INPUTs (or stdin) and report what is wrong with them; write nothing.
    Check(CheckArgs),
    /// List the formats, and what can be read and written.
    Formats,
}

#[derive(Debug, clap::Args)]
pub(crate) struct InputArgs {
    /// Input files; none or `-` means standard input.
    #[arg(value_name = "INPUT")]
    pub(crate) inputs: Vec<PathBuf>,
    /// The input format (default: from the extension, then from the content).
    #[arg(short = 'f', long = "from", value_name = "FORMAT", value_parser = parse_format)]
    pub(crate) from: Option<Format>,
    /// The input encoding (utf-8, utf-16le, cp1251, koi8-r, latin1, ...); default:
    /// UTF-8, else UTF-16 by its BOM, else a guess that is reported.
    #[arg(long, value_name = "NAME", value_parser = parse_encoding)]
    pub(crate) encoding: Option<String>,
    /// Keep Zotero's `key: value` lines in CSL-JSON notes as note text.
    #[arg(long)]
    pub(crate) keep_note_fields: bool,
    /// Also show info diagnostics (normalisations, renamed keys).
    #[arg(short, long)]
    pub(crate) verbose: bool,
}

#[derive(Debug, clap::Args)]
pub(crate) struct ConvertArgs {
    #[command(flatten)]
    pub(crate) input: InputArgs,
    /// The output format (default: from the extension of -o).
    #[arg(short = 't', long = "to", value_name = "FORMAT", value_parser = parse_format)]
    to: Option<Format>,
    /// The output file (default: standard output).
    #[arg(short, long, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// Convert each input on its own into DIR (directories are walked), on all
    /// cores, with a summary per file.
    #[arg(long, value_name = "DIR", conflicts_with = "output")]
    pub(crate) out_dir: Option<PathBuf>,
    /// With --out-dir: how many files to convert at once (default: one per core).
    #[arg(short = 'j', long, value_name = "N", requires = "out_dir")]
    pub(crate) jobs: Option<usize>,
    /// Fail (exit 1, write nothing) if the input has errors or the output format
    /// cannot hold everything.
    #[arg(long)]
    pub(crate) strict: bool,
    /// Only errors on standard error.
    #[arg(short, long, conflicts_with = "verbose")]
    pub(crate) quiet: bool,
    /// Write LaTeX escapes instead of Unicode (BibTeX).
    #[arg(long)]
    pub(crate) ascii: bool,
    /// Write a fragment for embedding (TEI: just the `listBibl`).
    #[arg(long)]
    pub(crate) fragment: bool,
    /// CSL-JSON for Zotero's import: variables Zotero has no field for go into
    /// `note` as `variable: value` lines (Zotero's Extra), the rest is reported.
    #[arg(long)]
    pub(crate) zotero: bool,
}

impl InputArgs {
    pub(crate) fn read_options(&self) -> ReadOptions {
        let mut o = ReadOptions::default();
        o.keep_note_fields = self.keep_note_fields;
        o
    }
}

impl ConvertArgs {
    /// The writer options the flags ask for (`fragment` means nothing to the
    /// entry-by-entry paths, which write no TEI).
    pub(crate) fn write_options(&self) -> WriteOptions {
        let mut o = WriteOptions::default();
        o.ascii = self.ascii;
        o.fragment = self.fragment;
        o.zotero = self.zotero;
        o
    }
}

#[derive(Debug, clap::Args)]
struct CheckArgs {
    #[command(flatten)]
    input: InputArgs,
    /// How to print diagnostics: for people, or one JSON object per line.
    #[arg(long = "format", value_enum, default_value_t = ReportFormat::Human)]
    format: ReportFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ReportFormat {
    Human,
    Json,
}

fn parse_format(s: &str) -> Result<Format, String> {
    s.parse()
}

fn parse_encoding(s: &str) -> Result<String, String> {
    refconv::encoding::by_label(s).map(str::to_string).ok_or_else(|| {
        format!("unknown encoding `{s}` (e.g. utf-8, utf-16le, cp1251, koi8-r, latin1)")
    })
}

/// Exit codes: 0 ok (warnings allowed), 1 the input had errors (or a loss under
/// `--strict`), 2 usage or I/O error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Ok = 0,
    InputErrors = 1,
    Failure = 2,
}

impl From<Status> for ExitCode {
    fn from(s: Status) -> ExitCode {
        ExitCode::from(s as u8)
    }
}

/// Runs the command line.
pub fn run(cli: Cli) -> Result<Status> {
    match cli.command {
        Command::Convert(args) => convert(args),
        Command::Check(args) => check(args),
        Command::Formats => formats(),
    }
}

/// One input, read.
pub(crate) struct Input {
    pub(crate) name: String,
    pub(crate) text: String,
    pub(crate) diagnostics: Vec<Diagnostic>,
    pub(crate) library: Library,
    pub(crate) status: Status,
}

impl Input {
    pub(crate) fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == Severity::Error).count()
    }
}

fn read_inputs(args: &InputArgs) -> Vec<Input> {
    let paths: Vec<PathBuf> =
        if args.inputs.is_empty() { vec![PathBuf::from("-")] } else { args.inputs.clone() };
    let opts = args.read_options();
    paths.iter().map(|p| read_one(p, args.from, args.encoding.as_deref(), &opts)).collect()
}

pub(crate) fn read_one(
    path: &Path,
    from: Option<Format>,
    encoding: Option<&str>,
    opts: &ReadOptions,
) -> Input {
    let stdin = path.as_os_str() == "-";
    let name = if stdin { "<stdin>".to_string() } else { path.display().to_string() };
    let mut input = Input {
        name,
        text: String::new(),
        diagnostics: Vec::new(),
        library: Library::new(),
        status: Status::Ok,
    };
    let bytes = if stdin {
        let mut buf = Vec::new();
        io::stdin().read_to_end(&mut buf).map(|_| buf)
    } else {
        std::fs::read(path)
    };
    let bytes = match bytes {
        Ok(b) => b,
        Err(e) => {
            input.diagnostics.push(Diagnostic::error(format!("cannot read: {e}")));
            input.status = Status::Failure;
            return input;
        }
    };
    let encoding_note;
    input.text = match refconv::encoding::decode(&bytes, encoding) {
        Ok(d) => {
            encoding_note = d.note;
            d.text
        }
        Err(d) => {
            input.diagnostics.push(d);
            input.status = Status::InputErrors;
            return input;
        }
    };
    let format = from
        .or_else(|| if stdin { None } else { Format::from_path(&input.name) })
        .filter(|f| *f != Format::Text || from.is_some())
        .unwrap_or_else(|| Format::detect(&input.text));
    let format = match (format, from) {
        // A `.json` file may be CSL-JSON or the model; the content decides.
        (Format::CslJson, None) => Format::detect(&input.text),
        (f, _) => f,
    };
    if !format.can_read() {
        input.diagnostics.push(
            Diagnostic::error(format!("reading {format} is not supported yet"))
                .hint("`refconv formats` lists what this build reads"),
        );
        input.status = Status::Failure;
        return input;
    }
    match refconv::read(format, &input.text, opts) {
        Ok(parsed) => {
            input.library = parsed.library;
            input.diagnostics = parsed.diagnostics;
            input.diagnostics.splice(0..0, encoding_note);
            if input.errors() > 0 {
                input.status = Status::InputErrors;
            }
        }
        Err(refconv::Error::Syntax(d)) => {
            input.diagnostics.push(*d);
            input.status = Status::InputErrors;
        }
        Err(e) => {
            input.diagnostics.push(Diagnostic::error(e.to_string()));
            input.status = Status::Failure;
        }
    }
    input
}

pub(crate) fn shown(d: &Diagnostic, verbose: bool, quiet: bool) -> bool {
    match d.severity {
        Severity::Error => true,
        Severity::Warning => !quiet,
        Severity::Info => verbose,
    }
}

fn print_human(inputs: &[Input], verbose: bool, quiet: bool) {
    let mut err = io::stderr().lock();
    for input in inputs {
        let index = LineIndex::new(&input.text);
        for d in input.diagnostics.iter().filter(|d| shown(d, verbose, quiet)) {
            let _ = err.write_all(render(d, &input.name, Some(&index)).as_bytes());
        }
    }
}

fn convert(args: ConvertArgs) -> Result<Status> {
    let to = match (args.to, &args.output) {
        (Some(t), _) => t,
        (None, Some(out)) => match Format::from_path(&out.display().to_string()) {
            Some(f) => f,
            None => bail!("cannot tell the output format from `{}`; give -t FORMAT", out.display()),
        },
        (None, None) => bail!("no output format: give -t FORMAT (see `refconv formats`)"),
    };
    if !to.can_write() {
        bail!("writing {to} is not supported yet (see `refconv formats`)");
    }
    if args.zotero && !matches!(to, Format::CslJson | Format::CslJsonl | Format::CslCitations) {
        bail!("--zotero shapes CSL-JSON for Zotero's import; it needs -t csl-json or csl-citations, not {to}");
    }
    if let Some(dir) = &args.out_dir {
        return batch::run(&args, to, dir);
    }
    if let Some(input) = streamable(&args, to) {
        return stream_lines(&args, &input, to);
    }
    if let Some((input, from)) = chunkable(&args, to) {
        return convert_chunked(&args, &input, from, to);
    }
    if let Some(out) = &args.output {
        for i in &args.input.inputs {
            if same_file(i, out) {
                bail!("refusing to overwrite the input file `{}`", out.display());
            }
        }
    }
    let mut inputs = read_inputs(&args.input);
    print_human(&inputs, args.input.verbose, args.quiet);
    let mut status = inputs.iter().map(|i| i.status).max().unwrap_or(Status::Ok);

    let mut lib = Library::new();
    for input in &mut inputs {
        // Moved, not copied: the inputs keep only their text and diagnostics.
        let renames = lib.append(std::mem::take(&mut input.library));
        lib.diagnostics.extend(input.diagnostics.iter().cloned());
        if !args.quiet {
            for (from, to) in renames {
                eprintln!(
                    "{}: warning: id `{from}` already used by an earlier input; renamed `{to}`",
                    input.name
                );
            }
        }
    }
    if status == Status::Failure && lib.entries.is_empty() {
        return Ok(status);
    }

    let opts = args.write_options();
    let out_name = args.output.as_ref().map_or("<stdout>".to_string(), |p| p.display().to_string());
    let print_losses = |lost: &[Diagnostic]| {
        let mut err = io::stderr().lock();
        for d in lost.iter().filter(|d| shown(d, args.input.verbose, args.quiet)) {
            let _ = err.write_all(render(d, &format!("{out_name} ({to})"), None).as_bytes());
        }
    };
    if !args.strict {
        // Straight to the file (through a temporary one) or to stdout, no copy.
        let lost = match &args.output {
            Some(path) => write_file_atomically(path, |w| refconv::write(to, &lib, w, &opts))?,
            None => {
                let mut out = io::BufWriter::with_capacity(1 << 17, io::stdout().lock());
                let lost = refconv::write(to, &lib, &mut out, &opts);
                let flushed =
                    lost.as_ref().map_err(|_| ()).and_then(|_| out.flush().map_err(|_| ()));
                match lost {
                    Err(refconv::Error::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => {
                        return Ok(status)
                    }
                    Err(e) => return Err(e).context("writing to standard output"),
                    Ok(_) if flushed.is_err() => return Ok(status),
                    Ok(lost) => lost,
                }
            }
        };
        print_losses(&lost);
        if status == Status::Ok && inputs.iter().any(|i| i.errors() > 0) {
            status = Status::InputErrors;
        }
        // One conversion per process: leave the freeing to the OS (it is ~10 % of
        // the run time on large inputs).
        std::mem::forget(lib);
        std::mem::forget(inputs);
        return Ok(status);
    }
    let mut buf = Vec::new();
    let lost = refconv::write(to, &lib, &mut buf, &opts).context("writing the output")?;
    let losses = lost.iter().filter(|d| d.severity >= Severity::Warning).count();
    print_losses(&lost);
    if args.strict && (losses > 0 || status != Status::Ok) {
        eprintln!(
            "refconv: --strict: {} input error(s), {losses} loss(es) in {to}; nothing written",
            inputs.iter().map(Input::errors).sum::<usize>()
        );
        return Ok(status.max(Status::InputErrors));
    }
    match &args.output {
        Some(path) => write_atomically(path, &buf)?,
        None => {
            let mut out = io::stdout().lock();
            if let Err(e) = out.write_all(&buf).and_then(|_| out.flush()) {
                if e.kind() == io::ErrorKind::BrokenPipe {
                    return Ok(status);
                }
                return Err(e).context("writing to standard output");
            }
        }
    }
    if status == Status::Ok && inputs.iter().any(|i| i.errors() > 0) {
        status = Status::InputErrors;
    }
    Ok(status)
}

/// The one input to stream line by line: CSL-JSON Lines in (by `-f` or the file
/// extension), CSL-JSON Lines or BibTeX/BibLaTeX out (formats written entry by entry).
fn streamable(args: &ConvertArgs, to: Format) -> Option<PathBuf> {
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

/// One large BibTeX/BibLaTeX file written as CSL-JSON: read and written a chunk of
/// entries at a time (same output, a fraction of the memory).
fn chunkable(args: &ConvertArgs, to: Format) -> Option<(PathBuf, Format)> {
    let [input] = args.input.inputs.as_slice() else { return None };
    if args.strict || to != Format::CslJson || input.as_os_str() == "-" {
        return None;
    }
    let from = args.input.from.or_else(|| Format::from_path(&input.to_string_lossy()))?;
    // REFCONV_CHUNKED_FROM_BYTES: the threshold, for the tests.
    let from_bytes = std::env::var("REFCONV_CHUNKED_FROM_BYTES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(CHUNKED_FROM_BYTES);
    let big = std::fs::metadata(input).is_ok_and(|m| m.len() >= from_bytes);
    (big && matches!(from, Format::Bibtex | Format::Biblatex)).then(|| (input.clone(), from))
}

fn convert_chunked(args: &ConvertArgs, input: &Path, _from: Format, to: Format) -> Result<Status> {
    let name = input.display().to_string();
    if let Some(out) = &args.output {
        if same_file(input, out) {
            bail!("refusing to overwrite the input file `{}`", out.display());
        }
    }
    let bytes = std::fs::read(input).with_context(|| format!("reading `{name}`"))?;
    let decoded = match refconv::encoding::decode(&bytes, args.input.encoding.as_deref()) {
        Ok(d) => d,
        Err(d) => {
            eprint!("{}", render(&d, &name, None));
            return Ok(Status::InputErrors);
        }
    };
    drop(bytes);
    let text = decoded.text;
    let index = LineIndex::new(&text);
    let mut err = io::stderr();
    if let Some(note) = decoded.note.filter(|d| shown(d, args.input.verbose, args.quiet)) {
        let _ = err.write_all(render(&note, &name, None).as_bytes());
    }
    let read_opts = args.input.read_options();
    let opts = args.write_options();
    let parents = refconv::formats::bibtex::inheritance_targets(&text);
    // REFCONV_CHUNK_ENTRIES: the chunk size, for the tests.
    let chunk_entries =
        std::env::var("REFCONV_CHUNK_ENTRIES").ok().and_then(|v| v.parse().ok()).unwrap_or(2000);
    let (mut errors, mut lost_all) = (0usize, Vec::new());
    let mut write = |w: &mut dyn Write| -> Result<(), refconv::Error> {
        let mut array = refconv::formats::csl_json::ArrayWriter::default();
        refconv::formats::bibtex::read_chunks(&text, &read_opts, chunk_entries, &mut |chunk| {
            for d in chunk.diagnostics.iter() {
                errors += usize::from(d.severity == Severity::Error);
                if shown(d, args.input.verbose, args.quiet) {
                    let _ = err.write_all(render(d, &name, Some(&index)).as_bytes());
                }
            }
            lost_all.extend(array.entries(&chunk.library.entries, &parents, w, &opts)?);
            Ok(())
        })?;
        array.finish(w)
    };
    match &args.output {
        Some(path) => write_file_atomically(path, &mut write)?,
        None => {
            let mut out = io::BufWriter::with_capacity(1 << 17, io::stdout().lock());
            match write(&mut out).and_then(|_| out.flush().map_err(refconv::Error::from)) {
                Err(refconv::Error::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => {}
                other => other.context("writing to standard output")?,
            }
        }
    }
    let out_name = args.output.as_ref().map_or("<stdout>".to_string(), |p| p.display().to_string());
    for d in lost_all.iter().filter(|d| shown(d, args.input.verbose, args.quiet)) {
        let _ = err.write_all(render(d, &format!("{out_name} ({to})"), None).as_bytes());
    }
    std::mem::forget(parents);
    std::mem::forget(text);
    Ok(if errors > 0 { Status::InputErrors } else { Status::Ok })
}

/// Converts CSL-JSON Lines one line at a time, in constant memory: each line is read,
/// written and forgotten, so refconv can run as a filter under GNU parallel, Hadoop
/// streaming or Spark's `RDD.pipe` on inputs of any size. A bad line is reported with
/// its line number and skipped. Ids are not made unique across lines (that would
/// need memory); the summary counts lines, entries written and errors.
fn stream_lines(args: &ConvertArgs, input: &Path, to: Format) -> Result<Status> {
    use std::io::BufRead;
    let stdin = input.as_os_str() == "-";
    let name = if stdin { "<stdin>".to_string() } else { input.display().to_string() };
    if let Some(out) = &args.output {
        if same_file(input, out) {
            bail!("refusing to overwrite the input file `{}`", out.display());
        }
    }
    let mut reader: Box<dyn BufRead> = if stdin {
        Box::new(io::BufReader::with_capacity(1 << 16, io::stdin()))
    } else {
        let f = std::fs::File::open(input).with_context(|| format!("opening `{name}`"))?;
        Box::new(io::BufReader::with_capacity(1 << 16, f))
    };
    let tmp = args.output.as_deref().map(temp_beside);
    let sink: Box<dyn Write> = match &tmp {
        Some(t) => Box::new(
            std::fs::File::create(t).with_context(|| format!("creating `{}`", t.display()))?,
        ),
        None => Box::new(io::stdout().lock()),
    };
    let mut out = io::BufWriter::with_capacity(1 << 16, sink);
    let mut read = args.input.read_options();
    // The crossref parent of a line may be on another line: keep what it lent.
    read.keep_inherited = true;
    let opts = args.write_options();
    let (mut lineno, mut entries, mut errors, mut losses) = (0usize, 0usize, 0usize, 0usize);
    let mut bytes = Vec::new();
    let mut err = io::stderr();
    let report = |d: &Diagnostic, line: usize, err: &mut io::Stderr| {
        if shown(d, args.input.verbose, args.quiet) {
            let mut d = d.clone();
            if d.line > 0 {
                d.line += line - 1;
            }
            let _ = err.write_all(render(&d, &name, None).as_bytes());
        }
    };
    let result: Result<()> = (|| {
        loop {
            bytes.clear();
            if reader.read_until(b'\n', &mut bytes).with_context(|| format!("reading `{name}`"))?
                == 0
            {
                break;
            }
            lineno += 1;
            let line = match std::str::from_utf8(&bytes) {
                Ok(l) => l,
                Err(e) => {
                    errors += 1;
                    let d = Diagnostic::error(format!(
                        "not valid UTF-8 at byte {} of the line; line skipped",
                        e.valid_up_to()
                    ));
                    let mut d = d;
                    d.line = 1;
                    d.column = 1;
                    report(&d, lineno, &mut err);
                    continue;
                }
            };
            if line.trim().is_empty() {
                continue;
            }
            let parsed = refconv::formats::csl_json::read_lines(line, &read)?;
            for d in &parsed.diagnostics {
                errors += usize::from(d.severity == Severity::Error);
                report(d, lineno, &mut err);
            }
            if parsed.library.entries.is_empty() {
                continue;
            }
            if entries > 0 && to != Format::CslJsonl {
                out.write_all(b"\n")?;
            }
            let lost = refconv::write(to, &parsed.library, &mut out, &opts)?;
            for d in &lost {
                losses += usize::from(d.severity >= Severity::Warning);
                report(d, lineno, &mut err);
            }
            entries += parsed.library.entries.len();
        }
        out.flush()?;
        Ok(())
    })();
    drop(out);
    if let Err(e) = result {
        if let Some(t) = &tmp {
            let _ = std::fs::remove_file(t);
        }
        return Err(e);
    }
    if let (Some(t), Some(p)) = (&tmp, &args.output) {
        std::fs::rename(t, p).with_context(|| format!("writing `{}`", p.display()))?;
    }
    if !args.quiet {
        eprintln!(
            "refconv: {name}: {lineno} lines, {entries} entries written, {errors} errors, {losses} losses (streamed)"
        );
    }
    Ok(if errors > 0 { Status::InputErrors } else { Status::Ok })
}

/// Runs `write` into a temporary file beside `path` (buffered), then renames it over
/// `path`; on any failure the temporary file is removed and `path` is untouched.
fn write_file_atomically<T>(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<T, refconv::Error>,
) -> Result<T> {
    let tmp = temp_beside(path);
    let result = (|| -> Result<T> {
        let f =
            std::fs::File::create(&tmp).with_context(|| format!("creating `{}`", tmp.display()))?;
        let mut w = io::BufWriter::with_capacity(1 << 17, f);
        let value = write(&mut w).context("writing the output")?;
        w.flush().with_context(|| format!("writing `{}`", tmp.display()))?;
        drop(w);
        std::fs::rename(&tmp, path).with_context(|| format!("writing `{}`", path.display()))?;
        Ok(value)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Writes to a temporary file beside `path`, then renames it over `path`, so a
/// failed run never leaves a truncated output.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    write_file_atomically(path, |w| w.write_all(bytes).map_err(refconv::Error::from))
}

/// The temporary file an output is written to before it is renamed over `path`.
fn temp_beside(path: &Path) -> PathBuf {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let file = path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    dir.join(format!(".{file}.refconv-{}.tmp", std::process::id()))
}

pub(crate) fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

fn check(args: CheckArgs) -> Result<Status> {
    let inputs = read_inputs(&args.input);
    match args.format {
        ReportFormat::Human => {
            print_human(&inputs, args.input.verbose, false);
            let mut out = io::stdout().lock();
            for i in &inputs {
                let count = |s| i.diagnostics.iter().filter(|d| d.severity == s).count();
                let line = format!(
                    "{}: {} entries, {} errors, {} warnings\n",
                    i.name,
                    i.library.entries.len(),
                    count(Severity::Error),
                    count(Severity::Warning)
                );
                if let Err(e) = out.write_all(line.as_bytes()) {
                    if e.kind() == io::ErrorKind::BrokenPipe {
                        break;
                    }
                    return Err(e.into());
                }
            }
        }
        ReportFormat::Json => {
            let mut out = io::stdout().lock();
            for i in &inputs {
                for d in i.diagnostics.iter().filter(|d| shown(d, true, false)) {
                    let mut v = serde_json::to_value(d)?;
                    if let Some(o) = v.as_object_mut() {
                        o.insert("file".into(), serde_json::Value::String(i.name.clone()));
                        o.entry("note").or_insert(serde_json::Value::Null);
                    }
                    let mut line = serde_json::to_vec(&v)?;
                    line.push(b'\n');
                    if let Err(e) = out.write_all(&line) {
                        if e.kind() == io::ErrorKind::BrokenPipe {
                            return Ok(inputs.iter().map(|i| i.status).max().unwrap_or(Status::Ok));
                        }
                        return Err(e.into());
                    }
                }
            }
        }
    }
    Ok(inputs.iter().map(|i| i.status).max().unwrap_or(Status::Ok))
}

fn formats() -> Result<Status> {
    let mut s = String::from("FORMAT         READ  WRITE  EXTENSIONS                DESCRIPTION\n");
    for f in Format::ALL {
        let yes = |b: bool| if b { "yes" } else { "-" };
        let exts: Vec<String> = f.extensions().iter().map(|e| format!(".{e}")).collect();
        s.push_str(&format!(
            "{:<14} {:<5} {:<6} {:<25} {}\n",
            f.name(),
            yes(f.can_read()),
            yes(f.can_write()),
            exts.join(" "),
            f.description()
        ));
    }
    let mut out = io::stdout().lock();
    match out.write_all(s.as_bytes()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(Status::Ok),
    }
}
