//! Labelled parts of a reference into an entry: names with particles and
//! initials, titles without their separators and with their bracketed
//! translations, containers without `//` / `In:`, dates, volumes and issues,
//! page ranges and page counts, places, publishers, identifiers — and the type
//! the parts add up to.

use super::imprint::{place_in_publisher, place_then_publisher, publisher_then_place};
use super::kinds::{arxiv, genre_like, strip_translated_from};
use super::labelled::Labelled;
use super::labels::LABELS;
use super::leads::{strip_host_lead, strip_prefixes};
use super::lexicon;
use super::namelist::{name_list as names, says_editors as editor_words};
use super::runon::{
    bare_doi, compiler_words, editor_run_on, journal_in_title, repair_parts, split_edition,
    split_genre, split_volume, split_volumes, strip_trailing_role,
};
use super::script::{is_cyrillic, RUSSIAN_NOTES};
use super::title::take_translation;
use super::volumes::{digits, pages, volume_parts, year_glued};
use crate::model::{Date, DatePart, Entry, EntryType, Name, Text, Var};

/// Separators and punctuation a part carries at its ends.
fn trim_part(s: &str) -> &str {
    let s = s.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | ':' | '/' | '–' | '—')
    });
    let s = s.trim_start_matches(['.', ' ']);
    let s = s.strip_suffix(". –").or(s.strip_suffix(".–")).or(s.strip_suffix(". -")).unwrap_or(s);
    s.trim_end_matches([',', ';', ':', '/', ' ', '–', '—'])
}

/// Without a closing period (kept after an abbreviation of one or two letters
/// or "г."/"гг.").
fn no_period(s: &str) -> &str {
    let t = s.trim_end();
    let Some(body) = t.strip_suffix('.') else { return t };
    let last = body.rsplit([' ', '.']).next().unwrap_or("");
    if last.chars().count() <= 1 && last.chars().all(char::is_alphabetic)
        || matches!(last, "г" | "гг" | "в" | "вв" | "Jr" | "Inc" | "Ltd" | "Co" | "al")
    {
        t
    } else {
        body
    }
}

fn year_in(s: &str) -> Option<i32> {
    let b = s.as_bytes();
    let mut i = 0;
    while i + 4 <= b.len() {
        let window = &b[i..i + 4];
        let before = i > 0 && b[i - 1].is_ascii_digit();
        let after = b.get(i + 4).is_some_and(u8::is_ascii_digit);
        if window.iter().all(u8::is_ascii_digit) && !before && !after {
            let y: i32 = s[i..i + 4].parse().ok()?;
            if (1500..2100).contains(&y) {
                return Some(y);
            }
        }
        i += 1;
    }
    None
}

const MONTHS: &[(&str, u8)] = &[
    ("янв", 1),
    ("февр", 2),
    ("фев", 2),
    ("мар", 3),
    ("апр", 4),
    ("мая", 5),
    ("май", 5),
    ("июн", 6),
    ("июл", 7),
    ("авг", 8),
    ("сент", 9),
    ("сен", 9),
    ("окт", 10),
    ("нояб", 11),
    ("ноя", 11),
    ("дек", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("may", 5),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// A date part: the year, and a month and day when printed ("27 дек.", "February 3").
fn date_of(s: &str) -> Option<Date> {
    let year = year_in(s)?;
    let lower = s.to_lowercase();
    let month = lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 3)
        .find_map(|w| MONTHS.iter().find(|(m, _)| w.starts_with(m)).map(|(_, n)| *n));
    let day = month.and_then(|_| {
        lower
            .split(|c: char| !c.is_ascii_digit())
            .filter_map(|d| d.parse::<u8>().ok())
            .find(|d| (1..=31).contains(d) && lower.matches(&d.to_string()).count() >= 1)
            .filter(|d| i32::from(*d) != year)
    });
    Some(Date::on(match (month, day) {
        (Some(m), Some(d)) => DatePart::ymd(year, m, d),
        (Some(m), None) => DatePart { month: Some(m), ..DatePart::year(year) },
        _ => DatePart::year(year),
    }))
}

/// The first part of a label, trimmed.
fn first<'a>(parts: &[(&'static str, &'a str)], label: &str) -> Option<&'a str> {
    parts.iter().find(|(l, _)| *l == label).map(|(_, t)| *t)
}

fn all<'a>(
    parts: &'a [(&'static str, &'a str)],
    label: &'a str,
) -> impl Iterator<Item = &'a str> + 'a {
    parts.iter().filter(move |(l, _)| *l == label).map(|(_, t)| *t)
}

