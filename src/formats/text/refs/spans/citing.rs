//! Footnotes as printed in the humanities: the words that cite before a
//! reference (`See`, `cf. also`, `and`, `Vgl.`, `voir`, `véase`, `zob.`), which the
//! model runs into the names or the title after them; and a title's first words
//! taken for one more name at the end of names written initials first (`D.
//! Kienast, W. Eck, M. Heil, | Römische Kaisertabelle. Grundzüge …`, `A. Richard,
//! | Charles de Danzay, ambassadeur de France …`).

use super::super::namelist::initial;
use super::ids::{Ids, Span};

/// Words a footnote cites with, lower case, longest first where one begins
/// another. `ver`, `v.`, `s.` and `also` are left out: a name or a title can
/// begin with them (`Ver Steeg`, `Also sprach Zarathustra`).
const LEAD_INS: [&str; 50] = [
    "see also",
    "see, e.g.,",
    "see e.g.",
    "see",
    "cf. also",
    "cf.",
    "cf",
    "cfr.",
    "compare",
    "and",
    "e.g.,",
    "for example,",
    "quoted in",
    "cited in",
    "vgl. auch",
    "vgl.",
    "siehe auch",
    "siehe",
    "zit. nach",
    "voir aussi",
    "voir",
    "voy.",
    "vedi anche",
    "vedi",
    "si veda",
    "véase también",
    "véase",
    "vid.",
    "zie ook",
    "zie",
    "zob. też",
    "zob.",
    "por.",
    "srv.",
    "viz",
    "apud",
    "подробнее см.:",
    "см. также:",
    "см. также",
    "см.:",
    "см.",
    "ср.:",
    "цит. по:",
    "цит. по",
    "див. також:",
    "див.:",
    "див.",
    "для цитирования:",
    "for citation:",
    "ibid., and",
];

/// How many bytes of `part` its lead-in words take (with the commas and spaces
/// after them), or 0.
fn lead_in_len(part: &str) -> usize {
    let mut at = 0;
    // `and cf. also`: at most three in a row.
    for _ in 0..3 {
        let rest = &part[at..];
        let lower = rest.to_lowercase();
        // Lower-casing may change lengths (`İ`): compare only where it did not.
        if lower.len() != rest.len() {
            break;
        }
        let Some(w) = LEAD_INS.iter().find(|w| {
            lower.starts_with(*w)
                && lower[w.len()..].starts_with(|c: char| c.is_whitespace() || c == ',')
        }) else {
            break;
        };
        at += w.len();
        at += part[at..].len() - part[at..].trim_start_matches([' ', ',', '\u{a0}']).len();
    }
    at
}

/// The first part of names, title or host with its lead-in words cut off into
/// a note, when a name or a title follows them (a capital or an opening quote).
pub(super) fn lead_in_note(k: &Ids, text: &str, spans: &mut Vec<Span>) {
    let first = usize::from(spans.first().is_some_and(|s| s.0 == k.number));
    let Some(&(l, a, b)) = spans.get(first) else { return };
    if ![k.author, k.editor, k.title, k.container].contains(&l) {
        return;
    }
    let part = &text[a..b];
    // A title may begin with `And` (`And Quiet Flows the Don`); names may not.
    let names = l == k.author || l == k.editor;
    if !names && part.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("and ")) {
        return;
    }
    let cut = lead_in_len(part);
    let opens = part[cut..]
        .starts_with(|c: char| c.is_uppercase() || matches!(c, '“' | '"' | '«' | '„' | '‘' | '\''));
    if cut == 0 || cut >= part.len() || !opens {
        return;
    }
    let head = part[..cut].trim_end().len();
    spans[first] = (k.note, a, a + head);
    spans.insert(first + 1, (l, a + cut, b));
}

