//! What reading a clause keeps: the units one part gave (`Read`) and the state
//! of the clause (`Ctx`), shared by the part readers.

use super::super::archival::{Folio, Issue};
use crate::model::Level;

/// What one part gave.
#[derive(Debug, Default)]
pub(super) struct Read {
    pub(super) units: Vec<(Level, String)>,
    pub(super) folios: Vec<Folio>,
    pub(super) pages: bool,
    /// The part began with words that are not a unit ("Copy from file 12").
    pub(super) prose_head: bool,
    /// Problems noticed.
    pub(super) issues: Vec<Issue>,
}

/// The state of a clause being read: what the tradition's named parts mean.
pub(super) struct Ctx<'a> {
    pub(super) tradition: &'a str,
    /// Named parts read so far (for the hierarchy of named levels).
    pub(super) named: usize,
    /// A record group was read (NARA decimal files follow it).
    pub(super) record_group: bool,
    /// The repository is an American presidential library: its named parts are a
    /// collection (papers, or a file such as the National Security File), then
    /// series and subseries, whatever words they hold.
    pub(super) presidential: bool,
    /// The last unit read is a collection of papers: a code after it is the
    /// collection's own reference ("Chartwell Papers, CHAR1/381/21-31").
    pub(super) papers: bool,
    /// A NARA microfilm publication was read ("NA film T175, roll 33, 2113"):
    /// a bare number after its roll is a frame.
    pub(super) film: bool,
    /// The registry key of the repository named in the clause (empty when none
    /// is printed, as for a bare `FO 371/84036`, or it is unlisted): some
    /// repositories print references of their own (`own_codes`, `canada::read`).
    pub(super) key: &'a str,
}

impl<'a> Ctx<'a> {
    /// A clause of the tradition, before any part is read.
    pub(super) fn new(tradition: &'a str) -> Self {
        Ctx {
            tradition,
            named: 0,
            record_group: false,
            presidential: false,
            papers: false,
            film: false,
            key: "",
        }
    }

    /// The repository is a manuscript library or a private archive whose codes
    /// are its own shelfmarks (`HAMB 1/4` at the Churchill Archives Centre),
    /// not a TNA department's series and piece (nor the India Office's, cited
    /// as Kew's).
    pub(super) fn own_codes(&self) -> bool {
        self.tradition == "uk" && !matches!(self.key, "" | "TNA" | "BL IOR")
    }

    /// The level of the next named part, by the tradition's hierarchy.
    pub(super) fn named_level(&mut self) -> Option<Level> {
        let order: &[Level] = match self.tradition {
            "us" if self.presidential => {
                &[Level::Collection, Level::Series, Level::Subseries, Level::Subseries]
            }
            "at" | "de" => &[Level::Bestand, Level::Series, Level::Subseries],
            "fr" | "es" => &[Level::Series, Level::Subseries],
            // An Italian fondo, then its divisions (`ACS, MI, DAGR, b. 1320`).
            "it" => &[Level::Fond, Level::Series, Level::Subseries],
            // A Polish fonds named by its abbreviation ("KC PZPR").
            "pl" => &[Level::Zespol],
            _ => &[],
        };
        let l = order.get(self.named).cloned();
        self.named = self.named.saturating_add(1);
        l
    }
}
