//! `refconv convert`: the inputs into one output (or, with `--out-dir`, one output
//! per input; large and line-by-line inputs streamed).

use super::args::ConvertArgs;
use super::input::{print_diagnostics, read_inputs, Input};
use super::output::{refuse_overwrite, write_output};
use super::report::{self, Status};
use super::{batch, stream};
use anyhow::{bail, Context, Result};
use refconv::{Format, Library, Severity};

/// Runs `convert`.
pub(super) fn convert(args: ConvertArgs) -> Result<Status> {
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
    if let Some(input) = stream::streamable(&args, to) {
        return stream::lines(&args, &input, to);
    }
    if let Some((input, from)) = stream::chunkable(&args, to) {
        return stream::chunked(&args, &input, from, to);
    }
    refuse_overwrite(&args.input.inputs, args.output.as_deref())?;
    let (verbose, quiet) = (args.input.verbose, args.quiet);
    let mut inputs = read_inputs(&args.input);
    print_diagnostics(&inputs, verbose, quiet);
    let mut status = inputs.iter().map(|i| i.status).max().unwrap_or(Status::Ok);

    let mut lib = Library::new();
    for input in &mut inputs {
        // Moved, not copied: the inputs keep only their text and diagnostics.
        let renames = lib.append(std::mem::take(&mut input.library));
        lib.diagnostics.extend(input.diagnostics.iter().cloned());
        if !quiet {
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
    let losses_name = format!("{out_name} ({to})");
    let input_errors = |inputs: &[Input]| inputs.iter().any(|i| i.errors() > 0);
    if !args.strict {
        // Straight to the file (through a temporary one) or to stdout, no copy.
        let written = write_output(args.output.as_deref(), |w| refconv::write(to, &lib, w, &opts))?;
        let Some(lost) = written else { return Ok(status) };
        report::print(&lost, &losses_name, None, verbose, quiet);
        if status == Status::Ok && input_errors(&inputs) {
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
    report::print(&lost, &losses_name, None, verbose, quiet);
    if losses > 0 || status != Status::Ok {
        eprintln!(
            "refconv: --strict: {} input error(s), {losses} loss(es) in {to}; nothing written",
            inputs.iter().map(Input::errors).sum::<usize>()
        );
        return Ok(status.max(Status::InputErrors));
    }
    if write_output(args.output.as_deref(), |w| w.write_all(&buf).map_err(refconv::Error::from))?
        .is_none()
    {
        return Ok(status);
    }
    if status == Status::Ok && input_errors(&inputs) {
        status = Status::InputErrors;
    }
    Ok(status)
}
