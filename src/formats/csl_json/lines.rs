//! CSL-JSON Lines (`csl-jsonl`): one item per line, read whole, a batch of lines at
//! a time, or one line at a time from any [`BufRead`] in constant memory.

use super::read::read_items;
use crate::diagnostics::{Diagnostic, LineIndex};
use crate::error::Error;
use crate::options::{Parsed, ReadOptions};
use std::collections::HashSet;
use std::io::BufRead;

/// Reads CSL-JSON Lines: one item per line (blank lines skipped). A line that is
/// not valid JSON is an error at its line and column, and the other lines are
/// still read.
///
/// ```
/// use refconv::{formats::csl_json, ReadOptions};
/// let src = "{\"id\": \"a\", \"type\": \"book\"}\n{\"id\": \n{\"id\": \"b\", \"type\": \"book\"}\n";
/// let p = csl_json::read_lines(src, &ReadOptions::default()).unwrap();
/// assert_eq!(p.library.entries.len(), 2);
/// assert_eq!(p.diagnostics[0].line, 2);
/// ```
pub fn read_lines(src: &str, opts: &ReadOptions) -> Result<Parsed, Error> {
    let mut whole = Parsed::default();
    read_lines_batches(src, opts, usize::MAX, &mut |p| {
        whole = p;
        Ok(())
    })?;
    Ok(whole)
}

/// Reads CSL-JSON Lines `batch` lines at a time, handing each batch (entries and
/// diagnostics, in input order) to `sink`: the same entries, ids and diagnostics as
/// [`read_lines`], with only one batch of entries in memory. `sink` is called at
/// least once.
///
/// ```
/// use refconv::{formats::csl_json, ReadOptions};
/// let src = "{\"id\": \"a\", \"type\": \"book\"}\n{\"id\": \"a\", \"type\": \"book\"}\n{\"id\": \"c\"}\n";
/// let mut ids = Vec::new();
/// csl_json::read_lines_batches(src, &ReadOptions::default(), 2, &mut |batch| {
///     ids.push(batch.library.entries.iter().map(|e| e.id.clone()).collect::<Vec<_>>());
///     Ok(())
/// }).unwrap();
/// assert_eq!(ids, [vec!["a", "a-2"], vec!["c"]]);
/// ```
pub fn read_lines_batches(
    src: &str,
    opts: &ReadOptions,
    batch: usize,
    sink: &mut dyn FnMut(Parsed) -> Result<(), Error>,
) -> Result<(), Error> {
    let index = LineIndex::new(src);
    let body = src.strip_prefix('\u{feff}').unwrap_or(src);
    let mut lines = body.lines().map(str::trim_end).filter(|l| !l.trim().is_empty()).peekable();
    let mut taken = HashSet::new();
    loop {
        let mut parsed = Parsed::default();
        read_items(src, &index, lines.by_ref().take(batch.max(1)), opts, &mut parsed, &mut taken);
        let done = lines.peek().is_none();
        sink(parsed)?;
        if done {
            return Ok(());
        }
    }
}

/// Reads CSL-JSON Lines from `input` one line at a time, in constant memory: each
/// item of the iterator is one non-blank line read (its entry, or the errors that
/// kept it from being read), located in the whole input — diagnostics carry the
/// input's line numbers and byte spans, entries their source line and span. A line
/// that is not UTF-8 is an error and skipped. `Err` is an I/O error of `input`.
///
/// Ids are made unique within a line only (across lines would need memory), and a
/// line's `crossref`/`xdata` parent may be on another line, so the fields an item
/// says it inherited are kept ([`ReadOptions::keep_inherited`]).
///
/// ```
/// use refconv::{formats::csl_json::JsonLines, ReadOptions};
/// let input = "{\"id\": \"a\", \"type\": \"book\"}\n\n{\"id\": \n".as_bytes();
/// let mut lines = JsonLines::new(input, &ReadOptions::default());
/// let first = lines.next().unwrap().unwrap();
/// assert_eq!(first.library.entries[0].id, "a");
/// let bad = lines.next().unwrap().unwrap();
/// assert_eq!((bad.diagnostics[0].line, bad.library.entries.len()), (3, 0));
/// assert!(lines.next().is_none());
/// assert_eq!(lines.lines_read(), 3);
/// ```
#[derive(Debug)]
pub struct JsonLines<R> {
    input: R,
    opts: ReadOptions,
    lines: usize,
    offset: usize,
    buf: Vec<u8>,
}