/// A title part: separators, quotes and a closing period off; a bracketed
/// translation ("[History of Russia]") becomes a variant.
fn title_text(part: &str) -> Text {
    title_and_rest(part).0
}

/// What a transliterated title with its bracketed translation may run into
/// when the parts were not told apart: `Title [Translation]. Journal [Its
/// translation]` or `Title [Translation]. Cand. Diss.` — the title, and the
/// text after the translation (empty when none).
fn title_and_rest(part: &str) -> (Text, String) {
    let t = no_period(trim_part(strip_prefixes(part))).trim();
    let t = t.strip_prefix('«').and_then(|x| x.strip_suffix('»')).unwrap_or(t);
    let t = t.strip_prefix('“').and_then(|x| x.strip_suffix('”')).unwrap_or(t);
    let t = t.strip_prefix('"').and_then(|x| x.strip_suffix('"')).unwrap_or(t);
    // Single quotes (MHRA, British styles): ‘Title’, ‘Title,’.
    let t = t
        .strip_prefix('‘')
        .and_then(|x| x.trim_end_matches([',', '.']).strip_suffix('’'))
        .filter(|x| !x.contains('‘'))
        .unwrap_or(t);
    // A closing period goes, one that ends an abbreviation stays (`1941–1945 гг.`).
    let t = no_period(t.trim_end_matches([',', ' ']).trim_end_matches(" :"));
    let t = t.trim_end_matches([',', ' ']);
    if let Some(open) = t.find(" [") {
        if t.ends_with(']') || t[open..].contains(']') {
            let mut text =
                Text::from(subtitle_colon(t[..open].trim().trim_end_matches(['.', ' '])).as_str());
            let rest = take_translation(&mut text, &t[open + 1..]);
            let rest = rest.trim();
            // A run-on only where a title can end: after ". ".
            if rest.is_empty() || t[open..].contains("]. ") && !text.value.is_empty() {
                return (text, rest.to_string());
            }
        }
    }
    (Text::from(subtitle_colon(t.trim()).as_str()), String::new())
}

/// GOST's ` : ` before a subtitle is punctuation of the list, not of the title:
/// `Японские военнопленные в СССР : большая игра` is `…в СССР: большая игра`.
fn subtitle_colon(t: &str) -> String {
    t.replace(" : ", ": ")
}

