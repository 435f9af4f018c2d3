//! The TEI mapping shared by the reader and the writer: markup, levels, the
//! variables with a TEI element of their own, `biblScope` units and `idno` types.

use crate::model::{EntryType, Var};

/// The TEI namespace.
pub const NS: &str = "http://www.tei-c.org/ns/1.0";

/// CSL rich-text markup <-> TEI, one row per case: (open tag, close tag, TEI open).
pub(crate) const MARKUP: &[(&str, &str, &str)] = &[
    ("<i>", "</i>", "<hi rend=\"italic\">"),
    ("<b>", "</b>", "<hi rend=\"bold\">"),
    ("<sup>", "</sup>", "<hi rend=\"superscript\">"),
    ("<sub>", "</sub>", "<hi rend=\"subscript\">"),
    ("<span style=\"font-variant:small-caps;\">", "</span>", "<hi rend=\"smallcaps\">"),
    ("<span class=\"nocase\">", "</span>", "<hi rend=\"nocase\">"),
];

/// Types whose `title` is a part (`analytic`) of a container (`monogr`).
pub(crate) fn is_analytic(kind: EntryType) -> bool {
    matches!(
        kind,
        EntryType::ArticleJournal
            | EntryType::ArticleMagazine
            | EntryType::ArticleNewspaper
            | EntryType::Article
            | EntryType::Chapter
            | EntryType::PaperConference
            | EntryType::EntryEncyclopedia
            | EntryType::EntryDictionary
            | EntryType::Entry
            | EntryType::Review
            | EntryType::ReviewBook
            | EntryType::PostWeblog
            | EntryType::Post
    )
}

/// The TEI `@level` of the container title (or of the title, for a monograph).
pub(crate) fn monogr_level(kind: EntryType) -> &'static str {
    match kind {
        EntryType::ArticleJournal
        | EntryType::ArticleMagazine
        | EntryType::ArticleNewspaper
        | EntryType::Article
        | EntryType::Periodical => "j",
        EntryType::Manuscript
        | EntryType::Thesis
        | EntryType::Report
        | EntryType::Document
        | EntryType::PersonalCommunication
        | EntryType::Interview
        | EntryType::Speech => "u",
        _ => "m",
    }
}

/// Variables with a TEI element of their own (the rest become `<note type="csl">`).
pub(crate) const MAPPED: &[Var] = &[
    Var::Title,
    Var::TitleShort,
    Var::ContainerTitle,
    Var::ContainerTitleShort,
    Var::CollectionTitle,
    Var::Author,
    Var::Editor,
    Var::Translator,
    Var::ContainerAuthor,
    Var::Issued,
    Var::Publisher,
    Var::PublisherPlace,
    Var::Volume,
    Var::Issue,
    Var::Page,
    Var::ChapterNumber,
    Var::CollectionNumber,
    Var::Edition,
    Var::NumberOfPages,
    Var::Doi,
    Var::Isbn,
    Var::Issn,
    Var::Url,
    Var::Language,
];

/// `biblScope` units, one row per variable.
pub(crate) const SCOPES: &[(Var, &str)] = &[
    (Var::Volume, "volume"),
    (Var::Issue, "issue"),
    (Var::ChapterNumber, "chapter"),
    (Var::Page, "page"),
];

/// `idno` types, one row per variable.
pub(crate) const IDNOS: &[(Var, &str)] =
    &[(Var::Doi, "DOI"), (Var::Isbn, "ISBN"), (Var::Issn, "ISSN")];
