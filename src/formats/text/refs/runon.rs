//! What a labelled part ran into, when the model did not tell the parts apart:
//! a genre or a volume inside a title (`…: сборник научных трудов`, `… Т. 5. …`),
//! a container after an editors' role word, compilers labelled as translators,
//! a DOI labelled as a link. Used by `normalise` only.

use super::journal::journal_like;
use super::kinds::{english_genre, genre_like, legal_act, russian_genre, THESIS};
use super::respons;
use super::title::abbreviation_before;
use super::volumes::roman;
use crate::model::Text;

/// An editors' part that runs on after its role word into a title:
/// `In: Chubar'yan A.O. (ed.) Stalin i kholodnaya voina` — the names and the rest.
pub(super) fn editor_run_on<'a>(label: &str, part: &'a str) -> Option<(&'a str, &'a str)> {
    if label != "editor" {
        return None;
    }
    let (i, w) = ["(eds.)", "(ed.)", "(Eds.)", "(Ed.)"]
        .iter()
        .find_map(|w| part.find(w).map(|i| (i, w.len())))?;
    let rest = part[i + w..].trim_start_matches([' ', '.', ',', ':']);
    (rest.chars().filter(|c| c.is_alphabetic()).count() >= 8).then(|| (&part[..i + w], rest))
}

/// Whether a names part names compilers ("сост.", "составитель", "compiled by").
pub(super) fn compiler_words(part: &str) -> bool {
    let l = part.to_lowercase();
    ["сост.", "составител", "compiled by", "comp. "].iter().any(|w| l.contains(w))
}

/// "10.1234/abc", "doi:10.1234/abc": a DOI written without its resolver.
pub(super) fn bare_doi(s: &str) -> bool {
    let t = s.trim_start_matches(|c: char| !c.is_ascii_digit());
    // Only a "doi:" or "DOI " may come before it, no address.
    if s.len() - t.len() > 5 || s[..s.len() - t.len()].contains('/') {
        return false;
    }
    t.strip_prefix("10.").is_some_and(|r| {
        let (prefix, suffix) = r.split_once('/').unwrap_or(("", ""));
        prefix.len() >= 4
            && prefix.chars().all(|c| c.is_ascii_digit() || c == '.')
            && !suffix.is_empty()
    })
}

/// A title that ran on into its journal, when the model labelled no container
/// but numbers follow (`Drug-induced acute pancreatitis. Medical toxicology and
/// adverse drug experience,` | `1989, vol. 4`): where the journal begins — after the
/// last sentence break that is not an abbreviation's period, with a short,
/// capitalised, journal-like name after it. When the title is `dated` (a date
/// follows it at once, then a volume: `… гидрогелем. Universum: химия и биология.`
/// | `2020.` | `№9 (75).`), the name may have a colon: that is a journal's
/// subtitle, not the work's.
pub(super) fn journal_in_title(title: &str, dated: bool) -> Option<usize> {
    let t = title.trim_end().trim_end_matches([',', '.', ';', ':', ' ']);
    let breaks: Vec<usize> = t
        .char_indices()
        .filter(|&(i, c)| matches!(c, '.' | '?' | '!') && t[i + 1..].starts_with(' '))
        .map(|(i, _)| i)
        .collect();
    for &i in breaks.iter().rev() {
        let (before, after) = (&t[..i], t[i + 2..].trim());
        if t[i..].starts_with('.') && abbreviation_before(before) {
            continue;
        }
        let words = after.split_whitespace().count();
        let title_words = before.split_whitespace().count();
        let name = if dated { after.split(": ").next().unwrap_or(after) } else { after };
        if title_words >= 2 && (1..=12).contains(&words) && journal_like(name) {
            return Some(i + 2);
        }
        return None;
    }
    None
}

/// The marks of an electronic or printed medium GOST writes after the title.
const MEDIA: [&str; 8] = [
    "[Электронный ресурс]",
    "(Электронный ресурс)",
    "(Интернет-издание)",
    "[Electronic resource]",
    "[Текст]",
    "[Text]",
    "[Электронный документ]",
    "[Видеозапись]",
];

