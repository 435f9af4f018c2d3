//! A newspaper issue at the start of a note: "Pravda. 1950. February 3.", or
//! as English notes print it: "“Article,” Chicago Daily Tribune, September 4,
//! 1914, p. 1.", "Nippon Times (Tokyo), February 5, 1950, p. 1.".

use super::found::Found;
use crate::model::{Date, DatePart};

fn month(word: &str) -> Option<u8> {
    crate::model::month_from_name(word)
}

/// "Pravda. 1950. February 3.", "Известия. 1950. 4 февраля.", "New York Times.
/// 1950. February 4. P. 1." at the start of a note: (end in chars, found).
pub(super) fn newspaper(text: &str) -> Option<(usize, Found)> {
    let parts: Vec<&str> = text.splitn(5, ". ").collect();
    if parts.len() < 3 {
        return None;
    }
    let title = parts[0].trim();
    if title.is_empty()
        || title.chars().count() > 60
        || title.chars().any(|c| c.is_ascii_digit())
        || !title.chars().next().is_some_and(char::is_uppercase)
    {
        return None;
    }
    let year: i32 = parts[1].trim().parse().ok().filter(|y| (1600..=2100).contains(y))?;
    let date_text = parts[2].trim().trim_end_matches('.');
    let words: Vec<&str> = date_text.split_whitespace().collect();
    let (m, d) = match words.as_slice() {
        [a, b] => match (month(a), b.parse::<u8>(), a.parse::<u8>(), month(b)) {
            (Some(m), Ok(d), _, _) => (m, d),
            (_, _, Ok(d), Some(m)) => (m, d),
            _ => return None,
        },
        _ => return None,
    };
    if !(1..=31).contains(&d) {
        return None;
    }
    let (title, place) = match title.split_once(" (") {
        Some((t, p)) if p.ends_with(')') => {
            (t.trim().to_string(), Some(p.trim_end_matches(')').to_string()))
        }
        _ => (title.to_string(), None),
    };
    let mut consumed = parts[..3].iter().map(|p| p.chars().count() + 2).sum::<usize>();
    let mut page = None;
    if parts.len() > 3 {
        let rest = parts[3..].join(". ");
        let p = rest.trim();
        for label in ["P.", "p.", "С.", "с.", "S."] {
            if let Some(v) = p.strip_prefix(label) {
                let v: String = v
                    .trim()
                    .chars()
                    .take_while(|c| c.is_ascii_digit() || matches!(c, '–' | '-'))
                    .collect();
                if !v.is_empty() {
                    consumed += label.chars().count() + 1 + v.chars().count();
                    page = Some(v);
                }
            }
        }
    }
    let date = Date { start: Some(DatePart::ymd(year, m, d)), ..Date::default() };
    Some((consumed.min(text.chars().count()), Found::Newspaper { title, date, page, place }))
}

/// A Russian newspaper issue with its title in guillemets at the start of a
/// note: "«Правда» от 30 сентября 1928.", "«Известия», 12 марта 1937 г.",
/// "«Известия» от 12 и 13 января 1928" (the first day), the closing guillemet
/// sometimes lost ("«Правда от 18 сентября 1928.").
pub(super) fn newspaper_russian(text: &str) -> Option<(usize, Found)> {
    let t = text.strip_prefix('«')?;
    let ot = t.find(" от ");
    let (title, rest) = match t.find('»') {
        Some(i) if ot.is_none_or(|o| i < o) => (&t[..i], &t[i + '»'.len_utf8()..]),
        _ => {
            let o = ot?;
            (&t[..o], &t[o..])
        }
    };
    let title = title.trim();
    if title.is_empty()
        || title.chars().count() > 40
        || title.chars().any(|c| c.is_ascii_digit())
        || !title.starts_with(char::is_uppercase)
    {
        return None;
    }
    let rest_trim = rest.trim_start_matches([',', ' ']);
    let rest_trim = rest_trim.strip_prefix("от ").unwrap_or(rest_trim);
    let mut words = rest_trim.split(' ');
    let day: u8 = words.next()?.parse().ok().filter(|d| (1..=31).contains(d))?;
    let mut w = words.next()?;
    let mut used = 2;
    if w == "и" {
        words.next()?.parse::<u8>().ok()?;
        w = words.next()?;
        used += 2;
    }
    let m = month(w)?;
    let y = words.next()?;
    let year: i32 =
        y.trim_end_matches(['.', ',']).parse().ok().filter(|y| (1700..=2100).contains(y))?;
    used += 1;
    let date_len: usize = rest_trim.split(' ').take(used).map(|x| x.chars().count() + 1).sum();
    let consumed = text.chars().count() - rest_trim.chars().count() + date_len;
    let date = Date { start: Some(DatePart::ymd(year, m, day)), ..Date::default() };
    let found = Found::Newspaper { title: title.to_string(), date, page: None, place: None };
    Some((consumed.min(text.chars().count()), found))
}

