//! Labelled parts the model cut where no field ends, joined again before the
//! parts are read: a title broken by a number sign or a date inside it
//! (`Федеральный закон от 27.07|.2006 № | 149-ФЗ «Об информации…»`), a conference's name, place and
//! dates taken for a series and an access date (`// Материалы конф. |
//! «Информационные технологии» | (Москва, 12–14 мая 2010 г.)`), a series in
//! parentheses cut in two (`(«Теоретическая физика», | том I).`).

use super::labelled::Labelled;
use super::labels::id;
use super::namelist::initial;
use super::respons::role;

mod citing;
mod hosts;
mod ids;
mod imprint;
mod runs;
use citing::{lead_in_note, roles_out_of_title, title_after_initials};
use hosts::{host_after_in, host_apart, issue_only, lead_in_apart, role_lead, slashes_forward};
use ids::{has_year, ids, Ids, Span};
use imprint::{arxiv_note, edn_note, publisher_from_place};
use runs::{legal_title, title_from_names};

/// Words that say a date is the date a resource was looked at.
const ACCESS_WORDS: [&str; 9] = [
    "обращения",
    "доступа",
    "просмотра",
    "accessed",
    "access",
    "retrieved",
    "viewed",
    "obrashcheniya",
    "obrashhenija",
];

/// Whether a part ends with a GOST area's dash (`. –`), after which a new field starts.
fn closes_area(s: &str) -> bool {
    let t = s.trim_end();
    t.ends_with('–') || t.ends_with('—') || t.ends_with(" -")
}

