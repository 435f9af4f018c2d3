//! Word classes the trained parser's features look tokens up in: the keywords of
//! references in English, German, French, Spanish, Italian, Russian and
//! Ukrainian (editors, volumes, pages, theses, access dates ...), months, places
//! that print books (GOST's abbreviations `М.`, `СПб.` included) and publishers'
//! words. All lower case.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// (class, words): a token (lower-cased, without its period) in `words` has the
/// attribute `kw=class`.
const KEYWORDS: &[(&str, &[&str])] = &[
    (
        "ed",
        &[
            "ed",
            "eds",
            "edn",
            "editor",
            "editors",
            "edited",
            "hrsg",
            "hg",
            "éd",
            "éds",
            "dir",
            "coord",
            "red",
            "ред",
            "редактор",
            "редакцией",
            "редакция",
            "отв",
            "под",
            "отв.ред",
            "scient",
            "eds.",
            "curatela",
            "cura",
            "a cura",
        ],
    ),
    (
        "trans",
        &[
            "trans",
            "transl",
            "translated",
            "translator",
            "пер",
            "перевод",
            "перевел",
            "übers",
            "trad",
            "traduit",
            "tr",
        ],
    ),
    (
        "comp",
        &["сост", "составитель", "составители", "comp", "compiled", "compiler", "упоряд", "укл"],
    ),
    (
        "vol",
        &[
            "vol",
            "vols",
            "volume",
            "volumes",
            "т",
            "том",
            "тома",
            "томах",
            "tome",
            "tomo",
            "bd",
            "band",
            "jg",
            "jahrgang",
            "кн",
            "книга",
            "вып",
            "выпуск",
            "no",
            "nos",
            "nr",
            "n",
            "№",
            "issue",
            "heft",
            "fasc",
            "num",
            "número",
            "numéro",
            "ч",
            "часть",
            "part",
            "pt",
            "suppl",
            "iss",
        ],
    ),
    (
        "page",
        &[
            "p", "pp", "pages", "page", "с", "стр", "s", "ss", "seiten", "pag", "págs", "л", "ll",
            "fol", "ff",
        ],
    ),
    ("in", &["in", "в", "dans", "en", "im", "у", "из"]),
    ("and", &["and", "и", "und", "et", "y", "e", "та", "&"]),
    ("etal", &["al", "др", "др.", "others", "coll", "alii"]),
    (
        "month",
        &[
            "jan",
            "january",
            "feb",
            "february",
            "mar",
            "march",
            "apr",
            "april",
            "may",
            "jun",
            "june",
            "jul",
            "july",
            "aug",
            "august",
            "sep",
            "sept",
            "september",
            "oct",
            "october",
            "nov",
            "november",
            "dec",
            "december",
            "янв",
            "января",
            "январь",
            "февр",
            "февраля",
            "март",
            "марта",
            "апр",
            "апреля",
            "мая",
            "май",
            "июня",
            "июнь",
            "июля",
            "июль",
            "авг",
            "августа",
            "сент",
            "сентября",
            "окт",
            "октября",
            "нояб",
            "ноября",
            "дек",
            "декабря",
            "januar",
            "februar",
            "märz",
            "juni",
            "juli",
            "oktober",
            "dezember",
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ],
    ),
    ("season", &["spring", "summer", "autumn", "fall", "winter", "весна", "лето", "осень", "зима"]),
    (
        "thesis",
        &[
            "thesis",
            "dissertation",
            "diss",
            "дис",
            "диссертация",
            "диссертации",
            "автореф",
            "автореферат",
            "канд",
            "д-ра",
            "докт",
            "phd",
            "ph",
            "master",
            "masters",
            "doctoral",
            "habilitation",
            "cand",
            "sci",
        ],
    ),
    (
        "conf",
        &[
            "proceedings",
            "proc",
            "conference",
            "conf",
            "symposium",
            "symp",
            "workshop",
            "congress",
            "meeting",
            "конф",
            "конференции",
            "материалы",
            "матер",
            "сборник",
            "сб",
            "труды",
            "тр",
            "тезисы",
            "докл",
            "доклады",
            "науч",
            "межд",
            "междунар",
            "всерос",
        ],
    ),
    (
        "journal",
        &[
            "journal",
            "j",
            "review",
            "rev",
            "bulletin",
            "bull",
            "annals",
            "ann",
            "transactions",
            "letters",
            "lett",
            "quarterly",
            "magazine",
            "вестник",
            "вестн",
            "журнал",
            "журн",
            "известия",
            "изв",
            "вопросы",
            "вопр",
            "zeitschrift",
            "revue",
            "rivista",
            "revista",
            "studies",
            "acta",
            "archives",
            "voprosy",
            "vestnik",
            "izvestiya",
            "zhurnal",
        ],
    ),
    (
        "publisher",
        &[
            "press",
            "publ",
            "publishers",
            "publishing",
            "publications",
            "verlag",
            "изд",
            "изд-во",
            "издательство",
            "издательский",
            "дом",
            "наука",
            "university",
            "univ",
            "ун-т",
            "ун-та",
            "университет",
            "университета",
            "inc",
            "ltd",
            "co",
            "books",
            "éditions",
            "editions",
            "editorial",
            "presses",
            "gmbh",
            "llc",
            "росспэн",
            "nauka",
            "izd",
            "izd-vo",
        ],
    ),
    (
        "web",
        &[
            "http",
            "https",
            "www",
            "url",
            "doi",
            "isbn",
            "issn",
            "available",
            "accessed",
            "retrieved",
            "access",
            "дата",
            "обращения",
            "режим",
            "доступа",
            "online",
            "pmid",
            "arxiv",
            "html",
            "htm",
            "pdf",
            "org",
            "com",
            "ru",
        ],
    ),
    (
        "medium",
        &[
            "электронный",
            "ресурс",
            "текст",
            "electronic",
            "resource",
            "cd-rom",
            "online",
            "видеозапись",
        ],
    ),
    (
        "edition",
        &[
            "edition",
            "изд",
            "издание",
            "aufl",
            "auflage",
            "éd",
            "ed",
            "rev",
            "revised",
            "испр",
            "доп",
            "перераб",
            "стер",
        ],
    ),
    (
        "genre",
        &[
            "учеб",
            "учебник",
            "учебное",
            "учебно-методическое",
            "пособие",
            "посібник",
            "посіб",
            "навч",
            "навчальний",
            "навчально-методичний",
            "підручник",
            "монография",
            "моногр",
            "монографія",
            "хрестоматия",
            "хрестоматія",
            "справочник",
            "справ",
            "довідник",
            "довід",
            "практикум",
            "конспект",
            "лекций",
            "лекцій",
            "метод",
            "методические",
            "методичні",
            "указания",
            "рекомендации",
            "рекомендації",
            "очерк",
            "нарис",
            "исследование",
            "дослідження",
            "статей",
            "документов",
            "документів",
            "стеногр",
            "стенограмма",
            "протоколы",
            "хроника",
            "хроніка",
            "энцикл",
            "енцикл",
            "словарь-справочник",
            "textbook",
            "monograph",
            "handbook",
            "manual",
            "uchebnik",
            "ucheb",
            "posobie",
            "monografiya",
            "sbornik",
        ],
    ),
    ("lang", &["russian", "russ", "english", "in", "рус", "яз", "на"]),
    (
        "newspaper",
        &[
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
        ],
    ),
];

