//! Footnotes as GOST R 7.0.5-2008 prescribes them, from the structured model:
//! the search data of archival files (§11.4: archive, fond, opis, delo, sheets,
//! all separated by full stops), newspapers (§5, the issue's date with the month
//! in the genitive), and repeats of the reference just made (§8: `Там же. Л. 18.`,
//! `Ibid.` in Latin script).
//!
//! Two scripts: [`Script::Cyrillic`] (`АВП РФ. Ф. 0146. Оп. 30. П. 282. Д. 29. Л. 317.`)
//! and [`Script::Latin`], the transliterated form of English-language articles on
//! Russian archives (`AVP RF. F. 0146. Op. 30. P. 282. D. 29. L. 317.`). Archives of
//! other traditions are cited as those traditions do (`TNA, FO 371/83834, f. 12.`,
//! `NARA, RG 59, Entry A1 1397, Box 12.`), whatever the script.

use crate::formats::text::notes::registry::{Known, Registry};
use crate::model::{has_cyrillic, Archival, Date, Entry, EntryType, Level, Locator, Var};
use std::sync::OnceLock;

/// The script of the footnotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    /// Russian: `ГАРФ. Ф. Р-9401. Оп. 2. Д. 64. Л. 9–10.`, `Там же.`
    Cyrillic,
    /// Transliterated: `GARF. F. R-9401. Op. 2. D. 64. L. 9–10.`, `Ibid.`
    Latin,
}

impl Script {
    /// The script a locale asks for: Cyrillic for Russian (and other Cyrillic
    /// locales: `uk`, `be`, `bg`, `sr`), Latin otherwise.
    pub fn for_locale(locale: &str) -> Script {
        let lang = locale.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match lang.as_str() {
            "ru" | "uk" | "be" | "bg" | "sr" | "mk" | "kk" => Script::Cyrillic,
            _ => Script::Latin,
        }
    }

    fn ibid(self) -> &'static str {
        match self {
            Script::Cyrillic => "Там же",
            Script::Latin => "Ibid",
        }
    }
}

fn registry() -> &'static Registry {
    static R: OnceLock<Registry> = OnceLock::new();
    R.get_or_init(Registry::builtin)
}

/// Whether a GOST footnote can be made from this entry alone (an archival file or
/// a newspaper issue); other entries are left to a CSL style.
pub fn renders(e: &Entry) -> bool {
    e.archival.as_ref().is_some_and(|a| !a.units.is_empty() || a.archive.abbr.is_some())
        || (e.kind == EntryType::ArticleNewspaper
            && e.text(Var::Title).is_none()
            && e.text(Var::ContainerTitle).is_some())
}

/// The full reference to an entry [`renders`] accepts, with a locator, ending in
/// a full stop.
pub fn full(e: &Entry, locator: Option<&Locator>, script: Script) -> String {
    let script = script_for(e, script);
    let mut out = match &e.archival {
        Some(a) => archival(e, a, script),
        None => newspaper(e, script),
    };
    let trad = tradition_of(e);
    if let Some(l) = locator {
        out.push_str(if trad.is_empty() { ". " } else { ", " });
        out.push_str(&locator_text(l, script, trad));
    }
    finish(out)
}

/// The repeat of the reference just made (GOST §8): `Там же.` for the same place,
/// `Там же. Л. 18.` for another (`Ibid., f. 14.` in a Western archive's form).
pub fn ibid(locator: Option<&Locator>, script: Script, tradition: &str) -> String {
    match locator {
        None => format!("{}.", script.ibid()),
        Some(l) if !tradition.is_empty() => {
            let sep = if script == Script::Latin { "., " } else { ", " };
            finish(format!("{}{sep}{}", script.ibid(), locator_text(l, script, tradition)))
        }
        Some(l) => finish(format!("{}. {}", script.ibid(), locator_text(l, script, ""))),
    }
}

/// The citation tradition of an entry's archive when it is not the Russian one
/// (`uk`, `us`, `de`, ...: cited with commas, `f.`, `Bl.`); `""` otherwise.
pub fn tradition_of(e: &Entry) -> &'static str {
    e.archival.as_ref().map(tradition).unwrap_or("")
}