/// The entry of a labelled reference.
pub fn entry(labelled: &Labelled) -> Entry {
    let text = &labelled.text;
    let spans = super::spans::bridge(labelled);
    let parts: Vec<_> = spans.iter().map(|&(l, a, b)| (LABELS[l as usize], &text[a..b])).collect();
    let parts = repair_parts(&parts);
    let mut e = Entry::new(String::new(), EntryType::Book);
    let lang = if is_cyrillic(text) || RUSSIAN_NOTES.iter().any(|m| text.contains(m)) {
        "ru"
    } else if text.chars().any(|c| matches!(c, 'ō' | 'ū' | 'ā')) && text.contains('[') {
        // Romanised Japanese (Hepburn's macrons) with a bracketed translation.
        "ja"
    } else {
        "en"
    };
    if let Some(n) = first(&parts, "citation-number").and_then(digits) {
        e.set(Var::CitationNumber, n.to_string());
    }
    // Names: the author part with the most names (GOST repeats the first author
    // before the title and lists them all after " / ").
    let mut authors: Vec<Name> = Vec::new();
    let mut authors_edited = false;
    for p in all(&parts, "author") {
        let n = names(p);
        if n.len() > authors.len() {
            authors = n;
            authors_edited = editor_words(p);
        }
    }
    if !authors.is_empty() {
        // "Nie JB, Guo N, editors.": the names before the title are editors.
        let var = if authors_edited && !parts.iter().any(|(l, _)| *l == "editor") {
            Var::Editor
        } else {
            Var::Author
        };
        e.set(var, authors);
    }
    // "In: Chubar'yan A.O. (ed.) Stalin i kholodnaya voina [...]": the
    // container the editors' part ran into (References of Russian journals).
    let mut editors_container = None;
    let split_parts: Vec<(&'static str, &str)>;
    let parts = if first(&parts, "container-title").is_none() && first(&parts, "journal").is_none()
    {
        split_parts = parts
            .iter()
            .flat_map(|&(l, t)| match editor_run_on(l, t) {
                Some((names, rest)) => {
                    editors_container = Some(rest);
                    vec![(l, names)]
                }
                None => vec![(l, t)],
            })
            .collect();
        &split_parts
    } else {
        &parts
    };
    let mut compilers = Vec::new();
    let mut unnamed = Vec::new();
    for (label, var) in [
        ("editor", Var::Editor),
        ("translator", Var::Translator),
        ("compiler", Var::Compiler),
        ("director", Var::Director),
        ("producer", Var::Producer),
    ] {
        let mut list = Vec::new();
        for (i, (_, p)) in parts.iter().enumerate().filter(|(_, (l, _))| *l == label) {
            // "/ сост. А. М. Ледовский": compilers, whatever the label said,
            // also when the role word went with the part before ("… / сост").
            let before = i.checked_sub(1).map_or("", |j| parts[j].1);
            let role_before = before.trim_end_matches(['.', ' ', ':']).ends_with("/ сост");
            let found = names(p);
            if found.is_empty() {
                // `/ пер. с яп.`: a statement with no names is kept as a note.
                unnamed.push(*p);
            } else if var == Var::Compiler || compiler_words(p) || role_before {
                compilers.extend(found);
            } else {
                list.extend(found);
            }
        }
        if !list.is_empty() {
            e.set(var, list);
        }
    }
    if !compilers.is_empty() {
        e.set(Var::Compiler, compilers);
    }
    // What the title ran into: a genre, or (with no container labelled) the
    // container; otherwise kept as a note.
    let mut run_on = None;
    let mut genre_in_title = None;
    let mut volume_in_title = None;
    let mut volumes_in_title = None;
    let mut edition_in_title = None;
    // Numbers follow but no container was labelled: the journal may have run
    // into the title.
    let numbered = first(parts, "volume").is_some()
        || all(parts, "pages").any(|p| p.contains(['-', '–', '—']));
    let no_container = ["journal", "container-title", "publisher", "location"]
        .iter()
        .all(|l| first(parts, l).is_none());
    // The title followed at once by a date, then a volume (`Title. Journal. | 2020. | №9`).
    let dated = parts.iter().position(|(l, _)| *l == "title").is_some_and(|i| {
        parts.get(i + 1).is_some_and(|(l, _)| *l == "date")
            && parts[i + 1..].iter().any(|(l, _)| *l == "volume")
    });
    let mut journal_in = None;
    if let Some(t) = first(parts, "title") {
        let t = match journal_in_title(t, dated).filter(|_| numbered && no_container) {
            Some(at) => {
                journal_in = Some(&t[at..]);
                &t[..at]
            }
            None => t,
        };
        let (mut t, rest) = title_and_rest(t);
        strip_trailing_role(&mut t);
        strip_translated_from(&mut t);
        // Volumes first: a genre runs to the end (`: Учеб. пособ. В 10 т. Т. II`).
        volume_in_title = split_volume(&mut t);
        volumes_in_title = split_volumes(&mut t);
        edition_in_title = split_edition(&mut t);
        genre_in_title = split_genre(&mut t, lang == "ru");
        if !rest.is_empty() {
            if genre_like(&rest) {
                genre_in_title = Some(no_period(&rest).to_string());
            } else {
                run_on = Some(rest);
            }
        }
        if !t.value.is_empty() {
            e.set(Var::Title, t);
        }
        // (Read as a run-on: "Journal [Its translation]" keeps the translation.)
        run_on = run_on.or(journal_in.map(str::to_string));
    }
    if let Some(t) = first(parts, "volume-title") {
        e.set(Var::VolumeTitle, title_text(t));
    } else if let Some(t) = volume_in_title.as_ref().and_then(|(_, t)| t.clone()) {
        e.set(Var::VolumeTitle, t);
    }
    let journal = first(parts, "journal")
        .map(|j| no_period(trim_part(strip_prefixes(strip_host_lead(j)))).to_string());
    let mut container =
        first(parts, "container-title").map(strip_host_lead).or(editors_container).map(title_text);
    let mut journal_run_on = false;
    if let Some(j) = journal.clone().filter(|j| !j.is_empty()) {
        e.set(Var::ContainerTitle, j);
    } else if let Some(c) = container.clone().filter(|c| !c.value.is_empty()) {
        e.set(Var::ContainerTitle, c);
    } else if let Some(r) = run_on.take() {
        // "Title [Translation]. Journal [Translation]": a journal when numbers follow.
        let c = title_text(&r);
        journal_run_on = ["volume", "pages"].iter().any(|l| first(parts, l).is_some());
        container = Some(c.clone());
        e.set(Var::ContainerTitle, c);
    }
    let mut series_number = None;
    if let Some(c) = first(parts, "collection-title") {
        let c = trim_part(c).trim_start_matches('(').trim_end_matches(['.', ')']).trim();
        let mut c = c.strip_suffix(')').unwrap_or(c);
        // `Библиотека времени ; вып. 14`: the series and its number.
        if let Some((name, n)) = c.rsplit_once(';') {
            if let Some(d) = digits(n).filter(|_| n.split_whitespace().count() <= 2) {
                series_number = Some(d.to_string());
                c = name.trim();
            }
        }
        if !c.is_empty() {
            e.set(Var::CollectionTitle, c.to_string());
        }
    }
    if let Some(n) = first(parts, "collection-number").and_then(digits).or(series_number.as_deref())
    {
        e.set(Var::CollectionNumber, n.to_string());
    }
    if let Some(ed) = first(parts, "edition").or(edition_in_title.as_deref()) {
        let ed = trim_part(ed);
        let value = digits(ed)
            .filter(|d| ed.starts_with(d))
            .map_or_else(|| no_period(ed).to_string(), str::to_string);
        e.set(Var::Edition, value);
    }
    let mut places: Vec<String> = all(parts, "location")
        .map(|p| no_period(trim_part(p)).trim_matches(['(', ')']).to_string())
        .filter(|p| !p.is_empty())
        .collect();
    // GOST joins the publishers of one place with ` : ` (`Институт востоковедения
    // РАН : Крафт+`): each is a publisher of its own.
    let mut publishers: Vec<String> = all(parts, "publisher")
        .flat_map(|p| trim_part(p).split(" : "))
        .map(|p| no_period(trim_part(p).trim_matches(['(', ')']).trim_end_matches(',')).to_string())
        .filter(|p| !p.is_empty())
        .collect();
    if places.is_empty() && publishers.len() == 1 {
        if let Some((place, publisher)) = place_in_publisher(&publishers[0]) {
            (places, publishers) = (vec![place.to_string()], vec![publisher.to_string()]);
        } else if let Some((publisher, place)) = publisher_then_place(&publishers[0]) {
            (places, publishers) = (vec![place.to_string()], vec![publisher.to_string()]);
        }
    }
    if publishers.is_empty() && places.len() == 1 {
        if let Some((place, publisher)) = place_then_publisher(&places[0]) {
            (places, publishers) = (vec![place.to_string()], vec![publisher.to_string()]);
        }
    }
    // "Волгоград, 2010": a place alone, taken for the publisher.
    if places.is_empty()
        && publishers.len() == 1
        && lexicon::place(&publishers[0].trim_end_matches('.').to_lowercase())
    {
        places = std::mem::take(&mut publishers);
    }
    if !places.is_empty() {
        e.set(Var::PublisherPlace, places.join("; "));
    }
    if !publishers.is_empty() {
        e.set(Var::Publisher, publishers.join("; "));
    }
    // A year glued to the volume after it (`2017;30(3):827-860.`, `2000;355(9222):`),
    // in a date part or a volume part: the date, then the volume's numbers.
    let date = |(l, p): &(&str, &str)| match *l {
        "date" => date_of(year_glued(p, true).map_or(*p, |(d, _)| d)),
        _ => None,
    };
    let in_volume = |(l, p): &(&str, &str)| match *l {
        "volume" => year_glued(p, false).and_then(|(d, _)| date_of(d)),
        _ => None,
    };
    if let Some(d) = parts.iter().find_map(date).or_else(|| parts.iter().find_map(in_volume)) {
        e.set(Var::Issued, d);
    }
    let (volume, issue, mut page) = volume_parts(parts);
    let mut pages_count = None;
    let mut page_notes = Vec::new();
    for (i, (label, p)) in parts.iter().enumerate() {
        if *label != "pages" {
            continue;
        }
        // "24" | "p. (in Russian)": a bare number that the next part counts.
        let counted = parts.get(i + 1).is_some_and(|(_, next)| {
            let w = next.trim_start().split([' ', '.']).next().unwrap_or("").to_lowercase();
            ["p", "с", "c", "s", "pages", "стр"].contains(&w.as_str())
        });
        if counted && p.trim().trim_end_matches([',', '.']).chars().all(|c| c.is_ascii_digit()) {
            pages_count = pages_count.or(digits(p).map(str::to_string));
            continue;
        }
        let (pg, count) = pages(p);
        // A book's pages after its extent are those of a part of it (`287 с. – Прил.:
        // с. 275–286`, `– РЖМех, 1989, 7А193`): a note.
        if pg.is_some() && pages_count.is_some() && journal.is_none() && container.is_none() {
            page_notes.push(*p);
            continue;
        }
        page = page.or(pg);
        pages_count = pages_count.or(count);
    }
    let volume = volume.or(volume_in_title.map(|(n, _)| n));
    // A journal issue with an issue number and no volume: GOST "№ 3".
    if let Some(v) = volume {
        e.set(Var::Volume, v);
    }
    if let Some(i) = issue {
        e.set(Var::Issue, i);
    }
    if let Some(p) = page {
        e.set(Var::Page, p);
    }
    if let Some(n) = pages_count {
        e.set(Var::NumberOfPages, n);
    }
    if let Some(n) =
        first(parts, "number-of-volumes").and_then(digits).or(volumes_in_title.as_deref())
    {
        e.set(Var::NumberOfVolumes, n.to_string());
    }
    if let Some(m) = first(parts, "medium") {
        let m = trim_part(m).trim_end_matches(['.', ' ']);
        e.set(Var::Medium, m.trim_matches(['[', ']']).to_string());
    }
    if let Some(g) = first(parts, "genre") {
        e.set(Var::Genre, no_period(trim_part(g)).trim_matches(['(', ')']).to_string());
    } else if let Some(g) = genre_in_title {
        e.set(Var::Genre, g);
    }
    let mut url_note = None;
    if let Some(u) = first(parts, "url") {
        let u = strip_prefixes(trim_part(u));
        let u = u.find("http").map_or(u, |i| &u[i..]);
        // What follows the link is GOST's note on access (`, свободный. – Загл. с экрана`).
        let (u, after) = u.split_once(char::is_whitespace).unwrap_or((u, ""));
        let after = after.trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '–' | '—'));
        if !after.is_empty() {
            url_note = Some(after);
        }
        let u = u.trim_end_matches(['.', ',', ')']);
        if !u.contains("://") && bare_doi(u) && first(parts, "doi").is_none() {
            // "DOI 10.32687/0869-866X-2019-27-5-930-935" taken for a link.
            e.set(Var::Doi, u[u.find("10.").unwrap_or(0)..].to_string());
        } else {
            e.set(Var::Url, u.to_string());
        }
    }
    if let Some(d) = first(parts, "doi") {
        let d = strip_prefixes(trim_part(d));
        let d = d.find("10.").map_or(d, |i| &d[i..]);
        e.set(Var::Doi, d.trim_end_matches(['.', ',']).to_string());
    }
    if let Some(i) = first(parts, "isbn") {
        e.set(Var::Isbn, strip_prefixes(trim_part(i)).trim_end_matches('.').to_string());
    }
    if let Some(d) = first(parts, "accessed").and_then(accessed) {
        e.set(Var::Accessed, d);
    }
    let notes: Vec<&str> = all(parts, "note")
        .chain(all(parts, "source"))
        .chain(run_on.as_deref())
        .chain(url_note)
        .chain(page_notes)
        .chain(unnamed)
        .map(trim_part)
        .filter(|n| !n.is_empty() && !n.contains("in Russian") && !n.contains("In Russ"))
        .collect();
    if !notes.is_empty() {
        e.set(Var::Note, notes.join("; "));
    }
    e.kind = kind(&e, parts, journal.is_some() || journal_run_on, container.is_some());
    super::language::set(&mut e, lang);
    e
}

