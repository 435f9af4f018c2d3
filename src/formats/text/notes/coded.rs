//! Files of the archives of the former USSR cited by a code printed whole, as
//! English-language scholarship prints them: `RGASPI, 558/11/118, 23–6`,
//! `TsDAHOU 1/20/6277 (1933), 233–5`, `DAKhO, P-1962/1/973 (1933), 9` — fond,
//! opis and delo parted by slashes, perhaps the document's year in parentheses,
//! then the leaves with or without their label.

use super::archival::{normalise, Cited, Folio};
use super::found::ArchiveRef;
use super::western::leaf_list;
use crate::model::Level;

/// One part of a code: `558`, `P-1962`, `Р-9401`, `1а`; the index after it.
fn part_at(c: &[char], i: usize) -> Option<usize> {
    let mut j = i;
    if c.get(j).is_some_and(|x| x.is_alphabetic()) && c.get(j + 1) == Some(&'-') {
        j += 2;
    }
    let digits = c[j.min(c.len())..].iter().take_while(|x| x.is_ascii_digit()).count();
    if digits == 0 {
        return None;
    }
    j += digits;
    let letters = c[j..].iter().take_while(|x| x.is_alphabetic()).count();
    if letters == 1 {
        j += 1;
    }
    Some(j)
}

/// A code of three parts at `i` (a word start): the parts and the index after it.
fn code_at(c: &[char], i: usize) -> Option<(Vec<String>, usize)> {
    if i > 0 && !matches!(c[i - 1], ' ' | '\u{a0}' | '(') {
        return None;
    }
    let mut parts = Vec::new();
    let mut j = i;
    loop {
        let end = part_at(c, j)?;
        parts.push(c[j..end].iter().collect::<String>());
        j = end;
        if parts.len() == 3 {
            break;
        }
        if c.get(j) != Some(&'/') {
            return None;
        }
        j += 1;
    }
    // Not a longer code, nor a date or a number going on (a full stop after it is fine).
    let next = c.get(j).copied();
    let full_stop = next == Some('.') && !c.get(j + 1).is_some_and(|x| x.is_alphanumeric());
    let goes_on = next.is_some_and(|x| x.is_alphanumeric() || matches!(x, '/' | '-' | '–' | '.'));
    if goes_on && !full_stop {
        return None;
    }
    Some((parts, j))
}

/// Leaves after a code: `, 233–5`, `: 16, 25`, `, l. 5`, `, ark. 12–14 zv.`; stops
/// at anything that is not a leaf (`, in Pyrih, ed.`). The leaves and the end.
pub(super) fn leaves_at(c: &[char], i: usize) -> (Vec<Folio>, usize) {
    let mut j = i;
    let skip = |c: &[char], mut j: usize| {
        while matches!(c.get(j), Some(' ' | '\u{a0}')) {
            j += 1;
        }
        j
    };
    // The document's year: ` (1933)`.
    let k = skip(c, j);
    if c.get(k) == Some(&'(') {
        if let Some(close) = c[k..].iter().take(14).position(|x| *x == ')') {
            if c[k + 1..k + close].iter().any(char::is_ascii_digit) {
                j = k + close + 1;
            }
        }
    }
    let mut k = skip(c, j);
    if !matches!(c.get(k), Some(',' | ':')) {
        return (Vec::new(), j);
    }
    k = skip(c, k + 1);
    let mut labelled = false;
    for label in ["ll.", "l.", "ark.", "арк.", "лл.", "л.", "fols.", "fol.", "ff.", "f."] {
        let n = label.chars().count();
        if c.len() >= k + n && c[k..k + n].iter().copied().eq(label.chars()) {
            k = skip(c, k + n);
            labelled = true;
            break;
        }
    }
    // The list itself is read as every other tradition's leaves are (ranges printed
    // short widened, `, ` and `and` between them).
    let (leaves, end) = leaf_list(c, k);
    let Some(first) = leaves.first() else { return (Vec::new(), j) };
    // A bare year is the document's date, not a leaf; a number with a word after
    // it is a date too ("9 May 1937").
    let year = first.from == first.to
        && first.from.len() == 4
        && ("1700".."2031").contains(&first.from.as_str());
    let word_after = match c.get(end) {
        Some(' ') => c.get(end + 1).is_some_and(|x| x.is_alphanumeric()),
        Some(x) => x.is_alphanumeric(),
        None => false,
    };
    if (year && !labelled) || word_after {
        return (Vec::new(), j);
    }
    (leaves, end)
}

