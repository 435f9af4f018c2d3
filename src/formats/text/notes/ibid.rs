//! Ibid: what the previous citing note cited, and the units and folios an ibid
//! repeats of it.

use super::archival::{Cited, Folio};
use super::found::ArchiveRef;
use crate::model::{Level, Locator};

/// What the previous citing note cited (for ibid).
// One value per citation or note, short-lived: boxing the large variant would
// only add allocations.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub(super) enum Last {
    Archival {
        archive: Option<ArchiveRef>,
        units: Vec<(Level, String)>,
        folios: Vec<Folio>,
        /// The folios are pages.
        pages: bool,
    },
    Entry {
        id: String,
        locator: Option<Locator>,
    },
}

/// Ibid: the units of the note repeated up to the first level printed, then
/// the printed ones; printed folios replace the old. With no folio printed the
/// old ones are repeated only when no unit is printed either: a new file's
/// leaves are not the old file's.
pub(super) fn resolve_ibid(
    units: &[(Level, String)],
    folios: &[Folio],
    printed: Option<&Cited>,
) -> (Vec<(Level, String)>, Vec<Folio>) {
    let Some(p) = printed else { return (units.to_vec(), folios.to_vec()) };
    // "Ibid., f. 14." after a citation with no fond (TNA, NARA): `f.` is a folio.
    if let [(Level::Fond, leaf)] = p.units.as_slice() {
        if p.folios.is_empty() && !units.iter().any(|(l, _)| *l == Level::Fond) {
            return (units.to_vec(), Folio::parse_list(leaf));
        }
    }
    let mut out: Vec<(Level, String)> = match p.units.first() {
        Some((first, _)) => units.iter().take_while(|(l, _)| l != first).cloned().collect(),
        None => units.to_vec(),
    };
    out.extend(p.units.iter().cloned());
    let f = if !p.folios.is_empty() {
        p.folios.clone()
    } else if p.units.is_empty() {
        folios.to_vec()
    } else {
        Vec::new()
    };
    (out, f)
}

#[cfg(test)]
mod tests {
    use crate::formats::text::notes::read;
    use crate::options::{Parsed, ReadOptions};

    fn lib(src: &str) -> Parsed {
        read(src, &ReadOptions::default()).unwrap()
    }

    #[test]
    fn ibid_resolves_against_the_previous_note() {
        let p = lib("5 AVP RF. F. 0146. Op. 044. P. 313. D. 36. L. 114.\n6 Ibid. D. 37. L. 3.\n7 Там же. Л. 4.\n");
        assert_eq!(p.library.entries[1].id, "avprf-0146-044-313-37");
        assert_eq!(p.library.citations[2].items[0].entry, "avprf-0146-044-313-37");
        assert_eq!(p.library.notes[2].ibid_of, Some(6));
    }

    #[test]
    fn polish_ibid_and_an_unlisted_archives_ibid() {
        let locs = |p: &Parsed| -> Vec<Option<String>> {
            p.library
                .citations
                .iter()
                .map(|c| c.items[0].locator.as_ref().map(|l| l.value.clone()))
                .collect()
        };
        let p = lib("1 APW, zesp. 123, sygn. 45, k. 3–4.\n2 Tamże, k. 7.\n");
        assert_eq!(locs(&p), [Some("3–4".to_string()), Some("7".to_string())]);
        assert_eq!(p.library.entries.len(), 1);
        // An archive the registry lacks, cited with western units: `p.` is a page.
        let p = lib("1 ACS, MI, DGPS, b. 12, fasc. 3.\n2 Ibid., p. 5.\n");
        assert_eq!(p.library.entries.len(), 1, "{:?}", p.library.entries);
        assert_eq!(locs(&p)[1].as_deref(), Some("5"));
    }

    #[test]
    fn bare_leaves_after_an_ibid() {
        let p = lib("1 TsDIAL, f. 371, op. 1, spr. 8, od. 75, 91.\n2 Ibid., 93–94.\n3 Ibid., 95. The police did not.\n4 Ibid., 96 and a remark.\n");
        let loc =
            |i: usize| p.library.citations[i].items[0].locator.as_ref().map(|l| l.value.clone());
        assert_eq!(loc(1).as_deref(), Some("93–94"));
        assert_eq!(loc(2).as_deref(), Some("95"));
        // Not leaves alone: the earlier ones stand.
        assert_eq!(loc(3).as_deref(), Some("95"));
        // Pages stay pages.
        let p = lib("1 NARA, RG 59, Box 3, p. 5.\n2 Ibid., 7.\n");
        let l = p.library.citations[1].items[0].locator.clone().map(|l| (l.label, l.value));
        assert_eq!(l, Some(("page".to_string(), "7".to_string())));
    }

    #[test]
    fn a_new_file_in_an_ibid_does_not_repeat_the_old_leaves() {
        let p = lib("1 PRO, PREM 4/27/7, ff. 12-15.\n2 Ibid., FO 371/66362.\n3 Ibid.\n");
        let loc =
            |i: usize| p.library.citations[i].items[0].locator.as_ref().map(|l| l.value.clone());
        assert_eq!(loc(0).as_deref(), Some("12–15"));
        assert_eq!(loc(1), None, "{:?}", p.library.citations[1]);
        // A bare ibid repeats everything, leaves included (none here).
        assert_eq!(loc(2), None);
        let p = lib("1 GARF, f. 5, op. 1, d. 3, l. 7.\n2 Ibid.\n3 Ibid., d. 4.\n");
        assert_eq!(loc_of(&p, 1).as_deref(), Some("7"));
        assert_eq!(loc_of(&p, 2), None);
    }

    fn loc_of(p: &Parsed, i: usize) -> Option<String> {
        p.library.citations[i].items[0].locator.as_ref().map(|l| l.value.clone())
    }

    #[test]
    fn a_folio_after_a_piece_is_not_a_fond() {
        let p = lib("1 The National Archives, Kew (TNA), WO 208/3041, f. 12.\n2 Ibid., f. 14.\n");
        assert_eq!(p.library.entries.len(), 1, "{:?}", p.library.entries);
        let loc = p.library.citations[1].items[0].locator.as_ref().map(|l| l.value.as_str());
        assert_eq!(loc, Some("14"));
    }
}
