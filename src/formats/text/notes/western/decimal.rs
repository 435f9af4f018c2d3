//! Lists of NARA State Department decimal files sharing one series: "… 026
//! Foreign Relations (P.C. 1919)/66 and … 026 Foreign Relations (P.C. 1919)/98 in
//! DoS CDF 1940-1944", or files in several clauses before "… in Department of
//! State Central Decimal Files 1930-1939, Record Group 59, Archives II". Each file
//! is a citation of its own, with the series printed after it (and the record
//! group and repository of that series' clause).

use super::super::archival::Folio;
use super::super::found::ArchiveRef;
use super::super::registry::Registry;
use super::part::{has_word, Ctx, Read};
use super::split::{bounds, part_text, parts, read_parts, Clause};
use crate::model::Level;

/// A decimal file at `i`: three digits at a word start ("026", "711.94"), a
/// subject of a few words ("Foreign Relations (P.C. 1919)"), a slash and the
/// document number ("1118", "1A", "77a"). Returns its end.
fn file_at(c: &[char], i: usize) -> Option<usize> {
    if i > 0 && c[i - 1].is_alphanumeric() {
        return None;
    }
    let digits = c[i..].iter().take_while(|x| x.is_ascii_digit()).count();
    // Then the slash, a subdivision ("711.94") or a capitalised subject.
    let next_ok = match (c.get(i + 3), c.get(i + 4)) {
        (Some('/'), _) => true,
        (Some('.'), Some(d)) => d.is_ascii_digit(),
        (Some(' '), Some(w)) => w.is_uppercase(),
        _ => false,
    };
    if digits != 3 || !next_ok {
        return None;
    }
    let slash = (i + 3..c.len().min(i + 48))
        .take_while(|&k| c[k].is_alphanumeric() || matches!(c[k], ' ' | '.' | '(' | ')' | '/'))
        .find(|&k| c[k] == '/')?;
    let run = |k: usize| c[k..].iter().take_while(|x| x.is_ascii_alphanumeric()).count();
    let first = run(slash + 1);
    if first == 0 || !c[slash + 1].is_ascii_digit() {
        return None;
    }
    // "18.5", "1458.25", "8-2745" (the dated numbers of 1945 on).
    let mut end = slash + 1 + first;
    while matches!(c.get(end), Some('.' | '-')) && c.get(end + 1).is_some_and(char::is_ascii_digit)
    {
        end += 1 + run(end + 1);
    }
    Some(end)
}

/// The series named in a part: the words after its last " in " ("…/1B in DoS CDF
/// 1930-1939"), with the years of the next part when they stand apart
/// ("Department of State Decimal File, 1930–1939"). (start, text, whether the
/// next part was taken).
fn series_in(
    c: &[char],
    (a, b): (usize, usize),
    next: Option<(usize, usize)>,
) -> (usize, String, bool) {
    let p = part_text(c, (a, b));
    let (start, mut s) = match p.rfind(" in ") {
        Some(k) => (a + p[..k + 4].chars().count(), p[k + 4..].to_string()),
        None => (a, p.clone()),
    };
    s = s.trim().trim_end_matches(['.', ' ']).to_string();
    let years = next.map(|r| part_text(c, r)).filter(|n| {
        n.chars().all(|x| x.is_ascii_digit() || matches!(x, '–' | '-' | ' ' | '.'))
            && n.chars().filter(char::is_ascii_digit).count() == 8
    });
    let mut took = false;
    if let Some(y) = years {
        if !s.chars().any(|x| x.is_ascii_digit()) {
            s = format!("{s}, {}", y.trim_end_matches('.'));
            took = true;
        }
    }
    (start, s, took)
}

/// A series printed after its files.
struct Series {
    /// Where the series' text starts (chars).
    start: usize,
    /// The end of its clause (with the record group and repository).
    end: usize,
    /// The units it gives each file: the series, the record group.
    units: Vec<(Level, String)>,
    /// The repository named in its clause.
    archive: Option<ArchiveRef>,
    /// The leaves or pages printed after it (of the last file).
    folios: Vec<Folio>,
    /// `folios` are pages.
    pages: bool,
}