fn finish(mut s: String) -> String {
    let t = s.trim_end();
    s.truncate(t.len());
    if !s.ends_with(['.', '?', '!']) {
        s.push('.');
    }
    s
}

/// A newspaper whose title stays in Latin letters is described in its own
/// language (GOST R 7.0.5 §4.5), whatever the script of the notes.
fn script_for(e: &Entry, script: Script) -> Script {
    if e.archival.is_some() || script == Script::Latin {
        return script;
    }
    let title = newspaper_title(e.text(Var::ContainerTitle).unwrap_or_default(), script);
    if has_cyrillic(&title) {
        script
    } else {
        Script::Latin
    }
}

/// The registry's row of an archive: by its key, else by its abbreviation.
fn known(a: &Archival) -> Option<&'static Known> {
    let r = registry();
    let by = |s: Option<&str>| s.and_then(|k| r.by_abbr(k));
    by(a.archive.key.as_deref()).or_else(|| by(a.archive.abbr.as_deref()))
}

/// The tradition of an archive, from the registry (`""`: Russian).
fn tradition(a: &Archival) -> &'static str {
    known(a).map(|k| k.tradition.as_str()).unwrap_or("")
}

/// The archive's abbreviation in a script: the registry's Cyrillic form for
/// Cyrillic (`АВП РФ`), its key for Latin (`AVP RF`); as cited when unknown.
fn archive_abbr(a: &Archival, script: Script) -> String {
    let cited = a.archive.abbr.as_deref().or(a.archive.key.as_deref());
    let Some(known) = known(a) else {
        return cited.or(a.archive.name.as_deref()).unwrap_or("").to_string();
    };
    match script {
        Script::Latin => known.key.clone(),
        Script::Cyrillic if !known.tradition.is_empty() => known.key.clone(),
        // The registry lists an archive's preferred Cyrillic form first.
        Script::Cyrillic => known
            .variants
            .iter()
            .find(|v| has_cyrillic(v))
            .cloned()
            .unwrap_or_else(|| known.key.clone()),
    }
}

/// GOST R 7.0.5 §11.4 search data, with the document's title before it (§11.8)
/// when the model has one.
fn archival(e: &Entry, a: &Archival, script: Script) -> String {
    let trad = tradition(a);
    let abbr = archive_abbr(a, script);
    let data = if trad.is_empty() {
        let mut parts = vec![abbr];
        parts.extend(in_order(a).iter().map(|u| unit_text(&u.level, &u.value, script)));
        parts.join(". ")
    } else {
        let mut parts = vec![abbr];
        parts.extend(western_units(a, trad));
        parts.join(", ")
    };
    match e.text(Var::Title) {
        Some(t) => {
            let mut head = t.trim_end_matches('.').to_string();
            if let Some(d) = e.get(Var::Issued).and_then(|v| match v {
                crate::model::Value::Date(d) => date_text(d, script),
                _ => None,
            }) {
                head.push_str(", ");
                head.push_str(&d);
            }
            format!("{head} // {data}")
        }
        None => data,
    }
}

/// The units in the order of §11.4 (fond, opis, its part, papka or carton, delo,
/// its volume), whatever order the citation had; as cited when a unit has no
/// place in that order.
fn in_order(a: &Archival) -> Vec<&crate::model::Unit> {
    let rank = |l: &Level| match l {
        Level::Fond => Some(0),
        Level::Opis => Some(1),
        Level::Chast => Some(2),
        Level::Papka | Level::Kartonazh => Some(3),
        Level::Delo | Level::EdinitsaKhraneniya => Some(4),
        Level::Tom => Some(5),
        _ => None,
    };
    let mut units: Vec<&crate::model::Unit> = a.units.iter().collect();
    if units.iter().all(|u| rank(&u.level).is_some()) {
        units.sort_by_key(|u| rank(&u.level));
    }
    units
}

