//! A part the parser labelled as names (authors, editors, translators), read as
//! a list of names. The part holds names only, so its form is read from the part
//! itself: `;`, `and`, `&`, `и` separate names; commas either separate names
//! ("Иванов И. И., Петров П. П.", "Andreas Schedler, Larry Diamond") or a family
//! name from its given names ("Kamangu, E.N., Chatté, A.", "Harris, Sheldon H.").
//! Each name: family + initials in either order (GOST, Vancouver "Nie J-B"),
//! "Family, Given", "Given Family", particles ("van der Berg"), else a body
//! ("United Nations War Crimes Commission").

use crate::model::Name;

/// Role words and the other marks a names part may carry.
const ROLES: &[&str] = &[
    "под общей редакцией",
    "Под общей редакцией",
    "под общ. ред.",
    "Под общ. ред.",
    "под редакцией",
    "Под редакцией",
    "под ред.",
    "Под ред.",
    "ответственный редактор",
    "Ответственный редактор",
    "ответственные редакторы",
    "научный редактор",
    "главный редактор",
    "отв. ред.",
    "Отв. ред.",
    "отв.ред.",
    "науч. ред.",
    "Науч. ред.",
    "гл. ред.",
    "Гл. ред.",
    "ред.",
    "Ред.",
    "редакторы",
    "редактор",
    "сост.",
    "Сост.",
    "составители",
    "Составители",
    "составитель",
    "Составитель",
    "пер. с англ.",
    "Пер. с англ.",
    "пер. с нем.",
    "Пер. с нем.",
    "пер. с франц.",
    "пер. с фр.",
    "пер. с польск.",
    "пер. с итал.",
    "пер. с кит.",
    "пер. с япон.",
    "пер.",
    "Пер.",
    "перевод",
    "Перевод",
    "Edited and translated by",
    "edited and translated by",
    "and translated by",
    "edited by",
    "Edited by",
    "ed. by",
    "Ed. by",
    "(eds.)",
    "(Eds.)",
    "(ed.)",
    "(Ed.)",
    "eds.",
    "Eds.",
    "ed.",
    "Ed.",
    "editors",
    "editor",
    "Editors",
    "Editor",
    "(eds)",
    "(ed)",
    "eds",
    "trans. by",
    "translated by",
    "Translated by",
    "trans.",
    "Trans.",
    "transl.",
    "comp.",
    "compiled by",
    "Hrsg. v.",
    "(Hrsg.)",
    "Hrsg.",
    "hrsg. v.",
    "(dir.)",
    "dir.",
    "(éd.)",
    "(éds.)",
    "éd.",
    "a cura di",
    "(coord.)",
    "coord.",
];

const PARTICLES: &[&str] = &[
    "von", "van", "de", "der", "den", "da", "di", "du", "la", "le", "del", "della", "dos", "das",
    "ten", "ter", "zu", "vom", "d'", "dei",
];

/// Whether a names part says they are editors ("Nie JB, Guo N, editors.").
pub(super) fn says_editors(part: &str) -> bool {
    let l = part.to_lowercase();
    [
        "(ed.)",
        "(eds.)",
        "(eds)",
        "(ed)",
        ", ed.",
        ", eds.",
        ", editors",
        ", editor",
        " eds.",
        "(hrsg.)",
        "(dir.)",
        "(éd.)",
        "(éds.)",
        "под ред",
        "отв. ред",
        "гл. ред",
        "науч. ред",
        "редактор",
    ]
    .iter()
    .any(|w| l.contains(w))
}

/// The part without its role words, opening words ("In:", "/") and the
/// separators around it.
fn clean(part: &str) -> String {
    let mut s = format!(" {} ", part.trim());
    for w in ROLES {
        // (Cheaply: most parts have no role word, and most role words' first
        // letter is not in the part.)
        if w.chars().next().is_some_and(|c| !s.contains(c)) {
            continue;
        }
        while let Some(i) = s.find(w) {
            let end = i + w.len();
            // A whole word (or bracketed group) only.
            let before_ok = !s[..i].chars().next_back().is_some_and(char::is_alphanumeric);
            let after_ok = !s[end..].chars().next().is_some_and(char::is_alphanumeric);
            if !(before_ok && after_ok) {
                break;
            }
            s.replace_range(i..end, " ");
        }
    }
    let s = without_source_language(&s);
    let mut t = s.trim();
    for p in ["In:", "In ", "in:", "in ", "//", "/", "В кн.:", "Dans ", "Im:"] {
        if let Some(r) = t.strip_prefix(p) {
            t = r.trim_start();
        }
    }
    let t = t.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | ':' | '/' | '–' | '—' | '(' | ')')
    });
    let t = t.strip_suffix(". –").unwrap_or(t).trim_end_matches([',', ';', ':', ' ']);
    // A role word cut from "Smith, J. (Ed.)." leaves its period behind.
    t.split_whitespace()
        .filter(|w| !w.chars().all(|c| matches!(c, '.' | ',' | ';' | ':')))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The language a translation was made from, left when `пер.` / `перевод` went:
