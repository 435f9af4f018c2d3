//! Numbered reference lists (`refs`): GOST R 7.0.5 / 7.0.100 in Cyrillic, the
//! transliterated "References" of Russian journals, and English styles
//! (Chicago, APA, Vancouver). First version: segmentation, names, titles with
//! their bracketed translations, containers, imprint, dates, pages, volume and
//! issue, DOIs and URLs; measured on `gold-dev/numbered.txt` by
//! `tests/gold_refs.rs`.

use crate::diagnostics::{Diagnostic, LineIndex, Span};
use crate::error::Error;
use crate::model::{
    month_from_name, Date, DatePart, Entry, EntryType, Name, Source, Text, TextVariant, Value, Var,
    VariantKind,
};
use crate::options::{Parsed, ReadOptions};
use regex::Regex;
use std::sync::OnceLock;

/// One reference as printed: its number and text (lines joined).
#[derive(Debug, Clone)]
pub struct RawRef {
    /// The printed number.
    pub number: u32,
    /// The text, joined and cleaned.
    pub text: String,
    /// Where it is in the input.
    pub span: Span,
}

fn re(cell: &'static OnceLock<Regex>, pat: &str) -> &'static Regex {
    cell.get_or_init(|| {
        Regex::new(pat).unwrap_or_else(|e| {
            // A pattern of ours that does not compile is a bug: loud in tests,
            // in release builds a pattern that never matches.
            debug_assert!(false, "bad pattern {pat}: {e}");
            Regex::new("$^").unwrap_or_else(|_| unreachable!("`$^` is a valid pattern"))
        })
    })
}

/// [`re`] with a pattern built only the first time.
fn re_lazy(cell: &'static OnceLock<Regex>, pat: impl FnOnce() -> String) -> &'static Regex {
    if let Some(r) = cell.get() {
        return r;
    }
    re(cell, &pat())
}

macro_rules! rx {
    ($name:ident, $pat:expr) => {
        fn $name() -> &'static Regex {
            static CELL: OnceLock<Regex> = OnceLock::new();
            re(&CELL, $pat)
        }
    };
}

rx!(marker, r"^\s*(?:\[(\d{1,4})\]|(\d{1,4})[.)])\s+");
rx!(doi_re, r"(?i)(?:doi:\s*|https?://(?:dx\.)?doi\.org/|DOI:\s*)(10\.\d{4,9}/[^\s]+?)\.?(?:\s|$)");
rx!(url_re, r"(?:URL:\s*)?(https?://\S+?)[.,]?(?:\s|$)");
rx!(accessed_re, r"\((?:дата обращения|accessed|Accessed):?\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\)\.?");
rx!(year_re, r"\b(1[5-9]\d\d|20\d\d)\b");
rx!(pages_ru, r"(?:^|\s)[СC]\.\s*(\d+(?:[–—-]\d+)?)");
rx!(pages_en, r"\bpp?\.\s*(\d+[–-]\d+)");
rx!(total_pages, r"(\d+)\s*(?:с\.|p\.|pp\.|р\.)(?:\s|$|\()");
rx!(volume_ru, r"(?:^|\s)Т\.\s*(\d+)");
rx!(issue_ru, r"№\s*(\d+(?:[–-]\d+)?)");
rx!(volume_en, r"\bvol\.\s*(\d+)");
rx!(issue_en, r"\bno\.\s*(\d+)");
rx!(vancouver_tail, r"(\d{4})(?:\s+\w+){0,2};\s*(\d+)(?:\((\d+)\))?:\s*(\d+(?:[–-]\d+)?)");
rx!(apa_year, r"^(.*?)\s*\((\d{4}|n\.d\.)[a-z]?(?:,[^)]{1,20})?\)[.:,]?\s+(.*)$");
rx!(harvard_year, r"^(.*?),?\s+(\d{4})[a-z]?\.\s+(.*)$");
rx!(edition_ru, r"(\d+)-е изд");
rx!(place_pub, r"^\s*([^:;]{1,60}?(?:;\s*[^:;]{1,40}?)?)\s*:\s*(.+?)[,;]\s*(\d{4})");
rx!(imprint_start, r"^[\p{Lu}][\p{L}\-]*\.?(?:;\s*[\p{Lu}][\p{L}\-]*\.?)?\s?:\s[^.]*?[,;]\s*\d{4}");
rx!(year_range_in_title, r"^\d{4}[–-]\d{4}(?:\s?:|\s\[|\s/)");
// One name of an initials-first list: "J. P. Ibbetson", "AM Trinkoff", "D. H. van Hessem".
rx!(
    initials_then_family,
    r"((?:\p{Lu}\.[\s\-]?){1,3}|\p{Lu}{1,2}\s)((?:(?:van|von|de|der|den|la|le|da|di|du)\s)*[\p{Lu}][\p{L}'’\-]+)"
);
rx!(initials_first, r"((?:\p{Lu}\.\s?){1,3})([\p{Lu}][\p{L}\-]+)");
rx!(translator_ru, r"пер\. с [а-я]+\.?\s+((?:\p{Lu}\.\s?){1,3})([\p{Lu}][\p{L}\-]+)");
rx!(issue_vyp, r"(?:^|\s)Вып\.\s*(\d+)");
rx!(book_part, r"(?:^|\s)Кн\.\s*(\d+)");
rx!(place_only, r"(?:^|\. )([\p{Lu}][\p{L}\-]+), (\d{4})\.");
rx!(
    translit_journal,
    r"^(.+?), (\d{4}), (?:vol\. (\d+), )?no\. (\d+)(?:, pp\. (\d+(?:[–-]\d+)?))?"
);
rx!(
    chicago_journal,
    r"^(?:Translated by [^.]+\.\s+)?(.+?) (\d+), no\. (\d+) \((\d{4})\)(?::\s*(\d+(?:[–-]\d+)?))?"
);
rx!(chicago_journal_bare, r"^(.+?) (\d+) \((\d{4})\):\s*(\d+(?:[–-]\d+)?)");
rx!(chicago_newspaper, r"^(.+?), (\p{L}+) (\d{1,2}), (\d{4})\.?$");
rx!(ru_day_month, r"(?:^|\.\s(?:–\s)?)(\d{4})\.\s(?:–\s)?(\d{1,2})\s(\p{L}+)\.?");

/// Splits a list into references: "1. ", "\[2\] ", "3) " markers; wrapped lines
/// joined, hyphens at line ends rejoined; heading lines skipped.
pub fn segment(src: &str) -> Vec<RawRef> {
    segment_with_skipped(src).0
}

/// [`segment`], and the spans of lines that are neither headings nor part of
/// a reference (text before the first number).
fn segment_with_skipped(src: &str) -> (Vec<RawRef>, Vec<Span>) {
    let mut out: Vec<RawRef> = Vec::new();
    let mut skipped = Vec::new();
    let mut off = 0;
    let mut open = false;
    for line in src.split_inclusive('\n') {
        let start = off;
        off += line.len();
        let t = line.trim_end_matches(['\n', '\r']);
        if t.trim().is_empty() {
            continue;
        }
        if let Some(m) = marker().captures(t) {
            let n: u32 = m.get(1).or(m.get(2)).and_then(|x| x.as_str().parse().ok()).unwrap_or(0);
            let text = t[m.get(0).map_or(0, |x| x.end())..].to_string();
            out.push(RawRef { number: n, text, span: Span::new(start, start + t.len()) });
            open = true;
            continue;
        }
        // A line with no marker: a heading (short, no period at the end) or a continuation.
        let looks_heading =
            t.trim().chars().count() < 40 && !t.trim_end().ends_with(['.', ',']) && !open;
        if looks_heading
            || (t.trim().chars().count() < 40
                && out.last().is_some_and(|r| r.text.trim_end().ends_with('.'))
                && !t.trim_start().starts_with(char::is_lowercase)
                && !t.contains('.'))
        {
            open = false;
            // A heading between lists is expected; any other line taken for
            // one is reported, not dropped silently.
            if !out.is_empty() && !is_heading(t) {
                skipped.push(Span::new(start, start + t.len()));
            }
            continue;
        }
        let Some(r) = out.last_mut() else {
            skipped.push(Span::new(start, start + t.len()));
            continue;
        };
        {
            let p = t.trim();
            if r.text.ends_with('-') && p.starts_with(char::is_lowercase) && !r.text.ends_with(" -")
            {
                r.text.pop();
                r.text.push_str(p);
            } else {
                r.text.push(' ');
                r.text.push_str(p);
            }
            r.span.end = start + t.len();
        }
    }
    for r in &mut out {
        r.text = clean(&r.text);
    }
    (out, skipped)
}

/// A printed "et al." / "[и др.]" ends the name list with the literal
/// `others`, as BibTeX's "and others" does (the .bib reader's convention).
fn et_al(names: &mut Vec<Name>, matched: &str) {
    if ["et al", "и др."].iter().any(|m| matched.contains(m)) {
        names.push(Name::literal("others"));
    }
}

/// A list heading: "References", "Список литературы", "Bibliography", ...
fn is_heading(line: &str) -> bool {
    let l = line.trim().trim_end_matches(':').to_lowercase();
    [
        "references",
        "bibliography",
        "literature",
        "sources",
        "works cited",
        "notes",
        "литература",
        "список литературы",
        "источники",
        "список источников",
        "примечания",
        "источники и литература",
        "библиография",
    ]
    .iter()
    .any(|h| l == *h || l.starts_with(&format!("{h} ")))
}

/// White space collapsed; a letter of the other script inside a word replaced
/// by the one it looks like ("Rоutledge", "538 р.").
fn clean(s: &str) -> String {
    let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    s.split(' ')
        .map(|w| {
            let lat = w.chars().filter(|c| c.is_ascii_alphabetic()).count();
            let cyr = w.chars().filter(|c| matches!(c, 'А'..='я' | 'ё' | 'Ё')).count();
            if lat > 0 && cyr > 0 && lat >= cyr {
                w.chars().map(|c| cyr_to_lat(c).unwrap_or(c)).collect()
            } else if lat > 0 && cyr > lat {
                w.chars().map(|c| lat_to_cyr(c).unwrap_or(c)).collect()
            } else if w == "р." {
                "p.".to_string()
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn cyr_to_lat(c: char) -> Option<char> {
    Some(match c {
        'а' => 'a',
        'е' => 'e',
        'о' => 'o',
        'р' => 'p',
        'с' => 'c',
        'у' => 'y',
        'х' => 'x',
        'А' => 'A',
        'В' => 'B',
        'Е' => 'E',
        'К' => 'K',
        'М' => 'M',
        'Н' => 'H',
        'О' => 'O',
        'Р' => 'P',
        'С' => 'C',
        'Т' => 'T',
        'Х' => 'X',
        _ => return None,
    })
}

fn lat_to_cyr(c: char) -> Option<char> {
    Some(match c {
        'a' => 'а',
        'e' => 'е',
        'o' => 'о',
        'p' => 'р',
        'c' => 'с',
        'y' => 'у',
        'x' => 'х',
        'A' => 'А',
        'B' => 'В',
        'E' => 'Е',
        'K' => 'К',
        'M' => 'М',
        'H' => 'Н',
        'O' => 'О',
        'P' => 'Р',
        'C' => 'С',
        'T' => 'Т',
        'X' => 'Х',
        _ => return None,
    })
}

fn is_cyrillic(s: &str) -> bool {
    let cyr = s.chars().filter(|c| matches!(c, 'А'..='я' | 'ё' | 'Ё')).count();
    let lat = s.chars().filter(|c| c.is_ascii_alphabetic()).count();
    cyr > lat
}

/// Initials as printed, spaces removed: "М. Ю." -> "М.Ю.".
fn initials(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join("")
}

/// A name token "Family I.I." / "Family, I. I." / "Nie JB" / "Harris, Sheldon H.".
fn family_initials(s: &str) -> Option<Name> {
    static R: OnceLock<Regex> = OnceLock::new();
    let r = re(
        &R,
        r"^([\p{Lu}][\p{L}'’\-]+(?:\s[\p{Lu}][\p{L}'’\-]+)?),?\s+((?:\p{Lu}\p{Ll}{0,2}\.[\s-]?){1,3})$",
    );
    if let Some(c) = r.captures(s.trim()) {
        return Some(Name::person(c[1].to_string(), initials(&c[2])));
    }
    // Vancouver: "Nie JB", "Harris S".
    static V: OnceLock<Regex> = OnceLock::new();
    let v = re(&V, r"^([\p{Lu}][\p{L}'’\-]+)\s+(\p{Lu}{1,3})$");
    v.captures(s.trim()).map(|c| Name::person(c[1].to_string(), c[2].to_string()))
}

/// The leading author list of a GOST/translit/Vancouver entry, and the rest.
fn leading_names(t: &str) -> (Vec<Name>, &str, bool) {
    // "Nie JB, Guo N, Selden M, Kleinman A, editors. Title" (not Cyrillic:
    // "Моримура С. Title" is GOST with one initial).
    static VAN: OnceLock<Regex> = OnceLock::new();
    let van = re(
        &VAN,
        r"^((?:[\p{Lu}][\p{L}'’\-]+ \p{Lu}{1,3}(?:, )?)+)(?:,?\s*et al\.?)?(?:, (editors?|eds?\.))?[.:]\s+",
    );
    if let Some(c) = van.captures(t).filter(|_| !is_cyrillic(t)) {
        let mut names: Vec<Name> = c[1].split(", ").filter_map(family_initials).collect();
        if !names.is_empty() {
            et_al(&mut names, &c[0]);
            return (names, &t[c.get(0).map_or(0, |m| m.end())..], c.get(2).is_some());
        }
    }
    // ACS: "Dehaas, D. L.; Smalley, R. E., Title".
    static ACS: OnceLock<Regex> = OnceLock::new();
    let acs = re(
        &ACS,
        r"^((?:[\p{Lu}][\p{L}'’\-]+(?: [\p{Lu}][\p{L}'’\-]+)?(?:,? Jr\.)?, (?:\p{Lu}\.\s?-?){1,3}; )+(?:and )?[\p{Lu}][\p{L}'’\-]+(?: [\p{Lu}][\p{L}'’\-]+)?(?:,? Jr\.)?, (?:\p{Lu}\.\s?-?){1,3})[,.]\s+",
    );
    if let Some(c) = acs.captures(t).filter(|_| !is_cyrillic(t)) {
        let names: Vec<Name> = c[1]
            .split("; ")
            .filter_map(|n| {
                let (f, g) = n.trim_start_matches("and ").split_once(", ")?;
                Some(Name::person(f.trim_end_matches(", Jr.").to_string(), initials(g)))
            })
            .collect();
        if !names.is_empty() {
            return (names, &t[c.get(0).map_or(0, |m| m.end())..], false);
        }
    }
    // Initials first: "J. P. Ibbetson, P. T. Fini, and U. K. Mishra, Title" /
    // "M. J. Wolfe and U. Banerjee. Title" / "AM Trinkoff, JA Lipscomb: Title".
    static FIRST: OnceLock<Regex> = OnceLock::new();
    let first = re(
        &FIRST,
        r"^((?:(?:\p{Lu}\.[\s\-]?){1,3}|\p{Lu}{1,2}\s)(?:(?:van|von|de|der|den|la|le|da|di|du)\s)*[\p{Lu}][\p{L}'’\-]+(?:(?:,\s(?:and\s|&\s)?|\s(?:and|&)\s)(?:(?:\p{Lu}\.[\s\-]?){1,3}|\p{Lu}{1,2}\s)(?:(?:van|von|de|der|den|la|le|da|di|du)\s)*[\p{Lu}][\p{L}'’\-]+)*)(?:,?\s*et al\.?)?[,.:]\s+",
    );
    if !is_cyrillic(t) {
        if let Some(c) = first.captures(t) {
            let mut names: Vec<Name> = initials_then_family()
                .captures_iter(&c[1])
                .map(|n| Name::person(n[2].to_string(), n[1].trim().to_string()))
                .collect();
            if !names.is_empty() {
                et_al(&mut names, &c[0]);
                return (names, &t[c.get(0).map_or(0, |m| m.end())..], false);
            }
        }
    }
    // "Смирнов Л.Н., Зайцев Е.Б. Title", "Катасонова, Е. Л. Title", "Raginskii M.Iu. Title"
    static GOST: OnceLock<Regex> = OnceLock::new();
    let gost = re(
        &GOST,
        r"^((?:(?:&\s+|and\s+)?[\p{Lu}][\p{L}'’\-]+,?\s+(?:\p{Lu}\p{Ll}{0,2}\.[\s\-]?){1,3}(?:,\s+|\s+(?:&|and)\s+)?)+)",
    );
    // "Телеграмма И.В. Сталина Мао Цзэдуну": a document's title, not an author.
    const DOCUMENT_NOUNS: &[&str] = &[
        "Телеграмма",
        "Письмо",
        "Записка",
        "Постановление",
        "Приказ",
        "Доклад",
        "Справка",
        "Указ",
        "Протокол",
        "Речь",
        "Выступление",
        "Беседа",
        "Запись",
        "Заявление",
        "Обращение",
        "Директива",
        "Донесение",
        "Шифротелеграмма",
        "Докладная",
        "Меморандум",
    ];
    let first_word = t.split([' ', ',']).next().unwrap_or("");
    if let Some(c) = gost.captures(t).filter(|_| !DOCUMENT_NOUNS.contains(&first_word)) {
        let list = c[1].trim().trim_end_matches(',');
        static ONE: OnceLock<Regex> = OnceLock::new();
        let one = re(&ONE, r"[\p{Lu}][\p{L}'’\-]+,?\s+(?:\p{Lu}\p{Ll}{0,2}\.\s?){1,3}");
        let names: Vec<Name> =
            one.find_iter(list).filter_map(|m| family_initials(m.as_str().trim())).collect();
        if !names.is_empty() {
            return (names, t[c.get(0).map_or(0, |m| m.end())..].trim_start(), false);
        }
    }
    (Vec::new(), t, false)
}

/// One name of an English author list, as printed.
#[derive(Clone, Copy, PartialEq)]
enum NameForm {
    /// "Bergk, V." / "Haefeli, W. E."
    FamilyInitials,
    /// "Brown, Jeannine K." / "Hallier, Amédée"
    FamilyGiven,
    /// "I. Stavness" / "A. J. van Doorn"
    InitialsFamily,
    /// "Konrad Rieck" / "Ryan J. Tibshirani"
    GivenFamily,
}

const PARTICLES: &str = r"(?:(?:[vV]an|[vV]on|[dD]e|[dD]er|[dD]en|[dD]el|[dD]ella|[lL]a|[lL]e|[dD]a|[dD]i|[dD]u|[dD]os|[dD]as|St\.)\s)*";

fn name_at(s: &str, form: NameForm) -> Option<(Name, usize)> {
    static R: [OnceLock<Regex>; 4] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new()];
    // Every form begins with a capital letter.
    if !s.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let pattern = || {
        let fam = format!(r"{PARTICLES}[\p{{Lu}}][\p{{L}}'’]+(?:[\-‐]\s?[\p{{Lu}}]?[\p{{L}}'’]+)*");
        let inits = r"\p{Lu}\.?(?:[\s\-‐]?\p{Lu}\.?){0,3}";
        let given = r"[\p{Lu}][\p{Ll}'’]+(?:[\-‐][\p{L}][\p{Ll}'’]+)?";
        match form {
            NameForm::FamilyInitials => {
                format!(r"^(?P<n>({fam}),\s?({inits})(?:,?\s(?:Jr|Sr)\.)?)(?:$|[\s,.;:()])")
            }
            NameForm::FamilyGiven => format!(
                r"^(?P<n>({fam}),\s((?:{given}|\p{{Lu}}\.)(?:\s(?:{given}|\p{{Lu}}\.?)){{0,2}})(?:,?\s(?:Jr|Sr)\.)?)(?:$|[\s,.;:()])"
            ),
            NameForm::InitialsFamily => {
                format!(r"^(?P<n>({inits})\s({fam}))(?:$|[\s,.;:()])")
            }
            NameForm::GivenFamily => format!(
                r"^(?P<n>((?:{given})(?:\s(?:{given}|\p{{Lu}}\.?)){{0,2}})\s({fam}))(?:$|[\s,.;:()])"
            ),
        }
    };
    let i = form as usize;
    let c = re_lazy(&R[i], pattern).captures(s)?;
    let end = c.name("n")?.end();
    let (family, given) = match form {
        NameForm::FamilyInitials | NameForm::FamilyGiven => {
            (c[2].to_string(), c[3].trim().to_string())
        }
        _ => (c[3].to_string(), c[2].trim().to_string()),
    };
    let mut name = Name::person(family.clone(), given);
    if let Some((p, f)) = family.rsplit_once(' ') {
        if p.chars().next().is_some_and(char::is_lowercase) {
            name.family = Some(f.to_string());
            name.particle = Some(p.to_string());
        }
    }
    Some((name, end))
}

/// English author lists in their many forms: "Bergk, V., Haefeli, W. E. &
/// Martin, M.", "Derrick, D., I. Stavness and B. Gick.", "Brown, Charles S., and
/// Ted Toadvine, eds.", "Konrad Rieck and Pavel Laskov.", "Bates, Elizabeth;
/// Camaioni, Luigia; & Volterra, Virginia. 1975.". Returns the names, where the
/// rest begins and whether they are editors.
fn english_names(t: &str) -> Option<(Vec<Name>, usize, bool)> {
    use NameForm::*;
    static YEAR_NEXT: OnceLock<Regex> = OnceLock::new();
    let year_next = re(&YEAR_NEXT, r"^[,.]?\s\(?(?:1[5-9]\d\d|20\d\d)[a-z]?\b");
    static EDS: OnceLock<Regex> = OnceLock::new();
    let eds =
        re(&EDS, r"^(?:,?\s\((?i:eds?|editors?)\.?\)|,\s(?i:eds?|editors?)\.?)(?:[,.:]?\s|$)");
    static ETAL: OnceLock<Regex> = OnceLock::new();
    let etal = re(&ETAL, r"^,?\s(?:et al\.?|and others)(?:[,.:]?\s|$)");
    static SEP: OnceLock<Regex> = OnceLock::new();
    let sep = re(&SEP, r"^(?:,\s(?:and\s|&\s)?|;\s(?:and\s|&\s)?|\s(?:and|&)\s)");
    let first_forms = [FamilyInitials, FamilyGiven, InitialsFamily, GivenFamily];
    let (first_name, mut i, style) =
        first_forms.iter().find_map(|&f| name_at(t, f).map(|(n, e)| (n, e, f)))?;
    let mut names = vec![first_name];
    let mut has_and = false;
    let mut full_names = 0;
    let mut last_full = false;
    // The end of the list: (offset of the rest, editors, et al.)
    let mut end: Option<(usize, bool)> = None;
    let mut last_comma_end: Option<usize> = None;
    let mut by_year = false;
    // Where the last name began when a bare ", " came before it.
    let mut pushed_after_comma: Option<usize> = None;
    loop {
        let r = &t[i..];
        if let Some(m) = eds.find(r) {
            end = Some((i + m.end(), true));
            break;
        }
        if let Some(m) = etal.find(r) {
            names.push(Name::literal("others"));
            end = Some((i + m.end(), false));
            break;
        }
        if year_next.is_match(r) {
            by_year = true;
            end = Some((i + r.len() - r.trim_start_matches([',', '.']).len(), false));
            break;
        }
        if let Some(m) = sep.find(r) {
            let after = i + m.end();
            let nxt = &t[after..];
            let forms: &[NameForm] = match style {
                FamilyInitials => &[FamilyInitials, InitialsFamily],
                FamilyGiven => &[FamilyGiven, FamilyInitials, InitialsFamily, GivenFamily],
                _ => &[InitialsFamily, GivenFamily],
            };
            if let Some((n, e, f)) =
                forms.iter().find_map(|&f| name_at(nxt, f).map(|(n, e)| (n, e, f)))
            {
                if m.as_str().contains(['&']) || m.as_str().contains("and") {
                    has_and = true;
                }
                if f == GivenFamily && style == FamilyGiven {
                    full_names += 1;
                }
                last_full = f == GivenFamily && style == FamilyGiven;
                names.push(n);
                pushed_after_comma = (m.as_str() == ", ").then_some(after);
                i = after + e;
                continue;
            }
            if m.as_str() == ", " {
                last_comma_end = Some(after);
            }
            break;
        }
        if r.starts_with(". ") || r == "." || r.starts_with(": ") {
            end = Some((i + 2.min(r.len()), false));
            break;
        }
        if t[..i].ends_with('.') && (r.starts_with(' ') || r.is_empty()) {
            end = Some((i + 1.min(r.len()), false));
            break;
        }
        if [" “", " \"", " ‘", ", “", ", \"", ", ‘", ", «", " «"].iter().any(|q| r.starts_with(q))
        {
            end = Some((i + r.find(' ').map_or(0, |k| k + 1), false));
            break;
        }
        // The last "name" runs on into words ("Hallier, Amédée, The Monastic
        // Theology of ..."): it was the title; the comma before it ends the list.
        if let Some(at) = pushed_after_comma.filter(|_| names.len() > 1) {
            names.pop();
            full_names -= usize::from(last_full);
            last_comma_end = Some(at);
        }
        break;
    }
    let (rest, editors) = match end {
        Some(x) => x,
        // "Feferman, S., Title": a comma ends a list whose next item is no name.
        None => (last_comma_end?, false),
    };
    if full_names > 0 && !has_and && !by_year {
        return None;
    }
    // A single "Given Family" must be followed by a sentence break, not a comma.
    if style == GivenFamily && names.len() == 1 && end.is_none() {
        return None;
    }
    Some((names, rest.min(t.len()), editors))
}

/// Parses one reference into an entry.
pub fn parse(raw: &str) -> Entry {
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
            e.set(Var::Language, lang);
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
            e.set(Var::Language, lang);
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
    e.set(Var::Language, lang);
    e
}

/// A title as printed, without its closing period (kept after "г." / "гг.")
/// and without a GOST thesis designation (": автореф. дис.").
fn clean_title(title: &str) -> String {
    let t = title.trim().replace(" : ", ": ");
    let t = t.strip_suffix(": автореф").unwrap_or(&t);
    let last = t.trim_end_matches('.').rsplit(' ').next().unwrap_or("");
    if t.ends_with('.') && matches!(last, "г" | "гг" | "в" | "вв") {
        return t.to_string();
    }
    t.trim_end_matches('.').to_string()
}

/// The title: up to " // ", " / ", " [", or the first ". " not after an initial.
fn split_title(s: &str) -> (String, String) {
    let mut cut = s.len();
    let mut after = s.len();
    for sep in [" // ", " / ", " [", ". – ", ". In: ", ". In "] {
        if let Some(i) = s.find(sep) {
            if i < cut {
                cut = i;
                // The tail keeps "[" (a translation) and "// " (a host).
                after = match sep {
                    " [" | " // " => i + 1,
                    _ => i + sep.len(),
                };
                if sep.starts_with(". In") {
                    after = i + 2;
                }
            }
        }
    }
    // ". " ends the title, unless it follows a one-letter initial or an abbreviation.
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(p) = s[i..].find(". ") {
        let at = i + p;
        let word = s[..at].rsplit(' ').next().unwrap_or("");
        let next = &s[at + 2..];
        // "U.S. responses", "1945–1953 гг. Историческая", "СССР. 1939–1956 : документы"
        // continue the title; ". М.: Воениздат" starts the imprint.
        let imprint_next = imprint_start().is_match(next);
        let short = !imprint_next
            && (word.chars().count() <= 2
                || word.contains('.') && word.chars().all(|c| c.is_alphabetic() || c == '.')
                || matches!(word, "гг" | "вв" | "ed" | "Vol" | "vol" | "no" | "No" | "т" | "Т")
                || year_range_in_title().is_match(next));
        if !short && at < cut {
            // "1941–1945 гг. М.: ...": the abbreviation keeps its period.
            cut = if matches!(word, "г" | "гг" | "в" | "вв") { at + 1 } else { at };
            after = at + 2;
            break;
        }
        i = at + 2;
        if i >= b.len() {
            break;
        }
    }
    (s[..cut].trim().to_string(), s[after.min(s.len())..].trim().to_string())
}

/// Everything after the title: container, editors, imprint, date, pages.
fn tail(e: &mut Entry, s: &str, cyr: bool) {
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

/// Journal and newspaper tails that end the entry: translit "Nauchnyi dialog,
/// 2017, no. 4, pp. 198–218", Chicago "Journal 3, no. 11 (2005): 1-2",
/// Chicago newspaper "New York Times, March 17, 1995".
fn journal_tail(e: &mut Entry, s: &str) -> bool {
    let s = s.trim().trim_end_matches('.');
    let set_year = |e: &mut Entry, y: &str| {
        if let Ok(y) = y.parse() {
            e.set(Var::Issued, Date::on(DatePart::year(y)));
        }
    };
    if let Some(c) =
        translit_journal().is_match(s).then(|| translit_journal().captures(s)).flatten()
    {
        let (name, tr) = match c[1].split_once(" [") {
            Some((n, t)) => (n, Some(t.trim_end_matches(']'))),
            None => (&c[1], None),
        };
        let mut container = Text::plain(name.trim().to_string());
        if let Some(t) = tr {
            container.variants.push(TextVariant {
                kind: VariantKind::Translation,
                lang: Some("en".into()),
                value: t.to_string(),
            });
        }
        e.kind = EntryType::ArticleJournal;
        e.set(Var::ContainerTitle, container);
        set_year(e, &c[2]);
        if let Some(v) = c.get(3) {
            e.set(Var::Volume, v.as_str().to_string());
        }
        e.set(Var::Issue, c[4].to_string());
        if let Some(p) = c.get(5) {
            e.set(Var::Page, full_range(p.as_str()));
        }
        return true;
    }
    if let Some(c) = chicago_journal().is_match(s).then(|| chicago_journal().captures(s)).flatten()
    {
        e.kind = EntryType::ArticleJournal;
        e.set(Var::ContainerTitle, c[1].to_string());
        e.set(Var::Volume, c[2].to_string());
        if let Some(i) = c.get(3) {
            e.set(Var::Issue, i.as_str().to_string());
        }
        set_year(e, &c[4]);
        if let Some(p) = c.get(5) {
            e.set(Var::Page, full_range(p.as_str()));
        }
        return true;
    }
    // "Critique 31 (1990): 71-84."
    if let Some(c) =
        chicago_journal_bare().is_match(s).then(|| chicago_journal_bare().captures(s)).flatten()
    {
        e.kind = EntryType::ArticleJournal;
        e.set(Var::ContainerTitle, c[1].to_string());
        e.set(Var::Volume, c[2].to_string());
        set_year(e, &c[3]);
        e.set(Var::Page, full_range(&c[4]));
        return true;
    }
    if let Some(c) =
        chicago_newspaper().is_match(s).then(|| chicago_newspaper().captures(s)).flatten()
    {
        if let (Some(m), Ok(d), Ok(y)) = (month_from_name(&c[2]), c[3].parse(), c[4].parse()) {
            e.kind = EntryType::ArticleNewspaper;
            e.set(Var::ContainerTitle, c[1].to_string());
            e.set(Var::Issued, Date::on(DatePart::ymd(y, m, d)));
            return true;
        }
    }
    generic_journal(e, s)
}

/// The usual English journal tails: "Journal, 29 (1), 17–28", "Journal 29(1):
/// 17-28", "Biological Psychiatry, 66: 942-949", "J. Cell Biol. 179, 321–330",
/// "Acta Informatica, vol. 7, no. 3, pp. 305-317". Sets container, volume,
/// issue and pages; the year may follow ("(2002)", ", 2002").
fn generic_journal(e: &mut Entry, s: &str) -> bool {
    static R: OnceLock<Regex> = OnceLock::new();
    let r = re(
        &R,
        r"^(?P<c>[^\d()\[\]]{2}[^\d()\[\]]*?),?\s+(?:[Vv]ol\.\s*)?(?P<v>\d{1,4}),?\s*(?:\((?P<i>[\w]{1,6}(?:[–/-]\w{1,6})?)\)|,\s*[Nn]o\.\s*(?P<i2>\d{1,4}))?\s*(?:[,:]\s*(?:pp?\.\s*)?(?P<p>[A-Za-z]?\d{1,6}(?:\s?[–-]\s?[A-Za-z]?\d{1,6})?)|\.\s+(?P<p2>\d{1,6}\s?[–-]\s?\d{1,6}))(?-u:\b)(?P<rest>.*)$",
    );
    // Chemistry and physics put the year first: "Nano Lett. 2010, 10, 1082",
    // "Spectroscopy Europe, 2014, 26, 14-19".
    static Y: OnceLock<Regex> = OnceLock::new();
    let year_first = re(
        &Y,
        r"^(?P<c>[^\d()\[\]]{2}[^\d()\[\]]*?),?\s+(?P<y>1[6-9]\d\d|20\d\d),\s*(?:[Vv]ol\.\s*)?(?P<v>\d{1,4}),?\s*(?:\((?P<i>\w{1,6}(?:[–/-]\w{1,6})?)\))?,\s*(?:pp?\.\s*)?(?P<p>[A-Za-z]?\d{1,6}(?:\s?[–-]\s?[A-Za-z]?\d{1,6})?)(?-u:\b)(?P<rest>.*)$",
    );
    // `is_match` first: the lazy DFA is much faster than capturing.
    let caps = |r: &Regex| r.is_match(s).then(|| r.captures(s)).flatten();
    let Some(c) = caps(year_first).or_else(|| caps(r)) else { return false };
    let container = c["c"].trim().trim_end_matches([',', '.']).trim();
    if container.chars().count() > 120 {
        return false;
    }
    let container = container.strip_prefix("in ").unwrap_or(container).trim();
    // Not a place and publisher ("London: Routledge, 2004") nor an imprint.
    let last_word = container.rsplit(' ').next().unwrap_or("");
    if container.is_empty()
        || container.contains(": ")
        || container.starts_with("In ")
        || month_from_name(last_word).is_some()
        || year_re().is_match(&c["v"])
    {
        return false;
    }
    e.kind = EntryType::ArticleJournal;
    e.set(Var::ContainerTitle, clean_container(container).to_string());
    e.set(Var::Volume, c["v"].to_string());
    if let Some(i) = c.name("i").or(c.name("i2")) {
        e.set(Var::Issue, i.as_str().to_string());
    }
    if let Some(p) = c.name("p").or(c.name("p2")) {
        e.set(Var::Page, full_range(&p.as_str().replace(' ', "")));
    }
    if let Some(y) = c.name("y").and_then(|y| y.as_str().parse().ok()) {
        e.set(Var::Issued, Date::on(DatePart::year(y)));
    } else if e.get(Var::Issued).is_none() {
        if let Some(y) = year_re().captures(&c["rest"]).and_then(|y| y[1].parse().ok()) {
            e.set(Var::Issued, Date::on(DatePart::year(y)));
        }
    }
    true
}

/// A bracketed English translation at the start of `after` ("[Stalin and the
/// Cold War]. Moscow: ...") becomes a variant of `text`; returns what follows.
fn take_translation(text: &mut Text, after: &str) -> String {
    if let Some((inner, rest)) = after.strip_prefix('[').and_then(|t| t.split_once(']')) {
        text.variants.push(TextVariant {
            kind: VariantKind::Translation,
            lang: Some("en".into()),
            value: inner.trim().to_string(),
        });
        return rest.trim_start_matches(['.', ' ']).to_string();
    }
    after.to_string()
}

/// A Chicago "edited by" name: "Morten Bergsmo", or family first in capitals
/// ("CHEAH Wui Ling").
fn given_family(s: &str) -> Option<Name> {
    let s = s.trim().trim_start_matches("and ").trim();
    let (first, others) = s.split_once(' ')?;
    if first.chars().count() > 1 && first.chars().all(|c| c.is_uppercase()) {
        return Some(Name::person(first.to_string(), others.to_string()));
    }
    let (given, family) = s.rsplit_once(' ')?;
    Some(Name::person(family.to_string(), given.to_string()))
}

/// An English host after the title: "In: Chubar'yan A.O. (ed.) Title [Tr]. ...",
/// "In: Emanuel EJ, Grady C, editors. Title. ...", "In Title, edited by A B,
/// and C D. ...". Sets the editors and container; returns the rest.
fn english_host(e: &mut Entry, s: &str) -> Option<String> {
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

/// A container without the volume or issue marker printed after it
/// ("Meteoritics, v.", "Burlington magazine, No.").
fn clean_container(c: &str) -> &str {
    static R: OnceLock<Regex> = OnceLock::new();
    let r =
        re(&R, r"(?:,?\s(?:[Vv]|[Vv]ol|[Vv]olume|[Nn]o|[Nn]|[Nn]r|Bd)\.?|,\s(?:1[5-9]|20)\d\d)$");
    match r.find(c) {
        Some(m) if m.start() > 1 => c[..m.start()].trim_end_matches([',', ' ']),
        _ => c,
    }
}

/// GOST 7.0.100 puts only the first author in the heading and all of them
/// after " / ": "Ратманов, П. Э. Title / П. Э. Ратманов, В. Ю. Башкуев."
fn responsibility_authors(e: &mut Entry, s: &str) {
    static R: OnceLock<Regex> = OnceLock::new();
    let r = re(&R, r"^((?:(?:\p{Lu}\.\s?){1,3}[\p{Lu}][\p{L}\-]+(?:,\s)?)+)(?:\s//|\.|$|\s\[)");
    let Some(c) = r.captures(s) else { return };
    let listed: Vec<Name> = initials_first()
        .captures_iter(&c[1])
        .map(|n| Name::person(n[2].to_string(), initials(&n[1])))
        .collect();
    let heading = match e.get(Var::Author) {
        Some(Value::Names(n)) => n.clone(),
        _ => return,
    };
    if listed.len() > heading.len()
        && heading.first().is_some_and(|h| listed.first().is_some_and(|l| l.family == h.family))
    {
        e.set(Var::Author, listed);
    }
}

/// Editors in a GOST tail: "/ отв. ред. Н.И. Егорова, А.О. Чубарьян.", "/ под
/// редакцией М. М. Загорулько.".
fn gost_editors(s: &str) -> Vec<Name> {
    static R: OnceLock<Regex> = OnceLock::new();
    let r = re(
        &R,
        r"(?:отв\. ред\.|под ред\.|под редакцией|ред\.)\s*((?:(?:\p{Lu}\.\s?){1,3}[\p{Lu}][\p{L}\-]+(?:,\s*)?)+)",
    );
    r.captures(s)
        .map(|c| {
            initials_first()
                .captures_iter(&c[1])
                .map(|n| Name::person(n[2].to_string(), initials(&n[1])))
                .collect()
        })
        .unwrap_or_default()
}

/// "21–152" -> "21-152", "40-9" -> "40-49".
fn full_range(s: &str) -> String {
    let s = s.replace(['–', '—'], "-");
    match s.split_once('-') {
        Some((a, b)) if b.len() < a.len() && !b.is_empty() && a.is_ascii() && b.is_ascii() => {
            format!("{a}-{}{b}", &a[..a.len() - b.len()])
        }
        _ => s,
    }
}

/// APA / Harvard names: "Smith, J. A., & Jones, B." / "Adams, C.J., Smith, B.";
/// empty unless every part looks like a family name followed by initials.
fn apa_names(s: &str) -> Vec<Name> {
    static FAMILY: OnceLock<Regex> = OnceLock::new();
    let family_re = re(
        &FAMILY,
        r"^(?:(?:van|von|de|der|da|di|du|le|la)\s)*[\p{Lu}][\p{L}'’\-]+(?:\s[\p{Lu}][\p{L}'’\-]+)?$",
    );
    static GIVEN: OnceLock<Regex> = OnceLock::new();
    let given_re = re(&GIVEN, r"^(?:\p{Lu}\p{Ll}*\.?[\s\-]?){1,4}\.?$");
    let s = s
        .trim()
        .trim_end_matches(',')
        .replace(", & ", ", ")
        .replace(" & ", ", ")
        .replace(", and ", ", ")
        .replace(" and ", ", ");
    if !s.split(", ").enumerate().all(|(i, p)| {
        let p = p.trim();
        if i % 2 == 0 {
            family_re.is_match(p)
        } else {
            given_re.is_match(p)
        }
    }) {
        return Vec::new();
    }
    let parts: Vec<&str> = s.split(", ").map(str::trim).filter(|p| !p.is_empty()).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < parts.len() + 1 {
        let family = parts.get(i).copied().unwrap_or("");
        let given = parts.get(i + 1).copied().unwrap_or("");
        if family.is_empty() {
            break;
        }
        let mut given = initials(given);
        while given.ends_with("..") {
            given.pop();
        }
        out.push(Name::person(family.to_string(), given));
        i += 2;
    }
    out
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

/// The numbers of a journal tail, in whatever order and markup they are printed:
/// "29(12) 1184-1201, December 1986", "9:23–48, 2008", "v. 24, p. 265. 1989",
/// "1999. 21(1): p. 70-1", "2001, 412, 835–838", "Vol. 12, No. 3, 1990, pp. 463-492".
#[derive(Debug, Default, Clone, PartialEq)]
struct Numbers {
    volume: Option<String>,
    issue: Option<String>,
    page: Option<String>,
    year: Option<i32>,
}

fn year_like(s: &str) -> Option<i32> {
    let y: i32 = s.parse().ok()?;
    (s.len() == 4 && (1600..=2099).contains(&y)).then_some(y)
}

/// Reads `s` as a run of journal numbers to its end, or to a sentence that follows
/// them ("... 985-987. Special Issue on ..."). None when `s` holds other words.
fn journal_numbers(s: &str) -> Option<Numbers> {
    static T: OnceLock<Regex> = OnceLock::new();
    let tok = re(
        &T,
        r"^[\s,.;:]*(?:(?:[Vv]ol(?:ume)?s?\.?|[Vv]\.|Bd\.)\s*(?P<vol>\d+|[IVXLC]+\b)|(?:[Nn]os?\.|[Nn]o\b|[Nn]\.|[Ii]ssue|Nr\.)\s*(?P<iss>\d+(?:\s?[-–/&]\s?\d+)?)|(?:pp?\.|pages?|[Aa]rt\.|[Aa]rticle)\s*(?P<pg>[A-Za-z]{0,2}\d+(?:\s?[-–—]+\s?[A-Za-z]{0,2}\d+)?)|\((?P<par>[^()]{1,30})\)|(?P<cv>\d+)\s?:\s?(?P<cp>[A-Za-z]{0,2}\d+(?:\s?[-–—]+\s?[A-Za-z]{0,2}\d+)?)|(?P<range>[A-Za-z]{0,2}\d+\s?[-–—]+\s?[A-Za-z]{0,2}\d+)|(?P<num>[A-Z]{0,2}\d+[a-z]?|e\d+)|(?P<skip>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|Spring|Summer|Fall|Autumn|Winter|in press|to appear|forthcoming|Suppl\.?))",
    );
    static PAR_YEAR: OnceLock<Regex> = OnceLock::new();
    let par_year = re(
        &PAR_YEAR,
        r"^(?:[\p{L}.]+,?\s)?(?:\d{1,2},?\s)?(1[6-9]\d\d|20\d\d)(?:[/–-]\d{2,4})?[a-z]?$",
    );
    static PAR_ISSUE: OnceLock<Regex> = OnceLock::new();
    let par_issue = re(&PAR_ISSUE, r"^[A-Za-z]?\d{1,4}[A-Za-z]?(?:\s?(?:[-–/&,]|and)\s?\d{1,4})*$");
    let mut n = Numbers::default();
    let mut i = 0;
    let mut tokens = 0;
    while i < s.len() {
        let Some(c) = tok.captures(&s[i..]) else { break };
        let end = c.get(0).map_or(0, |m| m.end());
        // A token ends at a word's end: "2nd" is no number.
        let run_on = s.as_bytes()[i..i + end].last().is_some_and(u8::is_ascii_alphanumeric)
            && s[i + end..].starts_with(|c: char| c.is_alphanumeric());
        if end == 0 || run_on {
            break;
        }
        tokens += 1;
        if let Some(v) = c.name("vol") {
            n.volume.get_or_insert_with(|| v.as_str().to_string());
        } else if let Some(v) = c.name("iss") {
            n.issue.get_or_insert_with(|| v.as_str().to_string());
        } else if let Some(v) = c.name("pg") {
            n.page = Some(v.as_str().replace(' ', ""));
        } else if let Some(v) = c.name("par") {
            let v = v.as_str().trim();
            if let Some(y) = par_year.captures(v).and_then(|y| y[1].parse().ok()) {
                n.year = Some(y);
            } else if par_issue.is_match(v) && n.issue.is_none() {
                n.issue = Some(v.to_string());
            } else {
                return None;
            }
        } else if let (Some(v), Some(p)) = (c.name("cv"), c.name("cp")) {
            if n.volume.is_none() {
                n.volume = Some(v.as_str().to_string());
            } else if n.issue.is_none() {
                n.issue = Some(v.as_str().to_string());
            }
            n.page.get_or_insert_with(|| p.as_str().replace(' ', ""));
        } else if let Some(v) = c.name("range") {
            let v = v.as_str().replace(' ', "");
            // A single page read earlier was an issue: "61: 4, 220-233".
            if n.page.as_deref().is_some_and(|p| !p.contains(['-', '–', '—'])) && n.issue.is_none()
            {
                n.issue = n.page.take();
            }
            n.page.get_or_insert(v);
        } else if let Some(v) = c.name("num") {
            let v = v.as_str();
            match year_like(v) {
                Some(y) if n.year.is_none() && (n.volume.is_none() || n.page.is_some()) => {
                    n.year = Some(y)
                }
                _ if n.volume.is_none() => n.volume = Some(v.to_string()),
                _ if n.page.is_none() => n.page = Some(v.to_string()),
                _ => {}
            }
        }
        i += end;
    }
    if tokens == 0 {
        return None;
    }
    let tail = &s[i..];
    let rest = tail.trim_start_matches([' ', ',', '.', ';', ':']);
    // What follows the numbers is another sentence ("Special Issue on ...",
    // "*†", "(See also ...)"), never words run on from them.
    if !rest.is_empty() {
        let lead = &tail[..tail.len() - rest.len()];
        if !(lead.contains('.') || rest.starts_with(['(', '[', '*', '†']))
            || rest.starts_with(char::is_lowercase)
        {
            return None;
        }
    }
    (n.volume.is_some() || n.page.is_some()).then_some(n)
}

/// "Container<numbers>": the container is the text before the first place where
/// journal numbers run to the end of `s`.
fn container_numbers(s: &str) -> Option<(String, Numbers)> {
    let (at, n) = numbers_from(s)?;
    let container = s[..at].trim().trim_end_matches([',', ':', ';']).trim();
    (container.chars().count() >= 2 && container.starts_with(char::is_alphabetic))
        .then(|| (container.to_string(), n))
}

/// Where journal numbers begin (after a space) and run to the end of `s`.
fn numbers_from(s: &str) -> Option<(usize, Numbers)> {
    let b = s.as_bytes();
    if !b.iter().any(u8::is_ascii_digit) {
        return None;
    }
    const MARKERS: &[&str] = &[
        "vol", "Vol", "v.", "V.", "no.", "No.", "No ", "n.", "n°", "Nos", "nos", "pp.", "p.",
        "pages", "page ", "Art", "art", "Bd.", "Issue", "issue", "Nr.", "(",
    ];
    for (i, _) in s.match_indices(' ') {
        let r = &s[i + 1..];
        let digit_next = |k: usize| r.as_bytes().get(k).is_some_and(u8::is_ascii_digit);
        let start = digit_next(0)
            || (r.starts_with(|c: char| c.is_ascii_alphabetic())
                && (digit_next(1) || digit_next(2)))
            || MARKERS.iter().any(|m| r.starts_with(m));
        if !start || i == 0 {
            continue;
        }
        if let Some(n) = journal_numbers(&s[i..]) {
            return Some((i, n));
        }
    }
    None
}

/// Whether `s` reads as a journal tail.
fn is_journal_tail(s: &str) -> bool {
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut x = Entry::new(String::new(), EntryType::Book);
    journal_tail(&mut x, s) || loose_journal(&mut x, s)
}

/// A year printed before the rest ("2000, MNRAS, 316, 326") and the rest.
fn leading_year(s: &str) -> (Option<i32>, &str) {
    static R: OnceLock<Regex> = OnceLock::new();
    let r = re(&R, r"^\(?(1[6-9]\d\d|20\d\d)[a-z]?\)?[,.]?\s+");
    match r.captures(s) {
        Some(c) => (c[1].parse().ok(), &s[c.get(0).map_or(0, |m| m.end())..]),
        None => (None, s),
    }
}

/// A journal named without an article title before it: abbreviated ("Phys.
/// Rev. D", "J. Chem. Phys.") or short ("Nature", "MNRAS").
fn bare_journal(c: &str) -> bool {
    let words = c.split_whitespace().count();
    journal_like(c)
        && (words <= 3
            || (words <= 7 && c.matches(". ").count() + usize::from(c.ends_with('.')) >= 2))
}

fn set_journal(e: &mut Entry, container: &str, n: &Numbers) {
    e.kind = EntryType::ArticleJournal;
    e.set(Var::ContainerTitle, clean_container(container).to_string());
    if let Some(v) = &n.volume {
        e.set(Var::Volume, v.clone());
    }
    if let Some(i) = &n.issue {
        e.set(Var::Issue, i.clone());
    }
    if let Some(p) = &n.page {
        e.set(Var::Page, full_range(p));
    }
    if let Some(y) = n.year {
        e.set(Var::Issued, Date::on(DatePart::year(y)));
    }
}

/// A container that journal numbers follow: not an imprint, not a host.
fn journal_like(container: &str) -> bool {
    !container.contains(": ")
        && !container.starts_with("In ")
        && !container.starts_with("in ")
        && container.chars().count() <= 150
        && container.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == 't')
}

/// A journal tail after the title ("Journal, 29(12) 1184-1201, 1986"), read
/// leniently; sets container and numbers.
fn loose_journal(e: &mut Entry, s: &str) -> bool {
    match container_numbers(s.trim()) {
        Some((c, n)) if journal_like(&c) => {
            set_journal(e, &c, &n);
            true
        }
        _ => false,
    }
}

/// A short abbreviation before a period ("J.", "Med.", "Chem."): not where a
/// container begins.
fn abbreviation_before(s: &str) -> bool {
    let w = s.rsplit([' ', '.']).find(|w| !w.is_empty()).unwrap_or("");
    let n = w.chars().count();
    n <= 1 || (n <= 5 && w.chars().next().is_some_and(char::is_uppercase) && !s.ends_with(".."))
}

/// A title that ran on into its journal ("Title, J. Symbolic Logic, 27, 259-316
/// (1962)", "Title? Journal 5, 185–212"): the title, and the rest from the
/// container on. The last break after which a container and numbers run to the end.
fn run_on_split(s: &str, imprints: bool) -> Option<(String, String)> {
    // Where the numbers begin: the container ends there.
    let numbers = numbers_from(s).map_or(s.len() + 1, |(at, _)| at);
    let mut best = None;
    let mut best_imprint = None;
    for (i, sep) in s.match_indices([',', '.', '?', '!', '(']) {
        let after = i + sep.len();
        if after >= numbers || i < 3 {
            break;
        }
        // An imprint is short and runs to the end.
        let imprint_here = imprints && s.len() - i < 160 && best.is_none();
        if sep == "(" {
            if imprint_here
                && s[..i].ends_with(' ')
                && imprint_at(&s[i..]).is_some_and(|m| m.publisher.is_some() && m.place.is_some())
            {
                best_imprint.get_or_insert((true, i));
            }
            continue;
        }
        if !s[after..].starts_with(' ') {
            continue;
        }
        if sep == "." && abbreviation_before(&s[..i]) {
            continue;
        }
        let rest = s[after..].trim_start();
        if !rest.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        let container =
            s[after..numbers.min(s.len())].trim().trim_end_matches([',', ':', ';']).trim();
        if numbers <= s.len() && container.chars().count() >= 2 && journal_like(container) {
            best = Some(i);
        } else if imprint_here {
            let found = imprint_at(rest).filter(|m| {
                m.publisher.as_deref().is_some_and(|p| !known_place(p))
                    && (m.year.is_some() || m.place.is_some())
            });
            // The last one, unless an earlier one also has the place
            // ("Paris, Flammarion, 1987" before "Flammarion, 1987").
            if let Some(m) = found {
                let placed = m.place.is_some();
                if best_imprint.is_none_or(|(p, _)| placed || !p) {
                    best_imprint = Some((placed, i));
                }
            }
        }
    }
    let i = best.or(best_imprint.map(|(_, i)| i))?;
    let (title, rest) = s.split_at(i);
    let title = title.trim().trim_end_matches(',').trim();
    let rest = if rest.starts_with('(') { rest } else { &rest[1..] };
    Some((title.to_string(), rest.trim().to_string()))
}

/// An English imprint: "Place: Publisher, Year", "(London: NLB, 1974)",
/// "Publisher, Year", "Publisher, Place, Year", "Place, Publisher, Year".
#[derive(Debug, Default)]
struct Imprint {
    place: Option<String>,
    publisher: Option<String>,
    year: Option<i32>,
    page: Option<String>,
}

/// Cities that print books, to tell "Paris, Flammarion, 1987" from "Wiley,
/// New York, 1946" (the rest of the imprint decides when neither is listed).
fn known_place(s: &str) -> bool {
    const CITIES: &[&str] = &[
        "London",
        "New York",
        "Paris",
        "Oxford",
        "Cambridge",
        "Berlin",
        "Boston",
        "Chicago",
        "Princeton",
        "Amsterdam",
        "Leiden",
        "Tokyo",
        "Moscow",
        "Washington",
        "Philadelphia",
        "Baltimore",
        "Toronto",
        "Montreal",
        "Montréal",
        "Madrid",
        "Barcelona",
        "Rome",
        "Roma",
        "Milan",
        "Milano",
        "Vienna",
        "Wien",
        "Munich",
        "München",
        "Frankfurt",
        "Stuttgart",
        "Leipzig",
        "Hamburg",
        "Edinburgh",
        "Dublin",
        "Stockholm",
        "Copenhagen",
        "Oslo",
        "Brussels",
        "Bruxelles",
        "Geneva",
        "Genève",
        "Zurich",
        "Zürich",
        "Basel",
        "Bern",
        "Lyon",
        "Lisbon",
        "Lisboa",
        "Warsaw",
        "Warszawa",
        "Prague",
        "Praha",
        "Budapest",
        "Berkeley",
        "Los Angeles",
        "San Francisco",
        "New Haven",
        "Ithaca",
        "Bloomington",
        "Minneapolis",
        "Stanford",
        "Durham",
        "Chapel Hill",
        "Lanham",
        "Sydney",
        "Melbourne",
        "New Delhi",
        "Delhi",
        "Beijing",
        "Singapore",
        "Hong Kong",
        "Mexico",
        "México",
        "Buenos Aires",
        "São Paulo",
        "Rio de Janeiro",
        "Heidelberg",
        "Dordrecht",
        "Hoboken",
        "Upper Saddle River",
        "Englewood Cliffs",
        "Reading",
        "Norwood",
        "Thousand Oaks",
        "Newbury Park",
        "Beverly Hills",
        "Abingdon",
        "Basingstoke",
        "Harmondsworth",
        "Manchester",
        "Bristol",
        "Glasgow",
        "Göttingen",
        "Tübingen",
        "Bonn",
        "Köln",
        "Cologne",
        "Florence",
        "Firenze",
        "Bologna",
        "Torino",
        "Turin",
        "Napoli",
        "Naples",
        "Venezia",
        "Venice",
        "Québec",
        "Ottawa",
        "Vancouver",
        "Athens",
        "Istanbul",
        "Jerusalem",
        "Tel Aviv",
        "Cairo",
        "Kyoto",
        "Seoul",
        "Taipei",
        "Shanghai",
    ];
    let head = s.split(',').next().unwrap_or(s).trim();
    CITIES.contains(&head)
}

/// A publisher's name ends so: "University Press", "Verlag", "Inc.".
fn publisher_word(s: &str) -> bool {
    const WORDS: &[&str] = &[
        "Press",
        "Verlag",
        "Publishers",
        "Publishing",
        "Publications",
        "Books",
        "Inc",
        "Inc.",
        "Ltd",
        "Ltd.",
        "Co.",
        "Company",
        "Éditions",
        "Editions",
        "Editores",
        "Editora",
        "Editorial",
        "Presses",
        "Library",
        "Sons",
        "Routledge",
        "Springer",
        "Wiley",
        "Elsevier",
        "Blackwell",
        "Macmillan",
        "Sage",
        "SAGE",
        "Brill",
        "Gallimard",
        "Seuil",
        "Flammarion",
    ];
    s.split([' ', ',']).any(|w| WORDS.contains(&w))
}

fn imprint_at(s: &str) -> Option<Imprint> {
    const PLACE: &str = r"[\p{Lu}][\p{L}'’\-]+(?:\s[\p{Lu}][\p{L}'’\-]+){0,2}(?:,\s(?:[A-Z]{2}|[A-Z][a-z]{0,4}\.(?:\s?[A-Z]\.)?|[A-Z]\.\s?[A-Z]\.|[\p{Lu}][\p{Ll}]{3,}(?:\s[\p{Lu}][\p{Ll}]+)?))?";
    const PUB: &str = r"[\p{Lu}\d][\p{L}\d&'’\-./]*(?:\s(?:[\p{Lu}&\d][\p{L}\d&'’\-./]*|of|and|for|the|de|du|des|di|la|le|und|für|y|e|et|am|an|im|in|at|on)){0,8}";
    static COLON: OnceLock<Regex> = OnceLock::new();
    let colon = re_lazy(&COLON, || {
        format!(
            r"^\(?(?P<place>{PLACE}(?:\s(?:and|&)\s{PLACE}|;\s{PLACE})?)\s?:\s(?P<pub>[^:;()\[\]]{{2,90}}?)(?:,\s(?P<y>(?:1[5-9]|20)\d\d)[a-z]?)?\)?(?:[.,]?\s*(?:pp?\.\s*)?(?P<pg>\d+(?:\s?[-–]\s?\d+)?))?[.,]?\s*$"
        )
    });
    static COMMA: OnceLock<Regex> = OnceLock::new();
    let comma = re_lazy(&COMMA, || {
        format!(
            r"^\(?(?P<a>{PUB})(?:,\s(?P<b>{PLACE}))?,\s(?P<y>(?:1[5-9]|20)\d\d)[a-z]?\)?(?:[.,]?\s*(?:pp?\.\s*)?(?P<pg>\d+(?:\s?[-–]\s?\d+)?))?[.,]?\s*$"
        )
    });
    let year = |c: &regex::Captures| c.name("y").and_then(|y| y.as_str().parse().ok());
    let page = |c: &regex::Captures| c.name("pg").map(|p| p.as_str().replace(' ', ""));
    // Every imprint holds a colon or a year.
    if !s.contains(':') && !year_re().is_match(s) {
        return None;
    }
    if let Some(c) = colon.is_match(s).then(|| colon.captures(s)).flatten() {
        let publisher = c["pub"].trim().trim_end_matches(['.', ',']).to_string();
        if publisher.starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit()) {
            return Some(Imprint {
                place: Some(c["place"].trim().to_string()),
                publisher: Some(publisher),
                year: year(&c),
                page: page(&c),
            });
        }
    }
    if let Some(c) = comma.is_match(s).then(|| comma.captures(s)).flatten() {
        let a = c["a"].trim().to_string();
        let b = c.name("b").map(|b| b.as_str().trim().to_string());
        let (place, publisher) = match b {
            // "Paris, Flammarion, 1987" / "Wiley, New York, 1946".
            Some(b)
                if known_place(&a) && !known_place(&b)
                    || publisher_word(&b) && !publisher_word(&a) =>
            {
                (Some(a), Some(b))
            }
            Some(b) => (Some(b), Some(a)),
            None if known_place(&a) && !publisher_word(&a) => (Some(a), None),
            None => (None, Some(a)),
        };
        // "Title, Part Two, 2004": a publisher is a name, not a phrase of the title.
        return Some(Imprint { place, publisher, year: year(&c), page: page(&c) });
    }
    None
}

fn set_imprint(e: &mut Entry, i: &Imprint) {
    if let Some(p) = &i.place {
        e.set(Var::PublisherPlace, p.clone());
    }
    if let Some(p) = &i.publisher {
        e.set(Var::Publisher, p.clone());
    }
    if let Some(y) = i.year {
        e.set(Var::Issued, Date::on(DatePart::year(y)));
    }
    if let (Some(p), None) = (&i.page, e.get(Var::Page)) {
        e.set(Var::Page, full_range(p));
    }
}

/// Reads a numbered reference list. Every numbered reference becomes an
/// entry (one whose parts cannot be found keeps its text as the title, with a
/// warning); a list printed twice, in Cyrillic and in transliteration under the
/// same numbers, is merged into one entry per number.
pub fn read(src: &str, _opts: &ReadOptions) -> Result<Parsed, Error> {
    let index = LineIndex::new(src);
    let mut parsed = Parsed::default();
    let (refs, skipped) = segment_with_skipped(src);
    if refs.is_empty() {
        parsed.diagnostics.push(
            Diagnostic::warning("no numbered references found")
                .at(Span::new(0, 0), &index)
                .hint("each reference starts with its number: `1. `, `[2] ` or `3) `"),
        );
    }
    for span in skipped {
        parsed.diagnostics.push(
            Diagnostic::warning("text outside the numbered references is not read")
                .code("refs-unnumbered-text")
                .at(span, &index),
        );
    }
    let mut taken = std::collections::HashSet::new();
    let mut by_number: std::collections::HashMap<u32, usize> = std::collections::HashMap::new();
    let mut expected = None;
    for r in refs {
        let (mut e, found) = parse_numbered(r.number, &r.text);
        if !found {
            parsed.diagnostics.push(unparsed(r.span, &index));
        }
        e.source =
            Some(Source { span: r.span, line: index.line_col(r.span.start).0, text: Some(r.text) });
        if let Some(&i) = by_number.get(&r.number) {
            let first = &mut parsed.library.entries[i];
            if merge_script_pair(first, &e) {
                continue;
            }
            parsed.diagnostics.push(
                Diagnostic::warning(format!("reference number {} appears twice", r.number))
                    .code("refs-number-repeated")
                    .at(r.span, &index),
            );
        } else if expected.is_some_and(|n| r.number != n) {
            parsed.diagnostics.push(
                Diagnostic::warning(format!(
                    "reference {} follows {}: is a reference missing or split?",
                    r.number,
                    expected.unwrap_or(0).saturating_sub(1)
                ))
                .code("refs-numbering-gap")
                .at(r.span, &index),
            );
        }
        expected = Some(r.number + 1);
        e.id = crate::model::ids::unique(&e.id, &taken);
        taken.insert(e.id.clone());
        by_number.entry(r.number).or_insert(parsed.library.entries.len());
        parsed.library.entries.push(e);
    }
    Ok(parsed)
}

/// One numbered reference: its entry (id `ref-N`, `citation-number` N) and
/// whether its parts were found; when not, its text is the entry's title.
pub(crate) fn parse_numbered(number: u32, text: &str) -> (Entry, bool) {
    let mut e = parse(text);
    e.id = format!("ref-{number}");
    e.set(Var::CitationNumber, number.to_string());
    // Found: something that names the work and something that places it.
    let has = |vars: &[Var]| vars.iter().any(|v| e.get(*v).is_some());
    let found = has(&[Var::Title, Var::Author, Var::Editor])
        && has(&[Var::Issued, Var::ContainerTitle, Var::Publisher, Var::Url, Var::Doi]);
    if !found {
        e.fields.remove(&Var::Title);
        e.set(Var::Title, text.to_string());
    }
    (e, found)
}

/// The warning for a reference whose parts could not be found.
pub(crate) fn unparsed(span: Span, index: &LineIndex) -> Diagnostic {
    Diagnostic::warning("could not find the parts of this reference; its text is kept as the title")
        .code("refs-unparsed")
        .at(span, index)
}

/// Merges the transliterated form of a reference into its Cyrillic form (in
/// either order): the titles and container titles get the other script as a
/// transliteration variant, its translations are kept, and the other printed
/// text is kept in `extra`. Returns false when the two are not such a pair.
fn merge_script_pair(first: &mut Entry, second: &Entry) -> bool {
    let script = |e: &Entry| e.source.as_ref().and_then(|s| s.text.as_deref()).map(is_cyrillic);
    let (Some(a), Some(b)) = (script(first), script(second)) else { return false };
    let year = |e: &Entry| match e.get(Var::Issued) {
        Some(Value::Date(d)) => d.start.as_ref().map(|p| p.year),
        _ => None,
    };
    if a == b || matches!((year(first), year(second)), (Some(x), Some(y)) if x != y) {
        return false;
    }
    if !a {
        // Keep the Cyrillic entry as the main one.
        let latin = std::mem::replace(first, second.clone());
        let id = latin.id.clone();
        let number = latin.get(Var::CitationNumber).cloned();
        first.id = id;
        if let Some(n) = number {
            first.set(Var::CitationNumber, n);
        }
        return merge_into(first, &latin);
    }
    merge_into(first, second)
}

fn merge_into(cyr: &mut Entry, latin: &Entry) -> bool {
    for var in [Var::Title, Var::ContainerTitle] {
        let Some(Value::Text(lat)) = latin.get(var).cloned() else { continue };
        let Some(Value::Text(mut text)) = cyr.get(var).cloned() else {
            cyr.set(var, lat);
            continue;
        };
        text.variants.push(TextVariant {
            kind: VariantKind::Transliteration,
            lang: Some("ru-Latn".into()),
            value: lat.value.clone(),
        });
        text.variants
            .extend(lat.variants.iter().filter(|v| v.kind == VariantKind::Translation).cloned());
        cyr.set(var, text);
    }
    for (var, value) in &latin.fields {
        if cyr.get(*var).is_none() {
            cyr.set(*var, value.clone());
        }
    }
    if let Some(t) = latin.source.as_ref().and_then(|s| s.text.clone()) {
        cyr.extra.insert("transliterated-reference".into(), serde_json::Value::String(t));
    }
    cyr.set(Var::Language, "ru");
    true
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn segments_markers_wrapped_lines_and_hyphens() {
        let src = "Литература\n1. Иванов И. И. Очень длин-\nная книга. М., 1990.\n[2] Second\n  line.\n3) Third.\n";
        let refs = segment(src);
        let got: Vec<(u32, &str)> = refs.iter().map(|r| (r.number, r.text.as_str())).collect();
        assert_eq!(
            got,
            [
                (1, "Иванов И. И. Очень длинная книга. М., 1990."),
                (2, "Second line."),
                (3, "Third.")
            ]
        );
        assert_eq!(&src[refs[1].span.start..refs[1].span.end], "[2] Second\n  line.");
    }

    #[test]
    fn stray_letters_of_the_other_script_are_fixed() {
        // A Cyrillic "р" in "538 р." and a Cyrillic "о" inside a Latin word.
        assert_eq!(clean("Mоscow, 2000. 538 р."), "Moscow, 2000. 538 p.");
        assert_eq!(clean("Мoсква"), "Москва");
    }

    #[test]
    fn names_in_each_style() {
        let e = parse("Иванов И. И., Петров П.П. Книга. М.: Наука, 1990. 100 с.");
        assert_eq!(
            names(&e, Var::Author),
            [("Иванов".into(), "И.И.".into()), ("Петров".into(), "П.П.".into())]
        );
        let e = parse("Harris, Sheldon H. Factories of Death. London: Routledge, 1994.");
        assert_eq!(names(&e, Var::Author), [("Harris".into(), "Sheldon H.".into())]);
        let e =
            parse("Nie JB, Guo N. Japan's wartime medical atrocities. London: Routledge; 2010.");
        assert_eq!(
            names(&e, Var::Author),
            [("Nie".into(), "JB".into()), ("Guo".into(), "N".into())]
        );
        assert_eq!(e.text(Var::Publisher), Some("Routledge"));
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
    fn transliterated_reference_keeps_title_and_translation() {
        let e = parse("Zimonin V.P. Poslednii ochag Vtoroi mirovoi [The last seat of the Second World War]. Moscow: Nauka, 2002. 542 p. (in Russian)");
        let Some(Value::Text(t)) = e.get(Var::Title) else { panic!() };
        assert_eq!(t.value, "Poslednii ochag Vtoroi mirovoi");
        assert_eq!(t.variants[0].value, "The last seat of the Second World War");
        assert_eq!(e.text(Var::Language), Some("ru"));
        assert_eq!(
            (e.text(Var::PublisherPlace), e.text(Var::Publisher), e.text(Var::NumberOfPages)),
            (Some("Moscow"), Some("Nauka"), Some("542"))
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

    #[test]
    fn page_ranges_are_completed() {
        assert_eq!(full_range("40-9"), "40-49");
        assert_eq!(full_range("21–152"), "21-152");
        assert_eq!(full_range("198–218"), "198-218");
        // Other scripts' digits (`\d` is Unicode) are left alone, not sliced.
        assert_eq!(full_range("١٢٣-٤"), "١٢٣-٤");
    }

    #[test]
    fn a_line_taken_for_a_heading_is_reported_unless_it_is_one() {
        let src = "1. Smith J. A book. London: Routledge, 2001.\nCambridge University Press\n\nReferences\n2. Jones K. Another. Oxford: OUP, 2002.\n";
        let (refs, skipped) = segment_with_skipped(src);
        assert_eq!(refs.len(), 2);
        let lines: Vec<&str> = skipped.iter().map(|s| &src[s.start..s.end]).collect();
        assert_eq!(lines, ["Cambridge University Press"]);
    }

    #[test]
    fn odd_input_gives_entries_or_warnings_never_a_panic() {
        let odd = [
            "",
            "1.",
            "1. ",
            "[1] “",
            "2) «»",
            "1. In: ",
            "1. // ",
            "1. / / //",
            "1. С. ١٢٣–٤",
            "1. Smith, J. (2001). “",
            "1. A, B, C, D. E: F, 1999",
            "1. Иванов И.И. [и др.]",
            "1. pp. 1–",
            "1. 2010, 10, 1082",
            "1. «Стрельба»: . // . – . – С.",
        ];
        for src in odd {
            let p = read(src, &ReadOptions::default()).unwrap_or_default();
            let numbered = usize::from(src.starts_with(['1', '2', '[']) && src.len() > 2);
            assert_eq!(p.library.entries.len(), numbered, "{src:?}");
        }
        // Every char boundary of a real reference.
        let r = "5. Печатнов В.О. От союза – к вражде // Холодная война / отв. ред. Н.И. Егорова. М.: ОЛМА-ПРЕСС, 2003. С. 21–152.";
        for (i, _) in r.char_indices() {
            let _ = read(&r[..i], &ReadOptions::default());
        }
    }

    #[test]
    fn unparseable_text_is_kept_with_a_warning() {
        let p = read("1. Там же, passim\n", &ReadOptions::default()).unwrap();
        assert_eq!(p.library.entries[0].text(Var::Title), Some("Там же, passim"));
        assert_eq!(p.diagnostics[0].code.as_deref(), Some("refs-unparsed"));
    }

    #[test]
    fn english_journal_tails_in_many_forms() {
        let cases = [
            ("Feferman, S., Transfinite Recursive Progressions of Axiomatic Theories, J. Symbolic Logic, 27, 259-316 (1962).",
             "Transfinite Recursive Progressions of Axiomatic Theories", "J. Symbolic Logic", "27", "259-316", 1962),
            ("D. Padua and M. J. Wolfe. Advanced compiler optimizations for supercomputers. Communications of the ACM, 29(12) 1184-1201, December 1986.",
             "Advanced compiler optimizations for supercomputers", "Communications of the ACM", "29", "1184-1201", 1986),
            ("Soriano, P., Generalized lacZ expression with the ROSA26 Cre reporter strain. Nat Genet, 1999. 21(1): p. 70-1.",
             "Generalized lacZ expression with the ROSA26 Cre reporter strain", "Nat Genet", "21", "70-71", 1999),
            ("Preissler, Melissa A., & Carey, Susan. 2004. Do both pictures and words function as symbols? Journal of Cognition & Development 5, 185–212.",
             "Do both pictures and words function as symbols", "Journal of Cognition & Development", "5", "185-212", 2004),
            ("Palme, H., Grieve, R. A. F., The chemical composition of the impact melt. Meteoritics, v. 13, pp. 595-596. 1978.",
             "The chemical composition of the impact melt", "Meteoritics", "13", "595-596", 1978),
        ];
        for (src, title, container, volume, page, year) in cases {
            let e = parse(src);
            assert_eq!(e.text(Var::Title), Some(title), "{src}");
            assert_eq!(e.text(Var::ContainerTitle), Some(container), "{src}");
            assert_eq!(
                (e.text(Var::Volume), e.text(Var::Page)),
                (Some(volume), Some(page)),
                "{src}"
            );
            let Some(Value::Date(d)) = e.get(Var::Issued) else { panic!("{src}") };
            assert_eq!(d.start.as_ref().map(|p| p.year), Some(year), "{src}");
        }
        // Physics: no title at all.
        let e = parse("Chen, H., Tafalla, M., & Wilner, D. J. 1997, ApJ, 475, 163");
        assert_eq!((e.text(Var::Title), e.text(Var::ContainerTitle)), (None, Some("ApJ")));
        assert_eq!((e.text(Var::Volume), e.text(Var::Page)), (Some("475"), Some("163")));
    }

    #[test]
    fn english_name_lists_in_full_and_mixed_forms() {
        let e = parse("Konrad Rieck and Pavel Laskov. Linear-time computation of similarity measures. The Journal of Machine Learning Research, 9:23–48, 2008.");
        assert_eq!(
            names(&e, Var::Author),
            [("Rieck".into(), "Konrad".into()), ("Laskov".into(), "Pavel".into())]
        );
        assert_eq!(e.text(Var::Title), Some("Linear-time computation of similarity measures"));
        let e = parse("Derrick, D., I. Stavness and B. Gick. Three speech sounds, one motor action. Journal of the Acoustical Society of America 137, 1493-1502. 2015.");
        let fams: Vec<String> = names(&e, Var::Author).into_iter().map(|n| n.0).collect();
        assert_eq!(fams, ["Derrick", "Stavness", "Gick"]);
        assert_eq!(e.text(Var::Volume), Some("137"));
        let e = parse("Brown, Charles S., and Ted Toadvine, eds. Eco-Phenomenology: Back to the Earth Itself. Albany: State University of New York Press, 2003.");
        let fams: Vec<String> = names(&e, Var::Editor).into_iter().map(|n| n.0).collect();
        assert_eq!(fams, ["Brown", "Toadvine"]);
        assert_eq!(e.text(Var::Title), Some("Eco-Phenomenology: Back to the Earth Itself"));
        // A comma ends a single inverted name when a title follows.
        let e = parse("Hallier, Amédée, The Monastic Theology of Aelred of Rievaulx, Shannon: Irish University Press, 1969.");
        assert_eq!(names(&e, Var::Author), [("Hallier".into(), "Amédée".into())]);
        assert_eq!(e.text(Var::Title), Some("The Monastic Theology of Aelred of Rievaulx"));
    }

    #[test]
    fn english_imprints_with_and_without_place() {
        let e = parse("Nickle, K.F., The Collection (London: SCM, 1966).");
        assert_eq!(e.text(Var::Title), Some("The Collection"));
        assert_eq!(
            (e.text(Var::PublisherPlace), e.text(Var::Publisher)),
            (Some("London"), Some("SCM"))
        );
        let e = parse("Sundquist, Eric. To Wake the Nations. Cambridge, Mass.: Harvard University Press, 1993.");
        assert_eq!(
            (e.text(Var::PublisherPlace), e.text(Var::Publisher)),
            (Some("Cambridge, Mass."), Some("Harvard University Press"))
        );
        let e = parse("J. Nelson, The Physics of Solar Cells, Imperial College Press, 2003.");
        assert_eq!(e.text(Var::Title), Some("The Physics of Solar Cells"));
        assert_eq!(e.text(Var::Publisher), Some("Imperial College Press"));
        let e = parse("MILLET, Catherine, L’art contemporain en France, Paris, Flammarion, 1987");
        assert_eq!(
            (e.text(Var::PublisherPlace), e.text(Var::Publisher)),
            (Some("Paris"), Some("Flammarion"))
        );
        let e = parse("Catherine Wah and Serge Belongie. Attribute-based detection. In Computer Vision and Pattern Recognition (CVPR), pages 779–786. IEEE, 2013.");
        assert_eq!(
            e.text(Var::ContainerTitle),
            Some("Computer Vision and Pattern Recognition (CVPR)")
        );
        assert_eq!(e.text(Var::Page), Some("779-786"));
    }

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
                let _ = parse(&r[..i]);
            }
            let _ = parse(r);
        }
    }
}
