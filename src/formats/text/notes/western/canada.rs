//! Library and Archives Canada's references: a record group or manuscript
//! group and its sub-group in one part (`RG 33 120`, `MG 27 III BII`,
//! `MG26-J13`, `MG 30 E157`): the group a series, the sub-group a subseries.
//! And the National Archives of Australia's, as its citation guide prints them:
//! the series number, then the control symbol (`NAA: A1838, 3107/38/12 Part 1`,
//! `NAA: B2455, James E.H., item barcode 7365498`): a series, then a file.

use super::state::{Ctx, Read};
use crate::model::Level;

/// A part read as these two archives print their references, when the clause
/// is theirs.
pub(super) fn read(p: &str, cx: &mut Ctx) -> Option<Read> {
    if cx.key == "LAC" {
        return group(p);
    }
    if cx.key != "NAA" {
        return None;
    }
    // The series number first, then the control symbol.
    match cx.named {
        0 => {
            let r = naa_series(p)?;
            cx.named = 1;
            Some(r)
        }
        1 => {
            cx.named = 2;
            naa_control_symbol(p)
        }
        _ => None,
    }
}

/// A group and its sub-group (`MG 27 III BII`), or a group alone (`MG 26`).
fn group(p: &str) -> Option<Read> {
    let p = p.trim().trim_end_matches('.');
    let rest = p.strip_prefix("MG").or_else(|| p.strip_prefix("RG"))?;
    let gap = rest.len() - rest.trim_start().len();
    let digits = rest[gap..].chars().take_while(char::is_ascii_digit).count();
    if digits == 0 || gap > 1 {
        return None;
    }
    let end = 2 + gap + digits;
    let sub = p[end..].trim_start_matches(['-', ' ']);
    let sub_ok = sub.split_whitespace().count() <= 3
        && sub.chars().all(|x| x.is_ascii_alphanumeric() || x == ' ')
        && sub.split_whitespace().all(|w| {
            w.chars().all(|x| x.is_ascii_uppercase()) || w.chars().any(|x| x.is_ascii_digit())
        });
    if !sub_ok {
        return None;
    }
    let mut r = Read::default();
    r.units.push((Level::Series, p[..end].to_string()));
    if !sub.is_empty() {
        r.units.push((Level::Subseries, sub.to_string()));
    }
    Some(r)
}

/// An Australian series number (`A1838`, `B2455`, `AA1969/275`, `M1415`).
fn naa_series(p: &str) -> Option<Read> {
    let p = p.trim();
    let letters = p.chars().take_while(char::is_ascii_uppercase).count();
    let digits = p[letters..].chars().take_while(char::is_ascii_digit).count();
    let rest = &p[letters + digits..];
    let ok = (1..=3).contains(&letters)
        && digits >= 1
        && (rest.is_empty()
            || rest.starts_with('/') && rest[1..].chars().all(|x| x.is_ascii_digit()));
    ok.then(|| Read { units: vec![(Level::Series, p.to_string())], ..Read::default() })
}

/// The control symbol after the series: the part whole (`3107/38/12 Part 1`,
/// `James E.H.`), short and without a label.
fn naa_control_symbol(p: &str) -> Option<Read> {
    let p = p.trim().trim_end_matches(',');
    let ok = !p.is_empty() && p.chars().count() <= 40 && !p.to_lowercase().contains("barcode");
    ok.then(|| Read { units: vec![(Level::File, p.to_string())], ..Read::default() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_and_sub_groups() {
        let g = |p: &str| group(p).map(|r| r.units.into_iter().map(|u| u.1).collect::<Vec<_>>());
        assert_eq!(g("RG 33 120"), Some(vec!["RG 33".into(), "120".into()]));
        assert_eq!(g("MG 27 III BII"), Some(vec!["MG 27".into(), "III BII".into()]));
        assert_eq!(g("MG26-J13"), Some(vec!["MG26".into(), "J13".into()]));
        assert_eq!(g("MG 26"), Some(vec!["MG 26".to_string()]));
        assert_eq!(g("RG 24, vol. 3"), None);
        assert_eq!(g("MGM studios"), None);
        assert!(naa_series("A1838").is_some());
        assert!(naa_series("AA1969/275").is_some());
        assert!(naa_series("Department of Defence").is_none());
    }
}