/// `с англ.`, `с венгерского`, `со старофранцузского языка`.
fn without_source_language(s: &str) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    let lower_start = |w: &str| w.chars().next().is_some_and(char::is_lowercase);
    let adjective = |w: &str| {
        let w = w.trim_end_matches([',', ';']);
        lower_start(w) && (w.ends_with('.') || w.ends_with("ого"))
    };
    let mut out = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        if matches!(words[i], "с" | "со") && words.get(i + 1).is_some_and(|w| adjective(w)) {
            i += 2;
            if words.get(i).is_some_and(|w| matches!(*w, "яз." | "языка" | "языка," | "яз.,"))
            {
                i += 1;
            }
            continue;
        }
        out.push(words[i]);
        i += 1;
    }
    out.join(" ")
}

/// "И.", "J.-B.", "E.N.", "JB", "J": an initial or a run of them.
pub(super) fn is_initials(w: &str) -> bool {
    let w = w.trim_end_matches(',');
    let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() || w.chars().count() > 6 {
        return false;
    }
    let all_caps = !letters.is_empty() && letters.iter().all(|c| c.is_uppercase());
    let dotted = w.contains('.');
    // "И.", "E.N.", "J.-B.", "Ch." (a digraph initial), "JB" (Vancouver).
    all_caps && (dotted || letters.len() <= 3)
        || dotted
            && w.split(['.', '-'])
                .filter(|x| !x.is_empty())
                .all(|x| x.chars().count() <= 2 && x.starts_with(char::is_uppercase))
}

fn is_word(w: &str) -> bool {
    let mut c = w.chars();
    c.next().is_some_and(char::is_uppercase) && w.chars().count() > 1 && !is_initials(w)
}

/// Given names as printed: initials, or a first name and initials.
fn is_given(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 3
        && words.iter().all(|w| is_initials(w) || is_word(w))
        && words.iter().skip(1).all(|w| is_initials(w))
}

/// A family name alone: one word, maybe after particles, maybe hyphenated.
fn is_family(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    let k = words.iter().take_while(|w| PARTICLES.contains(w)).count();
    words.len() == k + 1 && is_word(words[k])
        || words.len() == k + 1
            && words[k].chars().all(|c| c.is_uppercase() || c == '-')
            && words[k].chars().count() > 1
}

/// A family name and given names, the particles split off.
fn person(family: &str, given: &str) -> Name {
    let words: Vec<&str> = family.split_whitespace().collect();
    let k = words.iter().take_while(|w| PARTICLES.contains(w)).count();
    let family = words[k..].join(" ");
    // The period that ends the list is no part of a family name.
    let family = if family.chars().filter(|c| c.is_alphabetic()).count() > 2 {
        family.trim_end_matches('.').to_string()
    } else {
        family
    };
    let given = tidy_given(given);
    let mut n = Name::person(family, given.clone());
    if given.is_empty() {
        n.given = None;
    }
    if k > 0 && k < words.len() {
        n.particle = Some(words[..k].join(" "));
    }
    n
}

/// Given names as a reference prints them: initials closed up ("S. E." ->
/// "S.E.", as the rest of refconv writes them), a full name without the period
/// that ends the list ("Jeanne." -> "Jeanne").
fn tidy_given(given: &str) -> String {
    let g = given.trim().trim_end_matches([',', ' ']).trim_end_matches(" .");
    let words: Vec<&str> = g.split_whitespace().collect();
    if !words.is_empty() && words.iter().all(|w| is_initials(w)) {
        return words.concat();
    }
    // "Nie JB.": Vancouver initials, the period the list's end.
    if words.len() == 1
        && g.ends_with('.')
        && g.matches('.').count() == 1
        && g.chars().filter(|c| c.is_uppercase()).count() >= 2
        && g.chars().all(|c| c.is_uppercase() || c == '.' || c == '-')
    {
        return g.trim_end_matches('.').to_string();
    }
    match words.last() {
        Some(last)
            if is_word(last)
                && last.ends_with('.')
                && last.chars().filter(|c| c.is_lowercase()).count() >= 2 =>
        {
            g.trim_end_matches('.').to_string()
        }
        _ => g.to_string(),
    }
}

