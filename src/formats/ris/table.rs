//! The RIS mapping shared by the reader and the writer: RIS reference types and
//! CSL types, and tags and model fields, one row per case.
//!
//! The tag meanings follow the RIS specification (RefMan 2011) as EndNote writes
//! it and Zotero's RIS translator reads it (its test cases in
//! `../shared/corpus/ris-zotero/` document the mapping per type): a tag can mean
//! another field in another type (`T2` is the journal of a `JOUR` but the series
//! of a `BOOK`), so the rows of [`TYPE_TAGS`] for a type come before the general
//! rows of [`TAGS`]. The writer uses the same rows: a field is written under the
//! first tag that reads back into it for the entry's type.

use crate::model::{EntryType as T, Var};

/// What a tag's value becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Target {
    /// A text or number variable.
    Text(Var),
    /// A name variable (one name per tag line).
    Name(Var),
    /// A date variable (`YYYY/MM/DD/other`).
    Date(Var),
    /// The first page (`SP`), joined with [`Target::PageEnd`] into `page`.
    PageStart,
    /// The last page (`EP`).
    PageEnd,
    /// One keyword per tag line.
    Keyword,
    /// `SN`: ISBN or ISSN, told apart by the type and the value's form.
    Serial,
    /// The reference id (`ID`).
    Id,
    /// Kept in `extra` under the tag: a tag a type uses for something the
    /// model has no field for.
    Keep,
}

use Target::*;

/// RIS reference type and CSL type. The first row of a CSL type is the one the
/// writer uses. Zotero's choices are followed except where CSL has the exact type
/// and Zotero has not (`UNPB` is a manuscript, not a journal article; `MUSIC` is
/// a score; `PAMP` a pamphlet; `FIGURE` a figure; `STAND` a standard; `CLSWK` and
/// `ANCIENT` classics; `GEN`, `GRANT` documents).
pub(super) const TYPES: &[(&str, T)] = &[
    ("JOUR", T::ArticleJournal),
    ("BOOK", T::Book),
    ("CHAP", T::Chapter),
    ("CONF", T::PaperConference),
    ("THES", T::Thesis),
    ("RPRT", T::Report),
    ("NEWS", T::ArticleNewspaper),
    ("MGZN", T::ArticleMagazine),
    ("WEB", T::Webpage),
    ("BLOG", T::PostWeblog),
    ("MANSCPT", T::Manuscript),
    ("PCOMM", T::PersonalCommunication),
    ("DATA", T::Dataset),
    ("COMP", T::Software),
    ("MAP", T::Map),
    ("PAT", T::Patent),
    ("CASE", T::LegalCase),
    ("LEGAL", T::Regulation),
    ("STAT", T::Legislation),
    ("BILL", T::Bill),
    ("HEAR", T::Hearing),
    ("ART", T::Graphic),
    ("FIGURE", T::Figure),
    ("MPCT", T::MotionPicture),
    ("MUSIC", T::MusicalScore),
    ("SOUND", T::Song),
    ("ENCYC", T::EntryEncyclopedia),
    ("DICT", T::EntryDictionary),
    ("PAMP", T::Pamphlet),
    ("STAND", T::Standard),
    ("CLSWK", T::Classic),
    ("INTV", T::Interview),
    ("SLIDE", T::Speech),
    ("JFULL", T::Periodical),
    ("GEN", T::Document),
    ("POD", T::Broadcast),
    ("UNPB", T::Manuscript),
    ("ICOMM", T::PersonalCommunication),
    ("ELEC", T::Webpage),
    ("DBASE", T::Dataset),
    ("EBOOK", T::Book),
    ("EDBOOK", T::Book),
    ("SER", T::Book),
    ("CTLG", T::Book),
    ("ECHAP", T::Chapter),
    ("EJOUR", T::ArticleJournal),
    ("ABST", T::ArticleJournal),
    ("INPR", T::ArticleJournal),
    ("CPAPER", T::PaperConference),
    ("PRESS", T::ArticleNewspaper),
    ("UNBILL", T::Bill),
    ("ADVS", T::MotionPicture),
    ("VIDEO", T::MotionPicture),
    ("MULTI", T::MotionPicture),
    ("CHART", T::Graphic),
    ("ANCIENT", T::Classic),
    ("GOVDOC", T::Report),
    ("GRANT", T::Document),
    ("AGGR", T::Document),
    ("EQUA", T::Document),
];

