//! The command line: `convert`, `check`, `formats` (the contract is in DESIGN.md).
//! It parses arguments, opens files, renders diagnostics and calls the library.

mod args;
mod batch;
mod check;
mod convert;
mod input;
mod output;
mod report;
mod stream;
mod train;

pub use args::Cli;
pub use report::Status;

use anyhow::Result;
use args::Command;

/// Runs the command line.
pub fn run(cli: Cli) -> Result<Status> {
    match cli.command {
        Command::Convert(args) => convert::convert(args),
        Command::Check(args) => check::check(args),
        Command::Formats => check::formats(),
        Command::Train(args) => train::train_model(args),
    }
}