/// The spans of `labelled` with the cuts above undone.
pub(super) fn bridge(labelled: &Labelled) -> Vec<Span> {
    let Some(k) = ids() else { return labelled.spans.clone() };
    let (title, date, container, series) = (k.title, k.date, k.container, k.series);
    let text = &labelled.text;
    let has_url = labelled.spans.iter().any(|s| s.0 == k.url);
    let has_host = labelled.spans.iter().any(|s| s.0 == k.journal || s.0 == container);
    let mut spans: Vec<Span> = Vec::with_capacity(labelled.spans.len());
    let mut forward = labelled.spans.clone();
    slashes_forward(text, &mut forward);
    let cut = statement_apart(k, text, heading_apart(k, text, host_apart(k, text, forward)));
    let mut cut = whole_compounds(k, text, cut);
    whole_places(k, text, &mut cut);
    lead_in_note(k, text, &mut cut);
    title_from_names(k, text, &mut cut);
    title_after_initials(k, text, &mut cut);
    roles_out_of_title(k, text, &mut cut);
    legal_title(k, text, &mut cut);
    publisher_from_place(k, text, &mut cut);
    edn_note(k, text, &mut cut);
    arxiv_note(k, text, &mut cut);
    for (l, a, b) in cut {
        let part = &text[a..b];
        // An access date that says nothing of access, in a reference with no link:
        // the place and dates of a conference (in parentheses), or the date of
        // the work (`Правда. – 1949. – 24 декабря.`).
        let (l, part_is_event) = if l == k.accessed && !has_url && {
            let lower = part.to_lowercase();
            !ACCESS_WORDS.iter().any(|w| lower.contains(w))
        } {
            let event = part.trim_start().starts_with('(');
            (if event { k.note } else { date }, event)
        } else {
            (l, false)
        };
        let l = relabel(k, l, part);
        // `Translated by John Junkerman. Asia-Pacific Journal`: the names before the host.
        if let Some((role, cut)) = role_lead(k, l, part) {
            spans.push((role, a, a + cut));
            let rest = a + cut + (part[cut..].len() - part[cut..].trim_start().len());
            spans.push((l, rest, b));
            continue;
        }
        // A statement of responsibility taken for a host (`/ сост.` | `А. М.
        // Ледовский, …`): one part of names, whose role word `respons` reads.
        let names = [k.author, k.editor, k.translator, k.compiler];
        let l = if (l == container || l == k.journal) && one_slash(part) { k.author } else { l };
        if let Some(last) = spans.last().copied() {
            let before = &text[last.1..last.2];
            if last.0 == k.author && l != k.author && names.contains(&l) && role_only(before) {
                let role = role(before).and_then(id).filter(|r| names.contains(r));
                if let Some(s) = spans.last_mut() {
                    *s = (role.unwrap_or(l), s.1, b);
                }
                continue;
            }
            // A link runs to the next white space (`https://www|.mos.ru/…`), and
            // takes its lead-in.
            if (last.0 == k.url || last.0 == k.doi) && (last.2 == a || l == last.0) {
                if let Some(s) = spans.last_mut() {
                    s.2 = b;
                }
                continue;
            }
            // A container's quoted name and its (place, dates) follow it with no
            // area between.
            let quoted = l == series && part.trim_start().starts_with(['«', '"', '“']);
            if last.0 == container && (quoted || part_is_event) && !closes_area(before) {
                if let Some(s) = spans.last_mut() {
                    s.2 = b;
                }
                continue;
            }
            // A host's name cut by a space alone (`// Проблемы | социальной гигиены,
            // …`): no field ends without punctuation.
            let bare_end = before.trim_end().ends_with(char::is_alphanumeric);
            if (last.0 == container || last.0 == k.journal) && l == series && bare_end {
                if let Some(s) = spans.last_mut() {
                    s.2 = b;
                }
                continue;
            }
            // A year and then its day and month (`1950.` | `3 февраля.`): one date.
            if last.0 == date && l == date && hosts::day_and_month(part) {
                if let Some(s) = spans.last_mut() {
                    s.2 = b;
                }
                continue;
            }
            // Two title parts in a row are one title; so is a title and a date
            // that begins inside its last number (`от 21|.07.1997`).
            let head = text[..a].trim_end_matches('.');
            let inside_number = l == date
                && last.2 == a
                && head.chars().next_back().is_some_and(|c| c.is_ascii_digit())
                && text[a..].starts_with(|c: char| c.is_ascii_digit() || c == '.');
            // A law's number after its title (`… от 21.07.1997 №116-ФЗ.`), where no
            // host makes it an issue.
            let law_number = l == k.pages
                && !has_host
                && (part.trim_start().starts_with('№') || before.trim_end().ends_with('№'));
            if last.0 == title && (l == title || inside_number || law_number) {
                if let Some(s) = spans.last_mut() {
                    s.2 = b;
                }
                continue;
            }
            // title | a date with no year (`№`) | title: one title.
            if l == title && spans.len() >= 2 {
                let prev = spans[spans.len() - 2];
                let short = last.2 - last.1 <= 4 && last.0 != title;
                let yearless = last.0 == date && !has_year(before);
                // A date that starts inside the title's last word (`27.07|.2006`).
                let glued = last.1 == prev.2
                    && text[..prev.2].chars().next_back().is_some_and(char::is_alphanumeric);
                if prev.0 == title && (short || yearless || glued) {
                    spans.pop();
                    if let Some(s) = spans.last_mut() {
                        s.2 = b;
                    }
                    continue;
                }
            }
        }
        spans.push((l, a, b));
    }
    join_parenthesis(k, text, &mut spans);
    host_after_in(k, text, &mut spans);
    lead_in_apart(k, text, &mut spans);
    issue_only(k, text, &mut spans);
    spans
}

