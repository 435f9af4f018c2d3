//! Which plain-text reader fits a text: an article, a run of numbered notes, or a
//! numbered reference list.

/// The kinds of plain text the `text` format tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextKind {
    /// A whole article: running text with footnotes (and maybe a reference list).
    Article,
    /// Footnotes, one numbered note per block.
    Notes,
    /// A numbered reference list.
    Refs,
}

/// Which plain-text reader fits: an article (running text with footnotes), a
/// run of numbered notes, or a numbered list.
pub fn detect(src: &str) -> TextKind {
    let lines: Vec<&str> =
        src.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    if lines.is_empty() {
        return TextKind::Notes;
    }
    let numbered =
        lines.iter().filter(|l| l.starts_with(|c: char| c.is_ascii_digit() || c == '[')).count();
    if numbered * 10 >= lines.len() * 6 {
        // A reference list numbers "1. ", "[2] ", "3) "; footnotes "1 " (and
        // cite archival units).
        let marked = lines
            .iter()
            .filter(|l| {
                let digits =
                    l.trim_start_matches('[').chars().take_while(char::is_ascii_digit).count();
                let after = l.trim_start_matches('[')[digits..].chars().next();
                digits > 0 && matches!(after, Some('.' | ')' | ']'))
            })
            .count();
        let archival = lines
            .iter()
            .filter(|l| {
                [" Ф. ", " Оп. ", " Д. ", " F. ", " Op. ", " D. ", " f. ", " op. ", " d. "]
                    .iter()
                    .filter(|u| l.contains(*u))
                    .count()
                    >= 2
            })
            .count();
        if marked * 10 >= numbered * 6 && archival * 10 < numbered * 3 {
            TextKind::Refs
        } else {
            TextKind::Notes
        }
    } else {
        TextKind::Article
    }
}