/// Every code in `c`: the citation (fond, opis, delo and the leaves after it),
/// with the char range from the code to its last leaf.
pub(super) fn codes(c: &[char]) -> Vec<Cited> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        let Some((parts, end)) = c[i].is_alphanumeric().then(|| code_at(c, i)).flatten() else {
            i += 1;
            continue;
        };
        let (folios, end) = {
            let (f, e) = leaves_at(c, end);
            (f, e.max(end))
        };
        let levels = [Level::Fond, Level::Opis, Level::Delo];
        let units: Vec<(Level, String)> =
            levels.into_iter().zip(parts.iter().map(|p| normalise(p, false).0)).collect();
        let values = parts.iter().cloned().chain(folios.iter().map(|f| f.from.clone())).collect();
        let bare = folios.is_empty();
        out.push(Cited { units: units.clone(), folios, start: i, end, values, ..Cited::default() });
        i = end;
        // "9401/1a/552 and 64": another file of the same fond and opis.
        while let Some((start, delo, e)) = bare.then(|| and_file(c, i)).flatten() {
            let mut units = units.clone();
            units[2].1 = normalise(&delo, false).0;
            let values = vec![delo];
            out.push(Cited { units, start, end: e, values, ..Cited::default() });
            i = e;
        }
    }
    out
}

/// ` and 64` after a code: the file's number, where it starts, and the end.
fn and_file(c: &[char], i: usize) -> Option<(usize, String, usize)> {
    let word = [" and ", " & "].iter().find(|w| {
        let n = w.chars().count();
        c.len() > i + n && c[i..i + n].iter().copied().eq(w.chars())
    })?;
    let start = i + word.chars().count();
    let end = part_at(c, start)?;
    let ends = match c.get(end) {
        None | Some(',' | ';' | ')') => true,
        Some('.') => !c.get(end + 1).is_some_and(|x| x.is_alphanumeric()),
        Some(' ') => !c.get(end + 1).is_some_and(|x| x.is_ascii_digit() || *x == '/'),
        _ => false,
    };
    (ends && !c[start..end].contains(&'-')).then(|| (start, c[start..end].iter().collect(), end))
}

/// An archive of the former USSR: one the registry lists in the Russian
/// tradition, or an abbreviation named as they are (`DAKhO`, `ГАСО`, `TsGA`:
/// *derzhavnyi arkhiv*, *gosudarstvennyi arkhiv*).
pub(super) fn soviet(a: &ArchiveRef) -> bool {
    match &a.known {
        Some(k) => k.tradition.is_empty(),
        None => {
            let p = a.as_printed.as_str();
            let abbreviation = !p.contains(' ')
                && p.chars().count() <= 8
                && p.chars().filter(|x| x.is_uppercase()).count() >= 3;
            let prefixes = ["DA", "GA", "TsDA", "TsGA", "ДА", "ГА", "ЦДА", "ЦГА"];
            abbreviation && prefixes.iter().any(|x| p.starts_with(x))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn codes_and_their_leaves() {
        let t = c("TsDAHOU 1/20/6277 (1933), 233–5, in Pyrih, ed., Holodomor, 798–800.");
        let found = codes(&t);
        assert_eq!(found.len(), 1);
        let values: Vec<&str> = found[0].units.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(values, ["1", "20", "6277"]);
        assert_eq!(
            (found[0].folios[0].from.as_str(), found[0].folios[0].to.as_str()),
            ("233", "235")
        );
        assert_eq!(found[0].folios.len(), 1);
        let t = c("and RDVA 40442/3/2 (1920), 16, 25.");
        let f = &codes(&t)[0];
        assert_eq!(f.folios.iter().map(|x| x.from.as_str()).collect::<Vec<_>>(), ["16", "25"]);
        let f = &codes(&c("DAKhO, P-1962/1/973 (1933), 9, in Pyrih"))[0];
        assert_eq!(f.units[0].1, "P-1962");
        assert_eq!(f.folios.len(), 1);
        // Dates and longer codes are not codes.
        assert!(codes(&c("Memorandum of 12/3/1945/7, p. 4")).is_empty());
        assert!(codes(&c("on 12/3/45-46")).is_empty());
        // Another file of the same fond and opis.
        let f = codes(&c("GARF, 9401/1a/552 and 64."));
        assert_eq!((f.len(), f[1].units[2].1.as_str(), f[1].units[1].1.as_str()), (2, "64", "1a"));
        // A date after the code is not a leaf.
        let f = &codes(&c("RGASPI 17/3/1001, 9 May 1937"))[0];
        assert!(f.folios.is_empty());
    }
}