/// The units of a Western archive: a UK piece joined to its series by a slash
/// (`FO 371/83834`), the rest `Label value`.
fn western_units(a: &Archival, trad: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < a.units.len() {
        let u = &a.units[i];
        let (head, tail) = match trad {
            "uk" => (Level::Series, Level::Piece),
            _ => (Level::Bestand, Level::Signatur),
        };
        if u.level == head {
            let mut code = u.value.clone();
            while let Some(next) = a.units.get(i + 1).filter(|n| n.level == tail) {
                code.push('/');
                code.push_str(&next.value);
                i += 1;
            }
            out.push(code);
        } else {
            let value = u.value.trim_end_matches(['"', '.', '”']).trim_start_matches(['"', '“']);
            let value = if u.level == Level::Folder && !value.chars().all(|c| c.is_ascii_digit()) {
                format!("“{value}”")
            } else {
                value.to_string()
            };
            out.push(match u.level.abbr() {
                "" => value,
                abbr => format!("{abbr} {value}"),
            });
        }
        i += 1;
    }
    out
}

/// One unit of the Russian tradition: `Ф. Р-9401`, `Оп. 23а`, `Ед. хр. 5`.
fn unit_text(level: &Level, value: &str, script: Script) -> String {
    let label = match script {
        Script::Latin => level.abbr().to_string(),
        Script::Cyrillic => cyrillic_label(level).unwrap_or_else(|| level.abbr()).to_string(),
    };
    let value = match script {
        Script::Latin => value.to_string(),
        Script::Cyrillic => cyrillic_value(value),
    };
    if label.is_empty() {
        value
    } else {
        format!("{label} {value}")
    }
}

fn cyrillic_label(level: &Level) -> Option<&'static str> {
    Some(match level {
        Level::Fond => "Ф.",
        Level::Opis => "Оп.",
        Level::Papka => "П.",
        Level::Chast => "Ч.",
        Level::Delo => "Д.",
        Level::Kartonazh => "Карт.",
        Level::EdinitsaKhraneniya => "Ед. хр.",
        Level::Tom => "Т.",
        _ => return None,
    })
}

/// A unit value as the model keeps it (Latin letters: `R-9401`, `23a`, `4os`)
/// back in Cyrillic (`Р-9401`, `23а`, `4ос`); a value with a letter the Russian
/// alphabet has no single letter for is left as it is.
fn cyrillic_value(v: &str) -> String {
    const MAP: &[(char, char)] = &[
        ('a', 'а'),
        ('b', 'б'),
        ('v', 'в'),
        ('g', 'г'),
        ('d', 'д'),
        ('e', 'е'),
        ('z', 'з'),
        ('i', 'и'),
        ('k', 'к'),
        ('l', 'л'),
        ('m', 'м'),
        ('n', 'н'),
        ('o', 'о'),
        ('p', 'п'),
        ('r', 'р'),
        ('s', 'с'),
        ('t', 'т'),
        ('u', 'у'),
        ('f', 'ф'),
    ];
    let conv = |c: char| -> Option<char> {
        if !c.is_ascii_alphabetic() {
            return Some(c);
        }
        let lower = c.to_ascii_lowercase();
        let cyr = MAP.iter().find(|(l, _)| *l == lower)?.1;
        Some(if c.is_ascii_uppercase() { cyr.to_uppercase().next().unwrap_or(cyr) } else { cyr })
    };
    v.chars().map(conv).collect::<Option<String>>().unwrap_or_else(|| v.to_string())
}