/// The labelled parts with what the model ran together told apart, and a title
/// found where the model saw none:
/// - a title that ran on past its medium: `Title [Электронный ресурс], Site name. –`
///   (the site, with no container labelled, is the container) or `Title [Электронный
///   ресурс] : учеб. пособие` (a genre);
/// - a statement of responsibility in one part: its ` ; ` groups apart, each
///   labelled by its role word (`respons`);
/// - no title labelled: the first part after the names that a GOST separator
///   closes (`Title //`, `Title /` before the names of responsibility).
pub(super) fn repair_parts<'a>(parts: &[(&'static str, &'a str)]) -> Vec<(&'static str, &'a str)> {
    let has = |label: &str| parts.iter().any(|(l, _)| *l == label);
    let has_container = has("container-title") || has("journal");
    let mut out: Vec<(&'static str, &'a str)> = Vec::with_capacity(parts.len() + 2);
    let groups: Vec<(&'static str, &'a str)> = parts
        .iter()
        .flat_map(|&(l, t)| {
            respons::split(l, t).unwrap_or_else(|| vec![(respons::note(l, t).unwrap_or(l), t)])
        })
        .collect();
    for &(label, text) in &groups {
        if label == "title" && !has("medium") {
            if let Some((at, m)) = MEDIA.iter().find_map(|m| text.find(m).map(|i| (i, m.len()))) {
                let (before, medium, after) = (&text[..at], &text[at..at + m], &text[at + m..]);
                let rest = after.trim_start_matches([' ', '.', ',', ':', '–', '-']).trim_end();
                let colon = after.trim_start().starts_with(':');
                let comma = after.trim_start().starts_with([',', '.']);
                let genre = colon && (russian_genre(rest) || genre_like(rest));
                // `[Электронный ресурс]. – Электронные данные.` describes the medium.
                let lower = rest.to_lowercase();
                let data = lower.starts_with("электрон") && lower.contains("дан");
                let site = comma
                    && !has_container
                    && !data
                    && rest.chars().filter(|c| c.is_alphabetic()).count() >= 3;
                if !before.trim().is_empty() && (rest.is_empty() || genre || site || data) {
                    out.push(("title", before));
                    out.push(("medium", medium));
                    if data {
                        out.push(("note", rest));
                    } else if genre {
                        out.push(("genre", rest));
                    } else if site {
                        out.push(("container-title", rest));
                    }
                    continue;
                }
            }
        }
        out.push((label, text));
    }
    if !out.iter().any(|(l, _)| *l == "title") {
        const NAMES: [&str; 5] = ["citation-number", "author", "editor", "compiler", "translator"];
        let start = out.iter().position(|(l, _)| !NAMES.contains(l)).unwrap_or(out.len());
        if let Some(i) = out.get(start).and_then(|&(l, t)| {
            let candidate =
                ["publisher", "collection-title", "note", "container-title", "location", "genre"]
                    .contains(&l)
                    && !t.trim_start().starts_with("//");
            let t = t.trim_end();
            // A web page's name, first and alone before its link: `TensorFlow
            // documentation. – URL: …`.
            let page = start == 0 && out.get(1).is_some_and(|(n, _)| *n == "url");
            let closed = t.ends_with("//")
                || t.ends_with(" /")
                || page
                || out.get(start + 1).is_some_and(|(_, n)| n.trim_start().starts_with('/'));
            (candidate && closed).then_some(start)
        }) {
            out[i].0 = "title";
        }
    }
    series_in_parentheses(&mut out);
    let out: Vec<_> = out.into_iter().flat_map(|(l, t)| content_designation(l, t)).collect();
    if out.iter().any(|(l, _)| *l == "location") {
        return out;
    }
    out.into_iter().flat_map(place_run_on).collect()
}

/// A title or genre that ran on into the place (`…: автореф. дис. … канд. ист. наук.
/// Вологда,` before the year), when no place was labelled: the part, and its last
/// sentence as the place when that is a known one.
fn place_run_on<'a>((label, part): (&'static str, &'a str)) -> Vec<(&'static str, &'a str)> {
    if matches!(label, "genre" | "title") && part.trim_end().ends_with(',') {
        if let Some(i) = part.trim_end().rfind(". ") {
            let place = part[i + 2..].trim().trim_end_matches([',', ':', '.', ' ']);
            if super::lexicon::place(&place.to_lowercase()) {
                return vec![(label, &part[..i + 1]), ("location", &part[i + 2..])];
            }
        }
    }
    vec![(label, part)]
}

