//! Titles the model cut: the first words taken for the end of the names before
//! them (`Berdnikova O. A. Reminiscences, | Quotations and Motifs …`, `Торвальдс Л.,
//! Даймонд Д. Just for Fun. | Рассказ …`), and a legal act's title broken at its
//! date, number and amendments (`Закон Ивановской области от 24.11.2003 | № 109-ОЗ |
//! (ред. | от 28.11.2014) | «О налоге на имущество организаций»`).

use super::super::kinds::names_act;
use super::super::script::RUSSIAN_NOTES;
use super::ids::{has_year, Ids, Span};

/// `И.`, `J.-B.`, `Ch.`: an initial, not a word in capitals (`UNIX.`).
fn initial(w: &str) -> bool {
    let w = w.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.');
    w.contains('.')
        && w.split(['.', '-'])
            .filter(|x| !x.is_empty())
            .all(|x| x.chars().count() <= 2 && x.starts_with(char::is_uppercase))
}

/// Where, in a part of names written surname first (`Berdnikova O. A.`,
/// `Торвальдс Л., Даймонд Д.`), a run that is no name begins: the capitalised words
/// after the last initial, none of them an initial (`Reminiscences,`, `Just for
/// Fun.`, `Nikolaj Leskov:`) — a title's first words.
fn title_run(part: &str) -> Option<usize> {
    let words: Vec<(usize, &str)> = part
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - part.as_ptr() as usize, w))
        .collect();
    // Surname first: a word, then an initial.
    let surname_first = words.len() > 2
        && words[0].1.starts_with(char::is_uppercase)
        && !initial(words[0].1)
        && initial(words[1].1);
    let last_initial = words.iter().rposition(|(_, w)| initial(w))?;
    // The name that holds it is surname first too: `…, Петров П. П.`, not `…, П. П. Петров`.
    let mut first_initial = last_initial;
    while first_initial > 0
        && initial(words[first_initial - 1].1)
        && !words[first_initial - 1].1.ends_with(',')
    {
        first_initial -= 1;
    }
    let holder = first_initial.checked_sub(1).map(|j| words[j].1);
    if holder.is_none_or(|h| initial(h) || h.ends_with(',')) {
        return None;
    }
    let run = &words[last_initial + 1..];
    let &(at, first) = run.first()?;
    let opens = first.starts_with(|c: char| c.is_uppercase() || matches!(c, '«' | '"' | '“'));
    // A role (`Eds.`) or a generation (`III`, `Jr.`) ends names, not a title.
    let bare = first.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
    if ["eds", "ed", "hrsg", "jr", "sr", "ii", "iii", "iv"].contains(&bare.as_str()) {
        return None;
    }
    // `Иванов И. И., Петров,` is names; `Иванов И. И. (ред.)` a role.
    let lone_name = words[last_initial].1.ends_with(',');
    let names = run.iter().any(|(_, w)| initial(w));
    (surname_first && opens && !lone_name && !names).then_some(at)
}

/// Where, in a part of names written surname first, a word with initials after it
/// follows a whole name with no comma or `и` between (`Филонов Е. А. | Повесть Н.
/// В.` before `Гоголя «Старосветские помещики»`): a title's first word naming a
/// person by initials, not one more author.
fn title_after_name(part: &str) -> Option<usize> {
    // After a lead-in's colon (`Для цитирования` | `: Филонов Е. А.`).
    let words: Vec<(usize, &str)> = part
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - part.as_ptr() as usize, w))
        .skip_while(|(_, w)| !w.contains(char::is_alphanumeric))
        .collect();
    let word = |w: &str| w.starts_with(char::is_uppercase) && !initial(w) && !w.ends_with(',');
    if words.len() < 4 || !word(words[0].1) || !initial(words[1].1) {
        return None;
    }
    let j = (2..words.len() - 1).find(|&j| !initial(words[j].1))?;
    let before = words[j - 1].1;
    (word(words[j].1) && initial(words[j + 1].1) && !before.ends_with([',', ';']))
        .then_some(words[j].0)
}

