//! One module per input format; each has `read(&str, &ReadOptions) -> Result<Parsed, Error>`.

pub mod bibtex;
pub mod csl_json;
pub mod json;
pub mod tei;

use crate::diagnostics::{Diagnostic, LineIndex, Span};

/// Turns a serde_json error into a located diagnostic (serde_json counts lines
/// by `\n` and columns in bytes; we report characters).
pub(crate) fn json_error(
    e: &serde_json::Error,
    src: &str,
    base: usize,
    index: &LineIndex,
) -> Diagnostic {
    let line = e.line().max(1);
    let sub = &src[base.min(src.len())..];
    let line_start: usize = sub.split_inclusive('\n').take(line - 1).map(str::len).sum();
    let mut off = base + line_start + e.column().saturating_sub(1);
    off = off.min(src.len());
    while !src.is_char_boundary(off) {
        off -= 1;
    }
    let msg = e.to_string();
    let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
    Diagnostic::error(format!("invalid JSON: {msg}")).at(Span::new(off, off), index)
}
