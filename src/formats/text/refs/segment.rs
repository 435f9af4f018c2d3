//! A list split into its numbered references: markers, wrapped lines and
//! hyphens, headings.

use super::patterns::{re, rx};
use super::script::clean;
use crate::diagnostics::Span;
use regex::Regex;
use std::sync::OnceLock;

/// One reference as printed: its number and text (lines joined).
#[derive(Debug, Clone)]
pub struct RawRef {
    /// The printed number.
    pub number: u32,
    /// The text, joined and cleaned.
    pub text: String,
    /// Where it is in the input.
    pub span: Span,
}

rx!(marker, r"^\s*(?:\[(\d{1,4})\]|(\d{1,4})[.)])\s+");

/// Splits a list into references: "1. ", "\[2\] ", "3) " markers; wrapped lines
/// joined, hyphens at line ends rejoined; heading lines skipped.
pub fn segment(src: &str) -> Vec<RawRef> {
    segment_with_skipped(src).0
}

/// [`segment`], and the spans of lines that are neither headings nor part of
/// a reference (text before the first number).
pub(super) fn segment_with_skipped(src: &str) -> (Vec<RawRef>, Vec<Span>) {
    let mut out: Vec<RawRef> = Vec::new();
    let mut skipped = Vec::new();
    let mut off = 0;
    let mut open = false;
    for line in src.split_inclusive('\n') {
        let start = off;
        off += line.len();
        let t = line.trim_end_matches(['\n', '\r']);
        if t.trim().is_empty() {
            continue;
        }
        if let Some(m) = marker().captures(t) {
            let n: u32 = m.get(1).or(m.get(2)).and_then(|x| x.as_str().parse().ok()).unwrap_or(0);
            let text = t[m.get(0).map_or(0, |x| x.end())..].to_string();
            out.push(RawRef { number: n, text, span: Span::new(start, start + t.len()) });
            open = true;
            continue;
        }
        // A line with no marker: a heading (short, no period at the end) or a continuation.
        let looks_heading =
            t.trim().chars().count() < 40 && !t.trim_end().ends_with(['.', ',']) && !open;
        if looks_heading
            || (t.trim().chars().count() < 40
                && out.last().is_some_and(|r| r.text.trim_end().ends_with('.'))
                && !t.trim_start().starts_with(char::is_lowercase)
                && !t.contains('.'))
        {
            open = false;
            // A heading between lists is expected; any other line taken for
            // one is reported, not dropped silently.
            if !out.is_empty() && !is_heading(t) {
                skipped.push(Span::new(start, start + t.len()));
            }
            continue;
        }
        let Some(r) = out.last_mut() else {
            skipped.push(Span::new(start, start + t.len()));
            continue;
        };
        {
            let p = t.trim();
            if r.text.ends_with('-') && p.starts_with(char::is_lowercase) && !r.text.ends_with(" -")
            {
                r.text.pop();
                r.text.push_str(p);
            } else {
                r.text.push(' ');
                r.text.push_str(p);
            }
            r.span.end = start + t.len();
        }
    }
    for r in &mut out {
        r.text = clean(&r.text);
    }
    (out, skipped)
}

/// A list heading: "References", "Список литературы", "Bibliography", ...
fn is_heading(line: &str) -> bool {
    let l = line.trim().trim_end_matches(':').to_lowercase();
    [
        "references",
        "bibliography",
        "literature",
        "sources",
        "works cited",
        "notes",
        "литература",
        "список литературы",
        "источники",
        "список источников",
        "примечания",
        "источники и литература",
        "библиография",
    ]
    .iter()
    .any(|h| l == *h || l.starts_with(&format!("{h} ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_markers_wrapped_lines_and_hyphens() {
        let src = "Литература\n1. Иванов И. И. Очень длин-\nная книга. М., 1990.\n[2] Second\n  line.\n3) Third.\n";
        let refs = segment(src);
        let got: Vec<(u32, &str)> = refs.iter().map(|r| (r.number, r.text.as_str())).collect();
        assert_eq!(
            got,
            [
                (1, "Иванов И. И. Очень длинная книга. М., 1990."),
                (2, "Second line."),
                (3, "Third.")
            ]
        );
        assert_eq!(&src[refs[1].span.start..refs[1].span.end], "[2] Second\n  line.");
    }

    #[test]
    fn a_line_taken_for_a_heading_is_reported_unless_it_is_one() {
        let src = "1. Smith J. A book. London: Routledge, 2001.\nCambridge University Press\n\nReferences\n2. Jones K. Another. Oxford: OUP, 2002.\n";
        let (refs, skipped) = segment_with_skipped(src);
        assert_eq!(refs.len(), 2);
        let lines: Vec<&str> = skipped.iter().map(|s| &src[s.start..s.end]).collect();
        assert_eq!(lines, ["Cambridge University Press"]);
    }
}