/// A newspaper issue after GOST's `//` ("Ответ … // Красная звезда. 1964. 28
/// июня."): (start, end in chars, found).
pub(super) fn newspaper_after_slashes(text: &str) -> Option<(usize, usize, Found)> {
    let at = text.find(" // ")?;
    let (end, found) = newspaper(&text[at + 4..])?;
    let start = text[..at + 4].chars().count();
    Some((start, start + end, found))
}

/// Words of newspaper titles (lower case).
/// Words of newspapers' titles (lower case).
pub(super) const PAPER_WORDS: [&str; 16] = [
    "times",
    "tribune",
    "post",
    "news",
    "herald",
    "journal",
    "gazette",
    "daily",
    "zeitung",
    "chronicle",
    "telegraph",
    "guardian",
    "observer",
    "book",
    "pravda",
    "izvesti",
];

/// Newspapers whose names hold none of [`PAPER_WORDS`], as cited in English notes
/// (lower case): the national dailies of Europe, Russia and East Asia.
pub(super) const KNOWN_PAPERS: [&str; 40] = [
    "rzeczpospolita",
    "gazeta wyborcza",
    "trybuna ludu",
    "sztandar młodych",
    "życie warszawy",
    "rudé právo",
    "népszabadság",
    "szabad nép",
    "neues deutschland",
    "die welt",
    "die zeit",
    "süddeutsche zeitung",
    "le monde",
    "le figaro",
    "le temps",
    "le matin",
    "l'humanité",
    "libération",
    "corriere della sera",
    "la stampa",
    "l'unità",
    "il popolo d'italia",
    "el país",
    "abc",
    "la vanguardia",
    "el socialista",
    "mundo obrero",
    "izvestiia",
    "izvestiya",
    "krasnaia zvezda",
    "krasnaya zvezda",
    "komsomol'skaia pravda",
    "trud",
    "kommersant",
    "asahi shimbun",
    "mainichi shimbun",
    "yomiuri shimbun",
    "renmin ribao",
    "people's daily",
    "nodong sinmun",
];

/// "Month D, YYYY" or "D Month YYYY" at the start of `s`: (year, month, day, bytes).
fn english_date(s: &str) -> Option<(i32, u8, u8, usize)> {
    let all: Vec<&str> = s.splitn(7, ' ').collect();
    let num = |w: &str| w.trim_end_matches([',', '.', ';', '。']).parse::<u32>().ok();
    // Further days of the same month before the year ("Dec. 18, 19, 1929"): the
    // issue is the first; `extra` of them are passed over.
    let extra = if all.first().is_some_and(|a| month(a).is_some()) {
        all.iter()
            .skip(2)
            .take_while(|w| w.ends_with(',') && num(w).is_some_and(|d| (1..=31).contains(&d)))
            .count()
            .min(all.len().saturating_sub(3))
    } else {
        0
    };
    let mut words = all[..2.min(all.len())].to_vec();
    words.extend(&all[(2 + extra).min(all.len())..]);
    let (m, d, y) = match words.as_slice() {
        [a, b, c, ..] if month(a).is_some() && b.ends_with(',') => (month(a)?, num(b)?, num(c)?),
        [a, b, c, ..] if month(b).is_some() => (month(b)?, num(a)?, num(c)?),
        _ => return None,
    };
    if !(1..=31).contains(&d) || !(1600..=2100).contains(&y) {
        return None;
    }
    // The length in the text: the words before the year (passed-over days
    // included), then the year without its punctuation.
    let before: usize = all[..2 + extra].iter().map(|w| w.len() + 1).sum();
    let year_end = before + words[2].trim_end_matches([',', '.', ';', '。']).len();
    Some((y as i32, m, d as u8, year_end))
}