/// Whether a reference is written as Russian lists write them (Cyrillic, GOST's
/// `//` and area dashes, `(In Russ.)`), where names come surname first
/// (`Berdnikova O. A.`) — not `James P. Pfiffner, The Modern Presidency`.
fn russian_list(text: &str) -> bool {
    text.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
        || [" // ", " – ", " — "].iter().chain(&RUSSIAN_NOTES).any(|m| text.contains(m))
}

/// The spans with such a run moved from the names to the title after them, in a
/// reference written as Russian lists write them.
pub(super) fn title_from_names(k: &Ids, text: &str, spans: &mut [Span]) {
    if !russian_list(text) {
        return;
    }
    for i in 1..spans.len() {
        let (names, title) = (spans[i - 1], spans[i]);
        if names.0 != k.author || title.0 != k.title || names.2 > title.1 {
            continue;
        }
        if let Some(at) = title_run(&text[names.1..names.2]) {
            spans[i - 1].2 = names.1 + at;
            spans[i].1 = names.1 + at;
            continue;
        }
        // The names may be in several parts (`Филонов Е. А.` | `Повесть Н. В.`):
        // the parts after the cut become titles (the title after them joins them),
        // the part the cut falls in ends before it, or the title begins there.
        let m = (0..i).rev().take_while(|&j| spans[j].0 == k.author).last().unwrap_or(i - 1);
        let Some(at) = title_after_name(&text[spans[m].1..names.2]) else { continue };
        let at = spans[m].1 + at;
        let mut moved = false;
        for s in &mut spans[m..i] {
            if s.1 >= at {
                s.0 = k.title;
                moved = true;
            } else if s.2 > at {
                s.2 = text[..at].trim_end().len().max(s.1);
            }
        }
        if !moved {
            spans[i].1 = at;
        }
    }
}

/// Whether a part goes on with a legal act's designation: its date (`от 19 марта
/// 2020 г.`, `від …`), number (`№ 109-ОЗ`, `N 117-ФЗ`), amendments (`(ред. от …)`,
/// `(с изм. и доп. …)`, `в редакции от …`) or its quoted title (`«О земельном налоге»`).
fn goes_on_act(part: &str) -> bool {
    let p = part.trim_start().to_lowercase();
    let number = p
        .strip_prefix('№')
        .or_else(|| p.strip_prefix("n "))
        .is_some_and(|r| r.trim_start().starts_with(|c: char| c.is_ascii_digit()));
    number
        || [
            "от ",
            "від ",
            "(ред",
            "ред.",
            "(в ред",
            "в ред",
            "(с изм",
            "с изм",
            "(зі змін",
            "зі змін",
        ]
        .iter()
        .any(|w| p.starts_with(w))
        || p.starts_with(['«', '"', '“'])
}

/// The parts after a legal act's title that carry on its designation, joined to
/// it up to its host (`//`), a link or anything else. A date goes in only where
/// it is the act's (`от …`) or ends one cut inside (`от 19` | `апреля 1991 г.`).
pub(super) fn legal_title(k: &Ids, text: &str, spans: &mut Vec<Span>) {
    let Some(i) = spans.iter().position(|s| s.0 == k.title) else { return };
    if !names_act(&text[spans[i].1..spans[i].2]) {
        return;
    }
    let mut end = i;
    while let Some(&(l, a, b)) = spans.get(end + 1) {
        let part = &text[a..b];
        if part.trim_start().starts_with("//") || l == k.url || l == k.doi {
            break;
        }
        let sofar = &text[spans[i].1..spans[end].2];
        let date_cut = sofar
            .rfind(" от ")
            .or_else(|| sofar.rfind(" від "))
            .is_some_and(|j| !has_year(&sofar[j..]));
        let quoted = part.trim_start().starts_with(['«', '"', '“']);
        let second_title = quoted && sofar.contains(['«', '"', '“']);
        if !(goes_on_act(part) || l == k.date && date_cut) || second_title {
            break;
        }
        end += 1;
    }
    // Only a designation with a date or a number (`Решение задач по физике | (ред. …)`
    // is a book and its editor).
    let joined = &text[spans[i].1..spans[end].2];
    let numbered = [" от ", " від ", "№", " N "].iter().any(|w| {
        joined.match_indices(w).any(|(j, _)| {
            joined[j + w.len()..].trim_start().starts_with(|c: char| c.is_ascii_digit())
        })
    });
    if end > i && numbered {
        spans[i].2 = spans[end].2;
        spans.drain(i + 1..=end);
    }
}