/// GOST's heading name that ran into the title (`Хейдт М. Изучаем Pandas / М.
/// Хейдт;`, `Апрелев В. Время.` | `Стрелки часов…`): the first part, labelled as
/// names, cut after the heading (a family name and its initials) when what
/// follows is no name; the rest is the title, up to the ` / ` of the statement
/// of responsibility, whose names stay names.
fn heading_apart(k: &Ids, text: &str, spans: Vec<Span>) -> Vec<Span> {
    let (author, title) = (k.author, k.title);
    let Some(&(l, a, b)) = spans.first().filter(|s| s.0 == author) else { return spans };
    let part = &text[a..b];
    let Some(end) = heading_end(part) else { return spans };
    let rest = &part[end..];
    let first = rest.split_whitespace().next().unwrap_or("");
    // More names (`, Петров П. П.`, `и др.`) or nothing: the part is names.
    // Only in GOST's frame: Cyrillic, or a statement of responsibility after ` / `
    // (`Stephen H. Kellert, In the Wake…` is a given name first).
    let gost = part.chars().any(|c| matches!(c, '\u{400}'..='\u{4ff}')) || rest.contains(" / ");
    let names_follow = !gost
        || first.is_empty()
        || part[..end].ends_with(',')
        || initial(first)
        || rest.trim_start().starts_with([',', ';', '&', '('])
        || matches!(first, "и" | "and" | "et" | "/")
        || heading_end(rest.trim_start()).is_some();
    let opening = first.trim_start_matches(['“', '"', '«', '‘', '(']);
    if names_follow || !opening.starts_with(char::is_uppercase) {
        return spans;
    }
    let mut out = vec![(l, a, a + end)];
    match rest.find(" / ") {
        Some(i) => {
            out.push((title, a + end, a + end + i + 2));
            out.push((author, a + end + i + 2, b));
        }
        None => out.push((title, a + end, b)),
    }
    out.extend_from_slice(&spans[1..]);
    out
}

/// A part opened by the single slash of a statement of responsibility (not `//`).
fn one_slash(part: &str) -> bool {
    let p = part.trim_start();
    p.starts_with('/') && !p.starts_with("//")
}

/// A statement of responsibility that is its role word alone (`/ сост.`).
fn role_only(part: &str) -> bool {
    one_slash(part) && part.trim_end().ends_with('.') && part.split_whitespace().count() <= 3
}

/// A statement of responsibility the model left in the title because its slash
/// is glued to the first name (`… в философии, языке и культуре /Т. А. Буданова
/// //Язык и …`, `Підручник /За ред. В. Д. Базилевича`): the title is cut at the
/// slash when initials or one of `respons`'s role words follow it; the names are
/// read by their role words later.
fn statement_apart(k: &Ids, text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    let mut i = 0;
    while i < spans.len() {
        let (l, a, b) = spans[i];
        i += 1;
        if l != k.title {
            continue;
        }
        let part = &text[a..b];
        let cut = part.match_indices(" /").map(|(j, _)| j + 1).find(|&j| {
            let rest = &part[j + 1..];
            if rest.starts_with('/') || rest.starts_with(char::is_whitespace) {
                return false;
            }
            let mut words = rest.split_whitespace();
            let first = words.next().unwrap_or("");
            (initial(first) && words.next().is_some()) || role(rest).is_some()
        });
        if let Some(j) = cut {
            spans[i - 1].2 = a + j - 1;
            spans.insert(i, (k.author, a + j, b));
            i += 1;
        }
    }
    spans
}

/// Where a heading name (`Хейдт М.`, `Иванов, И. И.`, `Вейник В.-А. И.`) at the
/// start of `s` ends, or None.
fn heading_end(s: &str) -> Option<usize> {
    let mut words = s.split_whitespace();
    let family = words.next()?.trim_end_matches(',');
    let family_ok = family.chars().count() >= 2
        && family.starts_with(char::is_uppercase)
        && family.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        && family.chars().skip(1).any(char::is_lowercase);
    if !family_ok {
        return None;
    }
    let mut end = None;
    let mut pos = s.find(family)? + family.len();
    for w in words.take(2) {
        if !initial(w) {
            break;
        }
        pos = s[pos..].find(w).map(|i| pos + i + w.len())?;
        end = Some(pos);
    }
    end
}