/// GOST 7.0.100-2018's content and carrier designation, wherever the model put it:
/// `… – Текст : непосредственный // Журнал …` gives the part before it, the
/// designation as the medium, and the part after it (a host after `//`).
fn content_designation<'a>(label: &'static str, part: &'a str) -> Vec<(&'static str, &'a str)> {
    const FORMS: [&str; 6] = [
        "Текст : непосредственный",
        "Текст: непосредственный",
        "Текст : электронный",
        "Текст: электронный",
        "Text : direct",
        "Text : electronic",
    ];
    // Every part of every reference comes here: one search for the common word first.
    let found = (part.contains("Текст") || part.contains("Text"))
        .then(|| FORMS.iter().find_map(|f| part.find(f).map(|i| (i, f.len()))))
        .flatten();
    let Some((at, len)) = found else {
        return vec![(label, part)];
    };
    if label == "medium" && part.trim().len() == len {
        return vec![(label, part)];
    }
    let (before, medium, after) = (&part[..at], &part[at..at + len], &part[at + len..]);
    let sep =
        |t: &str| t.trim_matches(|c: char| c.is_whitespace() || ".,:;–—-".contains(c)).is_empty();
    let mut out = Vec::with_capacity(3);
    if !sep(before) {
        out.push((label, before));
    }
    out.push(("medium", medium));
    if !sep(after) {
        let host = after.trim_start_matches(['.', ' ']).starts_with("//");
        let l = if host && !matches!(label, "journal" | "container-title") {
            "container-title"
        } else if label == "medium" {
            "note"
        } else {
            label
        };
        out.push((l, after));
    }
    out
}

