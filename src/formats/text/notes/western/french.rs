//! French archives' references read by their shape: a series and its article
//! at the Archives nationales (`F 7 4436 A`, `F7 12345`), a military series
//! glued to its number at the Service historique de la Défense (`3H 137`), a
//! departmental cote (`1 MI EC`, `4 M 123`).

use super::state::{Ctx, Read};
use crate::model::Level;

/// A French cote in `p` (its words and the length of its leading capitals).
pub(super) fn cote(p: &str, words: &[&str], upper_run: usize, cx: &Ctx) -> Option<Read> {
    if cx.tradition != "fr" {
        return None;
    }
    let mut r = Read::default();
    // French series and article: "F 7 4436 A", "F7 12345".
    if (1..=2).contains(&upper_run) {
        let rest: Vec<&str> = p[upper_run..].split_whitespace().collect();
        if let [series_no, article @ ..] = rest.as_slice() {
            if series_no.chars().all(|x| x.is_ascii_digit())
                && !article.is_empty()
                && article[0].starts_with(|x: char| x.is_ascii_digit())
            {
                // The series as printed, with or without its space.
                let end = p.find(series_no).map_or(upper_run, |i| i + series_no.len());
                r.units.push((Level::Series, p[..end].to_string()));
                r.units.push((Level::Piece, article.join(" ")));
                return Some(r);
            }
        }
    }
    // A military series glued to its number ("3H 137", "7N 2345"): series, article.
    if let [series, article, ..] = words {
        let digits = series.chars().take_while(char::is_ascii_digit).count();
        let letters = series[digits..].chars().all(|x| x.is_ascii_uppercase());
        let article_no = article.chars().all(|x| x.is_ascii_digit());
        if digits >= 1 && (1..=2).contains(&(series.len() - digits)) && letters && article_no {
            r.units.push((Level::Series, series.to_string()));
            r.units.push((Level::Piece, words[1..].join(" ")));
            return Some(r);
        }
    }
    // A French departmental cote: the series letters after a number ("1 MI EC",
    // "4 M 123": series, then the article).
    if words.len() >= 2 && words[0].chars().all(|x| x.is_ascii_digit()) {
        let letters = words[1..]
            .iter()
            .take_while(|w| w.trim_end_matches('.').chars().all(|x| x.is_ascii_uppercase()))
            .count();
        if letters >= 1 {
            r.units.push((
                Level::Series,
                words[..=letters].join(" ").trim_end_matches('.').to_string(),
            ));
            if words.len() > letters + 1 {
                r.units.push((Level::Piece, words[letters + 1..].join(" ")));
            }
            return Some(r);
        }
    }
    None
}
