//! The BibTeX/BibLaTeX mapping, one row per case, shared by the reader and the
//! writer: entry types, fields, languages, the fields written verbatim or as
//! literal lists, and the `library` text of archival entries.

use crate::model::{Archival, Entry, EntryType, Var};
use serde_json::Value as Json;

/// BibLaTeX / BibTeX entry types -> model types, one row per case (see
/// specs.md d.1). Subtypes (`entrysubtype`) refine `article` and `misc`.
pub(crate) const TYPES: &[(&str, EntryType)] = &[
    ("article", EntryType::ArticleJournal),
    ("book", EntryType::Book),
    ("mvbook", EntryType::Book),
    ("bookinbook", EntryType::Book),
    ("inbook", EntryType::Chapter),
    ("incollection", EntryType::Chapter),
    ("suppbook", EntryType::Chapter),
    ("suppcollection", EntryType::Chapter),
    ("booklet", EntryType::Pamphlet),
    ("collection", EntryType::Book),
    ("mvcollection", EntryType::Book),
    ("proceedings", EntryType::Book),
    ("mvproceedings", EntryType::Book),
    ("reference", EntryType::Book),
    ("mvreference", EntryType::Book),
    ("inproceedings", EntryType::PaperConference),
    ("conference", EntryType::PaperConference),
    ("inreference", EntryType::EntryEncyclopedia),
    ("manual", EntryType::Report),
    ("misc", EntryType::Document),
    ("online", EntryType::Webpage),
    ("electronic", EntryType::Webpage),
    ("www", EntryType::Webpage),
    ("patent", EntryType::Patent),
    ("periodical", EntryType::Periodical),
    ("suppperiodical", EntryType::ArticleJournal),
    ("report", EntryType::Report),
    ("techreport", EntryType::Report),
    ("thesis", EntryType::Thesis),
    ("phdthesis", EntryType::Thesis),
    ("mastersthesis", EntryType::Thesis),
    ("unpublished", EntryType::Manuscript),
    ("letter", EntryType::PersonalCommunication),
    ("artwork", EntryType::Graphic),
    ("image", EntryType::Graphic),
    ("audio", EntryType::Song),
    ("music", EntryType::Song),
    ("video", EntryType::MotionPicture),
    ("movie", EntryType::MotionPicture),
    ("performance", EntryType::Performance),
    ("jurisdiction", EntryType::LegalCase),
    ("legislation", EntryType::Legislation),
    ("legal", EntryType::Treaty),
    ("standard", EntryType::Standard),
    ("review", EntryType::Review),
    ("software", EntryType::Software),
    ("dataset", EntryType::Dataset),
];

/// How a field is read.
#[derive(Clone, Copy)]
pub(crate) enum F {
    /// Text; `true` keeps case-protecting braces (titles).
    Text(Var, bool),
    /// A verbatim field (URL, DOI): no LaTeX decoding beyond `\_` and friends.
    Verbatim(Var),
    /// A name list.
    Names(Var),
    /// An EDTF date.
    Date(Var),
    /// `number`: issue, collection number or number, by type.
    Number,
    /// `institution` / `school`: the publisher of theses and reports.
    Institution,
    /// `langid` / `hyphenation`: the language.
    Lang,
}