/// Type names as other programs write them (`TY  - Journal Article`).
const TYPE_ALIASES: &[(&str, &str)] = &[
    ("JOURNAL ARTICLE", "JOUR"),
    ("BOOK SECTION", "CHAP"),
    ("CONFERENCE PAPER", "CPAPER"),
    ("CONFERENCE PROCEEDINGS", "CONF"),
    ("REPORT", "RPRT"),
    ("THESIS", "THES"),
    ("NEWSPAPER ARTICLE", "NEWS"),
    ("MAGAZINE ARTICLE", "MGZN"),
    ("WEB PAGE", "WEB"),
    ("GENERIC", "GEN"),
    ("INPROCEEDINGS", "CPAPER"),
];

/// The CSL type of a RIS type (case-insensitive; long names accepted); `None` when
/// no row knows it.
pub(super) fn csl_type(ris: &str) -> Option<T> {
    let up = ris.trim().to_ascii_uppercase();
    let code = TYPE_ALIASES.iter().find(|(long, _)| *long == up).map_or(up.as_str(), |r| r.1);
    TYPES
        .iter()
        .find(|(r, _)| *r == code)
        // A code with letters added ("Journ", "JOURNAL"): the code it starts with.
        .or_else(|| {
            TYPES
                .iter()
                .find(|(r, _)| r.len() >= 4 && code.len() == r.len() + 1 && code.starts_with(r))
        })
        .map(|r| r.1)
}

/// The RIS type written for a CSL type; `None` when RIS has none (the writer
/// writes `GEN` and says so).
pub(super) fn ris_type(t: T) -> Option<&'static str> {
    TYPES.iter().find(|(_, c)| *c == t).map(|r| r.0)
}

