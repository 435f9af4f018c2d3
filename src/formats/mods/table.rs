//! The MODS mapping, one row per case, shared by the reader and the writer:
//! CSL types ↔ MARC genre terms (`genre authority="marcgt"`), `typeOfResource`
//! and whether the item is part of a host (`relatedItem type="host"`); name
//! variables ↔ MARC relator codes; number variables ↔ `part/detail/@type`;
//! identifiers ↔ `identifier/@type`. Readers of other writers' MODS also get
//! the genre terms Zotero and the Library of Congress use, and Zotero's item
//! types (its `genre authority="local"`).

use crate::model::{EntryType as T, Var};

/// MODS's namespace.
pub(super) const NS: &str = "http://www.loc.gov/mods/v3";
/// The namespace of our `<extension>` content: what MODS has no element for.
pub(super) const EXT_NS: &str = "urn:x-refconv:mods";
/// The authority of the genre that names the CSL type exactly.
pub(super) const CSL_AUTHORITY: &str = "csl";

/// Where an item of a type sits: alone, or in a monograph (a chapter in a book,
/// an entry in an encyclopedia) or a serial (an article in a journal). A part's
/// container title, editors, publication facts and numbering are written in
/// its `relatedItem type="host"`, as Zotero writes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Host {
    /// Not part of a host.
    None,
    /// Part of a monograph.
    Monograph,
    /// Part of a serial (`issuance` continuing).
    Serial,
}

/// A CSL type, the MARC genre term written for it (in the host for parts), its
/// `typeOfResource`, and its host.
pub(super) const TYPES: &[(T, Option<&str>, &str, Host)] = &[
    (T::Article, None, "text", Host::None),
    (T::ArticleJournal, Some("journal"), "text", Host::Serial),
    (T::ArticleMagazine, Some("periodical"), "text", Host::Serial),
    (T::ArticleNewspaper, Some("newspaper"), "text", Host::Serial),
    (T::Bill, Some("legislation"), "text", Host::None),
    (T::Book, Some("book"), "text", Host::None),
    (T::Broadcast, Some("television program"), "moving image", Host::None),
    (T::Chapter, Some("book"), "text", Host::Monograph),
    (T::Classic, Some("book"), "text", Host::None),
    (T::Collection, None, "mixed material", Host::None),
    (T::Dataset, Some("database"), "software, multimedia", Host::None),
    (T::Document, None, "text", Host::None),
    (T::Entry, None, "text", Host::Monograph),
    (T::EntryDictionary, Some("dictionary"), "text", Host::Monograph),
    (T::EntryEncyclopedia, Some("encyclopedia"), "text", Host::Monograph),
    (T::Event, None, "mixed material", Host::None),
    (T::Figure, Some("picture"), "still image", Host::None),
    (T::Graphic, Some("art original"), "still image", Host::None),
    (T::Hearing, None, "text", Host::None),
    (T::Interview, Some("interview"), "text", Host::None),
    (T::LegalCase, Some("legal case and case notes"), "text", Host::None),
    (T::Legislation, Some("legislation"), "text", Host::None),
    (T::Manuscript, None, "text", Host::None),
    (T::Map, Some("map"), "cartographic", Host::None),
    (T::MotionPicture, Some("motion picture"), "moving image", Host::None),
    (T::MusicalScore, None, "notated music", Host::None),
    (T::Pamphlet, None, "text", Host::None),
    (T::PaperConference, Some("conference publication"), "text", Host::Monograph),
    (T::Patent, Some("patent"), "text", Host::None),
    (T::Performance, None, "mixed material", Host::None),
    (T::Periodical, Some("periodical"), "text", Host::None),
    (T::PersonalCommunication, Some("letter"), "text", Host::None),
    (T::Post, Some("web site"), "software, multimedia", Host::Monograph),
    (T::PostWeblog, Some("web site"), "software, multimedia", Host::Monograph),
    (T::Regulation, Some("legislation"), "text", Host::None),
    (T::Report, Some("technical report"), "text", Host::None),
    (T::Review, Some("review"), "text", Host::Serial),
    (T::ReviewBook, Some("review"), "text", Host::Serial),
    (T::Software, None, "software, multimedia", Host::None),
    (T::Song, Some("sound"), "sound recording", Host::None),
    (T::Speech, Some("speech"), "text", Host::None),
    (T::Standard, Some("standard or specification"), "text", Host::None),
    (T::Thesis, Some("thesis"), "text", Host::None),
    (T::Treaty, Some("treaty"), "text", Host::None),
    (T::Webpage, Some("web site"), "software, multimedia", Host::Monograph),
];

/// The row of a type.
pub(super) fn type_row(t: T) -> (Option<&'static str>, &'static str, Host) {
    TYPES.iter().find(|r| r.0 == t).map_or((None, "text", Host::None), |r| (r.1, r.2, r.3))
}

