//! Chinese archives as Anglophone scholarship on the People's Republic cites
//! them: the province or city standing for its archive, the document's date,
//! the reference (全宗–目录–案卷, quanzong–mulu–juan) printed as one code, and
//! pages — `Hubei, 21 Nov. 1950, SZ1-2-32, pp. 7–13`, `Report by Luo Ruiqing,
//! 23 Aug. 1952, Shaanxi, 123-25-2, p. 357`, `Gansu, Report on …, 25 March 1951,
//! 91-1-314, p. 13`, `Nanjing, 4003-1-20, 5 July 1950, p. 143`. The archive
//! named in full (`Shanghai Municipal Archives, B168-1-123`) is the registry's,
//! read by the comma-separated parts with `labels::quanzong_code`.

use super::super::found::ArchiveRef;
use super::super::registry::{Known, Registry};
use super::labels::quanzong_code;
use super::part::{has_month, read_part, Ctx};
use super::split::{missing_spaces, part_text, parts, Clause};
use crate::model::Level;

/// Parts between the place and the code (a date, a document's title).
const MAX_BETWEEN: usize = 3;

/// The archive a place stands for: the province's (`Hubei PA`) or the city's
/// (`Nanjing MA`), from the registry's Chinese rows.
fn place_archive(registry: &Registry, place: &str) -> Option<Known> {
    if place.is_empty() || !place.starts_with(|x: char| x.is_ascii_uppercase()) {
        return None;
    }
    ["PA", "MA"]
        .iter()
        .filter_map(|s| registry.by_abbr(&format!("{place} {s}")))
        .find(|k| k.tradition == "cn")
        .cloned()
}

/// A place standing for its archive: the archive, where the place starts, and
/// the place as printed.
type Place = (Known, usize, String);

/// The place at the end of a part: the whole part (`Hubei`, `Inner Mongolia`) or
/// its last word after a lower-case word (`a report circulated in Sichuan`,
/// `and Guangdong`, `see also Sichuan`).
fn place_in(c: &[char], (a, b): (usize, usize), registry: &Registry) -> Option<Place> {
    let p = part_text(c, (a, b));
    if let Some(k) = place_archive(registry, &p) {
        return Some((k, a, p));
    }
    let (head, last) = p.rsplit_once(' ')?;
    let k = place_archive(registry, last)?;
    let joined = head.rsplit(' ').next().is_some_and(|w| w.chars().all(|x| x.is_lowercase()));
    joined.then(|| (k, b - last.chars().count(), last.to_string()))
}

/// A code in a clause of its own that names no place, right after a citation
/// of this form (`Jilin, 12 Oct. 1954, 1-7(3)-2, p. 4; 24 Feb. 1955, 1-7(4)-1,
/// p. 5`): the same archive, as printed there, when only a date stands before
/// the code.
fn same_place_again(
    c: &[char],
    ranges: &[(usize, usize)],
    k: usize,
    out: &[Clause],
) -> Option<Place> {
    let last = out.last()?;
    let archive = last.archive.as_ref()?;
    let known = archive.known.clone()?;
    let first = (0..k).rev().find(|&j| ranges[j].1 <= last.end).map_or(0, |j| j + 1);
    let gap: String = c.get(last.end..ranges[first].0)?.iter().collect();
    let only_dates = ranges[first..k].iter().all(|&r| has_month(&part_text(c, r)));
    (gap.trim() == ";" && only_dates).then(|| (known, ranges[first].0, archive.as_printed.clone()))
}