/// Endings of Japanese and Chinese newspapers' titles (`朝日新聞`, `人民日报`).
const CJK_PAPER_ENDINGS: [&str; 10] =
    ["新聞", "新闻", "日報", "日报", "時報", "时报", "晚報", "晚报", "週報", "周报"];

/// A Japanese or Chinese newspaper issue at the start of a note: "朝日新聞
/// 1965年12月22日。", "朝日新聞(東京版)、1929年7月10日付け。" (the edition in
/// parentheses is its place): (end in chars, found).
pub(super) fn newspaper_cjk(text: &str) -> Option<(usize, Found)> {
    let c: Vec<char> = text.chars().collect();
    let title_end = c.iter().position(|x| matches!(x, ' ' | '、' | '(' | '（' | ',' | '，'))?;
    let title: String = c[..title_end].iter().collect();
    if !CJK_PAPER_ENDINGS.iter().any(|e| title.ends_with(e)) || title_end > 20 {
        return None;
    }
    let mut i = title_end;
    let mut place = None;
    if matches!(c[i], '(' | '（') {
        let close = c[i..].iter().position(|x| matches!(x, ')' | '）'))? + i;
        place = Some(c[i + 1..close].iter().collect::<String>());
        i = close + 1;
    }
    while c.get(i).is_some_and(|x| matches!(x, ' ' | '、' | ',' | '，')) {
        i += 1;
    }
    // 1965年12月22日
    let mut nums = [0u32; 3];
    for (n, mark) in nums.iter_mut().zip(['年', '月', '日']) {
        let digits = c[i..].iter().take_while(|x| x.is_ascii_digit()).count();
        if digits == 0 || c.get(i + digits) != Some(&mark) {
            return None;
        }
        *n = c[i..i + digits].iter().collect::<String>().parse().ok()?;
        i += digits + 1;
    }
    let [y, m, d] = nums;
    if !(1600..=2100).contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    for tail in ["付け", "付"] {
        if c[i..].iter().collect::<String>().starts_with(tail) {
            i += tail.chars().count();
            break;
        }
    }
    if !c[i..].iter().all(|x| matches!(x, '。' | '.' | ' ')) {
        return None;
    }
    let date = Date { start: Some(DatePart::ymd(y as i32, m as u8, d as u8)), ..Date::default() };
    Some((c.len(), Found::Newspaper { title, date, page: None, place }))
}