/// MARC genre terms (and the spellings Zotero and catalogues use) of the item
/// itself; the first rows for a type are what the writer uses.
pub(super) const GENRES: &[(&str, T)] = &[
    ("article", T::ArticleJournal),
    ("journal article", T::ArticleJournal),
    ("academic journal", T::ArticleJournal),
    ("legal article", T::ArticleJournal),
    ("law report or digest", T::ArticleJournal),
    ("magazine article", T::ArticleMagazine),
    ("newspaper article", T::ArticleNewspaper),
    ("book", T::Book),
    ("autobiography", T::Book),
    ("bibliography", T::Book),
    ("biography", T::Book),
    ("catalog", T::Book),
    ("comic or graphic novel", T::Book),
    ("drama", T::Book),
    ("festschrift", T::Book),
    ("fiction", T::Book),
    ("folktale", T::Book),
    ("government publication", T::Book),
    ("handbook", T::Book),
    ("history", T::Book),
    ("humor, satire", T::Book),
    ("hymnal", T::Book),
    ("memoir", T::Book),
    ("novel", T::Book),
    ("script", T::Book),
    ("yearbook", T::Book),
    ("multivolume monograph", T::Book),
    ("monograph", T::Book),
    ("conference publication", T::PaperConference),
    ("dictionary", T::EntryDictionary),
    ("encyclopedia", T::EntryEncyclopedia),
    ("art original", T::Graphic),
    ("art reproduction", T::Graphic),
    ("chart", T::Graphic),
    ("comic strip", T::Graphic),
    ("diorama", T::Graphic),
    ("graphic", T::Graphic),
    ("picture", T::Graphic),
    ("slide", T::Graphic),
    ("transparency", T::Graphic),
    ("filmstrip", T::MotionPicture),
    ("motion picture", T::MotionPicture),
    ("videorecording", T::MotionPicture),
    ("radio program", T::Broadcast),
    ("television program", T::Broadcast),
    ("globe", T::Map),
    ("atlas", T::Map),
    ("map", T::Map),
    ("legal case and case notes", T::LegalCase),
    ("legal case", T::LegalCase),
    ("legislation", T::Legislation),
    ("loose-leaf", T::Manuscript),
    ("patent", T::Patent),
    ("online system or service", T::Webpage),
    ("web site", T::Webpage),
    ("website", T::Webpage),
    ("blog", T::PostWeblog),
    ("sound", T::Song),
    ("speech", T::Speech),
    ("standard or specification", T::Standard),
    ("standard", T::Standard),
    ("technical report", T::Report),
    ("report", T::Report),
    ("newspaper", T::ArticleNewspaper),
    ("journal", T::ArticleJournal),
    ("periodical", T::ArticleJournal),
    ("thesis", T::Thesis),
    ("theses", T::Thesis),
    ("dissertation", T::Thesis),
    ("letter", T::PersonalCommunication),
    ("interview", T::Interview),
    ("database", T::Dataset),
    ("numeric data", T::Dataset),
    ("review", T::Review),
    ("treaty", T::Treaty),
];

/// What a genre of the host makes of the item (a chapter of a book, an article
/// of a journal).
pub(super) const HOST_GENRES: &[(&str, T)] = &[
    ("book", T::Chapter),
    ("journal", T::ArticleJournal),
    ("academic journal", T::ArticleJournal),
    ("periodical", T::ArticleJournal),
    ("newspaper", T::ArticleNewspaper),
    ("conference publication", T::PaperConference),
    ("encyclopedia", T::EntryEncyclopedia),
    ("dictionary", T::EntryDictionary),
    ("web site", T::Webpage),
    ("blog", T::PostWeblog),
];

/// `typeOfResource` values that tell the type on their own.
pub(super) const RESOURCES: &[(&str, T)] = &[
    ("cartographic", T::Map),
    ("notated music", T::MusicalScore),
    ("sound recording-musical", T::Song),
    ("sound recording-nonmusical", T::Song),
    ("sound recording", T::Song),
    ("still image", T::Graphic),
    ("moving image", T::MotionPicture),
    ("software, multimedia", T::Software),
];

