//! One reference into an entry: identifiers and access date, the author list
//! and year (GOST, Vancouver, English, APA, Chicago), the title and the tail.

use super::imprint::{imprint_at, set_imprint};
use super::journal::{bare_journal, generic_journal, is_journal_tail, loose_journal, set_journal};
use super::names::{apa_names, english_names, et_al, leading_names};
use super::numbers::{container_numbers, leading_year};
use super::patterns::{re, rx, year_re};
use super::script::is_cyrillic;
use super::tail::{english_host, tail};
use super::title::{clean_title, run_on_split, split_title, take_translation};
use crate::model::{Date, DatePart, Entry, EntryType, Name, Text, Var};
use regex::Regex;
use std::sync::OnceLock;

rx!(doi_re, r"(?i)(?:doi:\s*|https?://(?:dx\.)?doi\.org/|DOI:\s*)(10\.\d{4,9}/[^\s]+?)\.?(?:\s|$)");

rx!(url_re, r"(?:URL:\s*)?(https?://\S+?)[.,]?(?:\s|$)");

rx!(accessed_re, r"\((?:дата обращения|accessed|Accessed):?\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\)\.?");

rx!(apa_year, r"^(.*?)\s*\((\d{4}|n\.d\.)[a-z]?(?:,[^)]{1,20})?\)[.:,]?\s+(.*)$");

rx!(harvard_year, r"^(.*?),?\s+(\d{4})[a-z]?\.\s+(.*)$");