/// The citations of a note printed in this form, outside the clauses read
/// already (`taken`).
pub(super) fn place_clauses(c: &[char], registry: &Registry, taken: &[Clause]) -> Vec<Clause> {
    let mut out = Vec::new();
    let (ranges, tight) = parts(c, 0, c.len());
    let free = |s: usize, e: usize| !taken.iter().any(|cl| s < cl.end && e > cl.start);
    for (k, &range) in ranges.iter().enumerate() {
        if !quanzong_code(&part_text(c, range)) {
            continue;
        }
        // The place: the nearest part before the code that names one, within the
        // same clause (no semicolon between).
        let lo = k.saturating_sub(MAX_BETWEEN + 1);
        let Some((known, start, printed)) = (lo..k)
            .rev()
            .find_map(|j| {
                let between = c[ranges[j].1..range.0].contains(&';');
                if between {
                    return None;
                }
                place_in(c, ranges[j], registry)
            })
            .or_else(|| same_place_again(c, &ranges, k, &out))
        else {
            continue;
        };
        let mut end = range.1;
        let mut read = super::part::Read {
            units: vec![(Level::Shelfmark, part_text(c, range).trim_end_matches('.').to_string())],
            ..Default::default()
        };
        // The pages, after the code or after a date that follows it.
        for &(a, b) in ranges.iter().skip(k + 1).take(2) {
            if c[end..a].contains(&';') {
                break;
            }
            let p = part_text(c, (a, b));
            let mut cx = Ctx::new("cn");
            match read_part(&p, &mut cx) {
                Some(r) if r.units.is_empty() && !r.folios.is_empty() => {
                    read.pages = r.pages;
                    read.folios = r.folios;
                    end = b;
                    break;
                }
                _ if has_month(&p) || p.bytes().all(|x| x.is_ascii_digit()) => {}
                _ => break,
            }
        }
        if !free(start, end) {
            continue;
        }
        let mut cited = read.into_cited(start, end);
        cited.issues.extend(missing_spaces(c, &tight, start, end));
        out.push(Clause {
            start,
            end,
            ibid: false,
            archive: Some(ArchiveRef {
                as_printed: printed,
                name_printed: None,
                known: Some(known),
            }),
            cited,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tests::read;
    use super::*;

    #[test]
    fn a_province_or_city_stands_for_its_archive() {
        let r = read("Report by Luo Ruiqing, 23 Aug. 1952, Shaanxi, 123-25-2, p. 357.");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].0.as_deref(), Some("Shaanxi PA"));
        assert_eq!(r[0].1, ["shelfmark=123-25-2"]);
        assert_eq!(r[0].2, ["357"]);
        // The date after the code; a title between the place and the code.
        let r = read("Nanjing, 4003-1-20, 5 July 1950, p. 143.");
        assert_eq!(
            (r[0].0.as_deref(), r[0].2.clone()),
            (Some("Nanjing MA"), vec!["143".to_string()])
        );
        let r = read("Gansu, Report on the Hate America, Aid Korea Campaign, 25 March 1951, 91-1-314, p. 13.");
        assert_eq!(r[0].0.as_deref(), Some("Gansu PA"));
        // A second clause with only a date shares the place; after `and`, `in`, `see also`.
        let r = read("Jilin, 12 Oct. 1954, 1-7(3)-2, p. 4; 24 Feb. 1955, 1-7(4)-1, p. 5; Zhang, Yijiusijiu, pp. 111–12.");
        assert_eq!(r.len(), 2);
        assert_eq!(r[1].0.as_deref(), Some("Jilin PA"));
        assert_eq!(r[1].1, ["shelfmark=1-7(4)-1"]);
        let r = read("Report, Shandong, 6 March 1953, A1-2-138, pp. 7–14, and Guangdong, Aug. 1953, 204-1-95, pp. 31–7.");
        assert_eq!(r.len(), 2);
        assert_eq!(r[1].0.as_deref(), Some("Guangdong PA"));
        // The archive named in full, its file number labelled.
        let r = read("Archive of the Ministry of Foreign Affairs of the PRC, no. 105-00339-01(1).");
        assert_eq!(r[0].0.as_deref(), Some("PRC FMA"));
        assert_eq!(r[0].1, ["shelfmark=105-00339-01(1)"]);
        // A place with no code is no archive; a code with no place is none either.
        assert!(read("Report on Guangxi, March 1951, p. 16.").is_empty());
        assert!(read("Speech, 10 July 1950, 204-1-34, p. 50.").is_empty());
    }

    #[test]
    fn codes_of_chinese_archives() {
        for code in
            ["SZ1-2-15", "204-1-34", "JX1-836", "A1-5-20", "1-7(2)-7", "4003-1-20.", "B168-1-123"]
        {
            assert!(quanzong_code(code), "{code}");
        }
        for not in ["1950-1952", "pp. 16-24", "1-", "-2-3", "1-2-3-4-5", "X(1)-2"] {
            assert!(!quanzong_code(not), "{not}");
        }
    }
}
