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
    /// The printed number (for an unnumbered list, its position from 1).
    pub number: u32,
    /// Whether the number is printed (a numbered list) or only its position.
    pub printed: bool,
    /// The text, joined and cleaned.
    pub text: String,
    /// Where it is in the input.
    pub span: Span,
}

rx!(marker, r"^\s*(?:\[(\d{1,4})\]|(\d{1,4})[.)])(\s*)");

rx!(page_number, r"^\s*[-–—]?\s*\d{1,4}\s*[-–—]?\s*$");

/// The number a line starts with, and where its text begins: "1. ", "\[2\] ",
/// "3) ", and glued to the text ("8.Кошкин", "\[24\]Zhadan") when it is the
/// number expected next. A year starting a wrapped line ("2010. С. 5") is no
/// number unless it is the one expected.
fn numbered(t: &str, expected: Option<u32>) -> Option<(u32, usize)> {
    let m = marker().captures(t)?;
    let n: u32 = m.get(1).or(m.get(2)).and_then(|x| x.as_str().parse().ok())?;
    let end = m.get(0).map_or(0, |x| x.end());
    let spaced = m.get(3).is_some_and(|s| !s.as_str().is_empty());
    let next = t[end..].chars().next();
    let glued_ok = expected.is_none_or(|e| e == n)
        && next.is_some_and(|c| c.is_alphabetic() || matches!(c, '«' | '"' | '“' | '['));
    if !spaced && !glued_ok {
        return None;
    }
    if let Some(e) = expected {
        // Out of sequence and year-like: a wrapped line, not a new reference.
        if n != e && (n >= 1000 || n > e + 20) {
            return None;
        }
    }
    Some((n, end))
}

/// Splits a list into references: "1. ", "\[2\] ", "3) " markers (also glued to
/// the text); wrapped lines joined, hyphens at line ends rejoined; heading lines
/// and page numbers skipped. A list with no numbers is split one reference per
/// paragraph (blank lines between), else one per line, lines indented under a
/// reference (a hanging indent) joined to it.
pub fn segment(src: &str) -> Vec<RawRef> {
    segment_with_skipped(src).0
}

/// [`segment`], and the spans of lines that are neither headings nor part of
/// a reference (text before the first number).
pub(super) fn segment_with_skipped(src: &str) -> (Vec<RawRef>, Vec<Span>) {
    let lines: Vec<(usize, &str)> = {
        let mut off = 0;
        src.split_inclusive('\n')
            .map(|l| {
                let start = off;
                off += l.len();
                (start, l.trim_end_matches(['\n', '\r']))
            })
            .collect()
    };
    let any_number = lines.iter().any(|(_, t)| numbered(t, None).is_some());
    let (mut out, skipped) =
        if any_number { numbered_list(&lines) } else { unnumbered_list(&lines) };
    for r in &mut out {
        r.text = clean(&r.text);
    }
    (out, skipped)
}

/// Appends a wrapped line to a reference, rejoining a word hyphenated at the break.
fn join(r: &mut RawRef, start: usize, t: &str) {
    let p = t.trim();
    if r.text.ends_with('-') && p.starts_with(char::is_lowercase) && !r.text.ends_with(" -") {
        r.text.pop();
        r.text.push_str(p);
    } else {
        r.text.push(' ');
        r.text.push_str(p);
    }
    r.span.end = start + t.len();
}