/// Parses one reference into an entry with the hand-written rules.
pub fn parse_rules(raw: &str) -> Entry {
    let mut t = raw.trim().to_string();
    let mut e = Entry::new(String::new(), EntryType::Book);
    let cyr = is_cyrillic(&t);
    let mut lang = if cyr { "ru" } else { "en" };
    if let Some(i) = t.find("(in Russian)") {
        lang = "ru";
        t = format!("{}{}", &t[..i], &t[i + "(in Russian)".len()..]).trim().to_string();
    }
    if t.chars().any(|c| matches!(c, 'ō' | 'ū' | 'ā')) && !cyr && t.contains('[') {
        lang = "ja";
    }
    // Identifiers and access dates first (they contain dots and colons).
    if let Some(c) = accessed_re().captures(&t) {
        if let (Ok(d), Ok(m), Ok(y)) = (c[1].parse(), c[2].parse(), c[3].parse()) {
            e.set(Var::Accessed, Date::on(DatePart::ymd(y, m, d)));
        }
        t = t.replace(c.get(0).map_or("", |m| m.as_str()), "");
    }
    if let Some(c) = doi_re().captures(&t) {
        e.set(Var::Doi, c[1].trim_end_matches('.').to_string());
        t = t.replace(c.get(0).map_or("", |m| m.as_str()).trim_end(), "");
    }
    if let Some(c) = url_re().captures(&t) {
        e.set(Var::Url, c[1].to_string());
        t = t.replace(c.get(0).map_or("", |m| m.as_str()).trim_end(), "");
    }
    if !t.contains("(in Russian)") && lang == "en" && is_cyrillic(&t) {
        lang = "ru";
    }
    for junk in [
        "[Электронный ресурс]",
        "[Текст]",
        "– Текст : непосредственный",
        "– Текст : электронный",
        ". – Текст : непосредственный",
        ". – Текст : электронный",
    ] {
        t = t.replace(junk, "");
    }
    t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    // APA: "Authors (Year). Title. Rest"
    let apa = apa_year()
        .captures(&t)
        .filter(|c| !c[1].contains(['“', '«', '"']))
        .or_else(|| harvard_year().captures(&t).filter(|_| !cyr));
    if let Some(c) = apa {
        let (who, year, rest) = (c[1].to_string(), c[2].to_string(), c[3].to_string());
        let editors = who.contains("(Ed.)") || who.contains("(Eds.)");
        let names = apa_names(&who.replace("(Eds.)", "").replace("(Ed.)", ""));
        if !names.is_empty() {
            e.set(if editors { Var::Editor } else { Var::Author }, names);
            if let Ok(y) = year.parse() {
                e.set(Var::Issued, Date::on(DatePart::year(y)));
            }
            apa_rest(&mut e, &rest);
            super::language::set(&mut e, lang);
            return e;
        }
    }
    // Chicago: "Last, First. Title. Place: Publisher, Year." / "Last, First. “Article.” ..."
    static CHI: OnceLock<Regex> = OnceLock::new();
    let chi = re(
        &CHI,
        r"^((?:von |van |de )?[\p{Lu}][\p{L}'’\-]+, [\p{Lu}][\p{L}.\- ]+?)(?:, (ed|eds))?\.\s+(.*)$",
    );
    let (mut names, rest, mut editors) = leading_names(&t);
    let mut rest = rest.to_string();
    if !cyr {
        // The English forms, when they read more names than the others.
        if let Some((en, at, eds)) = english_names(&t) {
            let printed = |n: &[Name]| n.iter().filter(|n| n.literal.is_none()).count();
            if printed(&en) > printed(&names) {
                names = en;
                // Romanised Japanese names keep their order: "Aoki Fukiko" is
                // family Aoki (the `ja` guess: macrons and a bracketed translation).
                if lang == "ja" && !t[..at].contains(',') {
                    for n in names.iter_mut().filter(|n| n.particle.is_none()) {
                        if n.given.as_deref().is_some_and(|g| !g.contains(['.', ' '])) {
                            std::mem::swap(&mut n.family, &mut n.given);
                        }
                    }
                }
                rest = t[at..].to_string();
                editors = eds;
            }
        }
    }
    if names.is_empty() && !cyr {
        if let Some(c) = chi.captures(&t) {
            let n = c[1].to_string();
            let (family, given) = n.split_once(", ").unwrap_or((&n, ""));
            let mut given = given.trim().to_string();
            // The name's closing period was taken as the separator: "Sheldon H."
            if given.rsplit(' ').next().is_some_and(|w| w.chars().count() == 1) {
                given.push('.');
            }
            let mut name = Name::person(family.to_string(), given);
            for p in ["von ", "van ", "de "] {
                if let Some(f) = family.strip_prefix(p) {
                    name.family = Some(f.to_string());
                    name.particle = Some(p.trim().to_string());
                }
            }
            e.set(if c.get(2).is_some() { Var::Editor } else { Var::Author }, vec![name]);
            rest = c[3].to_string();
        }
    } else if !names.is_empty() {
        let mut names = names;
        // "Иванов И.И., Петров П.П. [и др.] Title": more authors than printed.
        for etal in ["[и др.]", "[et al.]", "et al."] {
            if let Some(r) = rest.trim_start().strip_prefix(etal) {
                et_al(&mut names, etal);
                rest = r.trim_start().to_string();
                break;
            }
        }
        e.set(if editors { Var::Editor } else { Var::Author }, names);
    }
    // "Names (2008). Title", "Names. 2014. Title", "Names, 1998. Title".
    if !cyr && (e.get(Var::Author).is_some() || e.get(Var::Editor).is_some()) {
        if let (Some(y), r) = leading_year(rest.trim_start()) {
            let r = r.to_string();
            if !r.is_empty() && !r.starts_with(|c: char| c.is_ascii_digit()) {
                e.set(Var::Issued, Date::on(DatePart::year(y)));
                rest = r;
            }
        }
    }
    // No names found, but a quoted title after a comma: what precedes it is the
    // authors ("KAHAN Marcel et ROCK Edward, “The hanging chads”, ...").
    if e.get(Var::Author).is_none() && e.get(Var::Editor).is_none() && !cyr {
        let quote_after_comma = rest
            .match_indices(", ")
            .map(|(i, _)| i + 1)
            .find(|&i| i < 200 && rest[i + 1..].starts_with(['“', '"', '«']));
        if let Some(i) = quote_after_comma {
            let who = rest[..i].trim_end_matches(',').to_string();
            let (names, _, _) = leading_names(&format!("{who}. x"));
            let names = if names.is_empty() { apa_names(&who) } else { names };
            if !names.is_empty() {
                e.set(Var::Author, names);
            }
            if let Some(y) = year_re().captures(&who).and_then(|c| c[1].parse().ok()) {
                e.set(Var::Issued, Date::on(DatePart::year(y)));
            }
            rest = rest[i + 1..].to_string();
        }
    }
    // Title: quoted (Chicago articles) or up to the first ". ", " // ", " / " or "[" translation.
    let rest_t = rest.trim().to_string();
    // A quoted title ends at its closing quote, unless a subtitle follows (“A”: B).
    let quotes: &[(char, char)] = if cyr {
        &[('“', '”'), ('"', '"')]
    } else {
        &[('“', '”'), ('"', '"'), ('«', '»')]
    };
    let quoted = quotes.iter().find_map(|&(open, close)| {
        let (a, b) = rest_t.strip_prefix(open)?.split_once(close)?;
        (!b.starts_with(':')).then(|| {
            (
                a.trim_end_matches(['.', ',']).to_string(),
                b.trim_start_matches(['.', ',', ' ']).to_string(),
            )
        })
    });
    let was_quoted = quoted.is_some();
    let (mut title, mut after) = quoted.unwrap_or_else(|| split_title(&rest_t));
    if !cyr {
        // No title: "Phys. Rev. D 65, 094516 (2002)", "2000, MNRAS, 316, 326".
        let bare = leading_year(&rest_t);
        let named = e.get(Var::Author).is_some() || e.get(Var::Editor).is_some();
        if let Some((c, n)) = container_numbers(bare.1).filter(|(c, _)| named && bare_journal(c)) {
            set_journal(&mut e, &c, &n);
            if let (Some(y), None) = (bare.0, n.year) {
                e.set(Var::Issued, Date::on(DatePart::year(y)));
            }
            super::language::set(&mut e, lang);
            return e;
        }
        if !was_quoted && !is_journal_tail(&after) {
            if let Some((t, a)) = run_on_split(&rest_t, after.trim().is_empty()) {
                title = t;
                after = a;
            }
        }
    }
    let mut title_text = Text::plain(clean_title(&title));
    let after = take_translation(&mut title_text, &after);
    if !title_text.value.is_empty() {
        e.set(Var::Title, title_text);
    }
    tail(&mut e, &after, cyr);
    // No date in the tail: the last year printed anywhere ("Routledge, 1992").
    if e.get(Var::Issued).is_none() {
        // Not a year of the title ("... 23 февраля 1952 г.").
        // (When the title ran to the end, the year is probably in it.)
        let outside =
            if after.trim().is_empty() { t.clone() } else { t.replacen(title.as_str(), "", 1) };
        if let Some(y) = year_re().captures_iter(&outside).last().and_then(|c| c[1].parse().ok()) {
            e.set(Var::Issued, Date::on(DatePart::year(y)));
        }
    }
    super::language::set(&mut e, lang);
    e
}

