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
use citing::{
    host_out_of_names, lead_in_note, roles_out_of_title, slash_names_from_title,
    title_after_initials,
};
use hosts::{
    host_after_in, host_apart, host_in_title, issue_only, journal_from_publisher,
    journal_out_of_title, journal_start_back, lead_in_apart, role_lead, serial_start_back,
    series_after_slashes, slashes_forward, title_from_host,
};
use ids::{has_year, ids, Ids, Span};
use imprint::{arxiv_note, edn_note, publisher_from_place, url_lead};
use runs::{legal_title, title_from_capitals, title_from_names};

/// Words that say a date is the date a resource was looked at.
const ACCESS_WORDS: [&str; 10] = [
    "обращения",
    "звернення",
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
    title_from_capitals(k, text, &mut cut);
    title_after_initials(k, text, &mut cut);
    slash_names_from_title(k, text, &mut cut);
    roles_out_of_title(k, text, &mut cut);
    host_out_of_names(k, text, &mut cut);
    legal_title(k, text, &mut cut);
    publisher_from_place(k, text, &mut cut);
    edn_note(k, text, &mut cut);
    arxiv_note(k, text, &mut cut);
    url_lead(k, text, &mut cut);
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
    host_in_title(k, text, &mut spans);
    lead_in_apart(k, text, &mut spans);
    issue_only(k, text, &mut spans);
    series_after_slashes(k, text, &mut spans);
    journal_from_publisher(k, text, &mut spans);
    title_from_host(k, text, &mut spans);
    journal_out_of_title(k, text, &mut spans);
    journal_start_back(k, text, &mut spans);
    serial_start_back(k, text, &mut spans);
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
    // A book's format (`in-8°`, `in-4º`, `in-folio`, `8vo`): a note on the book.
    if book_format(t) {
        return k.note;
    }
    let host = part.trim_start().starts_with("//");
    if !host && t.split_whitespace().count() <= 2 && super::kinds::russian_genre(t) {
        return k.genre;
    }
    label
}

/// Whether a part is a book's format as old imprints print it: `in-8°`, `in-4º`,
/// `in-80` (a degree sign read as a zero), `in-12`, `in-folio`, `8vo`, `4to`.
fn book_format(t: &str) -> bool {
    let lower = t.to_lowercase();
    let size = |s: &str| {
        let s = s.trim_end_matches(['°', 'º', '˚']);
        s == "folio"
            || s == "fol"
            || (1..=3).contains(&s.len()) && s.chars().all(|c| c.is_ascii_digit())
    };
    match lower.strip_prefix("in-").or_else(|| lower.strip_prefix("in ")) {
        Some(rest) => size(rest.trim()),
        None => ["vo", "to", "mo"].iter().any(|e| {
            lower.strip_suffix(e).is_some_and(|n| {
                (1..=2).contains(&n.len()) && n.chars().all(|c| c.is_ascii_digit())
            })
        }),
    }
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
mod tests;
