//! The EndNote XML mapping: EndNote's reference types and the elements of a
//! record, one row per case. EndNote gives a field another meaning in another
//! type (`secondary-title` is the journal of a Journal Article, the series of a
//! Book), so the rows of [`TYPE_FIELDS`] for a type group come before the
//! general rows of [`FIELDS`].

use crate::model::{EntryType as T, Var};

/// EndNote's reference type (as its `name` attribute spells it, and its number
/// in EndNote's own table) and the CSL type.
pub(super) const TYPES: &[(&str, u32, T)] = &[
    ("Journal Article", 17, T::ArticleJournal),
    ("Book", 6, T::Book),
    ("Book Section", 5, T::Chapter),
    ("Edited Book", 28, T::Book),
    ("Electronic Book", 44, T::Book),
    ("Electronic Book Section", 60, T::Chapter),
    ("Electronic Article", 43, T::ArticleJournal),
    ("Conference Paper", 47, T::PaperConference),
    ("Conference Proceedings", 10, T::PaperConference),
    ("Thesis", 32, T::Thesis),
    ("Report", 27, T::Report),
    ("Government Document", 46, T::Report),
    ("Newspaper Article", 23, T::ArticleNewspaper),
    ("Magazine Article", 19, T::ArticleMagazine),
    ("Web Page", 12, T::Webpage),
    ("Generic", 13, T::Document),
    ("Manuscript", 36, T::Manuscript),
    ("Unpublished Work", 34, T::Manuscript),
    ("Personal Communication", 26, T::PersonalCommunication),
    ("Patent", 25, T::Patent),
    ("Map", 20, T::Map),
    ("Film or Broadcast", 21, T::MotionPicture),
    ("Audiovisual Material", 3, T::MotionPicture),
    ("Computer Program", 9, T::Software),
    ("Dataset", 59, T::Dataset),
    ("Encyclopedia", 53, T::EntryEncyclopedia),
    ("Dictionary", 52, T::EntryDictionary),
    ("Case", 7, T::LegalCase),
    ("Statute", 31, T::Legislation),
    ("Bill", 4, T::Bill),
    ("Hearing", 14, T::Hearing),
    ("Artwork", 2, T::Graphic),
    ("Figure", 37, T::Figure),
    ("Interview", 64, T::Interview),
    ("Standard", 58, T::Standard),
    ("Pamphlet", 24, T::Pamphlet),
    ("Classical Work", 49, T::Classic),
    ("Serial", 57, T::Periodical),
    ("Blog", 56, T::PostWeblog),
    ("Music", 61, T::MusicalScore),
    ("Catalog", 8, T::Book),
    ("Chart or Table", 38, T::Graphic),
];

/// The CSL type of a `ref-type` element: by its `name`, else by its number.
pub(super) fn csl_type(name: Option<&str>, number: &str) -> Option<T> {
    let by_name = name.and_then(|n| TYPES.iter().find(|r| r.0.eq_ignore_ascii_case(n.trim())));
    let by_number =
        || number.trim().parse::<u32>().ok().and_then(|n| TYPES.iter().find(|r| r.1 == n));
    by_name.or_else(by_number).map(|r| r.2)
}

/// What an element's text becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Target {
    /// A text or number variable.
    Text(Var),
    /// A name variable: one `author` child per name.
    Names(Var),
}

use Target::*;

/// Book-like types: `secondary-title` is the series, `secondary-authors` the
/// series editors, `tertiary-authors` the editors, `pages` the number of pages.
const BOOKS: &[T] = &[T::Book, T::Periodical];
/// Types whose `secondary-title` is a series.
const SERIES: &[T] = &[T::Report, T::Map, T::Software, T::MusicalScore, T::Standard];

/// Element paths whose meaning depends on the type: (types, path, target).
pub(super) const TYPE_FIELDS: &[(&[T], &str, Target)] = &[
    (BOOKS, "titles/secondary-title", Text(Var::CollectionTitle)),
    (BOOKS, "contributors/secondary-authors", Names(Var::CollectionEditor)),
    (BOOKS, "contributors/tertiary-authors", Names(Var::Editor)),
    (BOOKS, "pages", Text(Var::NumberOfPages)),
    (SERIES, "titles/secondary-title", Text(Var::CollectionTitle)),
    (&[T::Thesis, T::Manuscript, T::Pamphlet], "pages", Text(Var::NumberOfPages)),
    (&[T::Report, T::Patent], "number", Text(Var::Number)),
    (&[T::Patent], "isbn", Text(Var::Number)),
    (&[T::Patent], "contributors/authors", Names(Var::Author)),
    (&[T::MotionPicture], "contributors/authors", Names(Var::Director)),
    (&[T::PersonalCommunication], "contributors/secondary-authors", Names(Var::Recipient)),
    (&[T::Thesis], "contributors/tertiary-authors", Names(Var::Contributor)),
    (&[T::PaperConference], "titles/tertiary-title", Text(Var::CollectionTitle)),
];

