//! Cyrillic and Latin: which script a text is in, and a letter of the other
//! script inside a word replaced by the one it looks like.

/// White space collapsed; a letter of the other script inside a word replaced
/// by the one it looks like ("Rоutledge", "538 р.").
pub(super) fn clean(s: &str) -> String {
    let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let latin_text = !is_cyrillic(&s);
    s.split(' ')
        .map(|w| {
            let w = single_dashes(w);
            // `538 р.` in a Latin text is pages; in a Cyrillic one it is
            // roubles or the Ukrainian `р.` (year).
            if latin_text && w == "р." {
                return "p.".to_string();
            }
            // Each run of letters on its own (`чтения–XXX` keeps its Latin
            // numeral).
            let mut out = String::with_capacity(w.len());
            let mut run = String::new();
            for c in w.chars() {
                if c.is_alphabetic() {
                    run.push(c);
                } else {
                    out.push_str(&one_script(&run));
                    run.clear();
                    out.push(c);
                }
            }
            out.push_str(&one_script(&run));
            out
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A run of letters in one script: it goes over to the script whose letters
/// it cannot do without (`Cлoвo` is Cyrillic: `л`, `в` have no Latin twin);
/// when both could, to the script of most of its letters.
fn one_script(w: &str) -> String {
    let lat = w.chars().filter(|c| c.is_ascii_alphabetic()).count();
    let cyr = w.chars().filter(|c| is_cyrillic_letter(*c)).count();
    if lat == 0 || cyr == 0 {
        return w.to_string();
    }
    let to_lat = w.chars().all(|c| !is_cyrillic_letter(c) || latin_twin(c).is_some());
    let to_cyr = w.chars().all(|c| !c.is_ascii_alphabetic() || lat_to_cyr(c).is_some());
    if to_lat && (!to_cyr || lat >= cyr) {
        w.chars().map(|c| latin_twin(c).unwrap_or(c)).collect()
    } else if to_cyr {
        w.chars().map(|c| lat_to_cyr(c).unwrap_or(c)).collect()
    } else {
        w.to_string()
    }
}

fn is_cyrillic_letter(c: char) -> bool {
    matches!(c, 'А'..='я' | 'ё' | 'Ё')
}

/// A run of dashes typed for one (`–– М., 2014.–– 50 с.`, `- -`'s
/// neighbour `--` standing alone) made one en dash, GOST's area separator;
/// hyphens inside a word (`68-77`) are left.
fn single_dashes(w: &str) -> String {
    if w == "--" || w == "---" {
        return "–".to_string();
    }
    // Most words have no dash, or a single one: nothing to do.
    if w.chars().filter(|c| matches!(c, '-' | '–' | '—')).count() < 2 {
        return w.to_string();
    }
    let mut out = String::with_capacity(w.len());
    let mut run = 0;
    let mut wide = false;
    let flush = |out: &mut String, run: usize, wide: bool, last: &str| {
        if run > 1 && wide {
            out.push('–');
        } else {
            out.push_str(last);
        }
    };
    let mut pending = String::new();
    for c in w.chars() {
        if matches!(c, '-' | '–' | '—') {
            run += 1;
            wide |= c != '-';
            pending.push(c);
        } else {
            if run > 0 {
                flush(&mut out, run, wide, &pending);
            }
            run = 0;
            wide = false;
            pending.clear();
            out.push(c);
        }
    }
    if run > 0 {
        flush(&mut out, run, wide, &pending);
    }
    out
}

/// The Latin letter a Cyrillic one looks like (`С` → `C`), if any.
pub fn latin_twin(c: char) -> Option<char> {
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
    let cyr = s.chars().filter(|c| is_cyrillic_letter(*c)).count();
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
        // A letter with no twin decides; a numeral beside a dash stays Latin;
        // `р.` in a Cyrillic text is no page.
        assert_eq!(clean("Cлoвo"), "Слово");
        assert_eq!(clean("Понтрягинские чтения–XXX"), "Понтрягинские чтения–XXX");
        assert_eq!(clean("від 31.10.2000 р."), "від 31.10.2000 р.");
    }

    #[test]
    fn dash_runs_are_one_separator() {
        assert_eq!(clean("/ Федорова. –– М., 2014.–– 50 с."), "/ Федорова. – М., 2014.– 50 с.");
        assert_eq!(clean("Title. -- London, 1990"), "Title. – London, 1990");
        assert_eq!(clean("С. 68-77; 1950—1953"), "С. 68-77; 1950—1953");
    }
}