fn numbered_list(lines: &[(usize, &str)]) -> (Vec<RawRef>, Vec<Span>) {
    let mut out: Vec<RawRef> = Vec::new();
    let mut skipped = Vec::new();
    let mut open = false;
    for &(start, t) in lines {
        if t.trim().is_empty() {
            continue;
        }
        let expected = out.last().map(|r| r.number + 1);
        if let Some((n, end)) = numbered(t, expected) {
            let text = t[end..].to_string();
            out.push(RawRef {
                number: n,
                printed: true,
                text,
                span: Span::new(start, start + t.len()),
            });
            open = true;
            continue;
        }
        // A page number between the pages of a list.
        if open && page_number().is_match(t) {
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
        match out.last_mut() {
            Some(r) => join(r, start, t),
            None => skipped.push(Span::new(start, start + t.len())),
        }
    }
    (out, skipped)
}

fn indent(t: &str) -> usize {
    t.len() - t.trim_start().len()
}

/// A list without numbers: one reference per paragraph when blank lines part
/// them, else one per line (a line indented more than the list's references, or
/// continuing a hyphenated word, belongs to the one before).
fn unnumbered_list(lines: &[(usize, &str)]) -> (Vec<RawRef>, Vec<Span>) {
    let text_lines: Vec<&(usize, &str)> =
        lines.iter().filter(|(_, t)| !t.trim().is_empty()).collect();
    // Paragraph blocks of a few lines each: one reference a block.
    let blocks = lines
        .iter()
        .enumerate()
        .filter(|(i, (_, t))| !t.trim().is_empty() && (*i == 0 || lines[i - 1].1.trim().is_empty()))
        .count();
    let paragraphs = blocks >= 2 && blocks < text_lines.len() && blocks * 3 >= text_lines.len();
    let base = text_lines.iter().map(|(_, t)| indent(t)).min().unwrap_or(0);
    let mut out: Vec<RawRef> = Vec::new();
    let mut skipped = Vec::new();
    let mut after_blank = true;
    for &(start, t) in lines {
        if t.trim().is_empty() {
            after_blank = true;
            continue;
        }
        if is_heading(t) || page_number().is_match(t) || !t.chars().any(char::is_alphabetic) {
            after_blank = true;
            continue;
        }
        let hanging = indent(t) > base;
        let continues = out.last().is_some_and(|r| {
            r.text.ends_with('-') && t.trim_start().starts_with(char::is_lowercase)
        });
        let new_ref = if paragraphs { after_blank } else { !hanging && !continues };
        after_blank = false;
        if new_ref || out.is_empty() {
            let number = out.len() as u32 + 1;
            out.push(RawRef {
                number,
                printed: false,
                text: t.trim().to_string(),
                span: Span::new(start, start + t.len()),
            });
        } else if let Some(r) = out.last_mut() {
            join(r, start, t);
        } else {
            skipped.push(Span::new(start, start + t.len()));
        }
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
    fn glued_numbers_years_and_page_numbers() {
        let src = "7. Первая книга. М.,\n2010. 300 с.\n8.Кошкин А. А. Книга. М., 2001.\n\n  12\n\n[9]Zhadan V. Title. Moscow, 2003.\n10. Last.\n";
        let refs = segment(src);
        let got: Vec<(u32, &str)> = refs.iter().map(|r| (r.number, r.text.as_str())).collect();
        assert_eq!(
            got,
            [
                (7, "Первая книга. М., 2010. 300 с."),
                (8, "Кошкин А. А. Книга. М., 2001."),
                (9, "Zhadan V. Title. Moscow, 2003."),
                (10, "Last.")
            ]
        );
        assert!(refs.iter().all(|r| r.printed));
    }

    #[test]
    fn unnumbered_lists_by_line_hanging_indent_or_paragraph() {
        let lines = "Smith, J. A book. London, 2001.\nJones, K. Another very long\n    title. Oxford, 2002.\nBrown, A. Third. Paris, 1999.\n";
        let got: Vec<String> = segment(lines)
            .into_iter()
            .map(|r| format!("{}:{}:{}", r.number, r.printed, r.text))
            .collect();
        assert_eq!(
            got,
            [
                "1:false:Smith, J. A book. London, 2001.",
                "2:false:Jones, K. Another very long title. Oxford, 2002.",
                "3:false:Brown, A. Third. Paris, 1999."
            ]
        );
        let paras = "Smith, J. A book.\nLondon, 2001.\n\nJones, K. Another.\nOxford, 2002.\n";
        let got: Vec<String> = segment(paras).into_iter().map(|r| r.text).collect();
        assert_eq!(got, ["Smith, J. A book. London, 2001.", "Jones, K. Another. Oxford, 2002."]);
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