/// A locator: `Л. 9–10 об.` / `L. 9–10 ob.`; `С. 5` / `P. 5`; in a Western
/// archive `f. 12`, `ff. 12–14`.
fn locator_text(l: &Locator, script: Script, tradition: &str) -> String {
    let value = l.value.trim();
    if !tradition.is_empty() {
        let many = value.contains(['–', '-', ',']);
        let label = match (l.label.as_str(), tradition) {
            ("folio", "de" | "at") => "Bl.",
            ("folio", "pl") => "k.",
            ("folio", "fr") => "f°",
            ("folio", _) if many => "ff.",
            ("folio", _) => "f.",
            ("page", _) if many => "pp.",
            ("page", _) => "p.",
            ("volume", _) => "vol.",
            (other, _) => other,
        };
        return format!("{label} {value}");
    }
    let (label, value) = match (l.label.as_str(), script) {
        ("folio", Script::Cyrillic) => ("Л.", value.replace("ob.", "об.")),
        ("folio", Script::Latin) => ("L.", value.replace("об.", "ob.")),
        ("page", Script::Cyrillic) => ("С.", value.to_string()),
        ("page", Script::Latin) => ("P.", value.to_string()),
        ("volume", Script::Cyrillic) => ("Т.", value.to_string()),
        ("volume", Script::Latin) => ("Vol.", value.to_string()),
        ("issue", Script::Cyrillic) => ("№", value.to_string()),
        ("issue", Script::Latin) => ("No.", value.to_string()),
        ("column", Script::Cyrillic) => ("Стб.", value.to_string()),
        ("column", Script::Latin) => ("Col.", value.to_string()),
        (other, _) => (other, value.to_string()),
    };
    format!("{label} {value}")
}

/// A newspaper issue (GOST R 7.0.5 §5.2, §7.2): `Правда. 1950. 3 февраля. № 34.`
fn newspaper(e: &Entry, script: Script) -> String {
    let mut head = newspaper_title(e.text(Var::ContainerTitle).unwrap_or_default(), script);
    if let Some(place) = e.text(Var::PublisherPlace) {
        head.push_str(&format!(" ({place})"));
    }
    let mut parts = vec![head];
    if let Some(crate::model::Value::Date(d)) = e.get(Var::Issued) {
        if let Some(start) = &d.start {
            parts.push(start.year.to_string());
            if let Some(day_month) = day_month(start.month, start.day, script) {
                parts.push(day_month);
            }
        } else if let Some(l) = &d.literal {
            parts.push(l.clone());
        }
    }
    if let Some(issue) = e.text(Var::Issue) {
        parts.push(match script {
            Script::Cyrillic => format!("№ {issue}"),
            Script::Latin => format!("No. {issue}"),
        });
    }
    parts.join(". ")
}

/// Well-known Soviet and Russian newspapers cited in transliteration, in their
/// own script; other titles stay as the model has them.
fn newspaper_title(title: &str, script: Script) -> String {
    const TITLES: &[(&str, &str)] = &[
        ("Pravda", "Правда"),
        ("Izvestiia", "Известия"),
        ("Izvestiya", "Известия"),
        ("Izvestia", "Известия"),
        ("Trud", "Труд"),
        ("Krasnaia zvezda", "Красная звезда"),
        ("Krasnaya zvezda", "Красная звезда"),
        ("Komsomol'skaia pravda", "Комсомольская правда"),
        ("Komsomolskaya pravda", "Комсомольская правда"),
        ("Literaturnaia gazeta", "Литературная газета"),
        ("Literaturnaya gazeta", "Литературная газета"),
        ("Rossiiskaia gazeta", "Российская газета"),
        ("Rossiyskaya gazeta", "Российская газета"),
        ("Vechernaia Moskva", "Вечерняя Москва"),
        ("Vechernyaya Moskva", "Вечерняя Москва"),
    ];
    match script {
        Script::Cyrillic => TITLES
            .iter()
            .find(|(lat, _)| lat.eq_ignore_ascii_case(title))
            .map(|(_, cyr)| cyr.to_string())
            .unwrap_or_else(|| title.to_string()),
        Script::Latin => TITLES
            .iter()
            .find(|(_, cyr)| *cyr == title)
            .map(|(lat, _)| lat.to_string())
            .unwrap_or_else(|| title.to_string()),
    }
}