/// A date as the Spanish, Portuguese and Italian notes print it ("12 de junio de
/// 1934", "12 y 24 de junio de 1934": the first day) or in figures, day first
/// ("30/03/1939", "30.03.1939"): (year, month, day, bytes).
fn other_date(s: &str, month_first: bool) -> Option<(i32, u8, u8, usize)> {
    let num = |w: &str| w.trim_end_matches([',', '.', ';']).parse::<u32>().ok();
    let end_of = |w: &str| s.find(w).map(|i| i + w.trim_end_matches([',', '.', ';']).len());
    let words: Vec<&str> = s.split(' ').take(7).collect();
    // Figures: day, month, year; month first in American notes (`1/30/46`),
    // or when the first cannot be a month. A year of two figures is of the
    // twentieth century (`4/14/33`).
    if let Some(first) = words.first() {
        let f: Vec<&str> = first.trim_end_matches([',', '.', ';']).split(['/', '.']).collect();
        if let [d, m, y] = f.as_slice() {
            let (d, m, y) = (num(d)?, num(m)?, num(y)?);
            let y = if y < 100 && f[2].len() == 2 { 1900 + y } else { y };
            let swap = (m > 12 && d <= 12) || (month_first && d <= 12 && m <= 31);
            let (d, m) = if swap { (m, d) } else { (d, m) };
            let ok = (1..=31).contains(&d) && (1..=12).contains(&m) && (1600..=2100).contains(&y);
            return ok.then(|| (y as i32, m as u8, d as u8, end_of(first).unwrap_or(0)));
        }
    }
    // "12 [y|e 24] de junio de 1934".
    let d = num(words.first()?)?;
    let k = match words.get(1) {
        Some(&"y" | &"e" | &"et" | &"i") if num(words.get(2)?).is_some() => 3,
        _ => 1,
    };
    let (de, m, de2, y) = (words.get(k)?, words.get(k + 1)?, words.get(k + 2)?, words.get(k + 3)?);
    let m = month(m)?;
    let y = num(y)?;
    if !matches!(*de, "de" | "di") || !matches!(*de2, "de" | "del") {
        return None;
    }
    if !(1..=31).contains(&d) || !(1600..=2100).contains(&y) {
        return None;
    }
    let len = words[..=k + 3].iter().map(|w| w.len() + 1).sum::<usize>() - 1;
    let last = words[k + 3];
    Some((y as i32, m, d as u8, len - last.len() + last.trim_end_matches([',', '.', ';']).len()))
}

/// A newspaper cited the English way, at the start of a note (after an author
/// and a quoted article title, if any): (end in chars, found).
pub(super) fn newspaper_english(text: &str) -> Option<(usize, Found)> {
    newspaper_english_at(text, false)
}

/// English newspaper issues anywhere in a note, each at a clause's start (after
/// "; ", " and ", " in ", "see "): "… discussed in Lowell (Massachusetts) Daily
/// Citizen and News, June 21, 1870 and Boston Daily Advertiser, June 20, 1870."
/// (start, end) in chars, and the issue.
pub(super) fn newspapers_english(text: &str) -> Vec<(usize, usize, Found)> {
    let mut out: Vec<(usize, usize, Found)> = Vec::new();
    let mut starts: Vec<usize> = Vec::new();
    for lead in ["; ", " and ", " in ", "see ", "See ", ". ", "("] {
        starts.extend(text.match_indices(lead).map(|(i, l)| i + l.len()));
    }
    starts.sort_unstable();
    let mut taken = 0;
    for s in starts {
        let opens = |c: char| c.is_uppercase() || matches!(c, '“' | '"' | '‘' | '\'');
        if s < taken || !text[s..].starts_with(opens) {
            continue;
        }
        if let Some((len, found)) = newspaper_english_at(&text[s..], true) {
            let start = text[..s].chars().count();
            taken = s + text[s..].chars().take(len).map(char::len_utf8).sum::<usize>();
            out.push((start, start + len, found));
        }
    }
    out
}

