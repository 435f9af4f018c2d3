//! Diagnostics are values: readers and writers return them, the CLI renders them.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A byte range in the original input (`start..end`, `start <= end`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Span {
    /// The first byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; the ends are swapped if given backwards.
    pub const fn new(start: usize, end: usize) -> Span {
        if start <= end {
            Span { start, end }
        } else {
            Span { start: end, end: start }
        }
    }

    /// Moves the span `by` bytes to the right (saturating, never overflowing).
    pub const fn shift(self, by: usize) -> Span {
        Span { start: self.start.saturating_add(by), end: self.end.saturating_add(by) }
    }
}

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; nothing was lost (a value normalised, a key renamed).
    Info,
    /// Something was guessed, or a writer could not represent something.
    Warning,
    /// Part of the input could not be read; the rest was.
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// One finding about the input or about a conversion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Diagnostic {
    /// How bad it is.
    pub severity: Severity,
    /// What happened, lowercase, no trailing period.
    pub message: String,
    /// A stable name for the kind of finding ("homoglyph", "unit-order"), for tools.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Where in the input, if it is about the input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// 1-based line of `span.start` (0 when there is no span).
    #[serde(default)]
    pub line: usize,
    /// 1-based column, in characters, of `span.start` (0 when there is no span).
    #[serde(default)]
    pub column: usize,
    /// The footnote number, when it is about a note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<u32>,
    /// The id of the entry it is about, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry: Option<String>,
    /// What the user can do about it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

impl Diagnostic {
    /// A diagnostic with no location.
    pub fn new(severity: Severity, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity,
            message: message.into(),
            code: None,
            span: None,
            line: 0,
            column: 0,
            note: None,
            entry: None,
            hint: None,
        }
    }

    /// An error with no location.
    pub fn error(message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Error, message)
    }

    /// A warning with no location.
    pub fn warning(message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Warning, message)
    }

    /// An info with no location.
    pub fn info(message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Info, message)
    }

    /// Sets the span, and the line and column from `index`.
    pub fn at(mut self, span: Span, index: &LineIndex) -> Diagnostic {
        let (line, column) = index.line_col(span.start);
        self.span = Some(span);
        self.line = line;
        self.column = column;
        self
    }

    /// Sets the entry id.
    pub fn entry(mut self, id: impl Into<String>) -> Diagnostic {
        self.entry = Some(id.into());
        self
    }

    /// Sets the code.
    pub fn code(mut self, code: impl Into<String>) -> Diagnostic {
        self.code = Some(code.into());
        self
    }

    /// Sets the hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Diagnostic {
        self.hint = Some(hint.into());
        self
    }

    /// Sets the note number.
    pub fn note(mut self, number: u32) -> Diagnostic {
        self.note = Some(number);
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}: ", self.line, self.column)?;
        }
        write!(f, "{}: {}", self.severity, self.message)?;
        if let Some(id) = &self.entry {
            write!(f, " (entry `{id}`)")?;
        }
        if let Some(n) = self.note {
            write!(f, " (note {n})")?;
        }
        Ok(())
    }
}

/// Turns byte offsets into 1-based lines and columns.
///
/// `\r\n`, `\n` and a lone `\r` each end one line, so CRLF and CR files get the
/// same line numbers as LF files; columns count characters, not bytes.
///
/// ```
/// use refconv::LineIndex;
/// let idx = LineIndex::new("ab\r\ncé\nx");
/// assert_eq!(idx.line_col(0), (1, 1));
/// assert_eq!(idx.line_col(4), (2, 1));
/// assert_eq!(idx.line_col(8), (3, 1));
/// ```
#[derive(Debug, Clone)]
pub struct LineIndex<'a> {
    src: &'a str,
    starts: Vec<usize>,
    /// Every [`CHECKPOINT`] bytes (at a character boundary): (byte offset, characters
    /// before it), so that a column on a very long line costs at most that many
    /// bytes of counting, not the whole line.
    checkpoints: Vec<(usize, usize)>,
}

/// The spacing of [`LineIndex`]'s character-count checkpoints, in bytes.
const CHECKPOINT: usize = 1024;

impl<'a> LineIndex<'a> {
    /// Indexes `src`.
    pub fn new(src: &'a str) -> LineIndex<'a> {
        let bytes = src.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                    starts.push(i + 2);
                    i += 1;
                }
                b'\r' => starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        let mut checkpoints = vec![(0, 0)];
        let mut chars = 0;
        let mut at = 0;
        while at + CHECKPOINT < src.len() {
            let mut next = at + CHECKPOINT;
            while !src.is_char_boundary(next) {
                next += 1;
            }
            chars += src[at..next].chars().count();
            checkpoints.push((next, chars));
            at = next;
        }
        LineIndex { src, starts, checkpoints }
    }

    /// Characters before a byte offset (at a character boundary, or rounded down).
    fn chars_before(&self, offset: usize) -> usize {
        let i = self.checkpoints.partition_point(|&(b, _)| b <= offset).max(1) - 1;
        let (byte, chars) = self.checkpoints[i];
        let mut end = offset;
        while end > byte && !self.src.is_char_boundary(end) {
            end -= 1;
        }
        chars + self.src.get(byte..end).map_or(0, |s| s.chars().count())
    }

