//! Inputs: bytes from a file or standard input, decoded, the format told, read.

use super::args::InputArgs;
use super::report::{self, Status};
use refconv::{Diagnostic, Format, Library, ReadOptions, Severity};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// One input, read.
pub(super) struct Input {
    pub(super) name: String,
    pub(super) text: String,
    pub(super) diagnostics: Vec<Diagnostic>,
    pub(super) library: Library,
    pub(super) status: Status,
}

impl Input {
    pub(super) fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == Severity::Error).count()
    }
}

/// Every input the arguments name (standard input when none).
pub(super) fn read_inputs(args: &InputArgs) -> Vec<Input> {
    let paths: Vec<PathBuf> =
        if args.inputs.is_empty() { vec![PathBuf::from("-")] } else { args.inputs.clone() };
    let opts = args.read_options();
    paths.iter().map(|p| read_one(p, args.from, args.encoding.as_deref(), &opts)).collect()
}

/// Reads one input (`-` is standard input) in `from`, or the format its name or
/// content tells.
pub(super) fn read_one(
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
            input.diagnostics.push(*d);
            input.status = Status::InputErrors;
            return input;
        }
    };
    let format =
        from.unwrap_or_else(|| Format::guess((!stdin).then_some(input.name.as_str()), &input.text));
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

/// Prints the diagnostics of every input that are shown.
pub(super) fn print_diagnostics(inputs: &[Input], verbose: bool, quiet: bool) {
    for input in inputs {
        report::print(&input.diagnostics, &input.name, Some(&input.text), verbose, quiet);
    }
}