/// An English newspaper issue at the start of `text`; `within` lets a clause
/// follow it ("; ", " and ") as in a list of sources.
fn newspaper_english_at(text: &str, within: bool) -> Option<(usize, Found)> {
    // A quoted article title: the paper follows its closing quote.
    let mut start = 0;
    let mut quoted = false;
    // The closing quote's byte index: double quotes, or the single marks of
    // British notes ('Reaction in the Dominions', The Times), whose closing one
    // stands before a comma or point (not an apostrophe: "Smuts' victory").
    let double = text.find(['“', '"']).filter(|&i| i < 120).and_then(|open| {
        let after = open + text[open..].chars().next().map_or(1, char::len_utf8);
        text[after..].find(['”', '"']).map(|close| after + close)
    });
    let single = || {
        let (open, q) = text
            .char_indices()
            .take_while(|&(i, _)| i < 120)
            .find(|&(i, c)| matches!(c, '‘' | '\'') && (i == 0 || text[..i].ends_with(' ')))?;
        let after = open + q.len_utf8();
        // The title's closing mark within 300 bytes.
        text[after..]
            .char_indices()
            .take_while(|&(i, _)| i < 300)
            .find(|&(i, c)| {
                matches!(c, '’' | '\'') && text[after + i + c.len_utf8()..].starts_with([',', '.'])
            })
            .map(|(i, _)| after + i)
    };
    if let Some(close) = double.or_else(single) {
        let mut j = close;
        j += text[j..].chars().next().map_or(1, char::len_utf8);
        // The comma or period of the title may stand inside or outside the quotes.
        j += text[j..].len() - text[j..].trim_start_matches([',', '.']).len();
        start = j + text[j..].len() - text[j..].trim_start().len();
        quoted = true;
    }
    let rest = &text[start..];
    // The title runs to the first ", " outside parentheses ("The Day Book
    // (Chicago, Ill.), August 12, 1914").
    let mut depth = 0i32;
    let cut = rest.char_indices().find(|&(i, c)| {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        depth == 0 && c == ',' && rest[i + 1..].starts_with(' ')
    });
    let (title, after) = cut.map(|(i, _)| (&rest[..i], &rest[i + 2..]))?;
    let title = title.trim();
    let (name, place) = match title.split_once(" (") {
        Some((t, p)) if p.ends_with(')') => {
            (t.trim().to_string(), Some(p.trim_end_matches(')').to_string()))
        }
        // The place inside the title: "Lowell (Massachusetts) Daily Citizen and News".
        Some((t, p)) => match p.split_once(") ") {
            Some((place, rest)) if !place.contains('(') => {
                (format!("{} {}", t.trim(), rest.trim()), Some(place.to_string()))
            }
            _ => (title.to_string(), None),
        },
        _ => (title.to_string(), None),
    };
    let name = name.as_str();
    let lower = name.to_lowercase();
    let known_paper = KNOWN_PAPERS.contains(&lower.trim_start_matches("the "));
    let known_words =
        quoted || place.is_some() || PAPER_WORDS.iter().any(|w| lower.contains(w)) || known_paper;
    // A title no list holds, named "The …" in capitals (`The Argus`, `The Coburg
    // Leader`): a paper only when the note is the issue alone (below).
    let the_title = name.strip_prefix("The ").is_some_and(|t| {
        (1..=5).contains(&t.split_whitespace().count())
            && t.split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase) || matches!(w, "and" | "of" | "&"))
    });
    if name.is_empty()
        || name.chars().count() > 60
        || name.chars().any(|c| c.is_ascii_digit())
        || !name.starts_with(char::is_uppercase)
        || lower.contains(" to ")
        || !(known_words || the_title)
    {
        return None;
    }
    // Figures are read month first but in the dailies of other languages (`ABC, 30/03/1939`).
    let (y, m, d, len) = english_date(after).or_else(|| other_date(after, !known_paper))?;
    let mut end = text.len() - after.len() + len;
    let tail = text[end..].trim_start_matches(',').trim();
    let mut page = None;
    for label in ["p. ", "pp. ", "page ", ""] {
        if let Some(v) = tail.strip_prefix(label) {
            let v: String =
                v.chars().take_while(|c| c.is_ascii_digit() || matches!(c, '–' | '-')).collect();
            let after_v = &tail[label.len() + v.len()..];
            if !v.is_empty() && (after_v.is_empty() || after_v.starts_with(['.', ';', ' ', ')'])) {
                end = text.len() - after_v.len();
                page = Some(v);
                break;
            }
        }
    }
    // Nothing but the end, a link or the next sentence may follow.
    let next = text[end..].trim_start_matches(['.', ';', ',', '。']).trim_start();
    // A link with its lead-in ("…, December 6, 2006, available at http://…").
    let next = ["available at ", "available online at ", "online at ", "at "]
        .iter()
        .find_map(|w| next.strip_prefix(w).filter(|r| r.starts_with("http")))
        .unwrap_or(next);
    let listed = within && (text[end..].starts_with(';') || text[end..].starts_with(" and "));
    // Or the parenthesis it stands in closes ("… (The New York Times, May 12, 1977, p. 4)").
    let closes = within && text[end..].starts_with(')');
    if !known_words && (within || !next.is_empty()) {
        return None;
    }
    if !(next.is_empty()
        || next.starts_with("http")
        || text[end..].starts_with(". ")
        || listed
        || closes)
    {
        return None;
    }
    let date = Date { start: Some(DatePart::ymd(y, m, d)), ..Date::default() };
    let found = Found::Newspaper { title: name.to_string(), date, page, place };
    Some((text[..end].chars().count(), found))
}

