//! A reference string cut into tokens as GROBID cuts it: white space separates,
//! every punctuation mark is a token of its own (a run of the same mark, `//` or
//! `...`, is one), and digits are split from letters, so `2019;14(3):153-60` is
//! `2019 ; 14 ( 3 ) : 153 - 60`.

/// One token: its text and byte span in the string, and whether white space
/// came before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// The token's text.
    pub text: &'a str,
    /// Byte offset of its start in the string.
    pub start: usize,
    /// Byte offset of its end.
    pub end: usize,
    /// White space (or the start of the string) before it.
    pub space_before: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Space,
    Letter,
    Digit,
    Mark(char),
}

fn class(c: char) -> Class {
    if c.is_whitespace() {
        Class::Space
    } else if c.is_ascii_digit() {
        Class::Digit
    } else if c.is_alphanumeric() || is_combining(c) {
        // Other scripts' digits (Arabic-Indic, ...) count as letters here.
        Class::Letter
    } else {
        Class::Mark(c)
    }
}

/// Combining marks stay with the letter before them ("é" written e + U+0301).
fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// The tokens of `s`.
///
/// ```
/// # use refconv::formats::text::refs::tokenize;
/// let t: Vec<&str> = tokenize("Ivanov I.I. // Voprosy 2019;14(3):153-60.").iter().map(|t| t.text).collect();
/// assert_eq!(t, ["Ivanov", "I", ".", "I", ".", "//", "Voprosy", "2019", ";", "14", "(", "3", ")", ":", "153", "-", "60", "."]);
/// let t: Vec<&str> = tokenize("O'Brien, ‘Japan’s’").iter().map(|t| t.text).collect();
/// assert_eq!(t, ["O'Brien", ",", "‘", "Japan’s", "’"]);
/// ```
pub fn tokenize(s: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut current: Option<Class> = None;
    let mut space_before = true;
    for (i, c) in s.char_indices() {
        let mut k = class(c);
        // An apostrophe between letters is part of the word: "Japan’s",
        // "O'Brien", "l’histoire".
        if matches!(c, '\'' | '’' | 'ʼ')
            && current == Some(Class::Letter)
            && s[i + c.len_utf8()..].chars().next().is_some_and(char::is_alphabetic)
        {
            k = Class::Letter;
        }
        if Some(k) == current && !matches!(k, Class::Space) {
            continue;
        }
        if let Some(prev) = current {
            if prev != Class::Space {
                out.push(Token { text: &s[start..i], start, end: i, space_before });
                space_before = false;
            }
        }
        if k == Class::Space {
            space_before = true;
        }
        current = Some(k);
        start = i;
    }
    if let Some(prev) = current {
        if prev != Class::Space {
            out.push(Token { text: &s[start..], start, end: s.len(), space_before });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn splits_marks_digits_and_keeps_spans() {
        assert_eq!(
            texts("Т. 18 (7-1). С. 5–9"),
            ["Т", ".", "18", "(", "7", "-", "1", ")", ".", "С", ".", "5", "–", "9"]
        );
        assert_eq!(texts("1999b... «Война»"), ["1999", "b", "...", "«", "Война", "»"]);
        assert_eq!(texts("  "), Vec::<&str>::new());
        let s = "Ab  12,c";
        let t = tokenize(s);
        assert!(t.iter().all(|t| &s[t.start..t.end] == t.text));
        assert_eq!(
            t.iter().map(|t| t.space_before).collect::<Vec<_>>(),
            [true, true, false, false]
        );
        assert_eq!(texts("café e\u{301}tude"), ["café", "e\u{301}tude"]);
    }
}
