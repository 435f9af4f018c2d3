//! The transliterated "References" list Russian journals ask for beside the GOST
//! one: names, titles and imprints in Latin letters, the translation of a title in
//! brackets where the model has it, places in English (`Moscow`), `p.`/`pp.`,
//! `(in Russian)` at the end.
//!
//! Letter tables (no table is taken from another project's code; the letters are
//! the standards'):
//! - `bsi`: BS 2979:1958 without diacritics, as translit.ru's "BSI" option writes
//!   it (й → i, х → kh, ц → ts, щ → shch, ю → yu, я → ya, ь → ', ъ → ") — the
//!   scheme most Russian journals ask for, and the default;
//! - `bgn`: BGN/PCGN as journals apply it (й → y), without the `ye` rule;
//! - `lc`: ALA-LC without diacritics (ю → iu, я → ia);
//! - `gost-7.79b`: GOST 7.79-2000 System B (х → x, ц → cz, c before е, и, ы, й;
//!   щ → shh, ы → y`, э → e`, ъ → ``, ь → `).
//!
//! `ё` is transliterated in every scheme (e, or yo in System B).

use super::markup::Markup;
pub use super::spec::Scheme;
use crate::model::{has_cyrillic, Entry, EntryType, Name, Value, Var, VariantKind};

/// The Latin letters of one lower-case Cyrillic letter.
fn letter(c: char, next: Option<char>, scheme: Scheme) -> Option<&'static str> {
    use Scheme::*;
    Some(match (c, scheme) {
        ('а', _) => "a",
        ('б', _) => "b",
        ('в', _) => "v",
        ('г', _) => "g",
        ('д', _) => "d",
        ('е', _) => "e",
        ('ё', Gost779b) => "yo",
        ('ё', _) => "e",
        ('ж', _) => "zh",
        ('з', _) => "z",
        ('и', _) => "i",
        ('й', Bgn) => "y",
        ('й', Gost779b) => "j",
        ('й', _) => "i",
        ('к', _) => "k",
        ('л', _) => "l",
        ('м', _) => "m",
        ('н', _) => "n",
        ('о', _) => "o",
        ('п', _) => "p",
        ('р', _) => "r",
        ('с', _) => "s",
        ('т', _) => "t",
        ('у', _) => "u",
        ('ф', _) => "f",
        ('х', Gost779b) => "x",
        ('х', _) => "kh",
        ('ц', Gost779b) if matches!(next, Some('е' | 'и' | 'ы' | 'й')) => "c",
        ('ц', Gost779b) => "cz",
        ('ц', _) => "ts",
        ('ч', _) => "ch",
        ('ш', _) => "sh",
        ('щ', Gost779b) => "shh",
        ('щ', _) => "shch",
        ('ъ', Gost779b) => "``",
        ('ъ', _) => "\"",
        ('ы', Gost779b) => "y`",
        ('ы', _) => "y",
        ('ь', Gost779b) => "`",
        ('ь', _) => "'",
        ('э', Gost779b) => "e`",
        ('э', _) => "e",
        ('ю', Lc) => "iu",
        ('ю', _) => "yu",
        ('я', Lc) => "ia",
        ('я', _) => "ya",
        // Ukrainian and Belarusian letters met in Russian-language references.
        ('і', _) => "i",
        ('ї', _) => "yi",
        ('є', _) => "ye",
        ('ґ', _) => "g",
        ('ў', _) => "u",
        _ => return None,
    })
}

/// Transliterates Cyrillic text; other characters are kept. Capitals stay
/// capitals: `Щука` → `Shchuka`, `РОССПЭН` → `ROSSPEN`.
///
/// ```
/// use refconv::render::translit::{transliterate, Scheme};
/// assert_eq!(transliterate("Кузьминых", Scheme::Bsi), "Kuz'minykh");
/// assert_eq!(transliterate("Загадочная война", Scheme::Lc), "Zagadochnaia voina");
/// assert_eq!(transliterate("ИВИ РАН", Scheme::Bgn), "IVI RAN");
/// assert_eq!(transliterate("Щукин", Scheme::Gost779b), "Shhukin");
/// ```
pub fn transliterate(s: &str, scheme: Scheme) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        let next = chars.get(i + 1).map(|n| n.to_lowercase().next().unwrap_or(*n));
        let Some(latin) = letter(lower, next, scheme) else {
            out.push(c);
            continue;
        };
        if lower == c {
            out.push_str(latin);
            continue;
        }
        let neighbour_upper =
            |j: Option<usize>| j.and_then(|j| chars.get(j)).is_some_and(|n| n.is_uppercase());
        if neighbour_upper(i.checked_sub(1)) || neighbour_upper(Some(i + 1)) {
            out.push_str(&latin.to_uppercase());
        } else {
            let mut l = latin.chars();
            if let Some(f) = l.next() {
                out.extend(f.to_uppercase());
                out.push_str(l.as_str());
            }
        }
    }
    out
}

