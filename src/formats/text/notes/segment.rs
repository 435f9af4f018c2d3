//! Footnotes split into numbered notes.

use crate::diagnostics::Span;

/// A note as found in the input.
#[derive(Debug, Clone)]
pub struct RawNote {
    /// The printed number.
    pub number: u32,
    /// The text, lines joined.
    pub text: String,
    /// Byte span in the input (number included).
    pub span: Span,
}

/// Splits the input into numbered notes: a note starts on a line beginning
/// with its number ("12 AVP RF ...", "12. ...", "12) ..."); following lines
/// belong to it; `#` lines are comments. Hyphens at line ends are rejoined.
pub fn segment(src: &str) -> Vec<RawNote> {
    let mut out: Vec<RawNote> = Vec::new();
    let mut offset = 0;
    for line in src.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let text = line.trim_end_matches(['\n', '\r']);
        let t = text.trim_start();
        if t.starts_with('#') || t.is_empty() {
            continue;
        }
        let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
        let rest = &t[digits.len()..];
        let rest_trim = rest.trim_start_matches(['.', ')']);
        // Five- and six-digit numbers only in sequence (a long document's notes
        // 10000 on; never the first note).
        let starts_note = !digits.is_empty()
            && (digits.len() <= 4 || (digits.len() <= 6 && !out.is_empty()))
            && rest_trim.starts_with([' ', '\t', '\u{a0}'])
            && !rest_trim.trim().is_empty();
        let number = digits.parse::<u32>().unwrap_or(0);
        let next_ok = match out.last() {
            None => true,
            Some(prev) => {
                number == prev.number + 1 || (number > prev.number && number <= prev.number + 3)
            }
        };
        if starts_note && next_ok {
            out.push(RawNote {
                number,
                text: rest_trim.trim().to_string(),
                span: Span::new(start, start + text.len()),
            });
        } else if let Some(prev) = out.last_mut() {
            let t = t.trim();
            if prev.text.ends_with('-')
                && !prev.text.ends_with(" -")
                && t.chars().next().is_some_and(char::is_lowercase)
            {
                prev.text.pop();
                prev.text.push_str(t);
            } else {
                prev.text.push(' ');
                prev.text.push_str(t);
            }
            prev.span.end = start + text.len();
        }
    }
    for n in &mut out {
        n.text = n.text.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segmentation_joins_lines_and_skips_comments() {
        let n = segment("# c\n1 Foreign Policy Archive of the Russian Federation (AVP\n\nRF). F. 0146.\n2 For more, see: [15].\n");
        assert_eq!(n.len(), 2);
        assert_eq!(
            n[0].text,
            "Foreign Policy Archive of the Russian Federation (AVP RF). F. 0146."
        );
        // Notes 10000 on go on in sequence; a five-digit number out of it is text.
        let n = segment("9999 A.\n10000 B.\n10001 C.\n20000 D.\n");
        assert_eq!(n.iter().map(|x| x.number).collect::<Vec<_>>(), [9999, 10000, 10001]);
        assert_eq!(n[2].text, "C. 20000 D.");
    }
}
