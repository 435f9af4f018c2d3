//! The language of a reference in Latin letters, read off its title's small
//! words (`der`, `della`, `los`, `het`, `oraz`, `quae`): a reference is not English
//! because it is not Cyrillic, and an English tag on a French title makes CSL
//! processors title-case it. Unsure (a title of names and nouns alone, two
//! languages as likely): no language.

use crate::model::{Entry, Var};

/// Sets `e`'s language: `lang` when the reference's script or a note said it
/// (`ru`, `ja`); for one in Latin letters (`en`, the default), the language its
/// title's small words name, or none.
pub(super) fn set(e: &mut Entry, lang: &str) {
    let lang = if lang == "en" {
        let title = e.text(Var::Title).or_else(|| e.text(Var::ContainerTitle)).unwrap_or("");
        // A Cyrillic title in a reference mostly in Latin letters (a long link).
        if super::script::is_cyrillic(title) {
            Some("ru")
        } else {
            of_title(title)
        }
    } else {
        Some(lang)
    };
    if let Some(l) = lang {
        e.set(Var::Language, l);
    }
}

/// Small words that only one of these languages writes (lower case, as printed
/// inside a title); words two of them share (`de`, `la`, `en`, `des`, `e`, `del`)
/// say nothing and are left out.
const WORDS: [(&str, &[&str]); 11] = [
    (
        "en",
        &[
            "the", "of", "and", "on", "for", "to", "with", "from", "by", "an", "its", "their",
            "between", "into", "is", "are", "was", "towards", "toward", "how", "what", "why",
            "during", "under", "after", "before", "about",
        ],
    ),
    (
        "fr",
        &[
            "le", "les", "du", "dans", "sur", "pour", "au", "aux", "une", "un", "à", "leur", "ses",
            "où",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "das", "und", "im", "zur", "zum", "von", "mit", "für", "über", "ein",
            "eine", "einer", "eines", "einem", "dem", "zu", "auf", "aus", "bei", "nach", "als",
            "vom", "seine", "ihre",
        ],
    ),
    (
        "it",
        &[
            "il", "gli", "dei", "della", "delle", "dello", "degli", "di", "nel", "nella", "nelle",
            "negli", "alla", "alle", "sulla", "sul", "tra", "che", "ed",
        ],
    ),
    ("es", &["el", "los", "las", "y", "como", "hacia", "desde", "sus"]),
    (
        "pt",
        &[
            "os", "do", "dos", "das", "em", "nos", "nas", "uma", "ao", "aos", "pela", "pelo",
            "pelos", "seu",
        ],
    ),
    ("nl", &["het", "een", "op", "voor", "met", "naar", "bij", "uit", "door", "tot", "zijn"]),
    ("pl", &["oraz", "się", "dla", "przez", "w", "z", "we", "ze", "jako", "pod", "od"]),
    ("sv", &["och", "av", "på", "till", "från", "ett", "som", "det", "för"]),
    ("ca", &["els", "dels", "amb", "pels"]),
    ("la", &["quae", "qui", "quod", "cum", "ex", "sive", "atque", "ac", "ad", "ab", "apud", "sub"]),
];

/// The language of `title` (a title, or failing one the host's name), when its
/// small words name one language at least twice as often as any other.
pub(super) fn of_title(title: &str) -> Option<&'static str> {
    let mut score = [0u32; WORDS.len()];
    let words = title.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty());
    for (i, w) in words.enumerate() {
        // Small words inside a title are in lower case; the first may be capitalised.
        let lower = w.to_lowercase();
        if i > 0 && lower != w {
            continue;
        }
        for (n, (_, list)) in WORDS.iter().enumerate() {
            if list.contains(&lower.as_str()) {
                score[n] += 1;
            }
        }
    }
    let best = (0..WORDS.len()).max_by_key(|&n| score[n])?;
    let second = (0..WORDS.len()).filter(|&n| n != best).map(|n| score[n]).max().unwrap_or(0);
    (score[best] >= 1 && (second == 0 || score[best] >= 2 * second)).then_some(WORDS[best].0)
}

#[cfg(test)]
mod tests {
    use super::of_title;

    #[test]
    fn titles_name_their_language_by_their_small_words() {
        assert_eq!(of_title("The Education of a Christian Prince"), Some("en"));
        assert_eq!(of_title("Les monnaies de l’Afrique antique"), Some("fr"));
        assert_eq!(
            of_title("Römische Kaisertabelle. Grundzüge einer römischen Kaiserchronologie"),
            Some("de")
        );
        assert_eq!(
            of_title("Pisa nelle rotte commerciali mediterranee dal III secolo"),
            Some("it")
        );
        assert_eq!(
            of_title("El orden social kirchnerista entre la economía y la política"),
            Some("es")
        );
        assert_eq!(
            of_title("Dissertação sobre a cochonilha; história do seu descobrimento"),
            Some("pt")
        );
        assert_eq!(of_title("Lucernae veterum sepulchrales iconicae"), None);
        assert_eq!(of_title("Obras I"), None);
        // `W` the initial is no Polish word.
        assert_eq!(of_title("Letters of W. Smith"), Some("en"));
    }
}
