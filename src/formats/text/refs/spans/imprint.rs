//! An imprint the model cut in the wrong place: a transliterated publisher's first
//! words taken for a second place (`Petrozavodsk, Petrozavodsk | State University
//! Publ.`), and eLibrary's document number taken for a place and a publisher (`EDN: |
//! YZRSCL.`).

use super::super::kinds::arxiv;
use super::super::lexicon::city;
use super::ids::{has_year, Ids, Span};

/// Countries printed after a city (`Moscow, Russia`), which the list of places lacks.
const COUNTRIES: [&str; 14] = [
    "russia",
    "rossiya",
    "russian federation",
    "ussr",
    "belarus",
    "ukraine",
    "ukraina",
    "kazakhstan",
    "usa",
    "uk",
    "germany",
    "france",
    "poland",
    "china",
];

/// A place part `City, Words` before the publisher's part, where `City` is a known
/// place and `Words` is none (`Leningrad, Khudozhestvennaya` | `literatura Publ.`):
/// the words go to the publisher — where it ends as the References of Russian
/// journals end it, with `Publ.`.
pub(super) fn publisher_from_place(k: &Ids, text: &str, spans: &mut [Span]) {
    for i in 1..spans.len() {
        let (place, publisher) = (spans[i - 1], spans[i]);
        if place.0 != k.location || publisher.0 != k.publisher {
            continue;
        }
        let part = &text[place.1..place.2];
        let Some(comma) = part.find(", ") else { continue };
        let (first, rest) = (&part[..comma], part[comma + 2..].trim_end());
        let known = |s: &str| city(&s.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase());
        let capital = rest.starts_with(char::is_uppercase);
        // Only before the References' `… Publ.`: `New York, NY | Wiley` is a place.
        let publ = text[publisher.1..publisher.2]
            .split_whitespace()
            .any(|w| w.trim_end_matches([',', '.', ';', ':']) == "Publ");
        if !publ {
            continue;
        }
        // `Moscow, Leningrad` and `Cambridge, Mass.` are places; a place named twice
        // (`Petrozavodsk, Petrozavodsk State University Publ.`) is a place and a publisher.
        let second_place = known(rest) && !rest.eq_ignore_ascii_case(first)
            || COUNTRIES.contains(&rest.trim_end_matches(':').to_lowercase().as_str())
            || rest.ends_with(':');
        if known(first) && capital && !second_place && !rest.ends_with('.') && !rest.contains(',') {
            let at = place.1 + comma + 2;
            spans[i - 1].2 = place.1 + comma + 1;
            spans[i].1 = at;
        }
    }
}

/// `EDN: YZRSCL` (the eLibrary document number): a note, whatever the model took
/// its parts for.
pub(super) fn edn_note(k: &Ids, text: &str, spans: &mut Vec<Span>) {
    let edn = |s: &Span| {
        let t = text[s.1..s.2].trim_start();
        t.starts_with("EDN:") || t.starts_with("EDN ")
    };
    let Some(i) = spans.iter().position(edn) else {
        return;
    };
    spans[i].0 = k.note;
    let code = |s: &Span| {
        let t = text[s.1..s.2].trim().trim_end_matches('.');
        t.len() >= 4 && t.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    };
    if text[spans[i].1..spans[i].2].trim_end().ends_with(':') && spans.get(i + 1).is_some_and(code)
    {
        spans[i].2 = spans[i + 1].2;
        spans.remove(i + 1);
    }
}

/// An arXiv identifier after GOST's `//` (`// arXiv: 1903.10723. – 2019.`,
/// `//arXiv preprint arXiv:1802.03685. – 2018.`): a note, as AnyStyle labels
/// arXiv identifiers, with the `//` before it; a year after the area's dash is
/// the date.
pub(super) fn arxiv_note(k: &Ids, text: &str, spans: &mut Vec<Span>) {
    let Some(mut i) = spans.iter().position(|s| arxiv(&text[s.1..s.2])) else {
        return;
    };
    if i > 0 && text[spans[i - 1].1..spans[i - 1].2].trim() == "//" {
        spans[i].1 = spans[i - 1].1;
        spans.remove(i - 1);
        i -= 1;
    }
    spans[i].0 = k.note;
    let (a, b) = (spans[i].1, spans[i].2);
    let part = &text[a..b];
    let cut =
        [". – ", ". — ", ". - "].iter().filter_map(|d| part.find(d).map(|j| j + d.len())).min();
    if let Some(j) = cut {
        let rest = part[j..].trim_end().trim_end_matches('.');
        if has_year(rest) && rest.chars().all(|c| c.is_ascii_digit() || c == ' ') {
            spans[i].2 = a + j;
            spans.insert(i + 1, (k.date, a + j, b));
        }
    }
}