/// Tags whose meaning depends on the type: (types, tag, target). Read before
/// [`TAGS`]; the writer looks here first too.
pub(super) const TYPE_TAGS: &[(&[&str], &str, Target)] = &[
    // Books: T2 is the series, A2 the series editor, A3 the editor (EndNote's
    // "Book" as RIS writes it), M1 the series number, SP the number of pages.
    (BOOKS, "T2", Text(Var::CollectionTitle)),
    (BOOKS, "A2", Name(Var::CollectionEditor)),
    (BOOKS, "A3", Name(Var::Editor)),
    (BOOKS, "M1", Text(Var::CollectionNumber)),
    (BOOKS, "SP", Text(Var::NumberOfPages)),
    // A book has no issue: ProCite's `IS` there is the volume.
    (BOOKS, "IS", Text(Var::Volume)),
    (&["EDBOOK"], "AU", Name(Var::Editor)),
    // Chapters: T2 is the book, T3 the series, M1 the number of volumes.
    (CHAPTERS, "SV", Text(Var::CollectionNumber)),
    (CHAPTERS, "M1", Text(Var::NumberOfVolumes)),
    (CHAPTERS, "SE", Text(Var::ChapterNumber)),
    // Reports, maps, programs, recordings: T2 (or T3) is the series.
    (SERIES_T2, "T2", Text(Var::CollectionTitle)),
    (&["RPRT", "GOVDOC", "STAND"], "SN", Text(Var::Number)),
    (&["THES", "MANSCPT", "PAMP"], "SP", Text(Var::NumberOfPages)),
    // Conference papers (EndNote): C1 is the place of publication, CY the
    // conference's place, C3 the proceedings (then T2 is the conference's name:
    // see the reader).
    (CONFS, "T2", Text(Var::ContainerTitle)),
    (CONFS, "C1", Text(Var::PublisherPlace)),
    (CONFS, "CY", Text(Var::EventPlace)),
    (CONFS, "A4", Name(Var::Contributor)),
    // EndNote's conference paper: T2 is the conference.
    (&["CPAPER"], "T2", Text(Var::EventTitle)),
    // Films: the director is the author line, the producer the second; C5 the
    // format (before M3, the type of work).
    (FILMS, "C5", Text(Var::Medium)),
    (FILMS, "AU", Name(Var::Director)),
    (FILMS, "A1", Name(Var::Director)),
    (FILMS, "A2", Name(Var::Producer)),
    (FILMS, "A3", Name(Var::Performer)),
    // Recordings: the composer first, the performer second.
    (&["MUSIC", "SOUND"], "AU", Name(Var::Composer)),
    (&["MUSIC", "SOUND"], "A1", Name(Var::Composer)),
    (&["MUSIC", "SOUND"], "A2", Name(Var::Author)),
    (&["MUSIC", "SOUND"], "C5", Text(Var::Medium)),
    // Reports: A2 is the series editor (EndNote's "Editor, Series").
    (&["RPRT", "GOVDOC"], "A2", Name(Var::CollectionEditor)),
    (&["PCOMM", "ICOMM"], "A2", Name(Var::Recipient)),
    (&["THES"], "A3", Name(Var::Contributor)),
    (&["RPRT"], "M1", Keep),
    // Journals: the issue is IS, else M1 (as Zotero reads M1 there).
    (&["JOUR", "EJOUR"], "IS", Text(Var::Issue)),
    (&["JOUR", "EJOUR"], "M1", Text(Var::Issue)),
    (&["MGZN", "NEWS"], "M1", Keep),
    // Patents (EndNote): SN the patent number, M1 the application number, A2 the
    // issuing organisation, OP the priority numbers, C5 the references.
    (&["PAT"], "SN", Text(Var::Number)),
    (&["PAT"], "IS", Text(Var::Number)),
    (&["PAT"], "M1", Text(Var::CallNumber)),
    (&["PAT"], "A2", Text(Var::Authority)),
    (&["PAT"], "OP", Text(Var::Issue)),
    (&["PAT"], "C5", Text(Var::References)),
    // Cases: PB the court, A2 the reporter, SV the docket number, A4 the counsel.
    (&["CASE"], "VL", Text(Var::Volume)),
    (&["CASE", "LEGAL"], "PB", Text(Var::Authority)),
    (&["CASE"], "A2", Text(Var::ContainerTitle)),
    (&["CASE"], "SV", Text(Var::Number)),
    (&["CASE"], "A4", Name(Var::Author)),
    // Bills, statutes, hearings: ET the session, OP the history, M1 the number,
    // T2 the code (a hearing's committee), A2 a bill's sponsor.
    (LAWS, "ET", Text(Var::ChapterNumber)),
    (LAWS, "OP", Text(Var::References)),
    (&["CASE"], "OP", Text(Var::References)),
    (LAWS, "M1", Text(Var::Number)),
    (&["HEAR"], "T2", Text(Var::Section)),
    (&["BILL", "UNBILL"], "A2", Name(Var::Author)),
    (&["COMP", "DATA", "DBASE"], "ET", Text(Var::Version)),
    (&["COMP", "DATA", "DBASE"], "IS", Text(Var::Version)),
    // Datasets: NV the study number, A4 the funding agency.
    (&["DATA", "DBASE"], "NV", Text(Var::Number)),
    (&["DATA", "DBASE"], "A4", Name(Var::Contributor)),
    // Artworks: C3 the size.
    (&["ART", "FIGURE", "CHART"], "C3", Text(Var::Dimensions)),
    (&["MAP"], "C1", Text(Var::Scale)),
    (&["ADVS", "MPCT", "VIDEO", "MULTI", "ART", "FIGURE", "CHART"], "M3", Text(Var::Medium)),
    (&["ART", "FIGURE", "CHART", "MAP"], "SN", Text(Var::Number)),
    (&["MAP"], "SP", Text(Var::Scale)),
    (&["HEAR", "BILL", "STAT", "UNBILL"], "T3", Text(Var::Authority)),
];

