//! Archival units: the archive, and the ordered path of units down to the file.

use serde::{Deserialize, Serialize};

/// Where an archival file is kept, and how to find it there.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Archival {
    /// The archive.
    pub archive: Archive,
    /// The unit path from the outermost unit (fond) down to the file (delo), in
    /// citation order.
    pub units: Vec<Unit>,
}

/// An archive.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Archive {
    /// The registry key: the usual Latin abbreviation ("AVP RF", "GARF"), when the
    /// archive is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The abbreviation as cited ("AVP RF", "РГАСПИ").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub abbr: Option<String>,
    /// The full name in the archive's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The full name in English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_en: Option<String>,
    /// The city.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
}

/// One level of an archival path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    /// The level.
    pub level: Level,
    /// The value, normalised to Latin script; leading zeros and letter prefixes
    /// kept ("0146", "R-9401", "23a").
    pub value: String,
}

macro_rules! levels {
    ($($ident:ident => $name:literal, $abbr:literal;)*) => {
        /// An archival level.
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Level {
            $(
                #[doc = concat!("`", $name, "`")]
                $ident,
            )*
            /// A level no row names, kept under its own name.
            Other(String),
        }

        impl Level {
            /// The known levels.
            pub const KNOWN: &'static [Level] = &[$(Level::$ident,)*];

            /// The level's name in the model (also the TEI `idno/@type`).
            pub fn name(&self) -> &str {
                match self { $(Level::$ident => $name,)* Level::Other(s) => s }
            }

            /// The abbreviation used in transliterated citations ("F.", "Op.").
            pub fn abbr(&self) -> &str {
                match self { $(Level::$ident => $abbr,)* Level::Other(s) => s }
            }

            /// Looks a level up by its model name; anything else is `Other`.
            pub fn from_name(name: &str) -> Level {
                match name { $($name => Level::$ident,)* _ => Level::Other(name.to_string()) }
            }
        }
    };
}

levels! {
    Fond => "fond", "F.";
    Opis => "opis", "Op.";
    Papka => "papka", "P.";
    Chast => "chast", "Ch.";
    Delo => "delo", "D.";
    Kartonazh => "kartonazh", "Kart.";
    EdinitsaKhraneniya => "edinitsa_khraneniya", "Ed. khr.";
    Tom => "tom", "T.";
    RecordGroup => "record_group", "RG";
    Entry => "entry", "Entry";
    Series => "series", "Series";
    Box => "box", "Box";
    Folder => "folder", "Folder";
    Piece => "piece", "Piece";
    Shelfmark => "shelfmark", "";
    Collection => "collection", "";
    Subseries => "subseries", "";
    File => "file", "File";
    Volume => "volume", "Vol.";
    Bestand => "bestand", "";
    Signatur => "signatur", "";
    Zespol => "zespol", "zesp.";
    Sygnatura => "sygnatura", "sygn.";
    Carton => "carton", "Carton";
    Dossier => "dossier", "Dossier";
    Fascicle => "fascicle", "Fasz.";
    Item => "item", "No.";
    ReferenceCode => "reference_code", "Ref.";
}

impl Serialize for Level {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for Level {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = std::borrow::Cow::<str>::deserialize(d)?;
        Ok(Level::from_name(&s))
    }
}

impl Archival {
    /// The human-readable unit path: "F. 0146. Op. 30. P. 282. D. 29".
    ///
    /// ```
    /// use refconv::{Archival, Level, Unit};
    /// let a = Archival {
    ///     units: vec![
    ///         Unit { level: Level::Fond, value: "0146".into() },
    ///         Unit { level: Level::Opis, value: "30".into() },
    ///         Unit { level: Level::Delo, value: "29".into() },
    ///     ],
    ///     ..Archival::default()
    /// };
    /// assert_eq!(a.location(), "F. 0146. Op. 30. D. 29");
    /// ```
    pub fn location(&self) -> String {
        self.units
            .iter()
            .map(|u| match u.level.abbr() {
                "" => u.value.clone(),
                abbr => format!("{abbr} {}", u.value),
            })
            .collect::<Vec<_>>()
            .join(". ")
    }

    /// The value of the first unit at a level.
    pub fn unit(&self, level: &Level) -> Option<&str> {
        self.units.iter().find(|u| &u.level == level).map(|u| u.value.as_str())
    }
}