/// Words of German newspapers' titles (lower case).
const GERMAN_PAPER_WORDS: [&str; 14] = [
    "zeitung",
    "tagblatt",
    "blatt",
    "presse",
    "bote",
    "post",
    "anzeiger",
    "kurier",
    "courier",
    "nachrichten",
    "rundschau",
    "lloyd",
    "journal",
    "correspondenz",
];

/// German newspaper issues anywhere in a note, as the German and Austrian
/// editions print them: the title, an edition in parentheses, the number
/// and "v." with the date ("Neues Wiener Tagblatt v. 8. 3. 1918", "Wiener
/// Zeitung (M.) v. 13. 12. 1917", "Prager Abendblatt Nr. 285 v. 2. 12. 1871").
/// (start, end) in chars, and the issue.
pub(super) fn newspapers_german(text: &str) -> Vec<(usize, usize, Found)> {
    let mut out = Vec::new();
    for (at, _) in text.match_indices(" v. ") {
        let Some((y, m, d, len)) = german_date(&text[at + 4..]) else { continue };
        let mut head = text[..at].trim_end();
        // "Nr. 285", "(M.)", "(Abendblatt)" between the title and the date.
        if let Some((h, nr)) = head.rsplit_once(" Nr. ") {
            if nr.chars().all(|c| c.is_ascii_digit()) && !nr.is_empty() {
                head = h.trim_end();
            }
        }
        if head.ends_with(')') {
            if let Some(open) = head.rfind(" (") {
                if head.len() - open <= 16 {
                    head = head[..open].trim_end();
                }
            }
        }
        // The title: the capitalised words before, back to punctuation.
        let words: Vec<&str> = head.rsplit(' ').take(5).collect();
        let n = words
            .iter()
            .take_while(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '.'))
            })
            .count();
        if n == 0 {
            continue;
        }
        let title: Vec<&str> = words[..n].iter().rev().copied().collect();
        let title = title.join(" ");
        let lower = title.to_lowercase();
        let last = lower.rsplit(' ').next().unwrap_or("");
        if !GERMAN_PAPER_WORDS.iter().any(|w| last.ends_with(w)) {
            continue;
        }
        let start_byte = head.len() - title.len();
        let end_byte = at + 4 + len;
        let start = text[..start_byte].chars().count();
        let end = text[..end_byte].chars().count();
        let date = Date { start: Some(DatePart::ymd(y, m, d)), ..Date::default() };
        out.push((start, end, Found::Newspaper { title, date, page: None, place: None }));
    }
    out
}

