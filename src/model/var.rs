//! The field vocabulary of the model: one row per variable.
//!
//! The names are CSL 1.0.2's (as spelled by `csl-data.json`), because CSL is the
//! richest standard vocabulary of the formats we read and write; a field no row
//! covers goes to [`Entry::extra`](crate::Entry::extra) and is never dropped.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The shape of a variable's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VarKind {
    /// Free text (possibly multilingual).
    Text,
    /// A "number variable": an integer or text such as "40-42", "B97", "xii".
    Number,
    /// A list of names.
    Names,
    /// A date.
    Date,
    /// A list of strings (`categories`).
    List,
}

macro_rules! vars {
    ($($ident:ident => $name:literal, $kind:ident;)*) => {
        /// A model field, named as CSL names it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Var {
            $(
                #[doc = concat!("`", $name, "`")]
                $ident,
            )*
        }

        impl Var {
            /// Every variable, in table order.
            pub const ALL: &'static [Var] = &[$(Var::$ident,)*];

            /// The CSL name of the variable.
            ///
            /// ```
            /// assert_eq!(refconv::Var::ArchiveLocation.name(), "archive_location");
            /// ```
            pub const fn name(self) -> &'static str {
                match self { $(Var::$ident => $name,)* }
            }

            /// What kind of value the variable holds.
            pub const fn kind(self) -> VarKind {
                match self { $(Var::$ident => VarKind::$kind,)* }
            }

            /// Looks a variable up by its exact CSL name.
            ///
            /// ```
            /// use refconv::Var;
            /// assert_eq!(Var::from_name("container-title"), Some(Var::ContainerTitle));
            /// assert_eq!(Var::from_name("journal"), None);
            /// ```
            pub fn from_name(name: &str) -> Option<Var> {
                match name { $($name => Some(Var::$ident),)* _ => None }
            }
        }
    };
}

vars! {
    CitationKey => "citation-key", Text;
    Categories => "categories", List;
    Language => "language", Text;
    Author => "author", Names;
    Chair => "chair", Names;
    CollectionEditor => "collection-editor", Names;
    Compiler => "compiler", Names;
    Composer => "composer", Names;
    ContainerAuthor => "container-author", Names;
    Contributor => "contributor", Names;
    Curator => "curator", Names;
    Director => "director", Names;
    Editor => "editor", Names;
    EditorialDirector => "editorial-director", Names;
    ExecutiveProducer => "executive-producer", Names;
    Guest => "guest", Names;
    Host => "host", Names;
    Interviewer => "interviewer", Names;
    Illustrator => "illustrator", Names;
    Narrator => "narrator", Names;
    Organizer => "organizer", Names;
    OriginalAuthor => "original-author", Names;
    Performer => "performer", Names;
    Producer => "producer", Names;
    Recipient => "recipient", Names;
    ReviewedAuthor => "reviewed-author", Names;
    ScriptWriter => "script-writer", Names;
    SeriesCreator => "series-creator", Names;
    Translator => "translator", Names;
    Accessed => "accessed", Date;
    AvailableDate => "available-date", Date;
    EventDate => "event-date", Date;
    Issued => "issued", Date;
    OriginalDate => "original-date", Date;
    Submitted => "submitted", Date;
    Abstract => "abstract", Text;
    Annote => "annote", Text;
    Archive => "archive", Text;
    ArchiveCollection => "archive_collection", Text;
    ArchiveLocation => "archive_location", Text;
    ArchivePlace => "archive-place", Text;
    Authority => "authority", Text;
    CallNumber => "call-number", Text;
    ChapterNumber => "chapter-number", Number;
    CitationNumber => "citation-number", Number;
    CitationLabel => "citation-label", Text;
    CollectionNumber => "collection-number", Number;
    CollectionTitle => "collection-title", Text;
    ContainerTitle => "container-title", Text;
    ContainerTitleShort => "container-title-short", Text;
    Dimensions => "dimensions", Text;
    Division => "division", Text;
    Doi => "DOI", Text;
    Edition => "edition", Number;
    Event => "event", Text;
    EventTitle => "event-title", Text;
    EventPlace => "event-place", Text;
    FirstReferenceNoteNumber => "first-reference-note-number", Number;
    Genre => "genre", Text;
    Isbn => "ISBN", Text;
    Issn => "ISSN", Text;
    Issue => "issue", Number;
    Jurisdiction => "jurisdiction", Text;
    Keyword => "keyword", Text;
    Locator => "locator", Number;
    Medium => "medium", Text;
    Note => "note", Text;
    Number => "number", Number;
    NumberOfPages => "number-of-pages", Number;
    NumberOfVolumes => "number-of-volumes", Number;
    OriginalPublisher => "original-publisher", Text;
    OriginalPublisherPlace => "original-publisher-place", Text;
    OriginalTitle => "original-title", Text;
    Page => "page", Number;
    PageFirst => "page-first", Number;
    Part => "part", Number;
    PartTitle => "part-title", Text;
    Pmcid => "PMCID", Text;
    Pmid => "PMID", Text;
    Printing => "printing", Number;
    Publisher => "publisher", Text;
    PublisherPlace => "publisher-place", Text;
    References => "references", Text;
    ReviewedGenre => "reviewed-genre", Text;
    ReviewedTitle => "reviewed-title", Text;
    Scale => "scale", Text;
    Section => "section", Text;
    Source => "source", Text;
    Status => "status", Text;
    Supplement => "supplement", Number;
    Title => "title", Text;
    TitleShort => "title-short", Text;
    Url => "URL", Text;
    Version => "version", Text;
    Volume => "volume", Number;
    VolumeTitle => "volume-title", Text;
    VolumeTitleShort => "volume-title-short", Text;
    YearSuffix => "year-suffix", Text;
}