/// The decimal files of a note that a series printed after them covers.
pub(super) fn lists(c: &[char], registry: &Registry) -> Vec<Clause> {
    let (ranges, _) = parts(c, 0, c.len());
    let mut series: Vec<Series> = Vec::new();
    for (k, &(a, b)) in ranges.iter().enumerate() {
        let p = part_text(c, (a, b));
        if !has_word(&p.to_lowercase(), &["cdf", "decimal file", "decimal files"]) {
            continue;
        }
        let before: String = c[a.saturating_sub(14)..a].iter().collect::<String>().to_lowercase();
        if before.contains("henceforth") || before.contains("hereafter") {
            continue;
        }
        let (start, name, took) = series_in(c, (a, b), ranges.get(k + 1).copied());
        let (_, hi) = bounds(c, a, b);
        let mut units = vec![(Level::Series, name)];
        let mut end = b;
        let mut archive = None;
        // After the series: its record group, the pages or folios of the last file.
        let after: Vec<(usize, usize)> =
            ranges[k + 1 + usize::from(took)..].iter().copied().filter(|r| r.1 <= hi).collect();
        let again = |p: &str| {
            let inner: Vec<char> = p.chars().collect();
            (!registry.mentions(&inner).is_empty()).then_some(false)
        };
        let mut cx = Ctx { record_group: true, ..Ctx::new("us") };
        let (read, span) = read_parts(c, &after, &mut cx, "", &again);
        units.extend(read.units.into_iter().filter(|(l, _)| *l == Level::RecordGroup));
        if let Some((_, e)) = span {
            end = end.max(e);
        }
        let inner: Vec<char> = c[b..hi].to_vec();
        if let Some(m) = registry.mentions(&inner).into_iter().find(|m| m.known.key == "NARA") {
            end = hi;
            archive = Some(ArchiveRef {
                as_printed: m.as_printed.clone(),
                name_printed: m.is_name.then(|| m.as_printed.clone()),
                known: Some(m.known.clone()),
            });
        }
        series.push(Series { start, end, units, archive, folios: read.folios, pages: read.pages });
    }
    if series.is_empty() {
        return Vec::new();
    }
    let nara = registry.by_abbr("NARA").map(|k| ArchiveRef {
        as_printed: k.key.clone(),
        name_printed: None,
        known: Some(k.clone()),
    });
    let mut files: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < c.len() {
        match file_at(c, i) {
            Some(e) => {
                files.push((i, e));
                i = e;
            }
            None => i += 1,
        }
    }
    let mut out: Vec<Clause> = Vec::new();
    for (n, &(s, e)) in files.iter().enumerate() {
        let Some(Series { start, end, units, archive, folios, pages }) =
            series.iter().find(|x| x.start >= e)
        else {
            continue;
        };
        let value: String = c[s..e].iter().collect();
        let mut all = vec![(Level::File, value.trim().to_string())];
        all.extend(units.iter().cloned());
        // The last file before its series takes the series' clause with it.
        let last = files.get(n + 1).is_none_or(|f| f.0 > *start);
        let end = if last { *end } else { e };
        let read = if last {
            Read { units: all, folios: folios.clone(), pages: *pages, ..Read::default() }
        } else {
            Read { units: all, ..Read::default() }
        };
        out.push(Clause {
            start: s,
            end,
            archive: archive.clone().or_else(|| nara.clone()),
            ibid: false,
            cited: read.into_cited(s, end),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn files_by_shape() {
        let c = chars("of 1938, 026 Foreign Relations (P.C. 1919)/1A; and 711.94/123. And /8-2745 or 026 Foreign Relations/1458.25. 1936, 026");
        let found: Vec<String> =
            (0..c.len()).filter_map(|i| file_at(&c, i).map(|e| c[i..e].iter().collect())).collect();
        assert_eq!(
            found,
            ["026 Foreign Relations (P.C. 1919)/1A", "711.94/123", "026 Foreign Relations/1458.25"]
        );
    }
}
