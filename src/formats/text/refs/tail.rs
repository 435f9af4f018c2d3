//! Everything after the title: a Vancouver or journal tail, a host ("//
//! Container", "In: Editors (eds.) Book"), pages, volume and issue, translator,
//! editors, edition, imprint and date.

use super::imprint::{imprint_at, set_imprint};
use super::journal::{journal_tail, loose_journal};
use super::names::{
    english_names, family_initials, given_family, gost_editors, initials, initials_then_family,
    responsibility_authors,
};
use super::numbers::full_range;
use super::patterns::{re, rx, year_re};
use super::title::{split_title, take_translation};
use crate::model::{month_from_name, Date, DatePart, Entry, EntryType, Name, Text, Value, Var};
use regex::Regex;
use std::sync::OnceLock;

rx!(pages_ru, r"(?:^|\s)[СC]\.\s*(\d+(?:[–—-]\d+)?)");

rx!(pages_en, r"\bpp?\.\s*(\d+[–-]\d+)");

rx!(total_pages, r"(\d+)\s*(?:с\.|p\.|pp\.|р\.)(?:\s|$|\()");

rx!(volume_ru, r"(?:^|\s)Т\.\s*(\d+)");

rx!(issue_ru, r"№\s*(\d+(?:[–-]\d+)?)");

rx!(volume_en, r"\bvol\.\s*(\d+)");

rx!(issue_en, r"\bno\.\s*(\d+)");

rx!(vancouver_tail, r"(\d{4})(?:\s+\w+){0,2};\s*(\d+)(?:\((\d+)\))?:\s*(\d+(?:[–-]\d+)?)");

rx!(edition_ru, r"(\d+)-е изд");

rx!(place_pub, r"^\s*([^:;]{1,60}?(?:;\s*[^:;]{1,40}?)?)\s*:\s*(.+?)[,;]\s*(\d{4})");

rx!(translator_ru, r"пер\. с [а-я]+\.?\s+((?:\p{Lu}\.\s?){1,3})([\p{Lu}][\p{L}\-]+)");

rx!(issue_vyp, r"(?:^|\s)Вып\.\s*(\d+)");

rx!(book_part, r"(?:^|\s)Кн\.\s*(\d+)");

rx!(place_only, r"(?:^|\. )([\p{Lu}][\p{L}\-]+), (\d{4})\.");

rx!(ru_day_month, r"(?:^|\.\s(?:–\s)?)(\d{4})\.\s(?:–\s)?(\d{1,2})\s(\p{L}+)\.?");