impl Var {
    /// Looks a variable up by a name as real files spell it: the CSL name in any
    /// case, or a legacy/spec alias (`journalAbbreviation`, `shortTitle`,
    /// `part-number`, ...).
    ///
    /// ```
    /// use refconv::Var;
    /// assert_eq!(Var::from_alias("shortTitle"), Some(Var::TitleShort));
    /// assert_eq!(Var::from_alias("PMID"), Some(Var::Pmid));
    /// assert_eq!(Var::from_alias("doi"), Some(Var::Doi));
    /// ```
    pub fn from_alias(name: &str) -> Option<Var> {
        if let Some(v) = Var::from_name(name) {
            return Some(v);
        }
        let lower = name.to_ascii_lowercase();
        let v = match lower.as_str() {
            "journalabbreviation" | "journal-abbreviation" => Var::ContainerTitleShort,
            "shorttitle" | "short-title" => Var::TitleShort,
            "part-number" => Var::Part,
            "printing-number" => Var::Printing,
            "supplement-number" => Var::Supplement,
            "archive-location" => Var::ArchiveLocation,
            "archive-collection" => Var::ArchiveCollection,
            "archive_place" => Var::ArchivePlace,
            _ => return Var::ALL.iter().copied().find(|v| v.name().eq_ignore_ascii_case(name)),
        };
        Some(v)
    }
}

impl Serialize for Var {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for Var {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = std::borrow::Cow::<str>::deserialize(d)?;
        Var::from_name(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown variable `{s}`")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_are_unique() {
        let mut seen = std::collections::BTreeSet::new();
        for v in Var::ALL {
            assert_eq!(Var::from_name(v.name()), Some(*v));
            assert!(seen.insert(v.name()), "duplicate {}", v.name());
        }
        assert_eq!(Var::ALL.len(), 98);
    }

    #[test]
    fn kinds_follow_the_schema() {
        assert_eq!(Var::Author.kind(), VarKind::Names);
        assert_eq!(Var::Issued.kind(), VarKind::Date);
        assert_eq!(Var::Volume.kind(), VarKind::Number);
        assert_eq!(Var::Title.kind(), VarKind::Text);
        assert_eq!(Var::Categories.kind(), VarKind::List);
    }
}