/// "8. 3. 1918" or "8.3.1918" at the start of `s`: (year, month, day, bytes).
fn german_date(s: &str) -> Option<(i32, u8, u8, usize)> {
    let mut nums = Vec::new();
    let mut i = 0;
    let b = s.as_bytes();
    for k in 0..3 {
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        nums.push(s[start..i].parse::<u32>().ok()?);
        if k < 2 {
            if b.get(i) != Some(&b'.') {
                return None;
            }
            i += 1;
            if b.get(i) == Some(&b' ') {
                i += 1;
            }
        }
    }
    let (d, m, y) = (nums[0], nums[1], nums[2]);
    if !(1..=31).contains(&d) || !(1..=12).contains(&m) || !(1600..=2100).contains(&y) {
        return None;
    }
    Some((y as i32, m as u8, d as u8, i))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Option<(String, Option<String>, Option<String>)> {
        match newspaper_english(s)?.1 {
            Found::Newspaper { title, page, place, .. } => Some((title, page, place)),
            _ => None,
        }
    }

    #[test]
    fn spanish_figures_and_japanese_dates() {
        let day = |f: Option<(usize, Found)>| match f.map(|x| x.1) {
            Some(Found::Newspaper { title, date, place, .. }) => {
                date.start.map(|d| (title, d.year, d.month, d.day, place))
            }
            _ => None,
        };
        let v = day(newspaper_english("El Socialista, 12 y 24 de junio de 1934."));
        assert_eq!(v, Some(("El Socialista".into(), 1934, Some(6), Some(12), None)));
        let v = day(newspaper_english("ABC, 30/03/1939, p. 3."));
        assert_eq!(v, Some(("ABC".into(), 1939, Some(3), Some(30), None)));
        let v = day(newspaper_cjk("朝日新聞(東京版)、1929年7月10日付け。"));
        assert_eq!(v, Some(("朝日新聞".into(), 1929, Some(7), Some(10), Some("東京版".into()))));
        let v = day(newspaper_cjk("朝日新聞 1965年12月22日。"));
        assert_eq!(v.map(|x| x.3), Some(Some(22)));
        assert!(newspaper_cjk("朝日新聞の記事による。").is_none());
        assert!(newspaper_english("ABC, 13/13/1939.").is_none());
    }

    #[test]
    fn russian_newspapers_in_guillemets_and_after_slashes() {
        let day = |f: Option<(usize, Found)>| match f.map(|x| x.1) {
            Some(Found::Newspaper { title, date, .. }) => {
                date.start.map(|d| (title, d.year, d.month, d.day))
            }
            _ => None,
        };
        assert_eq!(
            day(newspaper_russian("«Правда» от 30 сентября 1928.")),
            Some(("Правда".into(), 1928, Some(9), Some(30)))
        );
        assert_eq!(
            day(newspaper_russian("«Известия» от 12 и 13 января 1928")),
            Some(("Известия".into(), 1928, Some(1), Some(12)))
        );
        assert_eq!(
            day(newspaper_russian("«Правда от 18 сентября 1928.")),
            Some(("Правда".into(), 1928, Some(9), Some(18)))
        );
        assert!(newspaper_russian("«Хозяйство» 1928. № 5. С. 3.").is_none());
        let (start, _, f) =
            newspaper_after_slashes("Ответ // Красная звезда. 1964. 28 июня.").unwrap();
        assert_eq!(start, 9);
        assert!(matches!(f, Found::Newspaper { title, .. } if title == "Красная звезда"));
        assert!(newspaper_after_slashes("Статья // Вопросы истории. 1990. № 5. С. 3.").is_none());
    }

    #[test]
    fn english_newspapers() {
        let t = |a: &str, b: Option<&str>, c: Option<&str>| {
            Some((a.to_string(), b.map(str::to_string), c.map(str::to_string)))
        };
        assert_eq!(
            read("Nippon Times (Tokyo), February 5, 1950, p. 1."),
            t("Nippon Times", Some("1"), Some("Tokyo"))
        );
        // A daily known by name, whose title has no newspaper word.
        assert_eq!(read("Rzeczpospolita, December 4, 2007."), t("Rzeczpospolita", None, None));
        assert_eq!(read("Le Monde, 5 May 1968, p. 3."), t("Le Monde", Some("3"), None));
        // A title no list holds, "The …", when the note is the issue alone.
        assert_eq!(read("The Argus, 13 August 1919, p. 10."), t("The Argus", Some("10"), None));
        assert_eq!(
            read("The Coburg Leader, 14 December 1895, p. 4."),
            t("The Coburg Leader", Some("4"), None)
        );
        assert_eq!(read("The Hague, 13 August 1919. He left the next day."), None);
        // Figures month first in English notes, a two-figure year of the 1900s.
        assert_eq!(other_date("3/2/2007.", true), Some((2007, 3, 2, 8)));
        assert_eq!(other_date("1/30/46;", true), Some((1946, 1, 30, 7)));
        assert_eq!(other_date("30/03/1939,", false), Some((1939, 3, 30, 10)));
        assert_eq!(other_date("01/04/1939,", false), Some((1939, 4, 1, 10)));
        assert_eq!(read("The Smith report, 13 August 1919, p. 4."), None);
        // A space left before the comma by an italic title; a link after the date.
        assert_eq!(
            read("Gazeta Wyborcza , December 6, 2006, available at http://wyborcza.pl/1.html."),
            t("Gazeta Wyborcza", None, None)
        );
        // Further days of the month; a Japanese full stop after the year.
        assert_eq!(read("N. Y. Times, Dec. 18, 19, 1929。"), t("N. Y. Times", None, None));
        assert_eq!(english_date("Apr. 9, 10, 1946, p. 3"), Some((1946, 4, 9, 16)));
        // The length runs to the year's own place, not to an earlier match of it.
        assert_eq!(english_date("May 19, 20, 1919."), Some((1919, 5, 19, 16)));
        // Inside a note, a daily known by name is looked for too.
        let inside = newspapers_english("Order reprinted in Rzeczpospolita , August 15, 1944.");
        assert_eq!(inside.len(), 1);
        assert_eq!(
            read(
                "“Prepare Paris to Oppose Siege,” Chicago Daily Tribune, September 4, 1914, p. 1."
            ),
            t("Chicago Daily Tribune", Some("1"), None)
        );
        assert_eq!(
            read("Henry Breckinridge, “Robert Bacon,” The New York Times, June 5, 1919, p. 12."),
            t("The New York Times", Some("12"), None)
        );
        assert_eq!(read("New York Times, 3 March 1950, 4."), t("New York Times", Some("4"), None));
        assert_eq!(
            read("“Odd War Bits,” The Day Book (Chicago, Ill.), August 12, 1914. http://x.org/1"),
            t("The Day Book", None, Some("Chicago, Ill."))
        );
        assert_eq!(
            read("Lowell (Massachusetts) Daily Citizen and News, June 21, 1870."),
            t("Lowell Daily Citizen and News", None, Some("Massachusetts"))
        );
        let many = newspapers_english("Bingham’s interest is discussed in Lowell (Massachusetts) Daily Citizen and News, June 21, 1870 and Boston Daily Advertiser, June 20, 1870.");
        assert_eq!(many.len(), 2);
        let one = newspapers_english("Fish to Jay, January 17, 1870, Letters Sent, Container 277, Fish Papers; New York Herald Tribune, December 12, 1869; Cincinnati Daily Inquirer, December 16, 1869.");
        assert_eq!(one.len(), 2);
        assert_eq!(
            read("'South Australia Bans Horse-Racing', The Times, 26 February 1942."),
            t("The Times", None, None)
        );
        assert_eq!(
            read("Robert Menzies, 'This is What Australians are Thinking', Daily Express, 7 April 1942."),
            t("Daily Express", None, None)
        );
        let de = |s: &str| -> Vec<String> {
            newspapers_german(s)
                .into_iter()
                .map(|(_, _, f)| match f {
                    Found::Newspaper { title, .. } => title,
                    _ => String::new(),
                })
                .collect()
        };
        assert_eq!(
            de("Siehe etwa Neues Wiener Tagblatt v. 8. 3. 1918."),
            ["Neues Wiener Tagblatt"]
        );
        assert_eq!(de("gestellt, Wiener Zeitung (M.) v. 13. 12. 1917. Ein"), ["Wiener Zeitung"]);
        assert_eq!(
            de("die Meldung in Deutsche Volks-Zeitung Nr. 38 v. 24. 9. 1869."),
            ["Deutsche Volks-Zeitung"]
        );
        assert!(de("Vortrag Bachs v. 4. 11. 1852, HHStA.").is_empty());
        let one =
            newspapers_english("Talks began. (The New York Times, May 12, 1977, p. 4) On June 5");
        assert_eq!(one.len(), 1);
        // A letter is not a newspaper.
        assert_eq!(read("Dennett to Hughes, March 3, 1925, NARA, RG 59, Box 3."), None);
        assert_eq!(read("Smith, March 3, 1925."), None);
    }
}