    /// The 1-based line and character column of a byte offset (clamped to the input).
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.src.len());
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let col = if offset - start <= CHECKPOINT {
            self.src.get(start..offset).map_or(offset - start, |s| s.chars().count())
        } else {
            self.chars_before(offset) - self.chars_before(start)
        };
        (line, col + 1)
    }

    /// The byte offset of a 1-based line and character column (clamped to the input).
    pub fn offset(&self, line: usize, column: usize) -> usize {
        let Some(&start) = self.starts.get(line.saturating_sub(1)) else {
            return self.src.len();
        };
        let rest = &self.src[start..];
        rest.char_indices().nth(column.saturating_sub(1)).map_or(self.src.len(), |(i, _)| start + i)
    }

    /// The text of a 1-based line, without its line end.
    pub fn line_text(&self, line: usize) -> &'a str {
        let Some(&start) = self.starts.get(line.saturating_sub(1)) else { return "" };
        let end = self.starts.get(line).copied().unwrap_or(self.src.len());
        self.src[start..end].trim_end_matches(['\n', '\r'])
    }
}

/// Renders a diagnostic the way compilers do: `file:line:col: severity: message`,
/// the source line with a caret, then the hint.
///
/// ```
/// use refconv::{Diagnostic, LineIndex, Span, render};
/// let src = "[\n  {\"id\": 1,}\n]";
/// let idx = LineIndex::new(src);
/// let d = Diagnostic::error("trailing comma").at(Span::new(12, 13), &idx).hint("remove it");
/// assert_eq!(
///     render(&d, "a.json", Some(&idx)),
///     "a.json:2:11: error: trailing comma\n  |\n2 |   {\"id\": 1,}\n  |           ^\n  = hint: remove it\n"
/// );
/// ```
pub fn render(d: &Diagnostic, file: &str, index: Option<&LineIndex>) -> String {
    let mut out = String::new();
    if d.line > 0 {
        out.push_str(&format!("{file}:{}:{}: ", d.line, d.column));
    } else {
        out.push_str(&format!("{file}: "));
    }
    out.push_str(&format!("{}: {}", d.severity, d.message));
    if let Some(id) = &d.entry {
        out.push_str(&format!(" (entry `{id}`)"));
    }
    if let Some(n) = d.note {
        out.push_str(&format!(" (note {n})"));
    }
    out.push('\n');
    if let (Some(idx), true) = (index, d.line > 0) {
        let text = idx.line_text(d.line);
        let gutter = d.line.to_string().len();
        let pad = " ".repeat(gutter);
        let shown: String = text.chars().take(200).collect();
        out.push_str(&format!("{pad} |\n{} | {shown}\n", d.line));
        if d.column <= 201 {
            out.push_str(&format!("{pad} | {}^\n", " ".repeat(d.column.saturating_sub(1))));
        }
    }
    if let Some(h) = &d.hint {
        let pad = if index.is_some() && d.line > 0 { d.line.to_string().len() } else { 0 };
        out.push_str(&format!("{} = hint: {h}\n", " ".repeat(pad)));
    }
    out
}

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

#[cfg(test)]
mod tests {
    #[test]
    fn columns_on_a_very_long_line_match_counting() {
        let line: String = (0..5000).map(|i| if i % 7 == 0 { "Ж" } else { "ab" }).collect();
        let src = format!("x\n{line}\nend");
        let idx = LineIndex::new(&src);
        for off in (0..src.len()).step_by(37).filter(|o| src.is_char_boundary(*o)) {
            let line_no = src[..off].matches('\n').count() + 1;
            let start = src[..off].rfind('\n').map_or(0, |p| p + 1);
            assert_eq!(idx.line_col(off), (line_no, src[start..off].chars().count() + 1), "{off}");
        }
    }

    use super::*;

    #[test]
    fn crlf_and_cr_give_the_same_lines_as_lf() {
        for src in ["a\nbb\nccc", "a\r\nbb\r\nccc", "a\rbb\rccc"] {
            let idx = LineIndex::new(src);
            let c = src.find('c').unwrap();
            assert_eq!(idx.line_col(c), (3, 1), "{src:?}");
            assert_eq!(idx.line_text(2), "bb");
        }
    }

    #[test]
    fn columns_count_characters() {
        let idx = LineIndex::new("Фонд x");
        assert_eq!(idx.line_col("Фонд ".len()), (1, 6));
        assert_eq!(idx.offset(1, 6), "Фонд ".len());
    }

    #[test]
    fn offsets_past_the_end_are_clamped() {
        let idx = LineIndex::new("ab");
        assert_eq!(idx.line_col(99), (1, 3));
        assert_eq!(idx.line_col(0), (1, 1));
        assert_eq!(LineIndex::new("").line_col(0), (1, 1));
    }

    #[test]
    fn span_arithmetic_saturates() {
        assert_eq!(Span::new(5, 2), Span::new(2, 5));
        assert_eq!(Span::new(usize::MAX - 1, usize::MAX).shift(10).end, usize::MAX);
    }
}
