//! Whether a note cites a published work (a book, an article, a printed edition)
//! that the reader does not read into an entry: the note is `literature`, and an
//! ibid after it repeats that work, not an earlier archival file.
//!
//! The marks, each common to the citation styles of several languages:
//! an imprint in parentheses (`(Paris: Plon, 1930)`, `(Wien 1856)`), a journal's
//! volume and year (`28 (1985)`), a GOST imprint or container (`М., 1990`,
//! `// Вопросы истории`), a page after a year (`1953, p. 70`, `1990. С. 12`),
//! a short form (`Wood, 37.`), or the words of a second reference (`op. cit.`,
//! `quoted in`, `Указ. соч.`, `a. a. O.`).

/// Words that only a citation of a work uses, lower case.
const WORK_WORDS: &[&str] = &[
    "op. cit",
    "op.cit",
    "loc. cit",
    "a. a. o.",
    "a.a.o.",
    "quoted in",
    "cited in",
    "cited by",
    "zit. nach",
    "zitiert nach",
    "указ. соч",
    "цит. по",
    "цит. соч",
    "ed. by",
    "hrsg. v",
    "hg. v",
    "под ред",
    // Published series of documents, cited like books.
    "foreign relations of the united states",
    "foreign relations, 1",
    "documents on british foreign policy",
    "documents on german foreign policy",
    "documents diplomatiques français",
    "akten zur deutschen auswärtigen politik",
    "документы внешней политики",
    "public papers of the presidents",
    "public papers: ",
    "department of state bulletin",
];

/// Places of GOST imprints: `М., 1990`, `СПб.: Наука, 2001`.
const GOST_PLACES: &[&str] = &["М.", "Л.", "СПб.", "М.;", "Киев", "Київ", "Минск", "Новосибирск"];

fn year_at(c: &[char], i: usize) -> bool {
    i + 4 <= c.len()
        && c[i..i + 4].iter().all(char::is_ascii_digit)
        && matches!(c[i], '1' | '2')
        && !c.get(i + 4).is_some_and(char::is_ascii_digit)
        && (i == 0 || !c[i - 1].is_ascii_digit())
}

/// An imprint or a journal year in parentheses: `(Paris: Plon, 1930)`,
/// `(Wien 1856)`, `28 (1985)`.
fn imprint(c: &[char]) -> bool {
    let mut i = 0;
    while let Some(open) = c[i..].iter().position(|x| *x == '(').map(|p| p + i) {
        let Some(close) = c[open..].iter().position(|x| *x == ')').map(|p| p + open) else {
            break;
        };
        let inner = &c[open + 1..close];
        let year = (0..inner.len()).any(|k| year_at(inner, k));
        let letters = inner.iter().filter(|x| x.is_alphabetic()).count();
        let bare_year = inner.len() == 4 && year;
        let volume_before = open >= 2 && c[open - 1] == ' ' && c[open - 2].is_ascii_digit();
        // "(Paris: Plon, 1930)", "(Wien 1856)": a place, then the year last.
        let year_last = inner.len() >= 4 && year_at(inner, inner.len() - 4);
        if (year_last && letters >= 3 && inner.first().is_some_and(|x| x.is_uppercase()))
            || (bare_year && volume_before)
        {
            return true;
        }
        i = close + 1;
    }
    false
}

/// A page after a year: `1953, 70.`, `1930), vii–viii.`, `1990. С. 12`, `2020 p.127`.
fn page_after_year(c: &[char]) -> bool {
    (0..c.len()).filter(|&i| year_at(c, i)).any(|i| {
        let rest: String = c[i + 4..].iter().take(14).collect();
        let rest = rest.trim_start_matches([')', '.', ',', ' ']);
        let lower = rest.to_lowercase();
        let labelled = ["p.", "pp.", "s.", "с.", "p ", "s "].iter().any(|p| {
            lower.starts_with(p)
                && lower[p.len()..].trim_start().starts_with(|x: char| x.is_ascii_digit())
        });
        let bare = rest.starts_with(|x: char| x.is_ascii_digit())
            || rest.starts_with(['i', 'v', 'x'])
                && rest.chars().take_while(|x| x.is_alphabetic()).all(|x| "ivxl".contains(x));
        labelled || (bare && c[i + 4..].iter().take(3).any(|x| *x == ','))
    })
}

/// A short form: a name, a comma and a page (`Wood, 37.`, `Кошкин, с. 12.`).
fn short_form(t: &str) -> bool {
    let t = t.trim().trim_end_matches('.');
    let Some((name, page)) = t.rsplit_once(", ") else { return false };
    let page = page.trim_start_matches(|x: char| "pPsSсС. ".contains(x));
    let page_ok = !page.is_empty()
        && page.chars().all(|x| x.is_ascii_digit() || matches!(x, '–' | '-' | 'f'))
        && page.starts_with(|x: char| x.is_ascii_digit());
    let name_ok = name.split_whitespace().count() <= 6
        && name.starts_with(char::is_uppercase)
        && !name.chars().any(|x| x.is_ascii_digit());
    page_ok && name_ok
}

