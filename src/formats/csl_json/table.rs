//! The CSL-JSON mapping shared by the reader and the writers: the `custom` keys
//! that carry what CSL has no variable for, Zotero's `key: value` note lines, and
//! the CSL variables an archival unit spells out.

use crate::model::{Archival, Var};

/// The `custom` key holding our archival structure.
pub const CUSTOM_ARCHIVAL: &str = "archival";
/// The `custom` key holding languages, translations and transliterations of text fields.
pub const CUSTOM_TEXT_VARIANTS: &str = "text-variants";
/// The `custom` key listing the fields filled in from `crossref`/`xdata` parents.
pub const CUSTOM_INHERITED: &str = "inherited";
/// The `custom` key holding name languages.
pub const CUSTOM_NAME_LANGS: &str = "name-langs";
/// The `custom` key set to `true` when `note` is plain text whose `key: value`
/// lines must not be read as fields.
pub const CUSTOM_NOTE_IS_TEXT: &str = "note-is-text";
/// The `custom` key holding EDTF qualifiers (`?`, `~`, `%`) of dates, which CSL
/// can only write as `circa`.
pub const CUSTOM_DATE_QUALIFIERS: &str = "date-qualifiers";

/// Whether a note has a line our reader would take for a field.
pub(crate) fn note_has_fields(note: &str) -> bool {
    note.split('\n').any(|l| {
        cheater_line(l).is_some_and(|(k, _)| {
            k.eq_ignore_ascii_case("type") || Var::from_alias(k).is_some_and(|v| v != Var::Note)
        })
    })
}

/// `key: value` or `{:key: value}`; the key is letters, digits, `-`, `_`.
pub(crate) fn cheater_line(line: &str) -> Option<(&str, &str)> {
    let l = line.trim();
    let l = match l.strip_prefix("{:").and_then(|x| x.strip_suffix('}')) {
        Some(inner) => inner,
        None => l,
    };
    let (k, v) = l.split_once(':')?;
    let k = k.trim();
    let v = v.trim();
    if k.is_empty()
        || v.is_empty()
        || !k.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        || !k.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return None;
    }
    Some((k, v))
}

/// The CSL variables an archival unit spells out (Zotero maps only `archive` and
/// `archive_location`, so the location is the whole unit path).
pub(crate) fn archival_variables(a: &Archival) -> [(Var, Option<String>); 3] {
    [
        (Var::Archive, a.archive.abbr.clone().or_else(|| a.archive.name.clone())),
        (Var::ArchiveLocation, Some(a.location()).filter(|s| !s.is_empty())),
        (Var::ArchivePlace, a.archive.place.clone()),
    ]
}