/// GOST's series area closes the description in parentheses, after the imprint
/// and the extent: `… 1987. – 192 с. – (Наука и прогресс).`, `– (Библиотека времени ;
/// вып. 14).` A part after the imprint or the extent that is nothing but such a
/// parenthesis is the series, whatever the model called it (a publisher, an
/// editor, a number).
fn series_in_parentheses(parts: &mut [(&'static str, &str)]) {
    const KEEP: [&str; 6] = ["collection-title", "date", "url", "doi", "isbn", "accessed"];
    let imprint = parts.iter().position(|(l, _)| matches!(*l, "publisher" | "location" | "pages"));
    let Some(imprint) = imprint else {
        return;
    };
    for part in parts.iter_mut().skip(imprint + 1) {
        let t = part.1.trim().trim_matches(['–', '—', '-', ' ', '.']);
        let Some(inner) = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')) else {
            continue;
        };
        let lower = inner.to_lowercase();
        let note = lower.starts_with("in ") || lower.starts_with("на ") || lower.contains("russ");
        let letters = inner.chars().filter(|c| c.is_alphabetic()).count();
        // Names (`M. Cooper, J. C. Watson, Eds.`) are not a series.
        let names = inner.split([' ', ',']).any(|w| {
            let mut c = w.chars();
            matches!((c.next(), c.next(), c.next()), (Some(a), Some('.'), None) if a.is_uppercase())
        });
        if !KEEP.contains(&part.0) && !note && !names && letters >= 3 && !inner.contains(['(', ')'])
        {
            part.0 = "collection-title";
        }
    }
}

/// A title's ": автореф. дис. … канд. ист. наук" or " : сборник научных трудов" cut
/// off (with what follows it) as the genre.
/// In a reference marked Russian (`russian`), the kind may be in English too
/// (`…: a monograph`, the References' translation).
pub(super) fn split_genre(title: &mut Text, russian: bool) -> Option<String> {
    let v = &title.value;
    let colon = v.match_indices(": ").map(|(i, _)| i).find(|&i| {
        let seg = v[i + 2..].trim();
        let lower = seg.to_lowercase();
        // The genre's word first (`: автореф. дис.`), not anywhere in a subtitle.
        i > 0
            && (russian_genre(seg)
                || legal_act(seg)
                || russian && english_genre(seg)
                || THESIS.iter().any(|w| lower.starts_with(w)))
    });
    // `Численные методы. Учебник`, `Numerical methods. Textbook`: a short last
    // sentence that is only the kind of the work.
    let sentence = || {
        let i = v.rfind(". ")?;
        let seg = v[i + 2..].trim().trim_end_matches('.');
        let short = seg.split_whitespace().count() <= 4;
        let lower = seg.to_lowercase();
        let kind = ["учебник", "textbook", "monograph", "uchebnik", "posobie"]
            .iter()
            .any(|w| lower.starts_with(w))
            || russian_genre(seg) && !seg.starts_with(char::is_lowercase);
        (i > 0 && short && kind).then_some(i)
    };
    // Both separators are two bytes long.
    // `Title. Diss. dokt. fiz.-mat. nauk`, `Title. Avtoref. diss. …`: the first
    // sentence that names a thesis, however long.
    let thesis = || {
        v.match_indices(". ").map(|(i, _)| i).find(|&i| {
            let l = v[i + 2..].to_lowercase();
            i > 0 && THESIS.iter().any(|w| l.starts_with(w))
        })
    };
    // `… приложения / Монография`: a genre where the names would be.
    let slash = || {
        v.match_indices(" / ").map(|(i, _)| i + 1).find(|&i| {
            let seg = v[i + 2..].trim();
            seg.split_whitespace().count() <= 3 && russian_genre(seg)
        })
    };
    // `Теория вероятностей (методические указания)`: the kind in parentheses last.
    let paren = || {
        let body = v.trim_end().strip_suffix(')')?;
        let i = body.rfind(" (")?;
        (i > 0 && russian_genre(&body[i + 2..])).then_some(i)
    };
    let at = colon.or_else(thesis).or_else(slash).or_else(sentence).or_else(paren)?;
    let genre = v[at + 2..].trim().trim_end_matches(['.', ' ', ')']).to_string();
    title.value = v[..at].trim_end().to_string();
    Some(genre)
}

/// A title's number of volumes, GOST's `: в 2 т.` / `[в 5 томах]` / `. В 3-х т.` (also
/// transliterated, `[v 2 tomah]`, and `in 3 vols.`), cut off.
pub(super) fn split_volumes(title: &mut Text) -> Option<String> {
    let v = &title.value;
    let parse = |seg: &str| -> Option<String> {
        let seg = seg.trim().trim_end_matches([']', '.', ' ']);
        let mut words = seg.split_whitespace();
        let (prep, n, unit) = (words.next()?, words.next()?, words.next()?);
        // `в 2-х т.`, `в 12-ти т.`, `в 10-и т.`, `в 5-ми т.`
        let n = ["-х", "-ти", "-и", "-ми"].iter().fold(n, |n, s| n.trim_end_matches(s));
        let n = match n.to_lowercase().as_str() {
            "двух" => "2",
            "трех" | "трёх" => "3",
            "четырех" | "четырёх" => "4",
            "пяти" => "5",
            "шести" => "6",
            "семи" => "7",
            "восьми" => "8",
            "десяти" => "10",
            _ => n,
        };
        let unit = unit.trim_end_matches('.').to_lowercase();
        let ok = words.next().is_none()
            && matches!(prep, "в" | "В" | "у" | "У" | "v" | "V" | "in" | "In")
            && !n.is_empty()
            && n.chars().all(|c| c.is_ascii_digit())
            && matches!(
                unit.as_str(),
                "т" | "томах"
                    | "тт"
                    | "кн"
                    | "книгах"
                    | "ч"
                    | "частях"
                    | "tomah"
                    | "tomakh"
                    | "t"
                    | "vols"
                    | "vol"
                    | "volumes"
            );
        ok.then(|| n.to_string())
    };
    // The nearest boundary that leaves three words: `:`, `[`, or a sentence's or
    // a list's end (`. В 3-х т.`, `, в 2 т.`).
    let (at, n) = v
        .char_indices()
        .rev()
        .filter(|&(i, c)| {
            i > 0
                && (matches!(c, ':' | '[') || matches!(c, '.' | ',') && v[i + 1..].starts_with(' '))
        })
        .take(3)
        .find_map(|(i, _)| parse(&v[i + 1..]).map(|n| (i, n)))
        // Or none, with a number in figures (`Собрание сочинений в 10-и т.`).
        .or_else(|| {
            let i = v.trim_end().rmatch_indices(' ').nth(2)?.0;
            let n = parse(&v[i + 1..])?;
            v[i + 1..].contains(|c: char| c.is_ascii_digit()).then_some((i, n))
        })?;
    // A period that closes an abbreviation stays (`Учеб. пособ.`).
    let head = v[..at].trim_end();
    let last = head.rsplit(' ').next().unwrap_or("");
    let abbreviation = v[at..].starts_with('.')
        && last.chars().count() <= 5
        && last.chars().all(char::is_lowercase);
    title.value = if abbreviation { format!("{head}.") } else { head.to_string() };
    Some(n)
}

/// An edition statement at the end of a title (`… изображений. Издание 3-е,
/// исправленное и дополненное`, `… Physics. 2nd ed.`), cut off.
pub(super) fn split_edition(title: &mut Text) -> Option<String> {
    let v = &title.value;
    let is_edition = |at: usize| {
        let comma = v[at..].starts_with(',');
        // `2. Aufl.`: the period of an ordinal ends no sentence.
        let ordinal = v[..at]
            .rsplit(' ')
            .next()
            .is_some_and(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()));
        if ordinal && !comma {
            return false;
        }
        let seg = v[at + 2..].trim();
        let lower = seg.to_lowercase();
        let number_first = lower.trim_start_matches(|c: char| c.is_ascii_digit());
        // `2nd ed.`, `9-е изд.`, `2e édition`, `3a ed.`, `2. Aufl.`
        let numbered = number_first.len() < lower.len()
            && [
                "-е изд",
                "-e изд",
                "-е перераб",
                "-e izd",
                "nd ed",
                "rd ed",
                "th ed",
                "st ed",
                "e éd",
                "e ed",
                "a ed",
                "ª ed",
                "º ed",
                ". aufl",
            ]
            .iter()
            .any(|w| number_first.starts_with(w));
        let worded =
            ["издание ", "изд. ", "izd. ", "izdanie "].iter().any(|w| lower.starts_with(w))
                && lower.chars().any(|c| c.is_ascii_digit());
        // `Editio tertia aucta`, `Nouvelle édition revue`, `Vierte, überarbeitete Auflage`.
        let spelled = ["editio ", "nouvelle édition", "nouvelle éd.", "nouv. éd."]
            .iter()
            .any(|w| lower.starts_with(w))
            || lower.split_whitespace().take(5).any(|w| w == "auflage" || w == "aufl.");
        // After a comma only `9-е издание`: `Статьи, изд. 1950 г.` is a title.
        let words = seg.split_whitespace().count();
        (numbered || worded && !comma) && words <= 6 || spelled && !comma && words <= 8
    };
    let mut bounds: Vec<usize> =
        v.match_indices(". ").chain(v.match_indices(", ")).map(|(i, _)| i).collect();
    bounds.sort_unstable();
    let at = bounds.into_iter().rev().take(4).filter(|&i| i > 0).find(|&i| is_edition(i))?;
    let seg = v[at + 2..].trim().to_string();
    title.value = v[..at].trim_end().to_string();
    Some(seg)
}