/// One name, in whatever order it is printed.
fn one(p: &str) -> Name {
    let p = p.trim_start_matches(['.', ',', ';', ':', ' ']).trim().trim_end_matches(',');
    if let Some((f, g)) = p.split_once(", ") {
        if is_family(f) && is_given(g) {
            return person(f, g);
        }
    }
    let words: Vec<&str> = p.split_whitespace().collect();
    let n = words.len();
    if n >= 2 {
        // Family then initials: "Иванов И. И.", "Nie J-B", "Smith JA".
        if is_family(words[0]) && words[1..].iter().all(|w| is_initials(w)) {
            return person(words[0], &words[1..].join(" "));
        }
        // Initials (and given names) then family: "И. И. Иванов", "J. P. Ibbetson".
        let k = words[..n - 1].iter().take_while(|w| is_initials(w)).count();
        if k > 0 && k == n - 1 && is_word(words[n - 1]) {
            return person(words[n - 1], &words[..k].join(" "));
        }
        // Particles inside: "Ludwig van Beethoven", "A. J. van Doorn".
        if let Some(i) = words.iter().position(|w| PARTICLES.contains(w)) {
            if i > 0
                && i < n - 1
                && words[..i].iter().all(|w| is_word(w) || is_initials(w))
                && words[i..].iter().skip_while(|w| PARTICLES.contains(w)).count() == 1
            {
                return person(&words[i..].join(" "), &words[..i].join(" "));
            }
        }
        // CAPITALS family first: "CHEAH Wui Ling".
        if words[0].chars().count() > 1
            && words[0].chars().all(|c| c.is_uppercase())
            && words[1..].iter().all(|w| is_word(w) || is_initials(w))
        {
            return person(words[0], &words[1..].join(" "));
        }
        // Given family: "Larry Diamond", "Marc F. Plattner".
        if n <= 4
            && words.iter().all(|w| is_word(w) || is_initials(w))
            && is_word(words[n - 1])
            && is_word(words[0])
            && n <= 3
        {
            return person(words[n - 1], &words[..n - 1].join(" "));
        }
    } else if n == 1 && is_family(p) {
        let mut n = Name::person(p.trim_end_matches('.').to_string(), String::new());
        n.given = None;
        return n;
    }
    Name::literal(p.trim_end_matches('.'))
}

/// The names of a part labelled as names.
pub(super) fn name_list(part: &str) -> Vec<Name> {
    let mut s = clean(part);
    let mut others = false;
    for e in ["et al.", "et al", "[и др.]", "и др.", "и др", "u. a.", "et coll.", "and others"]
    {
        if let Some(i) = s.find(e) {
            s = s[..i].trim().trim_end_matches([',', '[', ' ']).to_string();
            others = true;
        }
    }
    let s = slashes_apart(&s)
        .replace(", and ", "; ")
        .replace(", & ", "; ")
        .replace(" and ", "; ")
        .replace(" & ", "; ")
        .replace(" и ", "; ")
        .replace(" і ", "; ")
        .replace(" та ", "; ")
        .replace(" und ", "; ")
        .replace(" et ", "; ");
    let mut out = Vec::new();
    for chunk in s.split(';').map(str::trim).filter(|c| !c.is_empty()) {
        let parts: Vec<&str> = chunk
            .split(", ")
            .map(str::trim)
            .filter(|p| p.chars().any(char::is_alphabetic))
            .collect();
        let mut i = 0;
        while i < parts.len() {
            // "Family, Given" pairs: a family name alone, then given names alone.
            if i + 1 < parts.len() && is_family(parts[i]) && is_given(parts[i + 1]) {
                out.push(person(parts[i], parts[i + 1]));
                i += 2;
            } else {
                out.push(one(parts[i]));
                i += 1;
            }
        }
    }
    // Vancouver ("Harris S, Devolder K."): initials without periods; the period
    // after the last ones ends the list.
    let undotted =
        out.iter().filter(|n| n.given.as_deref().is_some_and(|g| !g.contains('.'))).count();
    if undotted > 0 && undotted + 1 == out.iter().filter(|n| n.given.is_some()).count() {
        if let Some(g) = out.last_mut().and_then(|n| n.given.as_mut()) {
            if g.ends_with('.')
                && g.matches('.').count() == 1
                && g.chars().all(|c| c.is_uppercase() || c == '.' || c == '-')
            {
                g.pop();
            }
        }
    }
    if others {
        out.push(Name::literal("others"));
    }
    out
}

/// German notes part names with a slash and no space (`Burckhardt,
/// Daniel/Meyer, Thomas`, `Dies./Bleuler, Anna`): each such slash, between a
/// small letter or a period and a capital, parts two names.
fn slashes_apart(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev = ' ';
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied().unwrap_or(' ');
        if c == '/' && (prev.is_lowercase() || prev == '.') && next.is_uppercase() {
            out.push_str("; ");
        } else {
            out.push(c);
        }
        prev = c;
    }
    out
}

