//! The error of a read or write that could not produce anything.

use crate::diagnostics::Diagnostic;
use crate::formats::Format;

/// A read or write failed as a whole. (Problems a reader recovers from are
/// [`Diagnostic`]s in [`Parsed`](crate::Parsed), not errors.)
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is not well-formed; the diagnostic says where.
    #[error("{0}")]
    Syntax(Box<Diagnostic>),
    /// This build cannot read or write the format yet.
    #[error("{direction} {format} is not supported yet")]
    Unsupported {
        /// The format.
        format: Format,
        /// "reading" or "writing".
        direction: &'static str,
    },
    /// The citation style asked for cannot be used (unknown name, not CSL,
    /// a dependent style whose parent refconv does not carry).
    #[error("style: {0}")]
    Style(String),
    /// Writing the output failed.
    #[error("i/o error: {0}")]
    Io(#[from] std::io::Error),
}

impl Error {
    /// The diagnostic of a syntax error.
    pub fn diagnostic(&self) -> Option<&Diagnostic> {
        match self {
            Error::Syntax(d) => Some(d),
            _ => None,
        }
    }
}