/// The types whose `T2` is a series and `A2` a series editor.
const BOOKS: &[&str] = &["BOOK", "EBOOK", "EDBOOK", "SER", "CLSWK", "CTLG"];
/// Bills, statutes and hearings.
const LAWS: &[&str] = &["BILL", "UNBILL", "STAT", "HEAR"];
/// Conference papers and proceedings.
const CONFS: &[&str] = &["CONF", "CPAPER"];
/// Films and videos.
const FILMS: &[&str] = &["MPCT", "ADVS", "VIDEO", "MULTI"];
/// The types whose `T2` is the book.
const CHAPTERS: &[&str] = &["CHAP", "ECHAP"];
/// Other types whose `T2` is a series.
const SERIES_T2: &[&str] = &["RPRT", "GOVDOC", "MAP", "COMP", "MUSIC", "SOUND", "STAND"];

/// The general meaning of each tag. For a variable with several rows the first is
/// the one written.
pub(super) const TAGS: &[(&str, Target)] = &[
    ("ID", Id),
    ("TI", Text(Var::Title)),
    ("T1", Text(Var::Title)),
    ("CT", Text(Var::Title)),
    ("ST", Text(Var::TitleShort)),
    ("T2", Text(Var::ContainerTitle)),
    ("JF", Text(Var::ContainerTitle)),
    ("JO", Text(Var::ContainerTitle)),
    ("BT", Text(Var::ContainerTitle)),
    ("J2", Text(Var::ContainerTitleShort)),
    ("JA", Text(Var::ContainerTitleShort)),
    ("J1", Text(Var::ContainerTitleShort)),
    ("T3", Text(Var::CollectionTitle)),
    ("AU", Name(Var::Author)),
    ("A1", Name(Var::Author)),
    ("A2", Name(Var::Editor)),
    ("ED", Name(Var::Editor)),
    ("A3", Name(Var::CollectionEditor)),
    ("A4", Name(Var::Translator)),
    ("PY", Date(Var::Issued)),
    ("Y1", Date(Var::Issued)),
    ("DA", Date(Var::Issued)),
    ("Y2", Date(Var::Accessed)),
    ("SP", PageStart),
    ("EP", PageEnd),
    ("VL", Text(Var::Volume)),
    ("IS", Text(Var::Issue)),
    ("CP", Text(Var::Issue)),
    ("M1", Text(Var::Number)),
    ("ET", Text(Var::Edition)),
    ("NV", Text(Var::NumberOfVolumes)),
    ("SV", Text(Var::CollectionNumber)),
    ("SE", Text(Var::Section)),
    ("PB", Text(Var::Publisher)),
    ("CY", Text(Var::PublisherPlace)),
    ("PP", Text(Var::PublisherPlace)),
    ("SN", Serial),
    ("DO", Text(Var::Doi)),
    ("UR", Text(Var::Url)),
    ("AB", Text(Var::Abstract)),
    ("N2", Text(Var::Abstract)),
    ("N1", Text(Var::Note)),
    ("KW", Keyword),
    ("LA", Text(Var::Language)),
    ("M3", Text(Var::Genre)),
    ("DB", Text(Var::Archive)),
    ("AN", Text(Var::ArchiveLocation)),
    ("AV", Text(Var::ArchiveLocation)),
    ("CN", Text(Var::CallNumber)),
    ("DP", Text(Var::Source)),
    // Citavi: the library and its call number.
    ("H2", Text(Var::CallNumber)),
    ("H1", Text(Var::Source)),
    ("OP", Text(Var::OriginalTitle)),
];

