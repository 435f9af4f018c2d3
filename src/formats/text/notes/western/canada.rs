//! Library and Archives Canada's references: a record group or manuscript
//! group and its sub-group in one part (`RG 33 120`, `MG 27 III BII`,
//! `MG26-J13`, `MG 30 E157`): the group a series, the sub-group a subseries.

use super::state::Read;
use crate::model::Level;

/// A group and its sub-group (`MG 27 III BII`), or a group alone (`MG 26`).
pub(super) fn group(p: &str) -> Option<Read> {
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
    }
}