/// BibLaTeX / BibTeX fields -> model variables, one row per field (specs.md d.2).
/// Fields not in this table, nor read specially (`date`, `year`, `month`, `day`,
/// `subtitle`, `entrysubtype`, `archive_*`), go to `extra`.
pub(crate) const FIELDS: &[(&str, F)] = &[
    ("title", F::Text(Var::Title, true)),
    ("shorttitle", F::Text(Var::TitleShort, true)),
    ("journaltitle", F::Text(Var::ContainerTitle, true)),
    ("journal", F::Text(Var::ContainerTitle, true)),
    ("booktitle", F::Text(Var::ContainerTitle, true)),
    ("shortjournal", F::Text(Var::ContainerTitleShort, true)),
    ("series", F::Text(Var::CollectionTitle, true)),
    ("volume", F::Text(Var::Volume, false)),
    ("volumes", F::Text(Var::NumberOfVolumes, false)),
    ("number", F::Number),
    ("issue", F::Text(Var::Issue, false)),
    ("pages", F::Text(Var::Page, false)),
    ("pagetotal", F::Text(Var::NumberOfPages, false)),
    ("chapter", F::Text(Var::ChapterNumber, false)),
    ("edition", F::Text(Var::Edition, false)),
    ("version", F::Text(Var::Version, false)),
    ("part", F::Text(Var::Part, false)),
    ("publisher", F::Text(Var::Publisher, false)),
    ("location", F::Text(Var::PublisherPlace, false)),
    ("address", F::Text(Var::PublisherPlace, false)),
    ("institution", F::Institution),
    ("school", F::Institution),
    ("doi", F::Verbatim(Var::Doi)),
    ("url", F::Verbatim(Var::Url)),
    ("isbn", F::Text(Var::Isbn, false)),
    ("issn", F::Text(Var::Issn, false)),
    ("pmid", F::Text(Var::Pmid, false)),
    ("pmcid", F::Text(Var::Pmcid, false)),
    ("abstract", F::Text(Var::Abstract, false)),
    ("keywords", F::Text(Var::Keyword, false)),
    ("note", F::Text(Var::Note, false)),
    ("annotation", F::Text(Var::Annote, false)),
    ("annote", F::Text(Var::Annote, false)),
    ("urldate", F::Date(Var::Accessed)),
    ("origdate", F::Date(Var::OriginalDate)),
    ("eventdate", F::Date(Var::EventDate)),
    ("eventtitle", F::Text(Var::EventTitle, true)),
    ("venue", F::Text(Var::EventPlace, false)),
    ("origtitle", F::Text(Var::OriginalTitle, true)),
    ("origpublisher", F::Text(Var::OriginalPublisher, false)),
    ("origlocation", F::Text(Var::OriginalPublisherPlace, false)),
    ("type", F::Text(Var::Genre, false)),
    ("pubstate", F::Text(Var::Status, false)),
    ("library", F::Text(Var::CallNumber, false)),
    ("langid", F::Lang),
    ("hyphenation", F::Lang),
    ("author", F::Names(Var::Author)),
    ("editor", F::Names(Var::Editor)),
    ("translator", F::Names(Var::Translator)),
    ("bookauthor", F::Names(Var::ContainerAuthor)),
    ("archive", F::Text(Var::Archive, false)),
    ("archive_location", F::Text(Var::ArchiveLocation, false)),
    ("archive_place", F::Text(Var::ArchivePlace, false)),
    ("archive_collection", F::Text(Var::ArchiveCollection, false)),
];

/// babel / polyglossia language names <-> BCP 47, one row per case.
pub(crate) const LANGS: &[(&str, &str)] = &[
    ("russian", "ru"),
    ("english", "en"),
    ("american", "en-US"),
    ("USenglish", "en-US"),
    ("british", "en-GB"),
    ("UKenglish", "en-GB"),
    ("australian", "en-AU"),
    ("canadian", "en-CA"),
    ("german", "de"),
    ("ngerman", "de-DE"),
    ("austrian", "de-AT"),
    ("naustrian", "de-AT"),
    ("swissgerman", "de-CH"),
    ("nswissgerman", "de-CH"),
    ("french", "fr"),
    ("ukrainian", "uk"),
    ("belarusian", "be"),
    ("polish", "pl"),
    ("czech", "cs"),
    ("slovak", "sk"),
    ("bulgarian", "bg"),
    ("serbian", "sr"),
    ("croatian", "hr"),
    ("slovene", "sl"),
    ("italian", "it"),
    ("spanish", "es"),
    ("portuguese", "pt"),
    ("brazil", "pt-BR"),
    ("dutch", "nl"),
    ("swedish", "sv"),
    ("norsk", "nb"),
    ("nynorsk", "nn"),
    ("danish", "da"),
    ("finnish", "fi"),
    ("estonian", "et"),
    ("latvian", "lv"),
    ("lithuanian", "lt"),
    ("hungarian", "hu"),
    ("romanian", "ro"),
    ("greek", "el"),
    ("turkish", "tr"),
    ("hebrew", "he"),
    ("latin", "la"),
    ("japanese", "ja"),
    ("chinese", "zh"),
    ("chinese-simplified", "zh-Hans"),
    ("chinese-traditional", "zh-Hant"),
    ("arabic", "ar"),
    ("persian", "fa"),
    ("hindi", "hi"),
    ("vietnamese", "vi"),
    ("indonesian", "id"),
    ("malay", "ms"),
    ("thai", "th"),
    ("afrikaans", "af"),
    ("irish", "ga"),
    ("welsh", "cy"),
    ("scottish", "gd"),
    ("albanian", "sq"),
    ("macedonian", "mk"),
    ("slovenian", "sl"),
    ("esperanto", "eo"),
    ("mongolian", "mn"),
    ("korean", "ko"),
    ("catalan", "ca"),
    ("basque", "eu"),
    ("galician", "gl"),
    ("icelandic", "is"),
    ("georgian", "ka"),
    ("armenian", "hy"),
    ("kazakh", "kk"),
];