/// A title's trailing role word of the names after it ("… гг. / сост") off.
pub(super) fn strip_trailing_role(title: &mut Text) {
    for w in ["/ сост.", "/ сост", "/ под ред.", "/ пер."] {
        if let Some(t) = title.value.strip_suffix(w) {
            title.value = t.trim_end().to_string();
            return;
        }
    }
}

/// A volume printed inside a title: "История СССР. Т. 5. Кн. 2. …", "… Ч. 1 :
/// Физика", "…, том 1. Основные алгоритмы", "… Т. II. Теория поля": the title
/// before it, the number, and the volume's own title.
pub(super) fn split_volume(title: &mut Text) -> Option<(String, Option<String>)> {
    // Abbreviations may touch their number (`Т.2`); words need a space.
    const MARKS: [&str; 16] = [
        "Т.",
        "т.",
        "Ч.",
        "ч.",
        "Кн.",
        "кн.",
        "Vol.",
        "vol.",
        "Вып.",
        "Том ",
        "том ",
        "Часть ",
        "часть ",
        "Книга ",
        "книга ",
        "Tom ",
    ];
    let v = &title.value;
    let (at, number, end) = v
        .match_indices(". ")
        .chain(v.match_indices(", "))
        .map(|(i, _)| i + 2)
        .filter_map(|i| {
            let mark = MARKS.iter().find(|m| v[i..].starts_with(*m))?;
            let after = v[i + mark.len()..].trim_start();
            // The number: digits, or a roman numeral (`Т. II. Теория поля`).
            let word = after.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            let digits = after.split(|c: char| !c.is_ascii_digit()).next().unwrap_or("");
            let number = if digits.is_empty() { roman(word)? } else { digits };
            let end = v.len() - after.len() + number.len();
            Some((i, number.to_string(), end))
        })
        .min_by_key(|x| x.0)?;
    let rest = v[end..].trim_start_matches(['.', ',', ':', ' ']).trim();
    let rest = (!rest.is_empty()).then(|| rest.trim_end_matches(['.', ' ']).to_string());
    title.value = v[..at].trim_end_matches([' ', ',', '.']).to_string();
    Some((number, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Text {
        Text::from(s)
    }

    #[test]
    fn gost_areas_the_model_ran_together() {
        let parts = [
            ("title", "Кварки. –"),
            ("location", "Москва :"),
            ("publisher", "Знание,"),
            ("date", "1987. –"),
            ("pages", "192 с."),
            ("editor", "– (Наука и прогресс). –"),
        ];
        assert_eq!(repair_parts(&parts)[5].0, "collection-title");
        // Names in parentheses are not a series.
        let parts = [("publisher", "Press,"), ("editor", "(M. Cooper, J. C. Watson, Eds.)")];
        assert_eq!(repair_parts(&parts)[1].0, "editor");
        let parts = [
            ("title", "Статья /"),
            ("container-title", "– Текст : непосредственный // Вестник. –"),
        ];
        let labels: Vec<&str> = repair_parts(&parts).iter().map(|p| p.0).collect();
        assert_eq!(labels, ["title", "medium", "container-title"]);
        // Taken for a publisher (`spans` leaves it so): the medium all the same.
        let parts = [("publisher", "– Текст : непосредственный"), ("journal", "// Проблемы. –")];
        let labels: Vec<&str> = repair_parts(&parts).iter().map(|p| p.0).collect();
        assert_eq!(labels, ["medium", "journal"]);
        let parts = [
            ("title", "Положение военнопленных: автореф. дис. … канд. ист. наук. Вологда,"),
            ("date", "2003."),
        ];
        let out = repair_parts(&parts);
        assert_eq!(out[1], ("location", "Вологда,"));
    }

    #[test]
    fn genres_and_volumes_inside_titles() {
        let mut t = text("Время и звезды : сборник научных трудов : к 100-летию Н. А. Козырева");
        assert_eq!(
            split_genre(&mut t, false).as_deref(),
            Some("сборник научных трудов : к 100-летию Н. А. Козырева")
        );
        assert_eq!(t.value, "Время и звезды");
        let mut t = text("Биологические ритмы : в 2 т");
        assert_eq!(split_volumes(&mut t).as_deref(), Some("2"));
        assert_eq!(t.value, "Биологические ритмы");
        let mut t = text("Grammatika yakutskogo yazyka : [v 2 tomah]");
        assert_eq!(split_volumes(&mut t).as_deref(), Some("2"));
        let mut t = text("Россия: в 1941 году");
        assert_eq!(split_volumes(&mut t), None);
        let mut t = text("Положение военнопленных: автореф. дис. … канд. ист. наук");
        assert_eq!(split_genre(&mut t, false).as_deref(), Some("автореф. дис. … канд. ист. наук"));
        let mut t = text("Пространство, время, материя : лекции по общей теории относительности");
        assert_eq!(split_genre(&mut t, false), None);
        let mut t = text("Modelirovanie plazmy. Diss. dokt. fiz.-mat. nauk [Modelling of plasma]");
        assert_eq!(
            split_genre(&mut t, false).as_deref(),
            Some("Diss. dokt. fiz.-mat. nauk [Modelling of plasma]")
        );
        assert_eq!(t.value, "Modelirovanie plazmy");
        let mut t = text("Neizmenjaemye slova v jakutskom jazyke : posobie dlja uchitelej");
        assert_eq!(split_genre(&mut t, false).as_deref(), Some("posobie dlja uchitelej"));
        let mut t = text("Введение в статистику / Монография");
        assert_eq!(split_genre(&mut t, false).as_deref(), Some("Монография"));
        assert_eq!(t.value, "Введение в статистику");
        let mut t = Text::from("Численные методы. Учебник");
        assert_eq!(split_genre(&mut t, false).as_deref(), Some("Учебник"));
        assert_eq!(t.value, "Численные методы");
        let mut t = Text::from("История. Учебник логики для средней школы и вузов");
        assert_eq!(split_genre(&mut t, false), None);
        let mut t = Text::from("Теория вероятностей (методические указания)");
        assert_eq!(split_genre(&mut t, false).as_deref(), Some("методические указания"));
        assert_eq!(t.value, "Теория вероятностей");
        let mut t = Text::from("Вікова психологія: Навчальний посібник. Курс лекцій");
        assert_eq!(split_genre(&mut t, false).as_deref(), Some("Навчальний посібник. Курс лекцій"));
        let mut t = Text::from("Борці за Жовтень (Спогади учасників)");
        assert_eq!(split_genre(&mut t, false), None);
        let mut t =
            text("Русско-китайские отношения в XX веке. Т. 5. Советско-китайские отношения");
        assert_eq!(
            split_volume(&mut t),
            Some(("5".to_string(), Some("Советско-китайские отношения".to_string())))
        );
        assert_eq!(t.value, "Русско-китайские отношения в XX веке");
        let mut t = text("Популярные основы физики. Ч. 1");
        assert_eq!(split_volume(&mut t), Some(("1".to_string(), None)));
        let mut t = text("Т. Манн и его время");
        assert_eq!(split_volume(&mut t), None);
        let mut t = text("Искусство программирования, том 1. Основные алгоритмы");
        assert_eq!(
            split_volume(&mut t),
            Some(("1".to_string(), Some("Основные алгоритмы".to_string())))
        );
        assert_eq!(t.value, "Искусство программирования");
        let mut t = text("Теоретическая физика: Учеб. пособ. В 10 т. Т. II. Теория поля");
        assert_eq!(split_volume(&mut t), Some(("II".to_string(), Some("Теория поля".to_string()))));
        assert_eq!(split_volumes(&mut t).as_deref(), Some("10"));
        assert_eq!(t.value, "Теоретическая физика: Учеб. пособ.");
        let mut t = text("Курс дифференциального исчисления. В 3-х т.");
        assert_eq!(split_volumes(&mut t).as_deref(), Some("3"));
        assert_eq!(t.value, "Курс дифференциального исчисления");
        let mut t = text("Собрание сочинений в 10-и т.");
        assert_eq!(split_volumes(&mut t).as_deref(), Some("10"));
        assert_eq!(t.value, "Собрание сочинений");
        let mut t = text("Російське кримінальне право: У 2-х т.");
        assert_eq!(split_volumes(&mut t).as_deref(), Some("2"));
        let mut t = text("Собрание сочинений, в двух томах");
        assert_eq!(split_volumes(&mut t).as_deref(), Some("2"));
        let mut t = text("История. Т.2");
        assert_eq!(split_volume(&mut t), Some(("2".to_string(), None)));
        for (title, edition) in [
            ("De la sépulture ecclésiastique. 2e édition", "2e édition"),
            (
                "Enchiridion symbolorum. Editio tertia aucta et emendata",
                "Editio tertia aucta et emendata",
            ),
            (
                "Motive der Weltliteratur. Vierte, überarbeitete und ergänzte Auflage",
                "Vierte, überarbeitete und ergänzte Auflage",
            ),
            ("Hist. des instit. monarchiques, 2e éd.", "2e éd."),
            ("Geschichte der Stadt. 2. Aufl.", "2. Aufl."),
        ] {
            let mut t = text(title);
            assert_eq!(split_edition(&mut t).as_deref(), Some(edition), "{title}");
        }
        let mut t = text("Les trois mousquetaires. Editions du Seuil");
        assert_eq!(split_edition(&mut t), None);
        let mut t = text("Цифровая обработка изображений. Издание 3-е, исправленное и дополненное");
        assert_eq!(
            split_edition(&mut t).as_deref(),
            Some("Издание 3-е, исправленное и дополненное")
        );
        assert_eq!(t.value, "Цифровая обработка изображений");
        let mut t = text("Физика. 2-е изд., испр");
        assert_eq!(split_edition(&mut t).as_deref(), Some("2-е изд., испр"));
        let mut t = text("Java 8. Полное руководство, 9-е издание");
        assert_eq!(split_edition(&mut t).as_deref(), Some("9-е издание"));
        assert_eq!(t.value, "Java 8. Полное руководство");
        let mut t = text("Записки. Издание сочинений Пушкина");
        assert_eq!(split_edition(&mut t), None);
        let mut t = text("Записки. Том и Джерри");
        assert_eq!(split_volume(&mut t), None);
    }

    #[test]
    fn media_and_titles_the_model_missed() {
        let parts = [
            ("title", "Миф о консенсусе [Электронный ресурс], Издательство Открытые системы. –"),
            ("url", "URL: https://www.osp.ru/os/2019/02/13054960"),
        ];
        let r = repair_parts(&parts);
        assert_eq!(r[0], ("title", "Миф о консенсусе "));
        assert_eq!(r[1], ("medium", "[Электронный ресурс]"));
        assert_eq!(r[2], ("container-title", "Издательство Открытые системы. –"));
        let parts = [("title", "Физическая химия [Электронный ресурс] : учеб. для вузов")];
        assert_eq!(repair_parts(&parts)[2], ("genre", "учеб. для вузов"));
        // A subtitle after the medium is left to the title.
        let parts = [("title", "Физика [Электронный ресурс] : от атома до звезд")];
        assert_eq!(repair_parts(&parts).len(), 1);
        let parts = [
            ("author", "Албычев А.С."),
            ("publisher", "ВЫБОР СТЕКА ТЕХНОЛОГИЙ //"),
            ("journal", "Информатика."),
        ];
        assert_eq!(repair_parts(&parts)[1].0, "title");
        let parts = [("author", "Ли Д."), ("publisher", "Наука,"), ("date", "1990.")];
        assert_eq!(repair_parts(&parts)[1].0, "publisher");
        let mut t = Text::plain("О государственной тайне: Закон РФ от 21 июля 1993 г.");
        assert_eq!(split_genre(&mut t, false).as_deref(), Some("Закон РФ от 21 июля 1993 г"));
        assert_eq!(t.value, "О государственной тайне");
    }

    #[test]
    fn journals_that_ran_into_titles() {
        let t = "Drug-induced acute pancreatitis. Medical toxicology and adverse drug experience,";
        assert_eq!(
            &t[journal_in_title(t, false).unwrap()..],
            "Medical toxicology and adverse drug experience,"
        );
        let t = "Five-year follow-up of patients. N. Engl. J. Med.";
        assert_eq!(&t[journal_in_title(t, false).unwrap()..], "N. Engl. J. Med.");
        assert_eq!(
            journal_in_title("Constraint qualifications in maximization problems.", true),
            None
        );
        let t = "Migration in context: a study. Bielefeld: Aisthesis";
        assert_eq!(journal_in_title(t, false), None);
        // A journal's own colon, when a date and a volume follow the title.
        let t = "Исследование сорбции красителей. Universum: химия и биология.";
        assert_eq!(&t[journal_in_title(t, true).unwrap()..], "Universum: химия и биология.");
    }

    #[test]
    fn run_ons_of_names_and_links() {
        assert_eq!(
            editor_run_on("editor", "In: Chubar'yan A.O. (ed.) Stalin i kholodnaya voina"),
            Some(("In: Chubar'yan A.O. (ed.)", "Stalin i kholodnaya voina"))
        );
        assert_eq!(editor_run_on("editor", "Smith J. (ed.)."), None);
        assert!(
            compiler_words("/ сост. А. М. Ледовский") && !compiler_words("/ пер. А. Ледовский")
        );
        assert!(bare_doi("10.32687/0869-866X-2019-27-5-930-935") && bare_doi("doi:10.1000/x"));
        assert!(!bare_doi("10.5 p.") && !bare_doi("http://x.org/10.1000/x"));
    }
}
