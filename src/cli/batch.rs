//! Batch conversion: `refconv convert DIR_OR_FILES... -t FMT --out-dir OUT`.
//!
//! Every input file becomes one output file in OUT (directories are walked for
//! files whose extension names a readable format; their layout is kept under OUT).
//! Files are converted in parallel on all cores (or `--jobs N`); what is printed
//! comes out in input order, whatever order the files finish in. A progress bar
//! shows on a terminal for runs of more than a few files; a summary line per file
//! and a total count entries read, written and failed, so nothing goes missing
//! unseen.

use super::args::ConvertArgs;
use super::input::read_one;
use super::output::{same_file, write_atomically};
use super::report::{shown, Status};
use anyhow::{bail, Context, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use refconv::{render, Format, LineIndex, ReadOptions, Severity};
use std::collections::HashSet;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

/// One input file and where its output goes.
struct Job {
    input: PathBuf,
    output: PathBuf,
}

/// What became of one file.
struct Done {
    /// Diagnostics, rendered, to print in input order.
    report: String,
    summary: String,
    status: Status,
    read: usize,
    written: usize,
    failed: bool,
}

/// The extension of an output file (the longest of the format's own).
fn out_extension(to: Format) -> &'static str {
    match to {
        Format::CslCitations => "citations.json",
        Format::Json => "refconv.json",
        Format::AnystyleXml => "anystyle.xml",
        f => f.file_extension(),
    }
}

/// The files to convert: files as given, directories walked (sorted, so runs are
/// reproducible), each with its output path under `out_dir`.
fn jobs(inputs: &[PathBuf], out_dir: &Path, to: Format) -> Result<Vec<Job>> {
    let mut jobs = Vec::new();
    let mut taken = HashSet::new();
    let ext = out_extension(to);
    for input in inputs {
        if input.as_os_str() == "-" {
            bail!("--out-dir converts files; standard input has no file name to write under");
        }
        let mut files = Vec::new();
        if input.is_dir() {
            walk(input, &mut files).with_context(|| format!("reading `{}`", input.display()))?;
        } else {
            files.push(input.clone());
        }
        for file in files {
            let rel = if input.is_dir() {
                file.strip_prefix(input).unwrap_or(&file).to_path_buf()
            } else {
                PathBuf::from(file.file_name().unwrap_or_default())
            };
            let stem = rel.file_name().and_then(|n| n.to_str()).unwrap_or("out");
            let stem = stem.split('.').next().filter(|s| !s.is_empty()).unwrap_or(stem);
            let mut output = out_dir.join(rel.with_file_name(format!("{stem}.{ext}")));
            let mut n = 2;
            while !taken.insert(output.clone()) {
                output = out_dir.join(rel.with_file_name(format!("{stem}-{n}.{ext}")));
                n += 1;
            }
            if same_file(&file, &output) {
                bail!("refusing to overwrite the input file `{}`", file.display());
            }
            jobs.push(Job { input: file, output });
        }
    }
    Ok(jobs)
}

/// Files under `dir` whose extension names a format refconv reads.
fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> =
        std::fs::read_dir(dir)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, files)?;
        } else if Format::from_path(&p.to_string_lossy()).is_some_and(Format::can_read) {
            files.push(p);
        }
    }
    Ok(())
}