pub(crate) const MONTHS: &[&str] =
    &["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// The human-readable `library` field of an archival entry: "AVP RF. F. 0146. Op. 30".
pub(crate) fn library_text(a: &Archival) -> String {
    let loc = a.location();
    match a.archive.abbr.as_deref().or(a.archive.name.as_deref()) {
        Some(arch) if !loc.is_empty() => format!("{arch}. {loc}"),
        Some(arch) => arch.to_string(),
        None => loc,
    }
}

/// Which flavour of `.bib` to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// Classic BibTeX: `year`/`month`, `journal`, `address`, `school`, its 14 types.
    Bibtex,
    /// BibLaTeX/biber: `date`, `journaltitle`, `location`, `institution`, all types.
    Biblatex,
}

/// The entry types classic BibTeX styles know.
const BIBTEX_TYPES: &[&str] = &[
    "article",
    "book",
    "booklet",
    "inbook",
    "incollection",
    "inproceedings",
    "manual",
    "mastersthesis",
    "misc",
    "phdthesis",
    "proceedings",
    "techreport",
    "unpublished",
];

/// The `.bib` entry type for an entry, one row per model type (the reverse of
/// the reader's table; `extra.entrytype` keeps the original when it differs).
pub fn entry_type_for(e: &Entry, dialect: Dialect) -> String {
    if let Some(Json::String(t)) = e.extra.get("entrytype") {
        if dialect == Dialect::Biblatex || BIBTEX_TYPES.contains(&t.as_str()) {
            return t.clone();
        }
    }
    let has_editor = e.fields.contains_key(&Var::Editor);
    let t = match e.kind {
        EntryType::ArticleJournal
        | EntryType::ArticleMagazine
        | EntryType::ArticleNewspaper
        | EntryType::Article => "article",
        EntryType::Book => "book",
        EntryType::Chapter if has_editor => "incollection",
        EntryType::Chapter => "inbook",
        EntryType::Pamphlet => "booklet",
        EntryType::PaperConference => "inproceedings",
        EntryType::EntryEncyclopedia | EntryType::EntryDictionary | EntryType::Entry => {
            "inreference"
        }
        EntryType::Report => "report",
        EntryType::Manuscript if e.archival.is_some() => "misc",
        EntryType::Manuscript => "unpublished",
        EntryType::Webpage | EntryType::PostWeblog | EntryType::Post => "online",
        EntryType::Patent => "patent",
        EntryType::Periodical => "periodical",
        EntryType::Thesis => "thesis",
        EntryType::PersonalCommunication => "letter",
        EntryType::Graphic => "artwork",
        EntryType::Song => "audio",
        EntryType::MotionPicture => "movie",
        EntryType::Performance => "performance",
        EntryType::LegalCase => "jurisdiction",
        EntryType::Legislation | EntryType::Bill | EntryType::Regulation => "legislation",
        EntryType::Treaty => "legal",
        EntryType::Standard => "standard",
        EntryType::Review | EntryType::ReviewBook => "review",
        EntryType::Software => "software",
        EntryType::Dataset => "dataset",
        _ => "misc",
    };
    match dialect {
        Dialect::Biblatex => t.to_string(),
        Dialect::Bibtex => match t {
            "report" => "techreport".into(),
            "thesis" => {
                let genre = e.text(Var::Genre).unwrap_or("").to_lowercase();
                if genre.contains("master") || genre.contains("ma ") {
                    "mastersthesis".into()
                } else {
                    "phdthesis".into()
                }
            }
            "inreference" => "incollection".into(),
            t if BIBTEX_TYPES.contains(&t) => t.to_string(),
            _ => "misc".into(),
        },
    }
}

/// Fields holding entry keys, paths or identifiers: written as they are, never
/// escaped (`crossref = {cr_m}`), and read back the same way.
pub(crate) const VERBATIM_EXTRA: &[&str] = &[
    "crossref", "xref", "xdata", "related", "entryset", "ids", "eprint", "file", "pdf", "verba",
    "verbb", "verbc", "urlraw", "date", "options", "sortkey",
];

/// biblatex's literal lists: items separated by ` and `; in the model by `; `.
pub(crate) const LIST_FIELDS: &[&str] = &[
    "publisher",
    "location",
    "address",
    "institution",
    "school",
    "organization",
    "origlocation",
    "origpublisher",
];
