//! What a note cites, as found in its text (archival, newspaper, ibid and
//! cross-reference citations), and the archive of a citation.

use super::archival::Cited;
use super::registry::Known;
use crate::model::{Archive, Date, Locator};

/// One citation found in a note.
// One value per citation or note, short-lived: boxing the large variant would
// only add allocations.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub(super) enum Found {
    Archival {
        archive: Option<ArchiveRef>,
        cited: Cited,
        prefix: Option<String>,
    },
    Newspaper {
        title: String,
        date: Date,
        page: Option<String>,
        place: Option<String>,
    },
    /// `cited`: units after the ibid as the Russian scanner reads them; `west`: as
    /// `western` reads them (`ebd., RR., Präs. 180/1851`). The reader keeps the
    /// one that fits the tradition of the citation repeated.
    Ibid {
        cited: Option<Cited>,
        west: Option<Cited>,
    },
    CrossRef {
        number: u32,
        locator: Option<Locator>,
        suffix: Option<String>,
    },
}

/// The archive of a citation, as printed and as known.
#[derive(Debug, Clone)]
pub(super) struct ArchiveRef {
    pub(super) as_printed: String,
    pub(super) name_printed: Option<String>,
    pub(super) known: Option<Known>,
}

impl ArchiveRef {
    pub(super) fn archive(&self) -> Archive {
        match &self.known {
            Some(k) => {
                let mut a = k.archive(&self.as_printed);
                if a.name.is_none() {
                    a.name = self.name_printed.clone();
                }
                a
            }
            None => Archive {
                key: None,
                abbr: Some(self.as_printed.clone()),
                name: self.name_printed.clone(),
                ..Archive::default()
            },
        }
    }

    pub(super) fn key(&self) -> String {
        self.known.as_ref().map_or_else(|| self.as_printed.clone(), |k| k.key.clone())
    }
}