/// Where, in a part of names written as ABNT and Spanish lists write them
/// (family names in capitals: `CLARK, K; HOLQUIST, M. Mikhail Bakhtin`,
/// `DIÓN DE PRUSA. Discursos I - XI`), the title the model ran them into
/// begins: after the first `. ` that follows a word of three capitals or more
/// (not initials),
/// before a word in title case, with no such capital word after it.
fn title_after_capitals(part: &str) -> Option<usize> {
    // Not initials run together (`W.J.M.A.`).
    let capital = |w: &str| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 3
            && letters.iter().all(|c| c.is_uppercase())
            && !w.trim_end_matches([',', '.', ';', ':']).contains('.')
    };
    // Where the first capital word ends, found once.
    let first = part.split_whitespace().find(|w| capital(w))?;
    let after_first = first.as_ptr() as usize - part.as_ptr() as usize + first.len();
    let at = part.match_indices(". ").map(|(i, _)| i + 2).find(|&i| {
        let next = part[i..].split_whitespace().next().unwrap_or("");
        let mut letters = next.chars().filter(|c| c.is_alphabetic());
        let title_case = letters.next().is_some_and(char::is_uppercase)
            && letters.next().is_some_and(char::is_lowercase);
        title_case && after_first <= i
    })?;
    (!part[at..].split_whitespace().any(capital)).then_some(at)
}

/// A title that the model took for the end of names in capitals, when no title
/// was labelled: the names end before it and the rest is the title.
pub(super) fn title_from_capitals(k: &Ids, text: &str, spans: &mut Vec<Span>) {
    if spans.iter().any(|s| s.0 == k.title) {
        return;
    }
    let Some(n) = spans.iter().position(|s| s.0 == k.author) else { return };
    let (_, a, b) = spans[n];
    let Some(at) = title_after_capitals(&text[a..b]) else { return };
    spans[n].2 = a + text[a..a + at].trim_end().len();
    spans.insert(n + 1, (k.title, a + at, b));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_after_names() {
        let run = |p: &'static str| title_run(p).map(|i| &p[i..]);
        assert_eq!(run("Торвальдс Л., Даймонд Д. Just for Fun."), Some("Just for Fun."));
        assert_eq!(run("Пайк Р., Керниган Б. UNIX."), Some("UNIX."));
        assert_eq!(run("Berdnikova O. A. Reminiscences,"), Some("Reminiscences,"));
        assert_eq!(run("McLean H. Nikolaj Leskov:"), Some("Nikolaj Leskov:"));
        assert_eq!(run("Agafonova T.E Gender"), Some("Gender"));
        assert_eq!(run("Иванов И. И., Petrov P."), None);
        assert_eq!(run("Иванов И. И. и др."), None);
        assert_eq!(run("Иванов И. И. (ред.)"), None);
        assert_eq!(run("Иванов И. И., Петров,"), None);
        assert_eq!(run("И. И. Иванов"), None);
        assert_eq!(run("Иванов И. И."), None);
        assert_eq!(run("Колмогоров А. Н.*),"), None);
        assert_eq!(run("/ И. И. Иванов, П. П. Петров"), None);
        assert_eq!(run("Иванов И. И., П. П. Петров"), None);
        assert_eq!(run("Ivanov I. I., Petrov P. P. Eds."), None);
        assert_eq!(run("Gates H. L. III The"), None);
        let after = |p: &'static str| title_after_name(p).map(|i| &p[i..]);
        assert_eq!(after("Филонов Е. А. Повесть Н. В."), Some("Повесть Н. В."));
        assert_eq!(after("Иванов И. И., Петров П. П."), None);
        assert_eq!(after("Иванов И. И. и Петров П. П."), None);
        assert_eq!(after("Иванов И. И."), None);
        assert_eq!(after(": Филонов Е. А. Повесть Н. В."), Some("Повесть Н. В."));
    }

    #[test]
    fn legal_acts() {
        assert!(goes_on_act("№ 109-ОЗ") && goes_on_act("(ред.") && goes_on_act("«О налоге»"));
        assert!(!goes_on_act("// СЗ РФ.") && !goes_on_act("М.:") && !goes_on_act("2003."));
    }
}