/// Everything after the title: container, editors, imprint, date, pages.
pub(super) fn tail(e: &mut Entry, s: &str, cyr: bool) {
    let s = s.trim();
    // Vancouver article: "Ann N Y Acad Sci. 1992;666:21-52."
    if let Some(c) = vancouver_tail().captures(s) {
        let container =
            s[..c.get(0).map_or(0, |m| m.start())].trim().trim_end_matches('.').to_string();
        if !container.is_empty() {
            e.kind = EntryType::ArticleJournal;
            e.set(Var::ContainerTitle, container);
            if let Ok(y) = c[1].parse() {
                e.set(Var::Issued, Date::on(DatePart::year(y)));
            }
            e.set(Var::Volume, c[2].to_string());
            if let Some(i) = c.get(3) {
                e.set(Var::Issue, i.as_str().to_string());
            }
            e.set(Var::Page, full_range(&c[4]));
            return;
        }
    }
    responsibility_authors(e, s);
    if journal_tail(e, s) || (!cyr && loose_journal(e, s)) {
        return;
    }
    let mut body = english_host(e, s).unwrap_or_else(|| s.to_string());
    // GOST host: " // Container. – Year. – Т. X, № Y. – С. a–b."
    if let Some(host) = s.strip_prefix("// ").or_else(|| s.split_once(" // ").map(|(_, h)| h)) {
        let (container, rest) = split_title(host);
        let container = container.trim_end_matches('.').to_string();
        let newspaper = ["Правда", "Известия", "Красная звезда", "Pravda", "Izvestiia"]
            .iter()
            .any(|n| container.starts_with(n));
        e.kind = if newspaper {
            EntryType::ArticleNewspaper
        } else if rest.contains("С.") || rest.contains("№") || rest.contains("Т.") {
            if rest.contains(':') {
                EntryType::Chapter
            } else {
                EntryType::ArticleJournal
            }
        } else if e.get(Var::Url).is_some() && !year_re().is_match(&rest) {
            // "// Wilson Center Digital Archive. URL: ...": a page of a site.
            EntryType::Webpage
        } else {
            EntryType::ArticleJournal
        };
        // Newspapers: "Известия. 1950. 1 янв. № 1." / "Правда. – 1949. – 24 декабря."
        if let Some(c) = ru_day_month().captures(&rest) {
            if let (Ok(y), Ok(d), Some(m)) = (c[1].parse(), c[2].parse(), month_from_name(&c[3])) {
                e.set(Var::Issued, Date::on(DatePart::ymd(y, m, d)));
            }
        }
        e.set(Var::ContainerTitle, container);
        body = rest;
    }
    if let Some(c) = pages_ru().captures(&body) {
        e.set(Var::Page, full_range(&c[1]));
        if e.kind == EntryType::Book {
            e.kind = EntryType::Chapter;
        }
    } else if !cyr {
        if let Some(c) = pages_en().captures(&body) {
            e.set(Var::Page, full_range(&c[1]));
        }
    }
    if let Some(c) = total_pages().captures(&body) {
        if e.get(Var::Page).is_none() {
            e.set(Var::NumberOfPages, c[1].to_string());
        }
    }
    if let Some(c) = volume_ru().captures(&body).or_else(|| volume_en().captures(&body)) {
        e.set(Var::Volume, c[1].to_string());
    }
    if let Some(c) = issue_ru().captures(&body).or_else(|| issue_en().captures(&body)) {
        e.set(Var::Issue, c[1].to_string());
    }
    if let Some(c) = translator_ru().captures(&body) {
        e.set(Var::Translator, vec![Name::person(c[2].to_string(), initials(&c[1]))]);
    }
    if let Some(c) = issue_vyp().captures(&body) {
        let var =
            if e.get(Var::ContainerTitle).is_some() { Var::Issue } else { Var::CollectionNumber };
        if e.get(var).is_none() {
            e.set(var, c[1].to_string());
        }
    }
    if let Some(c) = book_part().captures(&body) {
        e.extra.insert("part".into(), serde_json::Value::String(c[1].to_string()));
    }
    let editors = gost_editors(&body);
    if !editors.is_empty() {
        e.set(Var::Editor, editors);
    }
    if let Some(c) = edition_ru().captures(&body) {
        e.set(Var::Edition, c[1].to_string());
    }
    if body.contains("автореф. дис.")
        || body.contains("дис. …")
        || body.contains("дис. ...")
        || body.contains("dissertation")
    {
        e.kind = EntryType::Thesis;
    }
    // Imprint "Place: Publisher, Year" (GOST: "М.: Воениздат, 1980").
    // The imprint may follow other elements ("2-е изд., доп. М.: ..."), so it
    // is tried at the start and after each sentence break.
    let imprint_src = body.replace(" : ", ": ");
    let starts = std::iter::once(0).chain(imprint_src.match_indices(". ").map(|(i, _)| i + 2));
    for start in starts {
        let Some(c) = place_pub().captures(&imprint_src[start..]) else { continue };
        let place = c[1].trim().trim_start_matches(['–', ' ']).to_string();
        if !place.starts_with(char::is_uppercase) || place.contains(|c: char| c.is_ascii_digit()) {
            continue;
        }
        if place.chars().count() <= 40 && !place.contains('.')
            || place.ends_with('.') && place.chars().count() <= 8
            || place.contains("; ")
        {
            e.set(Var::PublisherPlace, place);
            e.set(Var::Publisher, c[2].trim().replace(" : ", "; ").replace(": ", "; "));
            if let Ok(y) = c[3].parse() {
                e.set(Var::Issued, Date::on(DatePart::year(y)));
            }
            break;
        }
    }
    if !cyr && e.get(Var::Publisher).is_none() {
        let starts = std::iter::once(0).chain(body.match_indices([',', '.', '(']).map(|(i, m)| {
            if m == "(" {
                i
            } else {
                i + 1
            }
        }));
        for start in starts {
            let part = body[start..].trim_start();
            if part.is_empty() || !part.starts_with(|c: char| c.is_uppercase() || c == '(') {
                continue;
            }
            if let Some(m) = imprint_at(part).filter(|m| m.publisher.is_some()) {
                set_imprint(e, &m);
                break;
            }
        }
    }
    if e.get(Var::PublisherPlace).is_none() && e.get(Var::ContainerTitle).is_none() {
        if let Some(c) = place_only().captures(&body) {
            e.set(Var::PublisherPlace, c[1].to_string());
            if let Ok(y) = c[2].parse() {
                e.set(Var::Issued, Date::on(DatePart::year(y)));
            }
        }
    }
    if e.get(Var::Issued).is_none() {
        if let Some(c) = year_re().captures(&body) {
            if let Ok(y) = c[1].parse() {
                e.set(Var::Issued, Date::on(DatePart::year(y)));
            }
        }
    }
    if e.kind == EntryType::Book
        && e.get(Var::ContainerTitle).is_some()
        && e.get(Var::Page).is_none()
    {
        e.kind = EntryType::ArticleJournal;
    }
    if e.get(Var::Url).is_some()
        && e.get(Var::Publisher).is_none()
        && e.get(Var::ContainerTitle).is_none()
    {
        e.kind = EntryType::Webpage;
    }
    let _ = Value::List(Vec::new());
}