/// Converts one file; never panics the batch, never prints.
fn convert_file(job: &Job, args: &ConvertArgs, to: Format, read: &ReadOptions) -> Done {
    let input = read_one(&job.input, args.input.from, args.input.encoding.as_deref(), read);
    let mut report = String::new();
    let index = LineIndex::new(&input.text);
    for d in input.diagnostics.iter().filter(|d| shown(d, args.input.verbose, args.quiet)) {
        report.push_str(&render(d, &input.name, Some(&index)));
    }
    let errors = input.errors();
    let read_n = input.library.entries.len();
    // Nothing read and an error: an empty output would look like a converted file.
    let failed_read = input.status == Status::Failure || (read_n == 0 && errors > 0);
    let opts = args.write_options();
    let mut buf = Vec::new();
    let out_name = job.output.display().to_string();
    let mut status = input.status;
    let (written, losses, failed) = if failed_read {
        (0, 0, true)
    } else {
        match refconv::write(to, &input.library, &mut buf, &opts) {
            Err(e) => {
                report.push_str(&format!("{out_name}: error: cannot write {to}: {e}\n"));
                (0, 0, true)
            }
            Ok(lost) => {
                for d in lost.iter().filter(|d| shown(d, args.input.verbose, args.quiet)) {
                    report.push_str(&render(d, &format!("{out_name} ({to})"), None));
                }
                let losses = lost.iter().filter(|d| d.severity >= Severity::Warning).count();
                if args.strict && (losses > 0 || errors > 0) {
                    report.push_str(&format!(
                        "{out_name}: --strict: {errors} input error(s), {losses} loss(es); not written\n"
                    ));
                    status = status.max(Status::InputErrors);
                    (0, losses, true)
                } else {
                    let dir = job.output.parent().unwrap_or(Path::new("."));
                    match std::fs::create_dir_all(dir)
                        .map_err(anyhow::Error::from)
                        .and_then(|_| write_atomically(&job.output, &buf))
                    {
                        Ok(()) => (read_n, losses, false),
                        Err(e) => {
                            report.push_str(&format!("{out_name}: error: {e:#}\n"));
                            status = Status::Failure;
                            (0, losses, true)
                        }
                    }
                }
            }
        }
    };
    if errors > 0 {
        status = status.max(Status::InputErrors);
    }
    let summary = format!(
        "{}: {read_n} entries read, {written} written{}{}{} -> {}\n",
        input.name,
        if errors > 0 { format!(", {errors} input errors") } else { String::new() },
        if losses > 0 { format!(", {losses} losses") } else { String::new() },
        if failed { ", FAILED" } else { "" },
        if failed { "(nothing written)".to_string() } else { out_name },
    );
    Done { report, summary, status, read: read_n, written, failed }
}

/// Runs the batch; the exit status is the worst of the files'.
pub fn run(args: &ConvertArgs, to: Format, out_dir: &Path) -> Result<Status> {
    if args.output.is_some() {
        bail!("give either -o FILE (one output) or --out-dir DIR (one output per input)");
    }
    if args.input.inputs.is_empty() {
        bail!("--out-dir needs input files or directories");
    }
    let jobs = jobs(&args.input.inputs, out_dir, to)?;
    if jobs.is_empty() {
        bail!("no files to convert (directories are searched for files whose extension names a format)");
    }
    std::fs::create_dir_all(out_dir)
        .with_context(|| format!("creating `{}`", out_dir.display()))?;
    let read = args.input.read_options();
    let bar = ProgressBar::new(jobs.len() as u64);
    if !std::io::stderr().is_terminal() || args.quiet || jobs.len() < 4 {
        bar.set_draw_target(ProgressDrawTarget::hidden());
    }
    if let Ok(style) =
        ProgressStyle::with_template("{bar:40} {pos}/{len} files {elapsed} {wide_msg}")
    {
        bar.set_style(style);
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.unwrap_or(0))
        .build()
        .context("starting the worker threads")?;
    let done: Vec<Done> = pool.install(|| {
        jobs.par_iter()
            .map(|job| {
                let d = convert_file(job, args, to, &read);
                bar.inc(1);
                d
            })
            .collect()
    });
    bar.finish_and_clear();
    let mut err = std::io::stderr().lock();
    let (mut total_read, mut total_written, mut failed) = (0, 0, 0);
    for d in &done {
        let _ = err.write_all(d.report.as_bytes());
    }
    for d in &done {
        if !args.quiet || d.failed {
            let _ = err.write_all(d.summary.as_bytes());
        }
        total_read += d.read;
        total_written += d.written;
        failed += usize::from(d.failed);
    }
    let _ = writeln!(
        err,
        "refconv: {} files: {} converted, {failed} failed; {total_read} entries read, {total_written} written",
        done.len(),
        done.len() - failed
    );
    Ok(done.iter().map(|d| d.status).max().unwrap_or(Status::Ok))
}
