//! The words that name the kind of a work inside a title: GOST's genre
//! designations (`учеб. пособие`, `сб. науч. тр.`, `автореф. дис.`), a legal act's
//! (`федер. закон от …`), and a translation's source language left in a title. Read
//! by `runon`, `spans` and `normalise`; the model's features have their own lexicon.

use crate::model::Text;

/// Whether a part is an arXiv identifier, a preprint's (`arXiv:1802.03685`, `//
/// arXiv preprint arXiv:…`).
pub(super) fn arxiv(part: &str) -> bool {
    let t = part.trim_start_matches(['/', ' ']);
    t.get(..5).is_some_and(|w| w.eq_ignore_ascii_case("arxiv"))
}

/// A genre written as part of a title: "…: автореф. дис. … канд. ист. наук",
/// "Extended abstract of candidate's dissertation", "Cand. Diss.".
pub(super) fn genre_like(s: &str) -> bool {
    let l = s.to_lowercase();
    [
        "автореф",
        "дис.",
        "диссертация",
        "dissertation",
        "diss.",
        "thesis",
        "extended abstract",
        "avtoref",
        "dis. ",
    ]
    .iter()
    .any(|g| l.starts_with(g) || l.contains(&format!(" {g}")))
}

/// How the name of a thesis's genre begins (lower case).
pub(super) const THESIS: [&str; 9] = [
    "diss",
    "дис",
    "диссертация",
    "автореф",
    "avtoref",
    "dissertation",
    "thesis",
    "extended",
    "dis.",
];

/// GOST's words for the kind of a work, printed after the title and ` : `:
/// "сборник научных трудов", "учеб. пособие", "монография", "краткий словарь".
pub(super) fn russian_genre(s: &str) -> bool {
    let l = s.to_lowercase();
    [
        "сборник",
        "сб.",
        "учеб",
        "монография",
        "моногр.",
        "колл. моногр",
        "справочник",
        "словарь",
        "краткий словарь",
        "хрестоматия",
        "практикум",
        "материалы конф",
        "тезисы докл",
        "препринт",
        "пособие",
        "справочно-",
        "научно-методическое",
        "метод. ",
        "методическ",
        "курс лекций",
        "конспект лекций",
        "лекции для",
        "документы и материалы",
        "библиографический указатель",
        "каталог",
        "энциклопед",
        "руководство для",
        "диссертация",
        "электрон. учеб",
        "электронный учеб",
        "биографический справочник",
        "биобиблиограф",
        "библиогр. указ",
        "рек. указ",
        "кн. для",
        "книга для",
        "стеногр",
        "стенографический отчет",
        // Ukrainian.
        "навч.",
        "навчальн",
        "навчально-",
        "посібник",
        "підручник",
        "курс лекцій",
        "конспект лекцій",
        "збірник",
        "зб.",
        "довідник",
        "довід.",
        "словник",
        "хрестоматія",
        "монографія",
        "методичні",
        "енциклопед",
        "тези доп",
        "документи і матеріали",
        "бібліографічний покажчик",
        "біобібліограф",
        // Transliterated (References of Russian journals).
        "sbornik",
        "sb. ",
        "ucheb",
        "monografi",
        "spravochnik",
        "posobie",
        "posobiye",
        "praktikum",
        "materialy konf",
        "tezisy dokl",
        "metod. ",
        "metodicheskie",
        "kurs lekts",
        "kurs lekci",
    ]
    .iter()
    .any(|g| l.starts_with(g))
        || (l.starts_with("материалы") || l.starts_with("матеріали"))
            && ["конф", "симпоз", "семінар", "семинар", "чтени", "читан", "съезд", "з'їзд"]
                .iter()
                .any(|w| l.contains(w))
}