/// An access date: "(дата обращения: 12.03.2020)", "(accessed 12 March 2020)".
fn accessed(s: &str) -> Option<Date> {
    let nums: Vec<u32> =
        s.split(|c: char| !c.is_ascii_digit()).filter_map(|d| d.parse().ok()).collect();
    if let [d, m, y] = nums[..] {
        if (1..=31).contains(&d) && (1..=12).contains(&m) && (1900..2100).contains(&y) {
            return Some(Date::on(DatePart::ymd(y as i32, m as u8, d as u8)));
        }
    }
    date_of(s)
}

/// The type the parts add up to.
fn kind(e: &Entry, parts: &[(&'static str, &str)], journal: bool, container: bool) -> EntryType {
    let genre = e.text(Var::Genre).unwrap_or("").to_lowercase();
    if ["дис", "thesis", "dissertation", "автореф", "diss"].iter().any(|g| genre.contains(g))
    {
        return EntryType::Thesis;
    }
    if genre.contains("report") || genre.contains("отчет") || genre.contains("отчёт") {
        return EntryType::Report;
    }
    if journal {
        let j = e.text(Var::ContainerTitle).unwrap_or("").to_lowercase();
        let newspaper = [
            "газета",
            "правда",
            "известия",
            "times",
            "gazette",
            "post",
            "herald",
            "tribune",
            "daily",
            "news",
        ]
        .iter()
        .any(|w| j.contains(w))
            // "Известия АН СССР", "Известия вузов" are journals; a volume says so too.
            && (!j.starts_with("известия") || j.split([' ', '(']).nth(1).is_none_or(str::is_empty))
            && e.get(Var::Volume).is_none();
        let full_date = parts.iter().any(|(l, t)| {
            *l == "date" && date_of(t).and_then(|d| d.start).is_some_and(|p| p.day.is_some())
        });
        if newspaper || full_date && e.get(Var::Volume).is_none() {
            return EntryType::ArticleNewspaper;
        }
        return EntryType::ArticleJournal;
    }
    if container {
        let c = e.text(Var::ContainerTitle).unwrap_or("").to_lowercase();
        let conf = [
            "proceedings",
            "proc.",
            "conference",
            "symposium",
            "workshop",
            "конф",
            "материалы",
            "тезисы",
        ]
        .iter()
        .any(|w| c.contains(w));
        if conf {
            return EntryType::PaperConference;
        }
        // A host with an issue number and no imprint is a periodical
        // (`// Проблемы социальной гигиены. – 2019. – Т. 27, № 5. – С. 930–935`).
        let imprint = e.get(Var::Publisher).is_some() || e.get(Var::PublisherPlace).is_some();
        return if e.get(Var::Issue).is_some() && !imprint {
            EntryType::ArticleJournal
        } else {
            EntryType::Chapter
        };
    }
    let imprint = e.get(Var::Publisher).is_some() || e.get(Var::PublisherPlace).is_some();
    // A preprint (`arXiv preprint arXiv:1802.03685`), with no host and no imprint.
    let preprint = parts.iter().any(|(l, t)| matches!(*l, "note" | "genre") && arxiv(t));
    if preprint && !imprint {
        return EntryType::Article;
    }
    if e.get(Var::Url).is_some() && !imprint {
        return EntryType::Webpage;
    }
    EntryType::Book
}

#[cfg(test)]
mod tests {
    use super::super::labels::id;
    use super::*;
    use crate::model::Value;

    fn labelled(parts: &[(&str, &str)]) -> Labelled {
        let mut l = Labelled::default();
        for (label, t) in parts {
            if !l.text.is_empty() {
                l.text.push(' ');
            }
            let start = l.text.len();
            l.text.push_str(t);
            l.spans.push((id(label).unwrap(), start, l.text.len()));
        }
        l
    }

    fn families(e: &Entry, v: Var) -> Vec<String> {
        match e.get(v) {
            Some(Value::Names(n)) => n
                .iter()
                .map(|n| n.family.clone().or(n.literal.clone()).unwrap_or_default())
                .collect(),
            _ => Vec::new(),
        }
    }

    #[test]
    fn a_gost_article() {
        let e = entry(&labelled(&[
            ("author", "Иванов И. И., Петров П. П."),
            ("title", "История России [History of Russia] //"),
            ("journal", "Вопросы истории."),
            ("date", "2010."),
            ("volume", "Т. 5, № 3."),
            ("pages", "С. 12–15."),
        ]));
        assert_eq!(e.kind, EntryType::ArticleJournal);
        assert_eq!(families(&e, Var::Author), ["Иванов", "Петров"]);
        assert_eq!(e.text(Var::Title), Some("История России"));
        assert_eq!(e.text(Var::ContainerTitle), Some("Вопросы истории"));
        assert_eq!(
            (e.text(Var::Volume), e.text(Var::Issue), e.text(Var::Page)),
            (Some("5"), Some("3"), Some("12-15"))
        );
        assert_eq!(e.text(Var::Language), Some("ru"));
    }

    #[test]
    fn a_year_glued_to_its_volume_is_the_date() {
        let issued = |parts: &[(&str, &str)]| match entry(&labelled(parts)).get(Var::Issued) {
            Some(Value::Date(d)) => d.start.as_ref().map(|p| (p.year, p.month)),
            _ => None,
        };
        let lancet = [("title", "A trial."), ("journal", "Lancet."), ("volume", "2000;355(9222):")];
        assert_eq!(issued(&lancet), Some((2000, None)));
        // Not the day: 30 is the volume.
        let rev = [("title", "A review."), ("journal", "Rev."), ("date", "2017 Jul;30(3):827-60.")];
        assert_eq!(issued(&rev), Some((2017, Some(7))));
    }

    #[test]
    fn a_journal_read_into_the_title_comes_out() {
        let e = entry(&labelled(&[
            ("author", "Мирзалимова С.А."),
            ("title", "Исследование сорбции красителей. Universum: химия и биология."),
            ("date", "2020."),
            ("volume", "№9 (75)."),
        ]));
        assert_eq!(e.text(Var::Title), Some("Исследование сорбции красителей"));
        assert_eq!(e.text(Var::ContainerTitle), Some("Universum: химия и биология"));
        // Not without a volume after the date, nor with an imprint, nor at an initial.
        for parts in [
            vec![("title", "История России. Учебник."), ("date", "2010."), ("pages", "200 с.")],
            vec![
                ("title", "История России. Учебник."),
                ("location", "М.:"),
                ("date", "2010."),
                ("volume", "Т. 2."),
            ],
            vec![("title", "Письма к А. С. Пушкину."), ("date", "1990."), ("volume", "№ 3.")],
        ] {
            let e = entry(&labelled(&parts));
            // No journal cut from the title's end (`Письма к А. С. Пушкину.` alone may
            // still be read as a periodical's issue, whole).
            let title = parts[0].1.trim_end_matches('.');
            let cut = e.text(Var::ContainerTitle).filter(|c| *c != title && title.ends_with(c));
            assert_eq!(cut, None, "{parts:?}");
        }
    }

    #[test]
    fn an_arxiv_preprint_is_an_article() {
        let e = entry(&labelled(&[
            ("author", "Selsam D."),
            ("title", "Learning a SAT solver from single-bit supervision"),
            ("note", "//arXiv preprint arXiv:1802.03685. –"),
            ("date", "2018."),
        ]));
        assert_eq!(e.kind, EntryType::Article);
        assert_eq!(e.text(Var::Title), Some("Learning a SAT solver from single-bit supervision"));
    }

    #[test]
    fn a_book_with_editors_and_pages_counted() {
        let e = entry(&labelled(&[
            ("title", "Война и мир /"),
            ("editor", "под ред. С. С. Сидорова. –"),
            ("location", "М. :"),
            ("publisher", "Наука,"),
            ("date", "1980. –"),
            ("pages", "543 с."),
        ]));
        assert_eq!(e.kind, EntryType::Book);
        assert_eq!(families(&e, Var::Editor), ["Сидорова"]);
        assert_eq!(e.text(Var::PublisherPlace), Some("М."));
        assert_eq!(e.text(Var::Publisher), Some("Наука"));
        assert_eq!(e.text(Var::NumberOfPages), Some("543"));
        assert_eq!(e.text(Var::Page), None);
    }

    #[test]
    fn single_quoted_titles() {
        for (printed, title) in [
            ("‘Citation in Classical Studies’,", "Citation in Classical Studies"),
            (
                "‘Humanities Scholars’ Conceptions of Research Quality’,",
                "Humanities Scholars’ Conceptions of Research Quality",
            ),
            ("‘War’ and ‘Peace’", "‘War’ and ‘Peace’"),
        ] {
            assert_eq!(title_text(printed).value, title, "{printed}");
        }
    }

    #[test]
    fn english_forms() {
        let e = entry(&labelled(&[
            ("author", "Smith, J. A., & Jones, B."),
            ("date", "(2009)."),
            ("title", "“A title.”"),
            ("container-title", "In Proceedings of the Conference"),
            ("volume", "14(3):153-60."),
        ]));
        assert_eq!(families(&e, Var::Author), ["Smith", "Jones"]);
        assert_eq!(e.kind, EntryType::PaperConference);
        assert_eq!(e.text(Var::ContainerTitle), Some("Proceedings of the Conference"));
        assert_eq!(
            (e.text(Var::Volume), e.text(Var::Issue), e.text(Var::Page)),
            (Some("14"), Some("3"), Some("153-160"))
        );
        assert_eq!(e.text(Var::Title), Some("A title"));
    }
}
