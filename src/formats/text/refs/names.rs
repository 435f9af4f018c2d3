//! Author and editor lists: GOST ("Иванов И. И."), Vancouver ("Nie JB"), ACS,
//! initials first ("J. P. Ibbetson"), the English forms in full ("Brown,
//! Charles S., and Ted Toadvine"), APA / Harvard, "et al.", and the names of a
//! GOST tail (the statement of responsibility, editors).

use super::patterns::{re, re_lazy, rx};
use super::script::is_cyrillic;
use crate::model::{Entry, Name, Value, Var};
use regex::Regex;
use std::sync::OnceLock;

// One name of an initials-first list: "J. P. Ibbetson", "AM Trinkoff", "D. H. van Hessem".
rx!(
    pub(super) initials_then_family,
    r"((?:\p{Lu}\.[\s\-]?){1,3}|\p{Lu}{1,2}\s)((?:(?:van|von|de|der|den|la|le|da|di|du)\s)*[\p{Lu}][\p{L}'’\-]+)"
);

rx!(initials_first, r"((?:\p{Lu}\.\s?){1,3})([\p{Lu}][\p{L}\-]+)");

/// A printed "et al." / "[и др.]" ends the name list with the literal
/// `others`, as BibTeX's "and others" does (the .bib reader's convention).
pub(super) fn et_al(names: &mut Vec<Name>, matched: &str) {
    if ["et al", "и др."].iter().any(|m| matched.contains(m)) {
        names.push(Name::literal("others"));
    }
}

/// Initials as printed, spaces removed: "М. Ю." -> "М.Ю.".
pub(super) fn initials(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join("")
}

/// A name token "Family I.I." / "Family, I. I." / "Nie JB" / "Harris, Sheldon H.".
pub(super) fn family_initials(s: &str) -> Option<Name> {
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
pub(super) fn leading_names(t: &str) -> (Vec<Name>, &str, bool) {
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
pub(super) fn english_names(t: &str) -> Option<(Vec<Name>, usize, bool)> {
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

/// A Chicago "edited by" name: "Morten Bergsmo", or family first in capitals
/// ("CHEAH Wui Ling").
pub(super) fn given_family(s: &str) -> Option<Name> {
    let s = s.trim().trim_start_matches("and ").trim();
    let (first, others) = s.split_once(' ')?;
    if first.chars().count() > 1 && first.chars().all(|c| c.is_uppercase()) {
        return Some(Name::person(first.to_string(), others.to_string()));
    }
    let (given, family) = s.rsplit_once(' ')?;
    Some(Name::person(family.to_string(), given.to_string()))
}

/// GOST 7.0.100 puts only the first author in the heading and all of them
/// after " / ": "Ратманов, П. Э. Title / П. Э. Ратманов, В. Ю. Башкуев."
pub(super) fn responsibility_authors(e: &mut Entry, s: &str) {
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
pub(super) fn gost_editors(s: &str) -> Vec<Name> {
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

/// APA / Harvard names: "Smith, J. A., & Jones, B." / "Adams, C.J., Smith, B.";
/// empty unless every part looks like a family name followed by initials.
pub(super) fn apa_names(s: &str) -> Vec<Name> {
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
}
