//! What is shown on standard error, and the exit status.

use refconv::{render, Diagnostic, LineIndex, Severity};
use std::io::{self, Write};
use std::process::ExitCode;

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

/// Whether a diagnostic is shown: errors always, warnings unless `quiet`, infos
/// with `verbose`.
pub(super) fn shown(d: &Diagnostic, verbose: bool, quiet: bool) -> bool {
    match d.severity {
        Severity::Error => true,
        Severity::Warning => !quiet,
        Severity::Info => verbose,
    }
}

/// Prints the diagnostics that are shown, each with its source line when `text`
/// (the input they point into) is given.
pub(super) fn print(
    diagnostics: &[Diagnostic],
    name: &str,
    text: Option<&str>,
    verbose: bool,
    quiet: bool,
) {
    let index = text.map(LineIndex::new);
    let mut err = io::stderr().lock();
    for d in diagnostics.iter().filter(|d| shown(d, verbose, quiet)) {
        let _ = err.write_all(render(d, name, index.as_ref()).as_bytes());
    }
}

/// Prints the diagnostics that are shown, with their source lines from `index`.
pub(super) fn print_indexed(
    diagnostics: &[Diagnostic],
    name: &str,
    index: &LineIndex,
    verbose: bool,
    quiet: bool,
) {
    let mut err = io::stderr().lock();
    for d in diagnostics.iter().filter(|d| shown(d, verbose, quiet)) {
        let _ = err.write_all(render(d, name, Some(index)).as_bytes());
    }
}
