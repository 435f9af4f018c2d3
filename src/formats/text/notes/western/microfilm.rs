//! Records the U.S. National Archives filmed, cited by one code of film, roll
//! and frames, as historians of the Second World War cite the captured German
//! records: `T-120/587/243383` (microcopy T-120, roll 587, frame 243383),
//! `T-120/2624H/D525934-947` (a lettered serial and frames), `T-120/3699H/
//! passim`, `T-77/OKW-2012/5, 596, 112–13` (frames printed with thousands
//! separators). The film is a series, the roll a volume, the frames leaves; a
//! shortened last frame is written out (`243398–403` → 243398–243403). The
//! labelled form (`film T175, roll 33, 2113`) is read part by part (`part.rs`).

use super::super::archival::Folio;
use super::labels::expand_range;
use super::state::Read;
use crate::model::Level;

/// The end of the film's name at `i` (`T-120`, `T120`, `M-1270`): a capital T
/// or M at a word's start, an optional hyphen, two to four digits.
fn film_at(c: &[char], i: usize) -> Option<usize> {
    if !matches!(c.get(i), Some('T' | 'M')) || (i > 0 && c[i - 1].is_alphanumeric()) {
        return None;
    }
    let mut j = i + 1;
    if matches!(c.get(j), Some('-' | '‑')) {
        j += 1;
    }
    let d = c[j.min(c.len())..].iter().take_while(|x| x.is_ascii_digit()).count();
    (2..=4).contains(&d).then_some(j + d)
}

/// Frames at `j` (`243383`, `D525934-947`, `5, 596, 112–13`): the first frame,
/// the last (shortened ends written out) and where they end.
fn frames_at(c: &[char], j: usize) -> Option<(String, String, usize)> {
    let number = |k: usize| -> (String, usize) {
        let letter = c.get(k).filter(|x| x.is_ascii_uppercase()).map(|_| 1).unwrap_or(0);
        let d = c[(k + letter).min(c.len())..].iter().take_while(|x| x.is_ascii_digit()).count();
        if d == 0 {
            return (String::new(), k);
        }
        (c[k..k + letter + d].iter().collect(), k + letter + d)
    };
    let (mut from, mut e) = number(j);
    if from.is_empty() {
        return None;
    }
    // Thousands separators: ", 596" groups of three digits that end a number.
    while c.get(e) == Some(&',') && c.get(e + 1) == Some(&' ') {
        let d = c[(e + 2).min(c.len())..].iter().take_while(|x| x.is_ascii_digit()).count();
        if d != 3 || c.get(e + 5).is_some_and(char::is_ascii_alphanumeric) {
            break;
        }
        from.extend(&c[e + 2..e + 5]);
        e += 5;
    }
    let mut to = from.clone();
    if matches!(c.get(e), Some('-' | '–')) {
        let (last, end) = number(e + 1);
        if !last.is_empty() {
            to = written_out(&from, &last);
            e = end;
        }
    }
    Some((from, to, e))
}

/// A range's last frame printed shortened (`403` after `243398`, `947` after
/// `D525934`), written out; the serial's letter is the first frame's.
fn written_out(from: &str, last: &str) -> String {
    if last.starts_with(|x: char| x.is_ascii_uppercase()) {
        return last.to_string();
    }
    let letter = from.len() - from.trim_start_matches(|x: char| x.is_ascii_uppercase()).len();
    format!("{}{}", &from[..letter], expand_range(&from[letter..], last.to_string()))
}

/// The end of a film code starting at `i`, if one does: the film, a slash, the
/// roll (digits, letters, hyphens), and a slash with frames, `passim` or
/// nothing after it.
pub(super) fn code_at(c: &[char], i: usize) -> Option<usize> {
    let mut j = film_at(c, i)?;
    if c.get(j) != Some(&'/') {
        return None;
    }
    j += 1;
    let roll =
        c[j..].iter().take_while(|x| x.is_ascii_alphanumeric() || matches!(x, '-' | '‑')).count();
    if !c[j..j + roll].iter().any(char::is_ascii_digit) {
        return None;
    }
    j += roll;
    if c.get(j) != Some(&'/') {
        return None;
    }
    j += 1;
    Some(frames_at(c, j).map_or(j, |f| f.2))
}

/// A film code read whole (`T-120/587/243360–61`), when `p` is one.
pub(super) fn read(p: &str) -> Option<Read> {
    let c: Vec<char> = p.trim().chars().collect();
    let end = code_at(&c, 0)?;
    let rest: String = c[end..].iter().collect();
    let rest = rest.trim().trim_end_matches('.');
    if !matches!(rest, "" | "ff" | "passim" | "f") {
        return None;
    }
    let film_end = film_at(&c, 0)?;
    let roll_end = film_end + 1 + c[film_end + 1..].iter().position(|x| *x == '/')?;
    let mut r = Read::default();
    r.units.push((Level::Series, c[..film_end].iter().collect()));
    r.units.push((Level::Volume, c[film_end + 1..roll_end].iter().collect()));
    if let Some((from, to, _)) = frames_at(&c, roll_end + 1) {
        r.folios.push(Folio { from, to, from_verso: false, verso: false });
    }
    Some(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    type Units = (Vec<String>, Vec<(String, String)>);

    fn units(p: &str) -> Option<Units> {
        read(p).map(|r| {
            (
                r.units.into_iter().map(|u| u.1).collect(),
                r.folios.into_iter().map(|f| (f.from, f.to)).collect(),
            )
        })
    }

    #[test]
    fn film_roll_and_frames() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let f = |a: &str, b: &str| vec![(a.to_string(), b.to_string())];
        assert_eq!(units("T-120/587/243383"), Some((s(&["T-120", "587"]), f("243383", "243383"))));
        assert_eq!(
            units("T-120/587/243398–403"),
            Some((s(&["T-120", "587"]), f("243398", "243403")))
        );
        assert_eq!(
            units("T-120/2624H/D525934-947"),
            Some((s(&["T-120", "2624H"]), f("D525934", "D525947")))
        );
        assert_eq!(
            units("T-77/OKW-2012/5, 596, 112–13"),
            Some((s(&["T-77", "OKW-2012"]), f("5596112", "5596113")))
        );
        assert_eq!(units("T-120/3699H/ passim"), Some((s(&["T-120", "3699H"]), vec![])));
        assert_eq!(
            units("T-120/587/243366 ff."),
            Some((s(&["T-120", "587"]), f("243366", "243366")))
        );
        // Not a film: a TNA piece, a date, a word.
        assert_eq!(units("FO 371/66361"), None);
        assert_eq!(units("T/12/3"), None);
        assert_eq!(units("Tel. 12/3/45"), None);
    }
}