/// An initial with its period (`И.`, `И.И.`, `В.-А.`, `Iu.`, `Дж.`): not `IT`.
pub(super) fn initial(w: &str) -> bool {
    w.contains('.') && is_initials(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(part: &str) -> Vec<String> {
        name_list(part)
            .into_iter()
            .map(|n| match (n.family, n.literal) {
                (Some(f), _) => format!(
                    "{}{}|{}",
                    n.particle.map(|p| p + " ").unwrap_or_default(),
                    f,
                    n.given.unwrap_or_default()
                ),
                (_, Some(l)) => l,
                _ => String::new(),
            })
            .collect()
    }

    #[test]
    fn slashes_part_german_names() {
        assert_eq!(
            show("Burckhardt, Daniel/Meyer, Thomas/Prinz, Claudia (Hrsg.)"),
            ["Burckhardt|Daniel", "Meyer|Thomas", "Prinz|Claudia"]
        );
        // Not a slash between capitals or digits, nor one with spaces around it.
        assert_eq!(slashes_apart("AC/DC 1/2 a / B"), "AC/DC 1/2 a / B");
    }

    #[test]
    fn every_common_form() {
        assert_eq!(show("Иванов И. И., Петров П. П."), ["Иванов|И.И.", "Петров|П.П."]);
        assert_eq!(show("Иванов, И. И."), ["Иванов|И.И."]);
        assert_eq!(show("/ И. И. Иванов, П. П. Петров ;"), ["Иванов|И.И.", "Петров|П.П."]);
        assert_eq!(show("под ред. С. С. Сидорова. –"), ["Сидорова|С.С."]);
        assert_eq!(show("Под ред. Евстратовой К.И."), ["Евстратовой|К.И."]);
        assert_eq!(show("/ гл. ред. М. А. Пальцев."), ["Пальцев|М.А."]);
        assert_eq!(show("перевод с английского М. Кузнецовой"), ["Кузнецовой|М."]);
        assert_eq!(show("пер. с венг. Ю. А. Данилова"), ["Данилова|Ю.А."]);
        assert_eq!(show("пер. со старофранцузского яз. И. Петрова"), ["Петрова|И."]);
        assert_eq!(show("/ ответственный редактор А. В. Торкунов"), ["Торкунов|А.В."]);
        assert_eq!(show("Harris S, Devolder K."), ["Harris|S", "Devolder|K"]);
        assert_eq!(
            show("Bergsmo, Morten and CHEAH Wui Ling"),
            ["Bergsmo|Morten", "CHEAH|Wui Ling"]
        );
        assert_eq!(show("Harris, Sheldon H."), ["Harris|Sheldon H."]);
        assert_eq!(show("Kamangu, E.N., Chatté, A.,"), ["Kamangu|E.N.", "Chatté|A."]);
        assert_eq!(show("Smith, J. A., & Jones, B."), ["Smith|J.A.", "Jones|B."]);
        assert_eq!(show("Smith, J. (Ed.)."), ["Smith|J."]);
        assert_eq!(show("Kondō, S., & Lee, B. (Eds.)."), ["Kondō|S.", "Lee|B."]);
        assert_eq!(
            show("Nie J-B, Guo N, Selden M, Kleinman A, editors."),
            ["Nie|J-B", "Guo|N", "Selden|M", "Kleinman|A"]
        );
        assert_eq!(show("von Lingen, Kerstin, ed."), ["von Lingen|Kerstin"]);
        assert_eq!(
            show("Derrick, D., I. Stavness and B. Gick."),
            ["Derrick|D.", "Stavness|I.", "Gick|B."]
        );
        assert_eq!(
            show("In Andreas Schedler, Larry Diamond and Marc F. Plattner (eds.)"),
            ["Schedler|Andreas", "Diamond|Larry", "Plattner|Marc F."]
        );
        assert_eq!(
            show("Cove, John J., and George F. MacDonald, eds."),
            ["Cove|John J.", "MacDonald|George F."]
        );
        assert_eq!(
            show("United Nations War Crimes Commission."),
            ["United Nations War Crimes Commission"]
        );
        assert_eq!(show("Федеральное архивное агентство"), ["Федеральное архивное агентство"]);
        assert_eq!(show("Иванов И. И. [и др.]"), ["Иванов|И.И.", "others"]);
        assert_eq!(show("Nie JB, Kleinman A, editors. Japan"), ["Nie|JB", "Kleinman|A", "Japan|"]);
        assert!(says_editors("Nie JB, Guo N, editors.") && !says_editors("Nie JB, Guo N."));
    }
}
