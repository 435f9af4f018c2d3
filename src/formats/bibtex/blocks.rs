//! A `.bib` file cut into its top-level `@kind{...}` blocks, and one block read:
//! macros, entries, and the errors that cost only that block.

use super::entry::{resolve, EntryCx};
use crate::diagnostics::{Diagnostic, LineIndex, Span};
use crate::model::{Entry, Source};
use biblatex::RawBibliography;
use std::collections::HashMap;

/// What one block gave: diagnostics, macro definitions, entries with their own
/// diagnostics and spans (ids not yet made unique).
#[derive(Default)]
pub(super) struct BlockRead {
    pub(super) diags: Vec<Diagnostic>,
    pub(super) abbreviations: Vec<(String, String)>,
    pub(super) entries: Vec<(Entry, Vec<Diagnostic>, Span)>,
}

/// Reads one `@kind{...}` block.
pub(super) fn read_block(
    src: &str,
    index: &LineIndex,
    block: &Block<'_>,
    strings: &HashMap<String, String>,
) -> BlockRead {
    let mut out = BlockRead::default();
    let text = &src[block.start..block.end];
    if !block.closed {
        out.diags.push(
            Diagnostic::error(format!("`@{}` is not closed", block.kind))
                .at(Span::new(block.start, block.start), index)
                .hint(
                    "a `}` is missing; the entry was skipped and reading went on at the next `@`",
                ),
        );
        return out;
    }
    if block.kind.eq_ignore_ascii_case("comment") {
        return out;
    }
    if block.kind.eq_ignore_ascii_case("preamble") {
        out.diags.push(
            Diagnostic::warning("`@preamble` is not converted")
                .at(Span::new(block.start, block.start), index)
                .hint("LaTeX macros defined there are kept as written in the fields that use them"),
        );
        return out;
    }
    // The crate reads only `@kind{...}`; `@kind(...)` is the same with the
    // delimiters swapped (same length, so spans stay right).
    let owned;
    let text = if block.paren {
        let mut t = text.to_string();
        if let Some(open) = t.find('(') {
            t.replace_range(open..=open, "{");
        }
        if t.ends_with(')') {
            t.pop();
            t.push('}');
        }
        owned = t;
        owned.as_str()
    } else {
        text
    };
    let raw = match RawBibliography::parse(text) {
        Ok(r) => r,
        Err(_) if missing_key(text).is_some() => {
            let at = block.start + missing_key(text).unwrap_or_default();
            out.diags.push(
                Diagnostic::error("the citation key is missing").at(Span::new(at, at), index).hint(
                    "write a key after the brace: `@article{key, ...`; the entry was skipped",
                ),
            );
            return out;
        }
        Err(e) => {
            let at = block.start + e.span.start.min(text.len());
            out.diags.push(
                Diagnostic::error(format!("malformed entry: {}", parse_error_message(&e.kind)))
                    .at(Span::new(at, at), index)
                    .hint(parse_error_hint(&e.kind)),
            );
            return out;
        }
    };
    for pair in &raw.abbreviations {
        let value = resolve(&pair.value.v, strings, &mut Vec::new());
        out.abbreviations.push((pair.key.v.to_ascii_lowercase(), value));
    }
    for spanned in &raw.entries {
        let span = Span::new(block.start + spanned.span.start, block.start + spanned.span.end);
        let mut cx = EntryCx { diags: Vec::new(), index, base: block.start };
        let mut entry = cx.entry(&spanned.v, strings);
        entry.source = Some(Source { span, line: index.line_col(span.start).0, text: None });
        out.entries.push((entry, cx.diags, span));
    }
    out
}

fn parse_error_message(kind: &biblatex::ParseErrorKind) -> String {
    use biblatex::ParseErrorKind as K;
    match kind {
        K::UnexpectedEof => "the entry ends too early".into(),
        K::Expected(t) => format!("expected {t}"),
        K::Unexpected(t) => format!("unexpected {t}"),
        other => other.to_string(),
    }
}

fn parse_error_hint(kind: &biblatex::ParseErrorKind) -> &'static str {
    use biblatex::ParseErrorKind as K;
    match kind {
        K::Expected(biblatex::Token::Comma) => {
            "is the citation key missing, or a comma between two fields?"
        }
        K::Expected(biblatex::Token::Equals) => "each field is `name = {value}`",
        _ => "the entry was skipped; the rest of the file was read",
    }
}

/// One top-level `@kind{...}` or `@kind(...)` block.
pub(super) struct Block<'s> {
    pub(super) kind: &'s str,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) closed: bool,
    /// Delimited by `(` `)`.
    pub(super) paren: bool,
}

/// Splits a file into `@` blocks. Text between blocks is comment; a `%` line
/// outside a block is a comment (as biber reads it). An unclosed block ends
/// where a line starts with a new `@kind{`, so one missing brace costs one entry.
pub(super) fn split_blocks(src: &str) -> Vec<Block<'_>> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'@' => {
                let start = i;
                let mut j = i + 1;
                while j < b.len() && b[j].is_ascii_whitespace() {
                    j += 1;
                }
                let ks = j;
                while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_' || b[j] == b'-')
                {
                    j += 1;
                }
                let kind = &src[ks..j];
                while j < b.len() && b[j].is_ascii_whitespace() {
                    j += 1;
                }
                if kind.is_empty() || j >= b.len() || !(b[j] == b'{' || b[j] == b'(') {
                    i = j.max(i + 1);
                    continue;
                }
                let paren = b[j] == b'(';
                let mut depth = 0i64;
                let mut k = j;
                let mut closed = false;
                let mut at_line_start = false;
                let mut quoted = false;
                while k < b.len() {
                    match b[k] {
                        b'\\' => {
                            // An escape: skip the next byte (none at the end of the file).
                            k += 1;
                            if k >= b.len() {
                                break;
                            }
                        }
                        // In `@kind(...)`, a `)` inside a "quoted value" does not close.
                        b'"' if paren && depth == 1 => quoted = !quoted,
                        b')' if quoted => {}
                        b'{' => depth += 1,
                        b'(' if paren && depth == 0 => depth += 1,
                        b'}' => {
                            depth -= 1;
                            if depth == 0 && !paren {
                                closed = true;
                                k += 1;
                                break;
                            }
                        }
                        b')' if paren && depth == 1 => {
                            closed = true;
                            k += 1;
                            break;
                        }
                        b'@' if at_line_start && k > j && starts_entry(&b[k..]) => break,
                        _ => {}
                    }
                    at_line_start =
                        b[k] == b'\n' || (at_line_start && (b[k] == b' ' || b[k] == b'\t'));
                    k += 1;
                }
                let end = k.min(b.len());
                out.push(Block { kind, start, end, closed, paren });
                i = end;
            }
            _ => i += 1,
        }
    }
    out
}

/// If an entry has no key (`@article{ title = ...`), the offset where the key
/// should be.
fn missing_key(block: &str) -> Option<usize> {
    let open = block.find(['{', '('])? + 1;
    let rest = &block[open..];
    let name_start = open + (rest.len() - rest.trim_start().len());
    let after = &block[name_start..];
    let name_len = after.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))?;
    let next = after[name_len..].trim_start();
    (name_len > 0 && next.starts_with('=')).then_some(name_start)
}

/// Whether `b` starts like an entry: `@name{` or `@name(`.
fn starts_entry(b: &[u8]) -> bool {
    let mut j = 1;
    while j < b.len() && b[j].is_ascii_alphabetic() {
        j += 1;
    }
    j > 1 && j < b.len() && (b[j] == b'{' || b[j] == b'(')
}