/// The general meaning of each element path (relative to `record`).
pub(super) const FIELDS: &[(&str, Target)] = &[
    ("contributors/authors", Names(Var::Author)),
    ("contributors/secondary-authors", Names(Var::Editor)),
    ("contributors/tertiary-authors", Names(Var::CollectionEditor)),
    ("contributors/subsidiary-authors", Names(Var::Translator)),
    ("titles/title", Text(Var::Title)),
    ("titles/secondary-title", Text(Var::ContainerTitle)),
    ("titles/tertiary-title", Text(Var::CollectionTitle)),
    ("titles/alt-title", Text(Var::ContainerTitleShort)),
    ("titles/short-title", Text(Var::TitleShort)),
    ("periodical/full-title", Text(Var::ContainerTitle)),
    ("periodical/abbr-1", Text(Var::ContainerTitleShort)),
    ("alt-periodical/full-title", Text(Var::ContainerTitle)),
    ("alt-periodical/abbr-1", Text(Var::ContainerTitleShort)),
    ("pages", Text(Var::Page)),
    ("volume", Text(Var::Volume)),
    ("number", Text(Var::Issue)),
    ("issue", Text(Var::Issue)),
    ("num-vols", Text(Var::NumberOfVolumes)),
    ("edition", Text(Var::Edition)),
    ("section", Text(Var::Section)),
    ("publisher", Text(Var::Publisher)),
    ("pub-location", Text(Var::PublisherPlace)),
    ("isbn", Text(Var::Isbn)),
    ("electronic-resource-num", Text(Var::Doi)),
    ("abstract", Text(Var::Abstract)),
    ("notes", Text(Var::Note)),
    ("language", Text(Var::Language)),
    ("work-type", Text(Var::Genre)),
    ("accession-num", Text(Var::ArchiveLocation)),
    ("remote-database-name", Text(Var::Archive)),
    ("remote-database-provider", Text(Var::Source)),
    ("call-num", Text(Var::CallNumber)),
    // EndNote's Label: where its users keep citation keys (Zotero reads it so).
    ("label", Text(Var::CitationKey)),
    ("orig-pub", Text(Var::OriginalTitle)),
    ("urls/related-urls/url", Text(Var::Url)),
    ("urls/web-urls/url", Text(Var::Url)),
];

/// The target of an element path in a record of type `t`.
pub(super) fn target(t: T, path: &str) -> Option<Target> {
    TYPE_FIELDS
        .iter()
        .find(|(types, p, _)| *p == path && types.contains(&t))
        .map(|r| r.2)
        .or_else(|| FIELDS.iter().find(|(p, _)| *p == path).map(|r| r.1))
}

// The `research-notes` lines our writer adds and our reader takes back.

/// The key of the research-notes line that names a CSL type EndNote lacks.
pub(super) const TYPE_LINE: &str = "type";
/// The key of the line that holds the entry's id when no label carries it.
pub(super) const ID_LINE: &str = "id";
/// The key of the line that holds the archival structure (as JSON).
pub(super) const ARCHIVAL_LINE: &str = "archival";
/// The key of the line that names the variables written only because of the
/// archival structure (the reader drops them again).
pub(super) const DERIVED_LINE: &str = "archival-derived";
/// The prefix of lines that hold an `extra` field of another format.
pub(super) const EXTRA_PREFIX: &str = "extra.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_by_name_or_number() {
        assert_eq!(csl_type(Some("Journal Article"), "17"), Some(T::ArticleJournal));
        assert_eq!(csl_type(None, "5"), Some(T::Chapter));
        assert_eq!(csl_type(Some("No Such Type"), "999"), None);
        assert_eq!(target(T::Book, "titles/secondary-title"), Some(Text(Var::CollectionTitle)));
        assert_eq!(
            target(T::ArticleJournal, "titles/secondary-title"),
            Some(Text(Var::ContainerTitle))
        );
    }
}