/// Places as Russian references abbreviate them, in English.
fn place(p: &str, scheme: Scheme) -> String {
    const PLACES: &[(&str, &str)] = &[
        ("М.", "Moscow"),
        ("Москва", "Moscow"),
        ("СПб.", "St. Petersburg"),
        ("Санкт-Петербург", "St. Petersburg"),
        ("Л.", "Leningrad"),
        ("Ленинград", "Leningrad"),
        ("Пг.", "Petrograd"),
        ("Петроград", "Petrograd"),
        ("К.", "Kiev"),
        ("Киев", "Kiev"),
        ("Мн.", "Minsk"),
        ("Минск", "Minsk"),
        ("Н. Новгород", "Nizhny Novgorod"),
        ("Нижний Новгород", "Nizhny Novgorod"),
        ("Екатеринбург", "Yekaterinburg"),
        ("Ростов н/Д", "Rostov-on-Don"),
        ("Ростов-на-Дону", "Rostov-on-Don"),
        ("Казань", "Kazan"),
        ("Пермь", "Perm"),
    ];
    let t = p.trim();
    PLACES
        .iter()
        .find(|(ru, _)| *ru == t)
        .map(|(_, en)| en.to_string())
        .unwrap_or_else(|| transliterate(t, scheme))
}

/// A text variable: its transliteration in the model if the model has one, else
/// the scheme's; its translation, if any.
fn text(e: &Entry, var: Var, scheme: Scheme) -> Option<(String, Option<String>)> {
    let Some(Value::Text(t)) = e.get(var) else { return None };
    let variant = |k: VariantKind| t.variant(k, None).map(|v| v.value.clone());
    let latin =
        variant(VariantKind::Transliteration).unwrap_or_else(|| transliterate(&t.value, scheme));
    Some((latin, variant(VariantKind::Translation)))
}

fn names(e: &Entry, var: Var, scheme: Scheme) -> Option<String> {
    let Some(Value::Names(list)) = e.get(var) else { return None };
    let one = |n: &Name| -> String {
        if let Some(l) = &n.literal {
            return transliterate(l, scheme);
        }
        let family = transliterate(n.family.as_deref().unwrap_or_default(), scheme);
        match n.given.as_deref().filter(|g| !g.is_empty()) {
            Some(g) => format!("{family} {}", transliterate(g, scheme)),
            None => family,
        }
    };
    let v: Vec<String> = list.iter().map(one).filter(|s| !s.is_empty()).collect();
    (!v.is_empty()).then(|| v.join(", "))
}

fn with_translation((latin, tr): (String, Option<String>)) -> String {
    let latin = latin.trim_end_matches('.').to_string();
    match tr {
        Some(t) => format!("{latin} [{}]", t.trim_end_matches('.')),
        None => latin,
    }
}

/// `автореф. дис. … канд. ист. наук` in English.
fn genre(g: &str) -> String {
    let l = g.to_lowercase();
    let degree = if l.contains("д-ра") || l.contains("доктор") {
        "doctoral"
    } else {
        "candidate's"
    };
    if l.contains("автореф") {
        format!("Extended abstract of {degree} dissertation")
    } else if l.contains("дис") {
        let mut d = degree.to_string();
        d[..1].make_ascii_uppercase();
        format!("{d} dissertation")
    } else {
        transliterate(g, Scheme::Bsi)
    }
}