/// Role phrases printed after a title in Western footnotes, lower case, and
/// whether the names after them are translators (else editors). Phrases ending
/// in a preposition (`publié par`) take any names after them; a bare
/// abbreviation (`éd.`, `trad.`) only names that begin with a capital.
const TITLE_ROLES: [(&str, bool); 38] = [
    ("publié par", false),
    ("publiés par", false),
    ("publiée par", false),
    ("publ. par", false),
    ("édité par", false),
    ("éd. par", false),
    ("a cura di", false),
    ("hg. von", false),
    ("hg. v.", false),
    ("hrsg. von", false),
    ("hrsg. v.", false),
    ("herausgegeben von", false),
    ("edited by", false),
    ("ed. by", false),
    ("editado por", false),
    ("edición de", false),
    ("org. por", false),
    ("curata da", false),
    ("curato da", false),
    ("bezorgd door", false),
    ("éd.", false),
    ("ed.", false),
    ("eds.", false),
    ("hg.", false),
    ("hrsg.", false),
    ("traduites par", true),
    ("traduit par", true),
    ("trad. par", true),
    ("trad. di", true),
    ("tradotto da", true),
    ("traducción de", true),
    ("traducido por", true),
    ("tradução de", true),
    ("übersetzt von", true),
    ("übers. von", true),
    ("translated by", true),
    ("trans. by", true),
    ("trans.", true),
];

/// Where a role phrase after the title begins in `part` (after `, ` or `. `), its
/// names begin, and whether they are translators.
/// Whether a part opens with one of the role phrases above (`éd. A. Molinier`,
/// `hrsg. von …`; any case).
pub(super) fn opens_with_role(part: &str) -> bool {
    let lower: String = part.trim_start().chars().take(24).flat_map(char::to_lowercase).collect();
    TITLE_ROLES.iter().any(|(w, _)| lower.starts_with(w))
}

fn role_in_title(part: &str) -> Option<(usize, usize, bool)> {
    let lower = part.to_lowercase();
    if lower.len() != part.len() {
        return None;
    }
    let opens = lower.match_indices(", ").chain(lower.match_indices(". ")).map(|(i, _)| i + 2);
    let mut found: Option<(usize, usize, bool)> = None;
    for at in opens {
        let Some(&(w, tr)) = TITLE_ROLES
            .iter()
            .find(|(w, _)| lower[at..].starts_with(w) && lower[at + w.len()..].starts_with(' '))
        else {
            continue;
        };
        let names = at + w.len() + 1;
        let by_word = !w.ends_with('.') || w.ends_with(" v.");
        if (by_word || part[names..].starts_with(char::is_uppercase))
            && found.is_none_or(|f| at < f.0)
        {
            found = Some((at, names, tr));
        }
    }
    found.filter(|f| f.0 > 2)
}

/// Lead-ins that open a host after names (`dans`, `in`, `en`): where the names
/// of a role phrase end.
const HOST_LEADS: [&str; 5] = [" dans ", " in: ", " in ", " en ", " nel "];

/// A title that ran on into its editors or translators (`Œuvres spirituelles de
/// S. Bonaventure, traduites par M. l'abbé Berthaumier`, `…, publié par l'abbé
/// Migne dans Encyclopédie théologique`): cut at the role phrase; the names to
/// the end of the part, or to a host's lead-in, after which the rest is the host
/// when none was found.
pub(super) fn roles_out_of_title(k: &Ids, text: &str, spans: &mut Vec<Span>) {
    let Some(n) = spans.iter().position(|s| s.0 == k.title) else { return };
    let (_, a, b) = spans[n];
    let part = &text[a..b];
    let Some((at, names, translator)) = role_in_title(part) else { return };
    let has_host = spans.iter().any(|s| s.0 == k.container || s.0 == k.journal);
    let host = HOST_LEADS
        .iter()
        .filter_map(|w| part[names..].find(w).map(|i| names + i + 1))
        .min()
        .filter(|_| !has_host);
    let head = part[..at].trim_end().len();
    let role = if translator { k.translator } else { k.editor };
    spans[n].2 = a + head;
    let end = host.map_or(b, |h| a + part[..h].trim_end().len());
    spans.insert(n + 1, (role, a + at, end));
    if let Some(h) = host {
        spans.insert(n + 2, (k.container, a + h, b));
    }
}