/// `3 февраля` (the genitive, which a CSL locale cannot give) / `February 3`
/// (the order of the Latin form); a month alone in the nominative.
fn day_month(month: Option<u8>, day: Option<u8>, script: Script) -> Option<String> {
    use crate::model::date::{MONTHS_EN, MONTHS_RU, MONTHS_RU_NOM};
    let m = usize::from(month?.checked_sub(1)?);
    let (gen, nom) = (MONTHS_RU.get(m)?, MONTHS_RU_NOM.get(m)?);
    let en = capitalised(MONTHS_EN.get(m)?);
    Some(match (day, script) {
        (Some(d), Script::Cyrillic) => format!("{d} {gen}"),
        (Some(d), Script::Latin) => format!("{en} {d}"),
        (None, Script::Cyrillic) => capitalised(nom),
        (None, Script::Latin) => en,
    })
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// A document's date: `3 февраля 1950 г.` / `February 3, 1950`.
fn date_text(d: &Date, script: Script) -> Option<String> {
    let s = d.start.as_ref()?;
    Some(match (day_month(s.month, s.day, script), script) {
        (Some(dm), Script::Cyrillic) if s.day.is_some() => format!("{dm} {} г.", s.year),
        (Some(dm), Script::Cyrillic) => format!("{} {} г.", dm.to_lowercase(), s.year),
        (Some(dm), Script::Latin) if s.day.is_some() => format!("{dm}, {}", s.year),
        (Some(dm), Script::Latin) => format!("{dm} {}", s.year),
        (None, Script::Cyrillic) => format!("{} г.", s.year),
        (None, Script::Latin) => s.year.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Archive, DatePart, Unit};

    fn file(key: &str, units: &[(Level, &str)]) -> Entry {
        let mut e = Entry::new("x", EntryType::Manuscript);
        e.archival = Some(Archival {
            archive: Archive {
                key: Some(key.into()),
                abbr: Some(key.into()),
                ..Archive::default()
            },
            units: units
                .iter()
                .map(|(l, v)| Unit { level: l.clone(), value: v.to_string() })
                .collect(),
        });
        e
    }

    fn folio(v: &str) -> Locator {
        Locator { label: "folio".into(), value: v.into() }
    }

    #[test]
    fn search_data_in_both_scripts() {
        let e = file("GARF", &[(Level::Fond, "R-9401"), (Level::Opis, "23a"), (Level::Delo, "64")]);
        assert_eq!(
            full(&e, Some(&folio("9–10 ob.")), Script::Cyrillic),
            "ГАРФ. Ф. Р-9401. Оп. 23а. Д. 64. Л. 9–10 об."
        );
        assert_eq!(
            full(&e, Some(&folio("9–10 ob.")), Script::Latin),
            "GARF. F. R-9401. Op. 23a. D. 64. L. 9–10 ob."
        );
        assert_eq!(ibid(Some(&folio("18")), Script::Cyrillic, ""), "Там же. Л. 18.");
        assert_eq!(ibid(None, Script::Latin, ""), "Ibid.");
    }

    #[test]
    fn western_archives_keep_their_own_form() {
        let e = file("TNA", &[(Level::Series, "FO 371"), (Level::Piece, "83834")]);
        assert_eq!(full(&e, Some(&folio("12")), Script::Cyrillic), "TNA, FO 371/83834, f. 12.");
        let e = file(
            "NARA",
            &[(Level::RecordGroup, "59"), (Level::Box, "12"), (Level::Folder, "Japan")],
        );
        assert_eq!(full(&e, None, Script::Latin), "NARA, RG 59, Box 12, Folder “Japan”.");
        assert_eq!(ibid(Some(&folio("14")), Script::Latin, "us"), "Ibid., f. 14.");
    }

    #[test]
    fn newspapers_with_the_genitive_month() {
        let mut e = Entry::new("p", EntryType::ArticleNewspaper);
        e.set(Var::ContainerTitle, "Pravda");
        e.set(Var::Issued, Date::on(DatePart::ymd(1950, 2, 3)));
        assert!(renders(&e));
        assert_eq!(full(&e, None, Script::Cyrillic), "Правда. 1950. 3 февраля.");
        assert_eq!(full(&e, None, Script::Latin), "Pravda. 1950. February 3.");
        let page = Locator { label: "page".into(), value: "2".into() };
        assert_eq!(full(&e, Some(&page), Script::Cyrillic), "Правда. 1950. 3 февраля. С. 2.");
    }

    #[test]
    fn values_that_are_not_letters_of_one_alphabet_stay() {
        assert_eq!(cyrillic_value("4os"), "4ос");
        assert_eq!(cyrillic_value("12-xy"), "12-xy");
    }
}
