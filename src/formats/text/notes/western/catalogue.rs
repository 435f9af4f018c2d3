//! Numbers of a museum's or library's own catalogue printed after its name, as
//! British notes cite the Imperial War Museum: `IWM Sound Archive 2207` (the
//! sound archive a collection, the recording's number its shelfmark),
//! `IWM Document 9858`, `Documents.12345` (a collection of private papers: the
//! item).

use super::state::Read;
use crate::model::Level;

/// The collections cited by a number after their name.
const NUMBERED_COLLECTIONS: &[&str] = &["Sound Archive", "Oral History", "Film Archive"];

/// The words that give a private papers' catalogue number.
const DOCUMENT_WORDS: &[&str] = &["Documents.", "Documents", "Document", "Docs."];

/// A catalogue number read (`Sound Archive 2207`, `Document 9858`), when `p` is one.
pub(super) fn read(p: &str) -> Option<Read> {
    let p = p.trim().trim_end_matches('.');
    let number = |s: &str| {
        let s = s.trim();
        (!s.is_empty()
            && s.starts_with(|x: char| x.is_ascii_digit())
            && s.chars().all(|x| x.is_ascii_digit() || matches!(x, '/' | '-')))
        .then(|| s.to_string())
    };
    let mut r = Read::default();
    for name in NUMBERED_COLLECTIONS {
        if let Some(n) = p.strip_prefix(name).and_then(number) {
            r.units.push((Level::Collection, name.to_string()));
            r.units.push((Level::Shelfmark, n));
            return Some(r);
        }
    }
    for word in DOCUMENT_WORDS {
        if let Some(n) = p.strip_prefix(word).and_then(number) {
            r.units.push((Level::Item, n));
            return Some(r);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sound_archive_and_documents() {
        let units = |p: &str| read(p).map(|r| r.units.into_iter().map(|u| u.1).collect::<Vec<_>>());
        assert_eq!(units("Sound Archive 2207"), Some(vec!["Sound Archive".into(), "2207".into()]));
        assert_eq!(units("Document 9858."), Some(vec!["9858".to_string()]));
        assert_eq!(units("Documents.12345"), Some(vec!["12345".to_string()]));
        assert_eq!(units("Sound Archive"), None);
        assert_eq!(units("Documents on British Policy"), None);
    }
}
