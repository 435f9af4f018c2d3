//! Cyrillic and Latin: which script a text is in, and a letter of the other
//! script inside a word replaced by the one it looks like.

/// White space collapsed; a letter of the other script inside a word replaced
/// by the one it looks like ("Rоutledge", "538 р.").
pub(super) fn clean(s: &str) -> String {
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

/// The notes that mark a reference in Latin letters as Russian (`(In Russ.)`,
/// `[in Russian]`), read by `normalise` (its language) and `spans` (its form).
pub(super) const RUSSIAN_NOTES: [&str; 4] = ["(In Russ", "(in Russ", "[In Russ", "[in Russ"];

pub(super) fn is_cyrillic(s: &str) -> bool {
    let cyr = s.chars().filter(|c| matches!(c, 'А'..='я' | 'ё' | 'Ё')).count();
    let lat = s.chars().filter(|c| c.is_ascii_alphabetic()).count();
    cyr > lat
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stray_letters_of_the_other_script_are_fixed() {
        // A Cyrillic "р" in "538 р." and a Cyrillic "о" inside a Latin word.
        assert_eq!(clean("Mоscow, 2000. 538 р."), "Moscow, 2000. 538 p.");
        assert_eq!(clean("Мoсква"), "Москва");
    }
}