/// An English host after the title: "In: Chubar'yan A.O. (ed.) Title [Tr]. ...",
/// "In: Emanuel EJ, Grady C, editors. Title. ...", "In Title, edited by A B,
/// and C D. ...". Sets the editors and container; returns the rest.
pub(super) fn english_host(e: &mut Entry, s: &str) -> Option<String> {
    let h = s
        .strip_prefix("In: ")
        .or_else(|| s.strip_prefix("In "))
        .or_else(|| s.strip_prefix("in: "))?;
    e.kind = EntryType::Chapter;
    // APA: "In J. Smith & K. Jones (Eds.), Book title (pp. 1–10). Publisher."
    static APA_EDS: OnceLock<Regex> = OnceLock::new();
    let apa_eds = re(
        &APA_EDS,
        r"^(.{2,200}?) \((?i:eds?)\.\),\s+(.+?)(?:\s+\((?:pp?\.\s*)?(\d+(?:\s?[–-]\s?\d+)?)\))?\.\s+(.*)$",
    );
    if let Some(c) = apa_eds.captures(h) {
        let editors: Vec<Name> = initials_then_family()
            .captures_iter(&c[1])
            .map(|n| Name::person(n[2].to_string(), n[1].replace(' ', "")))
            .collect();
        if !editors.is_empty() {
            e.set(Var::Editor, editors);
        }
        e.set(Var::ContainerTitle, c[2].trim().to_string());
        if let Some(p) = c.get(3) {
            e.set(Var::Page, full_range(&p.as_str().replace(' ', "")));
        }
        return Some(c[4].to_string());
    }
    // "In Robert Singh (ed.), Title", "In: Antonio Moreno Sandoval (eds) Title".
    static EDS: OnceLock<Regex> = OnceLock::new();
    let eds = re(&EDS, r"^(.{2,150}?)\s\((?i:eds?|editors?)\.?\),?\s+(.*)$");
    let by_name = eds.captures(h).and_then(|c| {
        let (names, _, _) = english_names(&format!("{}. x", &c[1]))?;
        let rest = c.get(2)?.as_str();
        Some((names, rest))
    });
    let (editors, rest): (Vec<Name>, &str) = if let Some((names, rest)) = by_name {
        (names, rest)
    } else if let Some((who, rest)) =
        h.split_once(", editors. ").or_else(|| h.split_once(", editor. "))
    {
        (who.split(", ").filter_map(family_initials).collect(), rest)
    } else if let Some((who, rest)) = h.split_once(" (ed.) ").or_else(|| h.split_once(" (eds.) ")) {
        (who.split(", ").filter_map(family_initials).collect(), rest)
    } else if let Some((container, r)) = h.split_once(", edited by ") {
        let (who, rest) = r.split_once(". ").unwrap_or((r, ""));
        let names = who.split(", ").filter_map(given_family).collect::<Vec<_>>();
        if !names.is_empty() {
            e.set(Var::Editor, names);
        }
        e.set(Var::ContainerTitle, container.trim().to_string());
        return Some(rest.to_string());
    } else {
        (Vec::new(), h)
    };
    if !editors.is_empty() {
        e.set(Var::Editor, editors);
    }
    let (mut container, mut after) = split_title(rest);
    // "In Proceedings of X, pages 90–94", "In CVPR, 2011", "In Title (Vol. 24, p. 1-15)":
    // the container ends where its pages, volume or year begin.
    static CUT: OnceLock<Regex> = OnceLock::new();
    let cut = re(
        &CUT,
        r"(?:,\s(?:[Vv]ol(?:ume)?\.?\s*(?P<v>\d+),\s)?(?:pages?|pp?\.)\s*(?P<p>\d+(?:\s?[-–]\s?\d+)?)|\s\((?:[Vv]ol\.\s*(?P<v2>\d+),?\s*)?(?:pp?\.\s*)?(?P<p2>\d+\s?[-–]\s?\d+)?\)|,\s(?P<y>(?:1[5-9]|20)\d\d)[a-z]?)(?:[,.]|$)",
    );
    if let Some(c) = cut.captures(&container) {
        let start = c.get(0).map_or(0, |m| m.start());
        if start > 1 {
            if let Some(p) = c.name("p").or(c.name("p2")) {
                e.set(Var::Page, full_range(&p.as_str().replace(' ', "")));
            }
            if let Some(v) = c.name("v").or(c.name("v2")) {
                e.set(Var::Volume, v.as_str().to_string());
            }
            if let Some(y) = c.name("y").and_then(|y| y.as_str().parse().ok()) {
                e.set(Var::Issued, Date::on(DatePart::year(y)));
            }
            let end = c.get(0).map_or(container.len(), |m| m.end());
            after = format!("{} {after}", &container[end..]).trim().to_string();
            container.truncate(start);
        }
    }
    let mut c = Text::plain(container.trim_end_matches('.').to_string());
    let after = take_translation(&mut c, &after);
    e.set(Var::ContainerTitle, c);
    Some(after)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::text::refs::parse_rules as parse;

    fn names(e: &Entry, v: Var) -> Vec<(String, String)> {
        match e.get(v) {
            Some(Value::Names(n)) => n
                .iter()
                .map(|n| {
                    (n.family.clone().unwrap_or_default(), n.given.clone().unwrap_or_default())
                })
                .collect(),
            _ => Vec::new(),
        }
    }

    #[test]
    fn gost_article_in_a_journal() {
        let e = parse(
            "Ратманов, П. Э. Советская медицина / П. Э. Ратманов. – Текст : непосредственный // Проблемы социальной гигиены. – 2019. – Т. 27, № 5. – С. 930–935.",
        );
        assert_eq!(e.kind, EntryType::ArticleJournal);
        assert_eq!(e.text(Var::Title), Some("Советская медицина"));
        assert_eq!(e.text(Var::ContainerTitle), Some("Проблемы социальной гигиены"));
        assert_eq!(
            (e.text(Var::Volume), e.text(Var::Issue), e.text(Var::Page)),
            (Some("27"), Some("5"), Some("930-935"))
        );
    }

    #[test]
    fn gost_et_al_translator_issue_and_part() {
        let e =
            parse("Иванов И.И., Петров П.П. [и др.] История дипломатии. СПб.: Питер, 2010. 300 с.");
        assert_eq!(e.text(Var::Title), Some("История дипломатии"));
        let Some(Value::Names(n)) = e.get(Var::Author) else { panic!() };
        assert_eq!(n.last().and_then(|n| n.literal.as_deref()), Some("others"));
        assert_eq!(
            (e.text(Var::PublisherPlace), e.text(Var::Publisher)),
            (Some("СПб."), Some("Питер"))
        );
        let e = parse(
            "Смит Дж. Холодная война / пер. с англ. А.Б. Волкова. М.: Прогресс, 1990. 400 с.",
        );
        // The translator's name as printed (here in the genitive).
        assert_eq!(names(&e, Var::Translator), [("Волкова".into(), "А.Б.".into())]);
        let e = parse("Петров П.П. Статья о войне // Вопросы истории. 2001. Вып. 3. С. 12–15.");
        assert_eq!((e.text(Var::Issue), e.text(Var::Page)), (Some("3"), Some("12-15")));
        let e =
            parse("Документы внешней политики СССР. Т. 5. Кн. 2. М.: Госполитиздат, 1961. 538 с.");
        assert_eq!(
            (e.text(Var::Volume), e.extra.get("part")),
            (Some("5"), Some(&serde_json::json!("2")))
        );
    }
}