/// Tags that ProCite and Reference Manager exports use with their own meaning
/// for a type, and the tag of that meaning (their export filters label them:
/// `CY  - Code`, `VL  - Bill/Res Number`, `SP  - Section(s)`, `M1  - Medium`), as
/// Zotero's RIS translator remaps them. Only for records of those programs (with
/// an `N1  - Record ID: …` or `Record Number: …` line); read only.
const PROCITE: &[(&str, &str, &str)] =
    &[("BILL", "CY", "T2"), ("BILL", "VL", "M1"), ("BILL", "SP", "SE"), ("ART", "M1", "M3")];

/// The tag a ProCite or Reference Manager record's `tag` means in type `ty`.
pub(super) fn procite_tag<'a>(ty: &str, tag: &'a str) -> &'a str {
    PROCITE.iter().find(|(t, from, _)| *t == ty && *from == tag).map_or(tag, |r| r.2)
}

/// The target of `tag` in a record of RIS type `ty`; `None` for a tag no row
/// knows (kept in `extra`).
pub(super) fn target(ty: &str, tag: &str) -> Option<Target> {
    TYPE_TAGS
        .iter()
        .find(|(types, t, _)| *t == tag && types.contains(&ty))
        .map(|r| r.2)
        .or_else(|| TAGS.iter().find(|(t, _)| *t == tag).map(|r| r.1))
}

/// The tags that read into `want` in a record of RIS type `ty`, the preferred
/// first (type rows, then general rows).
fn tags_for(ty: &str, want: Target) -> impl Iterator<Item = &'static str> + '_ {
    let typed = TYPE_TAGS
        .iter()
        .filter(move |(types, _, t)| *t == want && types.contains(&ty))
        .map(|r| r.1);
    let general = TAGS.iter().filter(move |(_, t)| *t == want).map(|r| r.0);
    typed.chain(general).filter(move |tag| target(ty, tag) == Some(want))
}

/// The tag a target is written under in a record of RIS type `ty`: the first row
/// (type rows first) that reads back into it.
pub(super) fn tag_for(ty: &str, want: Target) -> Option<&'static str> {
    tags_for(ty, want).next()
}

/// How much `tag` is preferred for `want` (0 = most); tags that do not read into
/// it come last.
pub(super) fn rank(ty: &str, tag: &str, want: Target) -> usize {
    tags_for(ty, want).position(|t| t == tag).unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_csl_type_written_reads_back() {
        for (ris, t) in TYPES {
            let written = ris_type(*t).expect("a row");
            assert_eq!(csl_type(written), Some(*t), "{ris}");
        }
        assert_eq!(csl_type("Journal Article"), Some(T::ArticleJournal));
        assert_eq!(csl_type("jour"), Some(T::ArticleJournal));
        assert_eq!(csl_type("XYZ"), None);
        assert_eq!(csl_type("Journ"), Some(T::ArticleJournal));
        assert_eq!(csl_type("BOOKLET"), None);
    }

    #[test]
    fn tags_depend_on_the_type() {
        assert_eq!(target("JOUR", "T2"), Some(Text(Var::ContainerTitle)));
        assert_eq!(target("BOOK", "T2"), Some(Text(Var::CollectionTitle)));
        assert_eq!(tag_for("BOOK", Text(Var::CollectionTitle)), Some("T2"));
        assert_eq!(tag_for("CHAP", Text(Var::CollectionTitle)), Some("T3"));
        assert_eq!(tag_for("BOOK", Name(Var::Editor)), Some("A3"));
        assert_eq!(tag_for("JOUR", Name(Var::Editor)), Some("A2"));
        assert_eq!(tag_for("JOUR", Date(Var::Issued)), Some("PY"));
        assert_eq!(tag_for("BOOK", Text(Var::ContainerTitle)), Some("JF"));
    }

    #[test]
    fn every_written_tag_reads_back_for_every_type() {
        let targets: Vec<Target> =
            TAGS.iter().map(|r| r.1).chain(TYPE_TAGS.iter().map(|r| r.2)).collect();
        for (ty, _) in TYPES {
            for t in &targets {
                if let Some(tag) = tag_for(ty, *t) {
                    assert_eq!(target(ty, tag), Some(*t), "{ty} {tag}");
                }
            }
        }
    }
}