/// One entry of the References list.
pub fn reference(e: &Entry, scheme: Scheme) -> String {
    let mut out = String::new();
    if let Some(a) = names(e, Var::Author, scheme) {
        out.push_str(&a);
        out.push(' ');
    }
    if let Some(t) = text(e, Var::Title, scheme) {
        out.push_str(&with_translation(t));
    } else if let Some(a) = &e.archival {
        let name = a.archive.name.as_deref().map(|n| transliterate(n, scheme));
        if let Some(n) = name {
            out.push_str(&n);
            if let Some(en) = &a.archive.name_en {
                out.push_str(&format!(" [{en}]"));
            }
        }
        if let Some(k) = a.archive.key.as_deref().or(a.archive.abbr.as_deref()) {
            out.push_str(&format!(" ({k})"));
        }
        let loc = a.location();
        if !loc.is_empty() {
            out.push_str(". ");
            out.push_str(&loc);
        }
    }
    let get = |v: Var| e.text(v).map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let year = match e.get(Var::Issued) {
        Some(Value::Date(d)) => d.start.as_ref().map(|s| s.year.to_string()).or(d.literal.clone()),
        _ => None,
    };
    let imprint = || {
        let p = get(Var::PublisherPlace).map(|p| place(&p, scheme));
        let publ = get(Var::Publisher).map(|p| transliterate(&p, scheme));
        let mut s = match (p, publ) {
            (Some(p), Some(q)) => format!("{p}: {q}"),
            (Some(p), None) => p,
            (None, Some(q)) => q,
            (None, None) => String::new(),
        };
        if let Some(y) = &year {
            if !s.is_empty() {
                s.push_str(", ");
            }
            s.push_str(y);
        }
        s
    };
    let pages = get(Var::Page).map(|p| p.replace('-', "–"));
    match e.kind {
        EntryType::Chapter | EntryType::PaperConference | EntryType::EntryEncyclopedia => {
            out.push_str(". In: ");
            if let Some(ed) = names(e, Var::Editor, scheme) {
                let many = matches!(e.get(Var::Editor), Some(Value::Names(n)) if n.len() > 1);
                out.push_str(&format!("{ed} ({}) ", if many { "eds." } else { "ed." }));
            }
            if let Some(c) = text(e, Var::ContainerTitle, scheme) {
                out.push_str(&with_translation(c));
            }
            out.push_str(". ");
            out.push_str(&imprint());
            if let Some(p) = pages {
                out.push_str(&format!(", pp. {p}"));
            }
        }
        EntryType::ArticleJournal | EntryType::ArticleMagazine | EntryType::ArticleNewspaper => {
            out.push_str(". ");
            if let Some(c) = text(e, Var::ContainerTitle, scheme) {
                out.push_str(&with_translation(c));
            }
            let mut bits: Vec<String> = year.iter().cloned().collect();
            if let Some(v) = get(Var::Volume) {
                bits.push(format!("vol. {v}"));
            }
            if let Some(n) = get(Var::Issue) {
                bits.push(format!("no. {n}"));
            }
            if let Some(p) = pages {
                bits.push(format!("pp. {p}"));
            }
            if !bits.is_empty() {
                out.push_str(", ");
                out.push_str(&bits.join(", "));
            }
        }
        _ => {
            if let Some(g) = get(Var::Genre).filter(|_| e.kind == EntryType::Thesis) {
                out.push_str(". ");
                out.push_str(&genre(&g));
                let place = get(Var::PublisherPlace).map(|p| place(&p, scheme));
                let tail: Vec<String> = place.into_iter().chain(year.clone()).collect();
                if !tail.is_empty() {
                    out.push_str(". ");
                    out.push_str(&tail.join(", "));
                }
            } else {
                let i = imprint();
                if !i.is_empty() {
                    out.push_str(". ");
                    out.push_str(&i);
                }
            }
            if let Some(n) = get(Var::NumberOfPages) {
                out.push_str(&format!(". {n} p"));
            }
        }
    }
    let mut out = out.trim().trim_end_matches([',', ' ']).to_string();
    if !out.ends_with('.') {
        out.push('.');
    }
    if is_russian(e) {
        out.push_str(" (in Russian)");
    }
    if let Some(doi) = get(Var::Doi) {
        out.push_str(&format!(" DOI: {doi}"));
    }
    out
}

fn is_russian(e: &Entry) -> bool {
    e.text(Var::Language).is_some_and(|l| l.starts_with("ru"))
        || [Var::Title, Var::ContainerTitle].iter().any(|v| e.text(*v).is_some_and(has_cyrillic))
}

/// The References list: every entry with a title or an archive, in
/// order, Cyrillic ones transliterated.
pub(super) fn references(
    entries: &[&Entry],
    scheme: Scheme,
    markup: Markup,
) -> Vec<(String, String)> {
    entries
        .iter()
        .filter(|e| e.get(Var::Title).is_some() || e.archival.is_some())
        .map(|e| (e.id.clone(), markup.escape(&reference(e, scheme))))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yo_is_transliterated_in_every_scheme() {
        for s in [Scheme::Bsi, Scheme::Bgn, Scheme::Lc, Scheme::Gost779b] {
            assert!(!transliterate("Ёлкин ёж", s).contains(['ё', 'Ё']));
        }
        assert_eq!(transliterate("Ёлкин", Scheme::Gost779b), "Yolkin");
    }

    #[test]
    fn system_b_writes_c_before_front_vowels() {
        assert_eq!(transliterate("Цыганов цех", Scheme::Gost779b), "Cy`ganov cex");
        assert_eq!(transliterate("Царёв", Scheme::Gost779b), "Czaryov");
    }

    #[test]
    fn capitals_in_abbreviations() {
        assert_eq!(transliterate("ЦХСД", Scheme::Bsi), "TSKHSD");
        assert_eq!(transliterate("Хабаровск", Scheme::Bsi), "Khabarovsk");
    }
}