impl<R: BufRead> JsonLines<R> {
    /// Reads from `input` with `opts` (and `keep_inherited` set).
    pub fn new(input: R, opts: &ReadOptions) -> JsonLines<R> {
        let mut opts = opts.clone();
        opts.keep_inherited = true;
        JsonLines { input, opts, lines: 0, offset: 0, buf: Vec::new() }
    }

    /// How many lines have been read so far, blank ones included.
    pub fn lines_read(&self) -> usize {
        self.lines
    }
}

impl<R: BufRead> Iterator for JsonLines<R> {
    type Item = Result<Parsed, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            self.buf.clear();
            match self.input.read_until(b'\n', &mut self.buf) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => return Some(Err(Error::Io(e))),
            }
            self.lines += 1;
            let (line, offset) = (self.lines, self.offset);
            self.offset += self.buf.len();
            let text = match std::str::from_utf8(&self.buf) {
                Ok(t) => t,
                Err(e) => {
                    let mut d = Diagnostic::error(format!(
                        "not valid UTF-8 at byte {} of the line; line skipped",
                        e.valid_up_to()
                    ));
                    d.line = line;
                    d.column = 1;
                    return Some(Ok(Parsed { diagnostics: vec![d], ..Parsed::default() }));
                }
            };
            if text.trim().is_empty() {
                continue;
            }
            let mut parsed = match read_lines(text, &self.opts) {
                Ok(p) => p,
                Err(e) => return Some(Err(e)),
            };
            for d in &mut parsed.diagnostics {
                if d.line > 0 {
                    d.line += line - 1;
                }
                d.span = d.span.map(|s| s.shift(offset));
            }
            for e in &mut parsed.library.entries {
                if let Some(s) = &mut e.source {
                    s.span = s.span.shift(offset);
                    s.line += line - 1;
                }
            }
            return Some(Ok(parsed));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_read_what_the_whole_reads() {
        let src = "\u{feff}{\"id\": \"a\", \"type\": \"book\"}\n\n{\"id\": \"a\"}\n{bad\n{\"id\": \"b\", \"type\": \"book\"}\n";
        let whole = read_lines(src, &ReadOptions::default()).unwrap();
        for n in 1..5 {
            let mut got = Parsed::default();
            let mut calls = 0;
            read_lines_batches(src, &ReadOptions::default(), n, &mut |p| {
                calls += 1;
                got.library.entries.extend(p.library.entries);
                got.diagnostics.extend(p.diagnostics);
                Ok(())
            })
            .unwrap();
            assert_eq!(got, whole, "batch {n}");
            assert_eq!(calls, 4usize.div_ceil(n), "batch {n}");
        }
    }

    #[test]
    fn streamed_lines_are_located_in_the_whole_input() {
        let src = "{\"id\": \"a\", \"type\": \"book\"}\n\n{\"id\": \"b\", \"type\": \"book\"}\n{\"id\": \n";
        let whole = read_lines(src, &ReadOptions::default()).unwrap();
        let mut got = Parsed::default();
        let mut lines = JsonLines::new(src.as_bytes(), &ReadOptions::default());
        for p in lines.by_ref() {
            let p = p.unwrap();
            got.library.entries.extend(p.library.entries);
            got.diagnostics.extend(p.diagnostics);
        }
        assert_eq!(lines.lines_read(), 4);
        assert_eq!(got.library.entries, whole.library.entries);
        assert_eq!(got.diagnostics, whole.diagnostics);
        assert!(!got.diagnostics.is_empty());
    }

    #[test]
    fn a_line_that_is_not_utf8_is_an_error_and_the_rest_is_read() {
        let src: &[u8] =
            b"{\"id\": \"a\", \"type\": \"book\"}\n\xff\xfe\n{\"id\": \"b\", \"type\": \"book\"}\n";
        let got: Vec<Parsed> =
            JsonLines::new(src, &ReadOptions::default()).map(Result::unwrap).collect();
        assert_eq!(got.len(), 3);
        assert_eq!(got[1].diagnostics[0].line, 2);
        assert!(got[1].diagnostics[0].message.contains("not valid UTF-8"));
        assert_eq!(got[2].library.entries[0].id, "b");
    }
}
