//! A title the model took for the end of the names before it: a Latin title after
//! Cyrillic names (`Торвальдс Л., Даймонд Д. Just for Fun. | Рассказ …`), where the
//! change of script, not the punctuation, misled it.

use super::ids::{Ids, Span};

/// `И.`, `J.-B.`, `Ch.`: an initial, not a word in capitals (`UNIX.`).
fn initial(w: &str) -> bool {
    let w = w.trim_end_matches(',');
    w.contains('.')
        && w.split(['.', '-'])
            .filter(|x| !x.is_empty())
            .all(|x| x.chars().count() <= 2 && x.starts_with(char::is_uppercase))
}

/// Where, in a part of Cyrillic names with initials, a Latin run that is no name
/// begins: after the last initial, words in Latin script of which none is an
/// initial (`Just for Fun.`, `Linux API.`).
fn latin_run(part: &str) -> Option<usize> {
    let words: Vec<(usize, &str)> = part
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - part.as_ptr() as usize, w))
        .collect();
    let last_initial = words.iter().rposition(|(_, w)| initial(w))?;
    let cyrillic = |w: &str| w.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c));
    // The names before it are Cyrillic; the run after it all Latin.
    if !words[..last_initial].iter().any(|(_, w)| cyrillic(w)) {
        return None;
    }
    let run = &words[last_initial + 1..];
    let latin = |w: &str| w.chars().any(|c| c.is_ascii_alphabetic()) && !cyrillic(w);
    let no_names = !run.iter().any(|(_, w)| initial(w));
    let etal = run.first().is_some_and(|(_, w)| w.to_lowercase().starts_with("et"));
    (!run.is_empty() && run.iter().all(|(_, w)| latin(w)) && no_names && !etal).then(|| run[0].0)
}

/// The spans with such a run moved from the names to the title after them.
pub(super) fn title_from_names(k: &Ids, text: &str, spans: &mut [Span]) {
    for i in 1..spans.len() {
        let (names, title) = (spans[i - 1], spans[i]);
        if names.0 != k.author || title.0 != k.title || names.2 > title.1 {
            continue;
        }
        if let Some(at) = latin_run(&text[names.1..names.2]) {
            spans[i - 1].2 = names.1 + at;
            spans[i].1 = names.1 + at;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_titles_after_cyrillic_names() {
        let p = "Торвальдс Л., Даймонд Д. Just for Fun.";
        assert_eq!(latin_run(p).map(|i| &p[i..]), Some("Just for Fun."));
        let p = "Пайк Р., Керниган Б. UNIX.";
        assert_eq!(latin_run(p).map(|i| &p[i..]), Some("UNIX."));
        assert_eq!(latin_run("Иванов И. И., Petrov P."), None);
        assert_eq!(latin_run("Smith J. Linux API."), None);
        assert_eq!(latin_run("Иванов И. И. et al."), None);
        assert_eq!(latin_run("Иванов И. И."), None);
    }
}