/// A hyphenated word cut before a place or a publisher (`Obninsk, SSC
/// RF-|IPPE Publ.`, `С.-|Петербург :`) goes whole to that part; but a
/// publisher's name whose end is a place's letter (`Омега-|Л`, `Юрайт-|М`)
/// keeps it: no place follows the publisher it belongs to.
fn whole_compounds(k: &Ids, text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    // Into the imprint only: `Proceedings of IJCAI-|89` is a name and its year.
    let imprint = [k.location, k.publisher];
    for i in 1..spans.len() {
        let (prev, next) = (spans[i - 1], spans[i]);
        if prev.2 != next.1
            || !(text[..prev.2].ends_with('-') || text[next.1..].starts_with('-'))
            || !imprint.contains(&next.0)
        {
            continue;
        }
        if prev.0 == k.publisher && next.0 == k.location {
            let rest = &text[next.1..next.2];
            let word_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            // `Омега-|Л`, not `АСТ ; Санкт-|Петербург`.
            if rest[..word_end].chars().filter(|c| c.is_alphabetic()).count() <= 2 {
                spans[i - 1].2 = next.1 + word_end;
                spans[i].1 = next.1 + word_end;
                continue;
            }
        }
        let word_start = text[prev.1..prev.2].rfind(char::is_whitespace).map(|i| prev.1 + i + 1);
        if let Some(w) = word_start.filter(|&w| w > prev.1) {
            spans[i - 1].2 = w;
            spans[i].1 = w;
        }
    }
    spans.retain(|s| s.2 > s.1 && !text[s.1..s.2].trim().is_empty());
    spans
}

/// A place's first words left after GOST's area dash in the part before it (`– Белая` | `Холуница :`,
/// `г.` | `Москва,`): a part never ends on a bare capitalised word before a place,
/// nor on `г.` (город); they go to the place.
fn whole_places(k: &Ids, text: &str, spans: &mut [Span]) {
    for i in 1..spans.len() {
        let (prev, next) = (spans[i - 1], spans[i]);
        if next.0 != k.location || prev.0 == k.location {
            continue;
        }
        let head = &text[prev.1..prev.2];
        // GOST's area dash opens the place: what follows the part's last one.
        let dash = head.rfind(" – ").or_else(|| head.rfind(" — ")).map(|j| j + 5);
        let tail = head[dash.unwrap_or(0)..].trim_start();
        let words: Vec<&str> = tail.split_whitespace().collect();
        let bare = head.ends_with(char::is_alphabetic)
            && dash.is_some()
            && text[prev.2..next.1].trim().is_empty()
            && (1..=2).contains(&words.len())
            && words.iter().all(|w| w.starts_with(char::is_uppercase));
        let town = words.last() == Some(&"г.");
        let from = if bare {
            prev.2 - tail.len()
        } else if town {
            prev.2 - 3
        } else {
            continue;
        };
        if from > prev.1 {
            spans[i - 1].2 = text[..from].trim_end().len();
            spans[i].1 = from;
        }
    }
}

/// A host's name that is none: `– Электронные данные. –` (a note on the
/// medium), `/ Монография. –` (the genre).
fn relabel(k: &Ids, label: u16, part: &str) -> u16 {
    // `– Режим доступа: | http://…`: the link's lead-in (short: most parts are not).
    let lead = part.trim().trim_end_matches([':', ' ']);
    if lead.len() <= 25
        && [
            "режим доступа",
            "url",
            "available at",
            "available from",
            "access mode",
            "mode of access",
        ]
        .contains(&lead.to_lowercase().as_str())
    {
        return k.url;
    }
    if label == k.note && hosts::day_and_month(part) {
        return k.date;
    }
    if ![k.container, k.journal, k.publisher].contains(&label) {
        return label;
    }
    let t = part.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '.' | ',' | '–' | '—' | '-' | '/')
    });
    let lower = t.to_lowercase();
    if lower.starts_with("электрон") && lower.contains("дан") && t.split_whitespace().count() <= 4
    {
        return k.note;
    }
    let host = part.trim_start().starts_with("//");
    if !host && t.split_whitespace().count() <= 2 && super::kinds::russian_genre(t) {
        return k.genre;
    }
    label
}