/// The kind of a work in English, as the References of Russian journals translate
/// GOST's designation after the title (`…: a monograph`, `…: a textbook for high
/// schools`, `…: collection of scientific papers`). Read only in references
/// marked Russian: in an English list `Statistics: A Textbook` is a subtitle.
pub(super) fn english_genre(s: &str) -> bool {
    let l = s.to_lowercase();
    let l = l.strip_prefix("a ").unwrap_or(&l);
    [
        "monograph",
        "collective monograph",
        "textbook",
        "manual",
        "training manual",
        "educational manual",
        "study guide",
        "teaching aid",
        "tutorial",
        "guide for",
        "handbook",
        "reference book",
        "dictionary",
        "course of lectures",
        "lecture course",
        "collection of scientific papers",
        "collection of papers",
        "collection of articles",
        "methodological recommendations",
    ]
    .iter()
    .any(|g| {
        // The kind itself, then nothing or what it is for: not `manual therapy`.
        l.strip_prefix(g).is_some_and(|rest| {
            let rest = rest.trim_end_matches(['.', ',', ';', ' ']);
            rest.is_empty()
                || [" for ", " of ", " on ", " in ", " and ", ","]
                    .iter()
                    .any(|w| rest.starts_with(w))
        })
    })
}

/// The words that name a legal act in its title's first words (`Закон`, `Налоговый
/// кодекс`, `Приказ Министерства …`, `Решение … Думы`).
const ACTS: [&str; 12] = [
    "закон",
    "кодекс",
    "приказ",
    "указ",
    "решение",
    "постановление",
    "распоряжение",
    "положение",
    "конституция",
    "наказ",
    "постанова",
    "розпорядження",
];

/// Whether a title opens with the name of a legal act.
pub(super) fn names_act(title: &str) -> bool {
    title.split_whitespace().take(3).any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
        // The word whole, or `Закона`, `Кодекса`: not `указания`, `наказание`.
        ACTS.iter().any(|a| w == *a || w.strip_prefix(a).is_some_and(|e| matches!(e, "а" | "у")))
    })
}

/// The designation of a legal act after its title (GOST 7.1's `О безопасности : федер.
/// закон от 28.12.2010 № 390-ФЗ`, `… : Указ Президента РФ № 61 от 24 января 1998 г.`):
/// the kind of act first, then who issued it, its date or its number — a bare
/// `Закон Божий` or `Постановления пленума` is no designation.
pub(super) fn legal_act(s: &str) -> bool {
    let l = s.to_lowercase();
    let kind = [
        "федеральный конституционный закон",
        "федер. конст. закон",
        "федеральный закон",
        "федер. закон",
        "фед. закон",
        "закон",
        "указ",
        "постановление",
        "постанова",
        "распоряжение",
        "приказ",
        "наказ",
        "federal law",
        "federal'nyj zakon",
        "federal'nyi zakon",
        "federalnyi zakon",
        "federal. zakon",
        "feder. zakon",
    ]
    .iter()
    .find(|k| l.starts_with(*k))
    .map(|k| &l[k.len()..]);
    let Some(rest) = kind else { return false };
    // Then an issuer, or a date or a number soon after: not the rest of a phrase.
    let issuer = [" рф", " российской", " ссср", " рсфср", " україни", " украины", " президента"]
        .iter()
        .chain(&[" правительства", " министерства", " пленума", " от ", " №"])
        .any(|w| rest.starts_with(w));
    let head: String = rest.chars().take(80).collect();
    let dated = [" от ", " of ", " ot ", "№"].iter().any(|w| {
        head.find(w).is_some_and(|i| {
            head[i + w.len()..].trim_start().starts_with(|c: char| c.is_ascii_digit())
        })
    });
    rest.starts_with(' ') && (issuer || dated)
}