/// A link's lead-in the model gave another label (`– Режим доступу:` | `https://…`,
/// `Available at:` | `http://…`): the link's.
pub(super) fn url_lead(k: &Ids, text: &str, spans: &mut [Span]) {
    const LEADS: [&str; 9] = [
        "режим доступа",
        "режим доступу",
        "url",
        "available at",
        "available from",
        "access mode",
        "mode of access",
        "retrieved from",
        "доступно",
    ];
    for i in 1..spans.len() {
        let (prev, next) = (spans[i - 1], spans[i]);
        if next.0 != k.url || prev.0 == k.url {
            continue;
        }
        let part = text[prev.1..prev.2].trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        if LEADS.contains(&part.as_str()) {
            spans[i - 1].0 = k.url;
            continue;
        }
        // A lead-in at the end of the part before (`GitHub.com, доступ:` |
        // `Znanium.com - Режим` | `доступа: http://…`): the link's.
        let whole = text[prev.1..prev.2].trim_end_matches([':', ' ']);
        let link = text[next.1..next.2].to_lowercase();
        let split = LEADS.iter().chain(&["доступ"]).find_map(|lead| {
            let at = whole.len().checked_sub(lead.len())?;
            let tail = whole.get(at..)?;
            let word_start = whole.get(..at)?.ends_with([' ', ',', '.', '-', '–', '—']);
            (word_start && tail.to_lowercase() == *lead).then_some(at)
        });
        let split = split.or_else(|| {
            let at = whole.len().checked_sub("режим".len())?;
            let start = whole.get(..at)?.ends_with([' ', ',', '.', '-', '–', '—']);
            (start && link.starts_with("доступ") && whole.get(at..)?.to_lowercase() == "режим")
                .then_some(at)
        });
        if let Some(at) = split {
            let keep = whole[..at].trim_end_matches([' ', ',', '.', '-', '–', '—', ':']);
            if !keep.is_empty() {
                spans[i - 1].2 = prev.1 + keep.len();
                spans[i].1 = prev.1 + at;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_keep_no_publisher() {
        let Some(k) = super::super::ids::ids() else { return };
        let text = "Petrozavodsk, Petrozavodsk State University Publ., 2018.";
        let mut spans = vec![(k.location, 0, 26), (k.publisher, 27, 50)];
        publisher_from_place(k, text, &mut spans);
        assert_eq!(&text[spans[0].1..spans[0].2], "Petrozavodsk,");
        assert_eq!(&text[spans[1].1..spans[1].2], "Petrozavodsk State University Publ.,");
        let text = "Moscow, Leningrad Nauka Publ.";
        let mut spans = vec![(k.location, 0, 17), (k.publisher, 18, 29)];
        publisher_from_place(k, text, &mut spans);
        assert_eq!(spans[0].2, 17);
        let text = "Moscow, Russia Nauka Publ.";
        let mut spans = vec![(k.location, 0, 14), (k.publisher, 15, 26)];
        publisher_from_place(k, text, &mut spans);
        assert_eq!(spans[0].2, 14);
        let text = "EDN: YZRSCL.";
        let mut spans = vec![(k.location, 0, 4), (k.publisher, 5, 12)];
        edn_note(k, text, &mut spans);
        assert_eq!(spans, [(k.note, 0, 12)]);
        let text = "Title / J. Doe // arXiv: 1903.10723. – 2019.";
        let mut spans =
            vec![(k.title, 0, 5), (k.author, 6, 14), (k.date, 15, 17), (k.note, 18, 46)];
        arxiv_note(k, text, &mut spans);
        let parts: Vec<_> = spans.iter().map(|s| (s.0, &text[s.1..s.2])).collect();
        assert_eq!(
            parts[2..],
            [(k.note, "// arXiv: 1903.10723. – "), (k.date, "2019.")],
            "{parts:?}"
        );
    }

    #[test]
    fn a_link_takes_its_lead_in() {
        let Some(k) = super::super::ids::ids() else { return };
        let text = "[Електронний ресурс]. – Режим доступу: https://a.org/b";
        let mut spans = vec![(k.note, 0, 38), (k.container, 39, 69), (k.url, 70, text.len())];
        url_lead(k, text, &mut spans);
        assert_eq!(spans.iter().map(|s| s.0).collect::<Vec<_>>(), [k.note, k.url, k.url]);
    }
}
