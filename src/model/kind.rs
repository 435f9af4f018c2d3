//! Entry types: CSL's 45 item types are the model's vocabulary; format-specific
//! subtypes (BibLaTeX `@mvbook`, "archival") live in fields and `extra`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

macro_rules! entry_types {
    ($($ident:ident => $name:literal;)*) => {
        /// The type of an entry (CSL 1.0.2 item types).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum EntryType {
            $(
                #[doc = concat!("`", $name, "`")]
                $ident,
            )*
        }

        impl EntryType {
            /// Every type, in table order.
            pub const ALL: &'static [EntryType] = &[$(EntryType::$ident,)*];

            /// The CSL name of the type.
            pub const fn name(self) -> &'static str {
                match self { $(EntryType::$ident => $name,)* }
            }

            /// Looks a type up by its exact CSL name.
            ///
            /// ```
            /// use refconv::EntryType;
            /// assert_eq!(EntryType::from_name("article-newspaper"), Some(EntryType::ArticleNewspaper));
            /// ```
            pub fn from_name(name: &str) -> Option<EntryType> {
                match name { $($name => Some(EntryType::$ident),)* _ => None }
            }
        }
    };
}

entry_types! {
    Article => "article";
    ArticleJournal => "article-journal";
    ArticleMagazine => "article-magazine";
    ArticleNewspaper => "article-newspaper";
    Bill => "bill";
    Book => "book";
    Broadcast => "broadcast";
    Chapter => "chapter";
    Classic => "classic";
    Collection => "collection";
    Dataset => "dataset";
    Document => "document";
    Entry => "entry";
    EntryDictionary => "entry-dictionary";
    EntryEncyclopedia => "entry-encyclopedia";
    Event => "event";
    Figure => "figure";
    Graphic => "graphic";
    Hearing => "hearing";
    Interview => "interview";
    LegalCase => "legal_case";
    Legislation => "legislation";
    Manuscript => "manuscript";
    Map => "map";
    MotionPicture => "motion_picture";
    MusicalScore => "musical_score";
    Pamphlet => "pamphlet";
    PaperConference => "paper-conference";
    Patent => "patent";
    Performance => "performance";
    Periodical => "periodical";
    PersonalCommunication => "personal_communication";
    Post => "post";
    PostWeblog => "post-weblog";
    Regulation => "regulation";
    Report => "report";
    Review => "review";
    ReviewBook => "review-book";
    Software => "software";
    Song => "song";
    Speech => "speech";
    Standard => "standard";
    Thesis => "thesis";
    Treaty => "treaty";
    Webpage => "webpage";
}

impl EntryType {
    /// Looks a type up as real CSL-JSON files spell it: the CSL name in any case,
    /// with `_`/`-` confused, or an older name (`motion-picture`, `video`, ...).
    ///
    /// ```
    /// use refconv::EntryType;
    /// assert_eq!(EntryType::from_alias("Book"), Some(EntryType::Book));
    /// assert_eq!(EntryType::from_alias("personal-communication"), Some(EntryType::PersonalCommunication));
    /// assert_eq!(EntryType::from_alias("video"), Some(EntryType::MotionPicture));
    /// ```
    pub fn from_alias(name: &str) -> Option<EntryType> {
        if let Some(t) = EntryType::from_name(name) {
            return Some(t);
        }
        let norm: String = name
            .trim()
            .chars()
            .map(|c| if c == '_' || c == ' ' { '-' } else { c.to_ascii_lowercase() })
            .collect();
        let t = match norm.as_str() {
            "video" | "film" => EntryType::MotionPicture,
            "journal-article" | "journalarticle" => EntryType::ArticleJournal,
            "newspaper-article" => EntryType::ArticleNewspaper,
            "magazine-article" => EntryType::ArticleMagazine,
            "book-section" | "booksection" => EntryType::Chapter,
            "conference-paper" => EntryType::PaperConference,
            "blog-post" => EntryType::PostWeblog,
            "web-page" => EntryType::Webpage,
            "letter" => EntryType::PersonalCommunication,
            _ => {
                return EntryType::ALL.iter().copied().find(|t| t.name().replace('_', "-") == norm)
            }
        };
        Some(t)
    }
}

impl Serialize for EntryType {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for EntryType {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = std::borrow::Cow::<str>::deserialize(d)?;
        EntryType::from_name(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown entry type `{s}`")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_45_types_round_trip() {
        assert_eq!(EntryType::ALL.len(), 45);
        for t in EntryType::ALL {
            assert_eq!(EntryType::from_name(t.name()), Some(*t));
            assert_eq!(EntryType::from_alias(&t.name().to_uppercase()), Some(*t));
        }
        assert_eq!(EntryType::from_alias("no-such-type"), None);
    }
}