/// A translation's note at a title's end, `(перев. с англ.)`, `: пер. с нем.`,
/// `. Перевод с английского`: cut off (the translator's part keeps no language).
pub(super) fn strip_translated_from(title: &mut Text) -> bool {
    let v = title.value.trim_end().trim_end_matches([',', ';']);
    // Lower-cased letter by letter, each keeping its length (`İ`'s lower case is a
    // byte longer), so that an offset found in it cuts `v` at the same place.
    let lower: String = v
        .chars()
        .map(|c| {
            let mut l = c.to_lowercase();
            match (l.next(), l.next()) {
                (Some(d), None) if d.len_utf8() == c.len_utf8() => d,
                _ => c,
            }
        })
        .collect();
    let found = [
        " (пер. с",
        " (перев. с",
        " (перевод с",
        ": пер. с",
        ": перев. с",
        ". пер. с",
        ". перев. с",
        ". перевод с",
        " / пер. с",
    ]
    .iter()
    .filter_map(|w| lower.rfind(w).map(|i| (i, w.len())))
    .max();
    let Some((at, len)) = found else { return false };
    // Only the language may follow: one or two words (`с англ.`, `со старофр. яз.`).
    let rest = lower[at + len..].trim_matches([' ', ')', '.', ',']);
    let words = rest.split_whitespace().count();
    if at == 0 || words == 0 || words > 2 || rest.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let keep = if lower[at..].starts_with(". ") { at + 1 } else { at };
    title.value = v[..keep].trim_end().to_string();
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_of_works() {
        assert!(russian_genre("справочно-учебное пособие по общей химии"));
        assert!(russian_genre("материалы Всерос. науч. конф."));
        assert!(!russian_genre("материалы к истории края"));
        assert!(russian_genre("Навчальний посібник. Курс лекцій"));
        assert!(russian_genre("матеріали наукової конференції"));
        assert!(russian_genre("Биографический справочник"));
        assert!(russian_genre("навч. посіб.") && !russian_genre("навчання і виховання"));
        assert!(legal_act("Закон РФ от 21 июля 1993 г."));
        assert!(names_act("Налоговый кодекс Российской Федерации (часть 1) от 31.07.1998"));
        assert!(names_act("Закон Ивановской области от 24.11.2003"));
        assert!(!names_act("Законодательная техника"));
        assert!(!names_act("История государства и права"));
        assert!(english_genre("a textbook for high schools") && english_genre("monograph"));
        assert!(
            !english_genre("manual therapy techniques") && !english_genre("textbooks in schools")
        );
        assert!(!legal_act("Federal law of the land") && !legal_act("письмо от 3 мая 1943 г."));
        assert!(!names_act("Методические указания к лабораторным работам"));
        assert!(!names_act("Преступление и наказание") && !names_act("Закономерности развития"));
        assert!(!english_genre("guidelines for the management") && !english_genre("a study of"));
        assert!(legal_act("федер. закон от 28.12.2010 № 390-ФЗ"));
        assert!(legal_act("Указ Президента РФ № 61 от 24 января 1998 г."));
        assert!(legal_act("постановление Пленума Верховного Суда РФ от 10.02.2009 № 1"));
        assert!(legal_act("приказ Минобрнауки России от 05.04.2017 № 301"));
        assert!(!legal_act("Закон Божий"));
        assert!(!legal_act("законодательство и практика"));
        assert!(!legal_act("Письма о русской поэзии"));
    }

    #[test]
    fn translations_noted_in_titles() {
        let cut = |s: &str| {
            let mut t = Text::plain(s);
            strip_translated_from(&mut t).then_some(t.value)
        };
        assert_eq!(
            cut("Геометрические вероятности (перев. с англ.),").as_deref(),
            Some("Геометрические вероятности")
        );
        assert_eq!(
            cut("Регулярные выражения: пер. с англ.").as_deref(),
            Some("Регулярные выражения")
        );
        assert_eq!(cut("Основы химии. Перевод с немецкого").as_deref(), Some("Основы химии."));
        assert_eq!(cut("Записки (пер. с англ. А. Иванова)"), None);
        assert_eq!(cut("Пер. с англ."), None);
        assert_eq!(cut("Kİİİ (пер. с тур.)").as_deref(), Some("Kİİİ"));
        assert_eq!(cut("İ ẞ Straẞe (пер. с нем.) ẞ").as_deref(), Some("İ ẞ Straẞe"));
    }
}