/// Places that print books, one a line, lower case (`places.txt`): Russian,
/// Ukrainian and other former Soviet cities in Cyrillic, with GOST's
/// abbreviations (`м`, `спб`, `к`, `х`) and Soviet names (`ленинград`,
/// `сталино`), in transliteration, and the world's publishing towns.
const PLACES: &str = include_str!("places.txt");

/// Word -> its keyword classes, and the places (whole and by first word), built once.
struct Index {
    keywords: HashMap<&'static str, Vec<&'static str>>,
    places: HashSet<&'static str>,
    cities: HashSet<&'static str>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut keywords: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
        for (class, words) in KEYWORDS {
            for w in *words {
                let classes = keywords.entry(w).or_default();
                if !classes.contains(class) {
                    classes.push(class);
                }
            }
        }
        let (mut places, mut cities) = (HashSet::new(), HashSet::new());
        for p in PLACES.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            cities.insert(p);
            places.insert(p);
            if let Some(first) = p.split([' ', ',']).next() {
                places.insert(first);
            }
        }
        Index { keywords, places, cities }
    })
}

/// Every keyword class of a lower-cased token (a word may be in several).
pub(super) fn keywords(lower: &str) -> impl Iterator<Item = &'static str> {
    index().keywords.get(lower).into_iter().flatten().copied()
}

/// Whether a lower-cased word is (the start of) a place that prints books.
pub(super) fn place(lower: &str) -> bool {
    index().places.contains(lower)
}

/// Whether a lower-cased name is a whole place of the list (`chapel hill`, not `chapel`).
pub(super) fn city(lower: &str) -> bool {
    index().cities.contains(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        assert_eq!(keywords("вып").collect::<Vec<_>>(), ["vol"]);
        assert!(keywords("изд").any(|k| k == "publisher"));
        assert!(keywords("изд").any(|k| k == "edition"));
        assert!(place("спб") && place("new") && place("москва") && !place("ivanov"));
        assert!(place("таллинн") && place("вінниця") && city("chapel hill") && !city("chapel"));
        assert_eq!(keywords("zzz").count(), 0);
        assert_eq!(keywords("посібник").collect::<Vec<_>>(), ["genre"]);
    }
}