/// A short title and pages (`Будни подвига. С. 124–125, 130.`, `Diplomatic
/// Year, pp. 12–13.`): a capitalised title of a few words, then only pages.
fn short_title(t: &str) -> bool {
    let t = t.trim().trim_end_matches('.');
    let labels = [". С. ", ". с. ", ". P. ", ". p. ", ". S. ", ", p. ", ", pp. ", ", S. ", ", с. "];
    let Some((at, label)) =
        labels.iter().filter_map(|l| t.rfind(l).map(|i| (i, l))).max_by_key(|x| x.0)
    else {
        return false;
    };
    let (title, pages) = (&t[..at], &t[at + label.len()..]);
    // GOST's short form with its author first: "Кочетов В. Улицы и траншеи. С. 190."
    let title = after_author(title).unwrap_or(title);
    let pages_ok = pages.starts_with(|x: char| x.is_ascii_digit())
        && pages.chars().all(|x| x.is_ascii_digit() || matches!(x, '–' | '-' | ',' | ' ' | 'f'));
    let title_ok = (1..=10).contains(&title.split_whitespace().count())
        && title.starts_with(char::is_uppercase)
        && !title.chars().any(|x| x.is_ascii_digit() || matches!(x, '.' | ';'));
    pages_ok && title_ok
}

/// The title after a surname and one or two initials (`Кочетов В. `, `Ivanov I. I. `).
fn after_author(t: &str) -> Option<&str> {
    let (surname, mut rest) = t.split_once(' ')?;
    let name_ok = surname.chars().count() >= 2
        && surname.starts_with(char::is_uppercase)
        && surname.chars().all(|x| x.is_alphabetic() || x == '-');
    if !name_ok {
        return None;
    }
    let mut initials = 0;
    while let Some(r) =
        rest.strip_prefix(|x: char| x.is_uppercase()).and_then(|r| r.strip_prefix('.'))
    {
        initials += 1;
        rest = r.trim_start();
    }
    (1..=2).contains(&initials).then_some(rest)
}

/// Whether `text` (a whole note) cites a published work.
pub(super) fn cites_work(text: &str) -> bool {
    let c: Vec<char> = text.chars().collect();
    let lower = text.to_lowercase();
    WORK_WORDS.iter().any(|w| lower.contains(w))
        || text.contains(" // ")
        || GOST_PLACES.iter().any(|p| {
            text.match_indices(p).any(|(i, _)| {
                let before = text[..i].chars().next_back();
                let after = text[i + p.len()..].trim_start_matches([',', ':', ' ', ';']);
                before.is_none_or(|x| x == ' ')
                    && after.chars().take(40).any(|x| x.is_ascii_digit())
                    && (0..c.len()).any(|k| year_at(&c, k))
            })
        })
        || imprint(&c)
        || page_after_year(&c)
        || short_form(text)
        || short_title(text)
        || cjk_work(text)
}

/// A work cited as Japanese and Chinese notes print it: a title in `『』`
/// (`朝河貫一『日本の禍機』講談社、一九八七年`), a page count in `頁`, or a
/// short form of a few characters and pages (`室伏、237。`).
fn cjk_work(t: &str) -> bool {
    let cjk =
        |x: char| ('\u{3040}'..='\u{30ff}').contains(&x) || ('\u{4e00}'..='\u{9fff}').contains(&x);
    if !t.chars().any(cjk) {
        return false;
    }
    if t.contains('『') || t.contains('頁') || t.contains('页') {
        return true;
    }
    let t = t.trim().trim_end_matches(['。', '.']);
    let Some((name, page)) = t.rsplit_once('、') else { return false };
    let page_ok = page.starts_with(|x: char| x.is_ascii_digit())
        && page.chars().all(|x| x.is_ascii_digit() || matches!(x, '–' | '-' | '〜' | '~'));
    page_ok && (1..=12).contains(&name.chars().count()) && !name.contains([' ', ','])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn works_cited_in_several_styles() {
        assert!(cites_work("T. B. Mott, Souvenirs (Paris: Plon, 1930), vii–viii."));
        assert!(cites_work("N. Roosevelt, A Front Row Seat (Norman, Okla.: UP, 1953), 70."));
        assert!(cites_work("D. Reynolds, ‘Origins’, Historical Journal, 28 (1985), p. 499."));
        assert!(cites_work("Wood, 37."));
        assert!(cites_work("朝河貫一『日本の禍機』講談社、一九八七年、一三一〜一三二頁。"));
        assert!(cites_work("室伏、237。"));
        assert!(!cites_work("朝日新聞の記事による。"));
        assert!(cites_work("Будни подвига. С. 124–125, 130, 133, 138."));
        assert!(cites_work("Кочетов В. Улицы и траншеи. С. 190."));
        assert!(cites_work("Ivanov I. I. Istoriia. S. 5."));
        assert!(cites_work("Diplomatic Year, pp. 12-13."));
        assert!(cites_work("Кошкин А. А. Японский фронт. М., 2011. С. 45."));
        assert!(cites_work("Moriz v. Stubenrauch, Handbuch 1, (Wien 1856) 166."));
        assert!(cites_work("Quoted in Smith, Cold War."));
        assert!(cites_work("See Foreign Relations, 1964–1968, vol. I, Document 331, footnote 7."));
        assert!(cites_work("Source: Public Papers: Carter, 1977, Book II, pp. 1309–1315."));
    }

    #[test]
    fn commentary_and_archival_notes_are_not_works() {
        assert!(!cites_work("The meeting took place in 1950 in Moscow."));
        assert!(!cites_work("AVP RF. F. 0146. Op. 30. P. 282. D. 29. L. 317."));
        assert!(!cites_work("This was, as he wrote, the end."));
        assert!(!cites_work("Pravda. 1950. February 3."));
        assert!(!cites_work("He said so. See the report. P. 5 of it."));
    }
}