/// A parenthesis after the imprint cut into parts (`– («Теоретическая физика», |
/// том I).`): one part, the series, which `runon` reads as such.
fn join_parenthesis(k: &Ids, text: &str, spans: &mut Vec<Span>) {
    let imprint = [k.publisher, k.location, k.pages];
    let inside_not = [k.location, k.pages, k.date, k.author, k.url, k.doi];
    let Some(after) = spans.iter().position(|s| imprint.contains(&s.0)) else { return };
    let mut i = after + 1;
    while i < spans.len() {
        let open = text[spans[i].1..spans[i].2].trim_start_matches(['–', '—', '-', ' ']);
        if open.starts_with('(') && !open.contains(')') {
            let close = (i + 1..spans.len().min(i + 4)).find(|&j| {
                let t = &text[spans[j].1..spans[j].2];
                t.trim_end().trim_end_matches(['.', ',', ';', '–', '—', ' ']).ends_with(')')
            });
            // Not an imprint or a part's numbers in parentheses (`(Oxford: Oxford
            // University Press)`, `(Vol. 1, pp. 226-228)`).
            let clean = close.is_some_and(|j| {
                (i + 1..j).all(|k| !text[spans[k].1..spans[k].2].contains(['(', ')']))
                    && !text[spans[j].1..spans[j].2].contains('(')
                    && spans[i..=j].iter().all(|s| !inside_not.contains(&s.0))
            });
            if let (Some(j), true) = (close, clean) {
                // A volume at its end (`; Т.6)`) stays the volume.
                let j = if spans[j].0 == k.volume { j - 1 } else { j };
                spans[i] = (k.series, spans[i].1, spans[j].2);
                spans.drain(i + 1..=j);
            }
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labelled(parts: &[(&str, &str)]) -> Labelled {
        let mut text = String::new();
        let mut spans = Vec::new();
        for (l, t) in parts {
            if !text.is_empty() {
                text.push(' ');
            }
            let a = text.len();
            text.push_str(t);
            spans.push((id(l).unwrap(), a, text.len()));
        }
        Labelled { text, spans }
    }

    /// The reference with its spans repaired.
    fn bridged(l: &Labelled) -> Labelled {
        Labelled { text: l.text.clone(), spans: bridge(l) }
    }

    fn shown(l: &Labelled) -> Vec<(&'static str, &str)> {
        l.parts().collect()
    }

    #[test]
    fn hosts_take_their_slashes_lead_ins_and_whole_names() {
        // `//` at a part's end opens the next part; a host cut at a bare space is one.
        let l = labelled(&[
            ("title", "Телеграмма, 23 февраля 1952 г. [Электронный ресурс] //"),
            ("container-title", "Wilson Center Digital Archive."),
        ]);
        let b = bridged(&l);
        assert_eq!(shown(&b)[0].1, "Телеграмма, 23 февраля 1952 г. [Электронный ресурс]");
        assert_eq!(shown(&b)[1].1, "// Wilson Center Digital Archive.");
        let l = labelled(&[
            ("title", "Советская медицина"),
            ("publisher", "– Текст : непосредственный"),
            ("journal", "// Проблемы социальной"),
            ("collection-title", "гигиены и истории медицины. –"),
            ("date", "2019."),
        ]);
        let b = bridged(&l);
        // The medium taken for a publisher is read by `runon` (content_designation).
        assert_eq!(shown(&b)[1], ("publisher", "– Текст : непосредственный"));
        assert_eq!(
            shown(&b)[2],
            ("journal", "// Проблемы социальной гигиены и истории медицины. –")
        );
        // A second title after `In:` is the book; a role phrase opens a host.
        let l = labelled(&[
            ("title", "Strel'ba kholostymi."),
            ("editor", "In: Chubar'yan A.O. (ed.)"),
            ("title", "Stalin i kholodnaya voina."),
            ("location", "Moscow:"),
        ]);
        assert_eq!(shown(&bridged(&l))[2].0, "container-title");
        let l = labelled(&[
            ("title", "“Unit 731.”"),
            ("journal", "Translated by John Junkerman. Asia-Pacific Journal: Japan Focus"),
            ("volume", "3, no. 11"),
        ]);
        let b = bridged(&l);
        assert_eq!(shown(&b)[1], ("translator", "Translated by John Junkerman."));
        assert_eq!(shown(&b)[2], ("journal", "Asia-Pacific Journal: Japan Focus"));
        // A series after a host that ends a field stays the series.
        let l =
            labelled(&[("journal", "// Вестник МГУ."), ("collection-title", "Сер. 8, История. –")]);
        assert_eq!(shown(&bridged(&l))[1].0, "collection-title");
    }

    #[test]
    fn cuts_inside_one_field_are_joined() {
        let l = labelled(&[
            ("title", "Федеральный закон от 27.07.2006"),
            ("date", "№"),
            ("title", "149-ФЗ «Об информации» //"),
            ("journal", "Собрание законодательства РФ. –"),
            ("date", "2006."),
        ]);
        let b = bridged(&l);
        assert_eq!(
            shown(&b)[0],
            ("title", "Федеральный закон от 27.07.2006 № 149-ФЗ «Об информации»")
        );
        assert_eq!(shown(&b)[1], ("journal", "// Собрание законодательства РФ. –"));
        assert_eq!(shown(&b)[2], ("date", "2006."));
        let l = labelled(&[
            ("title", "Анализ данных //"),
            ("container-title", "Материалы междунар. науч.-практ. конф."),
            ("collection-title", "«Информационные технологии»"),
            ("accessed", "(Москва, 12–14 мая 2010 г.). –"),
            ("location", "М.,"),
        ]);
        let b = bridged(&l);
        assert_eq!(
            shown(&b)[1],
            (
                "container-title",
                "// Материалы междунар. науч.-практ. конф. «Информационные технологии» \
                 (Москва, 12–14 мая 2010 г.). –"
            )
        );
        // A series after the area's dash stays one, and a real access date stays.
        let l = labelled(&[
            ("container-title", "// Сборник трудов. –"),
            ("collection-title", "«Серия»"),
            ("url", "URL: http://x.ru"),
            ("accessed", "(дата обращения: 01.02.2020)."),
        ]);
        assert_eq!(bridged(&l), l);
        let l = labelled(&[("title", "Развитие основ /"), ("container-title", "Монография. –")]);
        assert_eq!(shown(&bridged(&l))[1], ("genre", "Монография. –"));
        let l = labelled(&[
            ("medium", "[Электронный ресурс]. –"),
            ("container-title", "Электронные данные. –"),
        ]);
        assert_eq!(shown(&bridged(&l))[1], ("note", "Электронные данные. –"));
        let l = labelled(&[
            ("author", "Хейдт М. Изучаем Pandas / М. Хейдт; —"),
            ("location", "Москва:"),
        ]);
        assert_eq!(
            shown(&bridged(&l)),
            [
                ("author", "Хейдт М."),
                ("title", " Изучаем Pandas /"),
                ("author", " М. Хейдт; —"),
                ("location", "Москва:")
            ]
        );
        let l = labelled(&[("author", "Апрелев В. Время."), ("title", "Стрелки часов /")]);
        assert_eq!(shown(&bridged(&l))[1], ("title", " Время. Стрелки часов /"));
        let l = labelled(&[
            ("author", "Lappo-Danilevskii K. Iu. O nasledii / K. Iu. Lappo"),
            ("date", "1994."),
        ]);
        assert_eq!(shown(&bridged(&l))[1], ("title", " O nasledii /"));
        let l = labelled(&[("author", "Stephen H. Kellert, In the Wake"), ("date", "1993.")]);
        assert_eq!(bridged(&l), l);
        let l = labelled(&[("author", "Иванов И. И. и Петров П. П."), ("title", "История.")]);
        assert_eq!(bridged(&l), l);
        let l = labelled(&[("title", "Закон от 21.07.1997"), ("pages", "№116-ФЗ.")]);
        assert_eq!(shown(&bridged(&l)), [("title", "Закон от 21.07.1997 №116-ФЗ.")]);
        let text = "Закон от 21.07.1997.".to_string();
        let (t, d) = (id("title").unwrap(), id("date").unwrap());
        let l = Labelled { text, spans: vec![(t, 0, 18), (d, 18, 27)] };
        assert_eq!(shown(&bridged(&l)), [("title", "Закон от 21.07.1997.")]);
        let text = "Obninsk, SSC RF-IPPE Publ.".to_string();
        let (loc, publ) = (id("location").unwrap(), id("publisher").unwrap());
        let l = Labelled { text, spans: vec![(loc, 0, 16), (publ, 16, 26)] };
        assert_eq!(
            shown(&bridged(&l)),
            [("location", "Obninsk,"), ("publisher", "SSC RF-IPPE Publ.")]
        );
        let l = labelled(&[
            ("medium", "[Электронный ресурс]. –"),
            ("location", "Режим доступа:"),
            ("url", "http://x.by"),
        ]);
        assert_eq!(shown(&bridged(&l))[1], ("url", "Режим доступа: http://x.by"));
        let text = "Закон от 27.07.2006 № 149-ФЗ".to_string();
        let (t, d) = (id("title").unwrap(), id("date").unwrap());
        let l = Labelled { text, spans: vec![(t, 0, 21), (d, 21, 30), (t, 31, 39)] };
        assert_eq!(&l.text[21..30], ".2006 №");
        assert_eq!(shown(&bridged(&l)), [("title", "Закон от 27.07.2006 № 149-ФЗ")]);
        let l = labelled(&[
            ("pages", "216 с. —"),
            ("publisher", "(«Теоретическая физика»,"),
            ("volume", "том I)."),
        ]);
        assert_eq!(shown(&bridged(&l))[1], ("collection-title", "(«Теоретическая физика»,"));
        assert_eq!(shown(&bridged(&l))[2], ("volume", "том I)."));
        let l = labelled(&[
            ("pages", "216 с. –"),
            ("publisher", "(Итоги науки"),
            ("note", "техники. Сер. Общая механика)."),
        ]);
        assert_eq!(
            shown(&bridged(&l))[1],
            ("collection-title", "(Итоги науки техники. Сер. Общая механика).")
        );
        let text = "URL: https://www.mos.ru/x".to_string();
        let (u, m) = (id("url").unwrap(), id("medium").unwrap());
        let l = Labelled { text, spans: vec![(u, 0, 16), (m, 16, 25)] };
        assert_eq!(shown(&bridged(&l)), [("url", "URL: https://www.mos.ru/x")]);
        let l = labelled(&[
            ("title", "Управление системами /"),
            ("author", "И. М. Ананьевский // Докл. РАН.—"),
            ("date", "2001.—"),
            ("volume", "Т. 337, № 4.—"),
        ]);
        let b = bridged(&l);
        assert_eq!(shown(&b)[1], ("author", "И. М. Ананьевский "));
        assert_eq!(shown(&b)[2], ("journal", "// Докл. РАН.—"));
        let l = labelled(&[
            ("title", "Ispol'zovanie [Analytical design]."),
            ("location", "Sbornik:"),
            ("publisher", "Nauchnaya sessiya MIFI."),
            ("date", "2005,"),
        ]);
        let b = bridged(&l);
        assert_eq!(shown(&b)[1], ("container-title", "Sbornik: Nauchnaya sessiya MIFI."));
        assert_eq!(shown(&b)[2], ("date", "2005,"));
        // Two titles around a dated part stay apart.
        let l = labelled(&[("title", "Один"), ("date", "1999."), ("title", "Другой")]);
        assert_eq!(bridged(&l), l);
    }

    #[test]
    fn a_statement_glued_to_its_slash_leaves_the_title() {
        let l = labelled(&[
            ("author", "Буданова Т.А."),
            ("title", "Понятие времени в философии, языке и культуре /Т. А. Буданова"),
            ("container-title", "//Язык и культура. –"),
        ]);
        assert_eq!(
            shown(&bridged(&l)),
            [
                ("author", "Буданова Т.А."),
                ("title", "Понятие времени в философии, языке и культуре"),
                ("author", "/Т. А. Буданова"),
                ("container-title", "//Язык и культура. –"),
            ]
        );
        // A slash between words of a title stays (`блокчейн / искусственный интеллект`).
        let l = labelled(&[("title", "Новые технологии (блокчейн /искусственный интеллект)")]);
        assert_eq!(shown(&bridged(&l)), shown(&l));
    }

    #[test]
    fn a_publisher_keeps_its_hyphenated_end() {
        let text = "М.: Омега-Л, 2007.".to_string();
        let at = |s: &str| text.find(s).unwrap();
        let spans = vec![
            (id("location").unwrap(), 0, at(" Омега")),
            (id("publisher").unwrap(), at("Омега"), at("-Л")),
            (id("location").unwrap(), at("-Л"), at(" 2007")),
            (id("date").unwrap(), at("2007"), text.len()),
        ];
        let l = Labelled { text, spans };
        assert_eq!(
            shown(&bridged(&l)),
            [("location", "М.:"), ("publisher", "Омега-Л,"), ("date", "2007.")]
        );
    }

    #[test]
    fn a_role_word_taken_for_a_host_opens_its_names() {
        let l = labelled(&[
            ("title", "Русско-китайские отношения в XX веке."),
            ("container-title", "/ сост."),
            ("translator", "А.М. Ледовский, Р.А. Мировицкая."),
            ("location", "М.:"),
        ]);
        assert_eq!(
            shown(&bridged(&l)),
            [
                ("title", "Русско-китайские отношения в XX веке."),
                ("compiler", "/ сост. А.М. Ледовский, Р.А. Мировицкая."),
                ("location", "М.:"),
            ]
        );
    }

    #[test]
    fn a_lead_in_opens_the_book_and_a_newspaper_is_named_alone() {
        let l = labelled(&[
            ("author", "Гиппиус В. В."),
            ("title", "Творческий путь Гоголя. В его кн.: От Пушкина до Блока."),
            ("location", "М.,"),
        ]);
        assert_eq!(
            shown(&bridged(&l))[1..3],
            [
                ("title", "Творческий путь Гоголя."),
                ("container-title", "В его кн.: От Пушкина до Блока.")
            ]
        );
        // `In` without its colon opens a title (`In Search of …`), not a book.
        let l = labelled(&[("title", "Essays. In Search of Time."), ("date", "1990.")]);
        assert_eq!(bridged(&l), l);
        let l = labelled(&[("author", "Правда."), ("date", "1950."), ("note", "3 февраля.")]);
        assert_eq!(shown(&bridged(&l)), [("journal", "Правда."), ("date", "1950. 3 февраля.")]);
        let l =
            labelled(&[("title", "Красноярский рабочий."), ("volume", "№ 219"), ("date", "1923.")]);
        assert_eq!(shown(&bridged(&l))[0], ("journal", "Красноярский рабочий."));
        let l =
            labelled(&[("title", "Летопись революции."), ("date", "1927."), ("volume", "№5–6.")]);
        assert_eq!(shown(&bridged(&l))[0], ("journal", "Летопись революции."));
        // A book with no author and no imprint keeps its title; so does a person.
        let l =
            labelled(&[("title", "Сборник документов."), ("date", "1927."), ("pages", "С. 5.")]);
        assert_eq!(bridged(&l), l);
        let l = labelled(&[
            ("title", "“Aeronautical Information Manual,”"),
            ("date", "February 2012."),
        ]);
        assert_eq!(bridged(&l), l);
        let l = labelled(&[("author", "Иванов И. И."), ("date", "1950."), ("volume", "№ 3.")]);
        assert_eq!(bridged(&l), l);
    }

    #[test]
    fn a_place_takes_its_first_words_after_the_area_dash() {
        let l =
            labelled(&[("author", "сост. К. Н. Тарасова. – Белая"), ("location", "Холуница :")]);
        assert_eq!(shown(&bridged(&l))[1], ("location", "Белая Холуница :"));
        let l = labelled(&[("publisher", "изд. «Русский язык», г."), ("location", "Москва,")]);
        assert_eq!(shown(&bridged(&l))[1], ("location", "г. Москва,"));
        // No dash, no move: `ed. Robin Gable` | `London:`.
        let l = labelled(&[("editor", "ed. Robin Gable"), ("location", "London:")]);
        assert_eq!(bridged(&l), l);
    }
}