/// A host that the model took for its editors (`In: Understanding Bakhtin,
/// Understanding Modernism, ed. P. Birgy,`), when no host was labelled: a part
/// of names that opens with a host's lead-in and holds no initial before a role
/// phrase is the host up to that phrase; the editors follow it.
pub(super) fn host_out_of_names(k: &Ids, text: &str, spans: &mut Vec<Span>) {
    if spans.iter().any(|s| s.0 == k.container || s.0 == k.journal) {
        return;
    }
    let Some(n) = spans.iter().position(|s| s.0 == k.editor) else { return };
    let (_, a, b) = spans[n];
    let part = &text[a..b];
    let lower = part.to_lowercase();
    let mut leads = HOST_LEADS.iter().map(|w| w.trim_start()).chain(["en: "]);
    let Some(lead) = leads.find(|w| lower.starts_with(w)).map(str::len) else {
        return;
    };
    let Some((at, _, translator)) = role_in_title(part) else { return };
    if translator || at <= lead || part[lead..at].split_whitespace().any(initial) {
        return;
    }
    let head = part[..at].trim_end().len();
    spans[n] = (k.container, a, a + head);
    spans.insert(n + 1, (k.editor, a + at, b));
}

/// A name written initials first: one or more initials, then a family name of
/// one to three words (`M. Heil`, `J.-B. Giard`, `R. de Lespinasse`).
fn initials_first(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let n = words.iter().take_while(|w| initial(w)).count();
    n >= 1
        && (1..=3).contains(&(words.len() - n))
        && words[n..].iter().all(|w| w.chars().all(|c| c.is_alphabetic() || "-'’".contains(c)))
        && words.last().is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// Where, in a part of names written initials first and parted by commas, a last
/// run that is no such name begins: capitalised words with no initial among
/// them, no `and`, no role (`éd.`, `Hrsg.`).
fn run_after_initials(part: &str) -> Option<usize> {
    let items: Vec<&str> = part.split(", ").collect();
    let (last, names) = items.split_last()?;
    if names.is_empty() || !names.iter().all(|n| initials_first(n.trim())) {
        return None;
    }
    let words: Vec<&str> = last.split_whitespace().collect();
    let plain = |w: &&str| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
    // `H.FERNANDEZ.`: an initial glued to its name.
    let glued = words.first().is_some_and(|w| w.trim_end_matches(['.', ',']).contains('.'));
    let no_name = !glued
        && words.first().is_some_and(|w| w.starts_with(char::is_uppercase))
        && !words.iter().any(|w| initial(w))
        && !words.iter().map(plain).any(|w| {
            ["and", "et", "und", "e", "y", "al", "ed", "eds", "éd", "éds", "dir", "hrsg", "hg"]
                .contains(&w.as_str())
        });
    no_name.then(|| part.len() - last.len())
}

/// The names' last run moved to the title after them (or made the title, when
/// the model found none).
pub(super) fn title_after_initials(k: &Ids, text: &str, spans: &mut Vec<Span>) {
    // After a citation number and the lead-in words.
    let Some(first) = spans.iter().position(|s| s.0 != k.number && s.0 != k.note) else { return };
    let (l, a, b) = spans[first];
    if l != k.author {
        return;
    }
    let has_title = spans.iter().any(|s| s.0 == k.title);
    let next_is_title = spans.get(first + 1).is_some_and(|s| s.0 == k.title && s.1 >= b);
    if has_title && !next_is_title {
        return;
    }
    let Some(at) = run_after_initials(&text[a..b]) else { return };
    let end = text[a..a + at].trim_end().len();
    spans[first].2 = a + end;
    if next_is_title {
        spans[first + 1].1 = a + at;
    } else {
        spans.insert(first + 1, (k.title, a + at, b));
    }
}

/// German notes' names parted by slashes (`Knüpfer, Christian/Beck, Clemens/
/// Engelhardt, Jan: Werkzeuge …`) that the model cut inside: names that end
/// with a slash or a family name's comma, before a title that opens with more
/// such names up to a colon, take them.
pub(super) fn slash_names_from_title(k: &Ids, text: &str, spans: &mut [Span]) {
    let Some(n) = spans.iter().position(|s| s.0 == k.title) else { return };
    if n == 0 || spans[n - 1].0 != k.author {
        return;
    }
    let names = &text[spans[n - 1].1..spans[n - 1].2];
    if !names.contains('/') {
        return;
    }
    let (_, a, b) = spans[n];
    let part = &text[a..b];
    let Some(colon) = part.find(": ") else { return };
    let head = &part[..colon];
    let words: Vec<&str> = head.split([' ', '/']).filter(|w| !w.is_empty()).collect();
    let named = head.contains('/')
        && words.len() <= 12
        && words.iter().all(|w| {
            let w = w.trim_end_matches(',');
            w.starts_with(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
        });
    if named {
        spans[n - 1].2 = a + colon + 1;
        spans[n].1 = a + colon + 2;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lead_ins_are_measured_with_what_follows_them() {
        assert_eq!(lead_in_len("See, e.g., Carol McGuirk"), "See, e.g., ".len());
        assert_eq!(lead_in_len("and cf. also Scott"), "and cf. also ".len());
        assert_eq!(lead_in_len("Vgl. Martin Anton Müller"), "Vgl. ".len());
        assert_eq!(lead_in_len("См.: Эко У."), "См.: ".len());
        assert_eq!(lead_in_len("Подробнее см.: Эко У."), "Подробнее см.: ".len());
        assert_eq!(lead_in_len("Andrew Smith"), 0);
        assert_eq!(lead_in_len("Seeley, J."), 0);
        assert_eq!(lead_in_len("Also sprach Zarathustra"), 0);
    }

    #[test]
    fn a_host_is_taken_out_of_its_editors() {
        let part = "In: Understanding Bakhtin, Understanding Modernism, ed. P. Birgy,";
        let (at, names, tr) = role_in_title(part).unwrap();
        assert_eq!(
            (&part[..at], &part[names..], tr),
            ("In: Understanding Bakhtin, Understanding Modernism, ", "P. Birgy,", false)
        );
    }

    #[test]
    fn roles_after_a_title_are_found() {
        let p = "Œuvres spirituelles de S. Bonaventure, traduites par M. l'abbé Berthaumier";
        assert_eq!(
            role_in_title(p).map(|r| (r.0, r.2)),
            Some((p.find("traduites").unwrap(), true))
        );
        let p = "Dictionnaire des rites sacrés. Publié par l'abbé Migne dans Encyclopédie";
        assert_eq!(role_in_title(p).map(|r| (r.0, r.2)), Some((p.find("Publié").unwrap(), false)));
        assert_eq!(role_in_title("Art and Society, ed. the second"), None);
        assert_eq!(role_in_title("A History of Rome, 2nd ed. Oxford"), None);
    }

    #[test]
    fn a_title_after_names_with_initials_is_found() {
        let p = "D. Kienast, W. Eck, M. Heil, Römische Kaisertabelle.";
        assert_eq!(run_after_initials(p), Some(p.find("Römische").unwrap()));
        let p = "A. Richard, Charles de Danzay,";
        assert_eq!(run_after_initials(p), Some(p.find("Charles").unwrap()));
        assert_eq!(run_after_initials("J. Smith, R. Jones,"), None);
        assert_eq!(run_after_initials("Smith, John, Title"), None);
        assert_eq!(run_after_initials("J. Smith, W. Eck, et al."), None);
        assert_eq!(run_after_initials("A. Molinier, éd."), None);
        assert_eq!(run_after_initials("F. FUCHS, MV. SENAT, H.FERNANDEZ."), None);
    }
}