fn apa_rest(e: &mut Entry, rest: &str) {
    let (mut title, mut after) = split_title(rest);
    if !is_journal_tail(&after) && !is_cyrillic(rest) {
        if let Some((t, a)) = run_on_split(rest, after.trim().is_empty()) {
            title = t;
            after = a;
        }
    }
    let mut title = title.trim_end_matches('.').to_string();
    // A report series: "Title (Cold War ... Working Paper No. 78)".
    static SERIES: OnceLock<Regex> = OnceLock::new();
    let series = re(&SERIES, r"^(.+?) \(([^()]*(?:Paper|Report|Series)) No\. ([\w.-]+)\)$");
    if let Some(c) = series.captures(&title.clone()) {
        e.kind = EntryType::Report;
        e.set(Var::CollectionTitle, c[2].to_string());
        e.set(Var::Number, c[3].to_string());
        title = c[1].to_string();
    }
    let mut tt = Text::plain(title);
    let after = take_translation(&mut tt, &after);
    e.set(Var::Title, tt);
    if generic_journal(e, after.trim().trim_end_matches('.')) || loose_journal(e, &after) {
        return;
    }
    let rest = english_host(e, after.trim()).unwrap_or(after);
    let p = rest.trim().trim_end_matches('.');
    if !p.is_empty() {
        // "Place: Publisher" or the publisher alone.
        if let Some(m) = imprint_at(p).filter(|m| m.publisher.is_some()) {
            set_imprint(e, &m);
            return;
        }
        match p.split_once(": ") {
            Some((place, publisher)) if !place.contains(['.', ',']) => {
                e.set(Var::PublisherPlace, place.to_string());
                e.set(Var::Publisher, publisher.to_string());
            }
            _ => {
                e.set(Var::Publisher, p.to_string());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_rules_never_panic_on_any_prefix() {
        let refs = [
            "Atay, Falih Rıfkı, Zeytindağı, İstanbul, Pozitif Yayınları, 2004.",
            "Webb, L. J.; Boxer, S. G. “Electrostatic fields: 1. New inhibitors.” Biochemistry 2008, 47, 1588–1598.",
            "Thráinsson, H. and Kiremidjian, A. S. (2002). Simulation. Earthquake Engineering & Structural Dynamics, 31(12):2023–2048.",
            "Pivin, Jean Loup (2002) ‘Daydream’ in Fall, N’Goné and Jean Loup Pivin (eds) An Anthology (Paris: Revue Noire, 2002), pp. 1–2.",
            "Allio, Cédric. 2016. « Interurban population ». The Annals of Regional Science 57 (1): 125‑44.",
        ];
        for r in refs {
            for (i, _) in r.char_indices() {
                let _ = parse_rules(&r[..i]);
            }
            let _ = parse_rules(r);
        }
    }
}
