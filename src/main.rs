//! The `refconv` command line; the work is in the library and in `cli.rs`.

mod cli;

use clap::Parser;
use std::io::ErrorKind;
use std::process::ExitCode;

fn main() -> ExitCode {
    match cli::run(cli::Cli::parse()) {
        Ok(status) => status.into(),
        Err(err) => {
            // A closed pipe (`refconv ... | head`) is not an error.
            let broken_pipe = err.chain().any(|e| {
                e.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == ErrorKind::BrokenPipe)
            });
            if broken_pipe {
                return ExitCode::SUCCESS;
            }
            eprintln!("refconv: error: {err:#}");
            cli::Status::Failure.into()
        }
    }
}