/// Zotero's item types, as its MODS export names them in `genre
/// authority="local"`.
pub(super) const ZOTERO_TYPES: &[(&str, T)] = &[
    ("artwork", T::Graphic),
    ("audioRecording", T::Song),
    ("bill", T::Bill),
    ("blogPost", T::PostWeblog),
    ("book", T::Book),
    ("bookSection", T::Chapter),
    ("case", T::LegalCase),
    ("computerProgram", T::Software),
    ("conferencePaper", T::PaperConference),
    ("dataset", T::Dataset),
    ("dictionaryEntry", T::EntryDictionary),
    ("document", T::Document),
    ("email", T::PersonalCommunication),
    ("encyclopediaArticle", T::EntryEncyclopedia),
    ("film", T::MotionPicture),
    ("forumPost", T::Post),
    ("hearing", T::Hearing),
    ("instantMessage", T::PersonalCommunication),
    ("interview", T::Interview),
    ("journalArticle", T::ArticleJournal),
    ("letter", T::PersonalCommunication),
    ("magazineArticle", T::ArticleMagazine),
    ("manuscript", T::Manuscript),
    ("map", T::Map),
    ("newspaperArticle", T::ArticleNewspaper),
    ("patent", T::Patent),
    ("podcast", T::Song),
    ("preprint", T::Article),
    ("presentation", T::Speech),
    ("radioBroadcast", T::Broadcast),
    ("report", T::Report),
    ("standard", T::Standard),
    ("statute", T::Legislation),
    ("thesis", T::Thesis),
    ("tvBroadcast", T::Broadcast),
    ("videoRecording", T::MotionPicture),
    ("webpage", T::Webpage),
];

/// Name variables and their MARC relator codes (`roleTerm type="code"
/// authority="marcrelator"`); the text term written is the CSL name. Rows
/// without a code are written with the text term alone.
pub(super) const ROLES: &[(Var, Option<&str>)] = &[
    (Var::Author, Some("aut")),
    (Var::Editor, Some("edt")),
    (Var::Translator, Some("trl")),
    (Var::Contributor, Some("ctb")),
    (Var::Compiler, Some("com")),
    (Var::Composer, Some("cmp")),
    (Var::Director, Some("drt")),
    (Var::Illustrator, Some("ill")),
    (Var::Interviewer, Some("ivr")),
    (Var::Narrator, Some("nrt")),
    (Var::Organizer, Some("orm")),
    (Var::Performer, Some("prf")),
    (Var::Producer, Some("pro")),
    (Var::Recipient, Some("rcp")),
    (Var::Curator, Some("cur")),
    (Var::Host, Some("hst")),
    (Var::ScriptWriter, Some("aus")),
    (Var::Chair, None),
    (Var::CollectionEditor, None),
    (Var::ContainerAuthor, None),
    (Var::EditorialDirector, None),
    (Var::ExecutiveProducer, None),
    (Var::Guest, None),
    (Var::OriginalAuthor, None),
    (Var::ReviewedAuthor, None),
    (Var::SeriesCreator, None),
];

/// Role terms other writers use (MARC relator terms, Zotero's creator types),
/// lower-cased, and the variable each means.
pub(super) const ROLE_TERMS: &[(&str, Var)] = &[
    ("creator", Var::Author),
    ("cre", Var::Author),
    ("associated name", Var::Contributor),
    ("asn", Var::Contributor),
    ("committee member", Var::Contributor),
    ("editor of compilation", Var::Editor),
    ("addressee", Var::Recipient),
    ("screenwriter", Var::ScriptWriter),
    ("scriptwriter", Var::ScriptWriter),
    ("serieseditor", Var::CollectionEditor),
    ("bookauthor", Var::ContainerAuthor),
    ("castmember", Var::Performer),
    ("actor", Var::Performer),
    ("moderator", Var::Chair),
    ("publishing director", Var::CollectionEditor),
    ("pbd", Var::CollectionEditor),
];

/// Number variables written as `part/detail/@type`.
pub(super) const DETAILS: &[(Var, &str)] = &[
    (Var::Volume, "volume"),
    (Var::Issue, "issue"),
    (Var::Section, "section"),
    (Var::ChapterNumber, "chapter"),
    (Var::Number, "number"),
    (Var::Supplement, "supplement"),
    (Var::Part, "part"),
];

/// Identifier variables and `identifier/@type`; ISBN and ISSN name the host of
/// a part.
pub(super) const IDENTIFIERS: &[(Var, &str)] = &[
    (Var::Doi, "doi"),
    (Var::Isbn, "isbn"),
    (Var::Issn, "issn"),
    (Var::Pmid, "pmid"),
    (Var::Pmcid, "pmcid"),
    (Var::CitationKey, "citekey"),
];

/// Date variables written as `originInfo/dateOther/@type` (beside `issued` as
/// `dateIssued` and `accessed` on the URL).
pub(super) const OTHER_DATES: &[(Var, &str)] = &[
    (Var::OriginalDate, "original"),
    (Var::EventDate, "event"),
    (Var::AvailableDate, "available"),
    (Var::Submitted, "submitted"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_type_has_one_row_and_reads_back() {
        for t in T::ALL {
            assert_eq!(TYPES.iter().filter(|r| r.0 == *t).count(), 1, "{t:?}");
        }
        for (v, _) in ROLES {
            assert_eq!(v.kind(), crate::model::VarKind::Names, "{v:?}");
        }
        for (v, _) in DETAILS.iter().chain(IDENTIFIERS) {
            assert_ne!(v.kind(), crate::model::VarKind::Names);
        }
    }
}
