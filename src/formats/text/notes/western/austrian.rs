//! Registry numbers of Austrian and German holdings, read by their shape:
//! "Präs. 151/1851", "MRZ. 3759/1851", "KM. Präs. 6113/1848", "Kab. Kanzlei KZ.
//! 3097/1863", "Präs. Beilagen 4363/1863", "HR. 38‒2/1", "RTA. 107".

use super::super::archival::Issue;
use super::state::{Ctx, Read};
use crate::model::Level;

/// The units of a part written as a registry number (or a holding and its bare
/// carton), or `None`.
pub(super) fn registry_numbers(p: &str, words: &[&str], cx: &mut Ctx) -> Option<Read> {
    let mut r = Read::default();
    let at_de = matches!(cx.tradition, "at" | "de");
    // The number alone, after the Bestand ("MKSM., 38–2/1 ex 1918").
    if at_de && cx.named >= 1 {
        let (num, ex) = match p.split_once(" ex ") {
            Some((n, y)) if y.len() == 4 && y.chars().all(|x| x.is_ascii_digit()) => (n, true),
            _ => (p, false),
        };
        if registry_no(num) && (ex || num.chars().any(dash)) {
            r.units.push((Level::File, p.to_string()));
            return Some(r);
        }
    }
    // "Präs. 151/1851", "MRZ. 3759/1851", "GA. 118/1851".
    if let Some((abbr, num)) = p.split_once(". ") {
        let common = ["Nr", "No", "S", "Bd", "Vol", "Dok", "Doc"].contains(&abbr);
        if registry_no(num)
            && !common
            && !abbr.contains(' ')
            && abbr.chars().all(char::is_alphabetic)
        {
            // Under a Bestand and a series already read, the registry is a
            // subseries ("KA., HKR., KM., Präs. 6289/1848").
            let level = if cx.named >= 2 { Level::Subseries } else { Level::Series };
            r.units.push((level, format!("{abbr}.")));
            r.units.push((Level::File, num.to_string()));
            return Some(r);
        }
    }
    // Abbreviated levels printed without commas before the number ("KM. Präs.
    // 6113/1848", "IM. Präs. 5656/1871"): each the next level of the hierarchy.
    let abbreviated = |w: &&str| {
        w.ends_with('.')
            && (2..=7).contains(&w.chars().count())
            && w.starts_with(char::is_uppercase)
            && w.trim_end_matches('.').chars().all(char::is_alphabetic)
    };
    // A name of several words before a registry number.
    let ends_numbered = words.len() >= 3 && registry_no(words[words.len() - 1]);
    if at_de && ends_numbered && words[..words.len() - 1].iter().all(abbreviated) {
        for w in &words[..words.len() - 1] {
            let level = cx.named_level().unwrap_or(Level::Subseries);
            r.units.push((level, w.to_string()));
        }
        r.units.push((Level::File, words[words.len() - 1].to_string()));
        return Some(r);
    }
    // An Austrian holding by its abbreviation and a bare number ("RTA. 107",
    // "PA. IV 31"): the Bestand and its carton, the number without a label.
    if cx.tradition == "at" && (2..=3).contains(&words.len()) && abbreviated(&words[0]) {
        let n = words.len();
        let roman = n == 3 && words[1].chars().all(|x| matches!(x, 'I' | 'V' | 'X' | 'L'));
        let num = words[n - 1].chars().all(|x| x.is_ascii_digit());
        if num && (n == 2 || roman) {
            cx.named = cx.named.max(1);
            r.units.push((Level::Bestand, words[..n - 1].join(" ")));
            r.issues.push(Issue::unlabelled(words[n - 1], &Level::Carton));
            r.units.push((Level::Carton, words[n - 1].to_string()));
            return Some(r);
        }
    }
    // The same after a name of a few words: a series ("Präs. Beilagen
    // 4363/1863"), or a Bestand with its registry's abbreviation ("Kab. Kanzlei
    // KZ. 3097/1863").
    if at_de && ends_numbered {
        let n = words.len();
        let name_ok = words[..n - 1].iter().all(|w| w.starts_with(char::is_uppercase));
        let last = words[n - 2];
        let abbr_last = last.len() >= 3
            && last.ends_with('.')
            && last.trim_end_matches('.').chars().all(|x| x.is_uppercase());
        if name_ok && abbr_last && n >= 4 {
            r.units.push((Level::Bestand, words[..n - 2].join(" ")));
            r.units.push((Level::Series, last.to_string()));
            r.units.push((Level::File, words[n - 1].to_string()));
            return Some(r);
        }
        if name_ok && words[0].ends_with('.') {
            r.units.push((Level::Series, words[..n - 1].join(" ")));
            r.units.push((Level::File, words[n - 1].to_string()));
            return Some(r);
        }
    }
    None
}

fn dash(x: char) -> bool {
    matches!(x, '–' | '‒' | '-')
}

/// A registry number: "151/1851"; in the Kriegsarchiv's registries also "38‒2/1".
fn registry_no(num: &str) -> bool {
    num.split_once('/').is_some_and(|(a, b)| {
        !a.is_empty()
            && a.starts_with(|x: char| x.is_ascii_digit())
            && a.chars().all(|x| x.is_ascii_digit() || dash(x))
            && !b.is_empty()
            && b.len() <= 4
            && b.chars().all(|x| x.is_ascii_digit())
            && (b.len() == 4 || a.chars().any(dash))
    })
}
