//! The host of a reference (the journal or book a part is in) where the model
//! missed or misplaced it: GOST's `//` run into the part before, a collection's
//! lead-in (`In:`, `В сб.:`), a translator's phrase opening a host, a
//! newspaper's issue cited by its name alone.

use super::super::labels::id;
use super::super::namelist::initial;
use super::ids::{Ids, Span};

/// A host part opened by an English role phrase and its names (`Translated by John
/// Junkerman. Asia-Pacific …`): the names' label and where they end (after the
/// first period that closes a word, not an initial).
pub(super) fn role_lead(k: &Ids, l: u16, part: &str) -> Option<(u16, usize)> {
    if l != k.journal && l != k.container {
        return None;
    }
    // `… by` phrases only: the periods of `Пер. с англ.` end no name.
    let (start, role) = super::super::respons::role_by(part)?;
    let role = id(role).filter(|r| *r == k.translator || *r == k.editor)?;
    let end = part[start..].match_indices(". ").map(|(i, _)| start + i).find(|&i| {
        let word = part[..i].rsplit([' ', '.', '-']).next().unwrap_or("");
        word.chars().count() > 2
    })?;
    // Names are short: at most six words before the host.
    (part[start..end].split_whitespace().count() <= 6).then_some((role, end + 1))
}

/// GOST's `//` opens the host it introduces: a part that ends with it (`г.
/// [Электронный ресурс] //` | `Wilson Center Digital Archive.`) gives it to the
/// part after it.
pub(super) fn slashes_forward(text: &str, spans: &mut [Span]) {
    for i in 1..spans.len() {
        let (_, a, b) = spans[i - 1];
        let part = text[a..b].trim_end();
        let Some(head) = part.strip_suffix("//") else { continue };
        let head = head.trim_end();
        if !head.is_empty() && !head.ends_with(':') {
            spans[i - 1].2 = a + head.len();
            spans[i].1 = a + part.len() - 2;
        }
    }
}

/// GOST's `//` opens the host, never a series (a series is in parentheses after
/// the imprint): a part after `//` taken for a series (`// Lecture Notes in
/// Computer Science. 2016. Vol. 9870.`) is the host, when no other was labelled —
/// a collection when a publisher or place follows, else a journal.
pub(super) fn series_after_slashes(k: &Ids, text: &str, spans: &mut [Span]) {
    if spans.iter().any(|s| s.0 == k.container || s.0 == k.journal) {
        return;
    }
    let Some(n) = spans.iter().position(|s| s.0 == k.series) else { return };
    if !text[spans[n].1..spans[n].2].trim_start().starts_with("//") {
        return;
    }
    let published = spans[n + 1..].iter().any(|s| s.0 == k.publisher || s.0 == k.location);
    spans[n].0 = if published { k.container } else { k.journal };
}

/// Whether one of `spans` numbers an issue (`no. 3`, `№ 4`) and whether one is a
/// range of pages (`pp. 4‒13`): what an article in a journal has.
fn issue_and_range(k: &Ids, text: &str, spans: &[Span]) -> (bool, bool) {
    let issue = spans.iter().any(|s| {
        let t = text[s.1..s.2].trim_start().to_lowercase();
        s.0 == k.volume
            && ["no.", "no ", "№", "nr.", "n.", "issue"].iter().any(|w| t.starts_with(w))
    });
    let range = spans.iter().any(|s| {
        let t = &text[s.1..s.2];
        s.0 == k.pages
            && t.char_indices().any(|(i, c)| {
                matches!(c, '-' | '–' | '—' | '‒')
                    && t[..i].trim_end().ends_with(|c: char| c.is_ascii_digit())
                    && t[i + c.len_utf8()..].trim_start().starts_with(|c: char| c.is_ascii_digit())
            })
    });
    (issue, range)
}

/// A journal taken for a publisher (`Literatura v shkole, 1970, no. 3, pp.
/// 4‒13.`), when no host and no place were labelled: a publisher followed by an
/// issue's number and a range of pages is the journal they are in.
pub(super) fn journal_from_publisher(k: &Ids, text: &str, spans: &mut [Span]) {
    let hosts = [k.container, k.journal, k.location];
    if spans.iter().any(|s| hosts.contains(&s.0)) {
        return;
    }
    let Some(n) = spans.iter().position(|s| s.0 == k.publisher) else { return };
    if issue_and_range(k, text, &spans[n + 1..]) == (true, true) {
        spans[n].0 = k.journal;
    }
}

/// A title that ran on into its journal (`О некоторых свойствах … сверху. Учёные
/// записки Шахтинского гос. пединститута,` | `т. 1.`), when no host and no imprint
/// were labelled and a volume or a range of pages follows: cut after
/// the last sentence of the title that ends with a word of four letters or more
/// in lower case (not `гос.`, `Acad.`), before a capital.
pub(super) fn journal_out_of_title(k: &Ids, text: &str, spans: &mut Vec<Span>) {
    let others = [k.container, k.journal, k.location, k.publisher];
    if spans.iter().any(|s| others.contains(&s.0)) {
        return;
    }
    let Some(n) = spans.iter().position(|s| s.0 == k.title) else { return };
    let (_, range) = issue_and_range(k, text, &spans[n + 1..]);
    if !(range || spans[n + 1..].iter().any(|s| s.0 == k.volume)) {
        return;
    }
    let (_, a, b) = spans[n];
    let part = &text[a..b];
    let cut = part.match_indices(". ").map(|(i, _)| i).filter(|&i| {
        let word = part[..i].rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        let next = part[i + 2..].trim_start();
        word.chars().count() >= 4
            && word.starts_with(char::is_lowercase)
            && next.starts_with(char::is_uppercase)
            && next.split_whitespace().count() >= 2
    });
    // A serial's own opening word (`Вестник`, `Труды`, `Proceedings`) marks
    // where it starts, its name's own sentences kept (`Вестник СПбГУ. Язык и
    // литература`); else the last sentence.
    let cuts: Vec<usize> = cut.collect();
    let at = cuts.iter().copied().find(|&i| serial_word(&part[i + 2..])).or(cuts.last().copied());
    if let Some(i) = at {
        spans[n].2 = a + i + 1;
        spans.insert(n + 1, (k.journal, a + i + 2, b));
    }
}

/// Whether `s` opens with a word that starts the name of a serial.
fn serial_word(s: &str) -> bool {
    const SERIAL: [&str; 24] = [
        "Вестник",
        "Вісник",
        "Известия",
        "Труды",
        "Праці",
        "Записки",
        "Ученые",
        "Учёные",
        "Журнал",
        "Бюллетень",
        "Доклады",
        "Проблемы",
        "Vestnik",
        "Visnyk",
        "Izvestiya",
        "Izvestia",
        "Trudy",
        "Zapiski",
        "Uchenye",
        "Zhurnal",
        "Doklady",
        "Proceedings",
        "Transactions",
        "Bulletin",
    ];
    let w = s.split([' ', ',', '.']).next().unwrap_or("");
    SERIAL.contains(&w)
}

/// A host labelled right after a title that holds a serial's opening word
/// after a sentence (`… обтекании». Вісник … «ХПІ».` | `Серія: Динамiка …`):
/// the host starts at that word.
pub(super) fn serial_start_back(k: &Ids, text: &str, spans: &mut [Span]) {
    let Some(n) = spans.iter().position(|s| s.0 == k.journal || s.0 == k.container) else { return };
    if n == 0 || spans[n - 1].0 != k.title || spans[n - 1].2 > spans[n].1 {
        return;
    }
    let (_, a, b) = spans[n - 1];
    let part = &text[a..b];
    let at = part
        .match_indices(". ")
        .map(|(i, _)| i)
        .find(|&i| serial_word(&part[i + 2..]) && part[..i].split_whitespace().count() >= 3);
    if let Some(i) = at {
        spans[n - 1].2 = a + i + 1;
        spans[n].1 = a + i + 2;
    }
}

/// A journal's name cut inside (`… инфицированных ран. Русский` | `медицинский
/// журнал.`): a journal that opens with a word in lower case after a title that
/// does not end a sentence takes the title's words after its last `. `.
pub(super) fn journal_start_back(k: &Ids, text: &str, spans: &mut [Span]) {
    let Some(n) = spans.iter().position(|s| s.0 == k.journal || s.0 == k.container) else { return };
    if n == 0 || spans[n - 1].0 != k.title || spans[n - 1].2 > spans[n].1 {
        return;
    }
    let (_, a, b) = spans[n - 1];
    let host = text[spans[n].1..spans[n].2].trim_start();
    let part = text[a..b].trim_end();
    let led = host.split(' ').next().is_some_and(|w| IN_WORDS.contains(&w) || w == "i");
    if !host.starts_with(char::is_lowercase) || led || part.ends_with(['.', ',', ':', ';', '/']) {
        return;
    }
    if let Some(i) = part.rfind(". ").filter(|&i| part[i + 2..].starts_with(char::is_uppercase)) {
        spans[n - 1].2 = a + i + 1;
        spans[n].1 = a + i + 2;
    }
}

/// A book cited whole whose title the model took for a host (`A. M. Burnett et al.
/// (dir.), Roman Provincial Coinage, London – Paris, …`): with no title labelled,
/// a collection's name that no lead-in (`In:`, `//`, `dans`) opens is the title.
pub(super) fn title_from_host(k: &Ids, text: &str, spans: &mut [Span]) {
    if spans.iter().any(|s| s.0 == k.title) {
        return;
    }
    // A journal after names is a book's title too, when its name is three
    // words or more, none cut short and none a journal's (`Journal`, `Revue`,
    // `Studies`): a journal cited whole has no author
    // (`F. van Duyse, Het Oude Nederlandsche Lied (1905);`), but the physicists'
    // `A. Einstein, Phys. Rev. 47, 777` cite an article by its journal alone.
    let named = |n: usize| spans[..n].iter().any(|s| s.0 == k.author || s.0 == k.editor);
    let book_like = |n: usize| {
        let words: Vec<&str> = text[spans[n].1..spans[n].2].split_whitespace().collect();
        let cut = |w: &&str| w.trim_end_matches([',', ';', ':']).ends_with('.');
        let journal_word = |w: &&str| {
            let lower = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
            super::super::lexicon::keywords(&lower).any(|c| c == "journal")
        };
        words.len() >= 3
            && !words[..words.len() - 1].iter().any(cut)
            && !words.iter().any(journal_word)
    };
    let host = spans.iter().position(|s| s.0 == k.container);
    let journal = spans.iter().position(|s| s.0 == k.journal).filter(|&n| named(n) && book_like(n));
    let Some(n) = host.or(journal) else { return };
    let part = text[spans[n].1..spans[n].2].trim_start();
    let first = part.split_whitespace().next().unwrap_or("").to_lowercase();
    let led = part.starts_with("//")
        || LEAD_WORDS.contains(&first.trim_end_matches(':'))
        || ["dans", "en", "nel", "im"].contains(&first.trim_end_matches(':'))
        || lead_in_at(&format!(". {part}")).is_some();
    if !led {
        spans[n].0 = k.title;
    }
}

/// A second title after `In:` (`… Cold War. In: Chubar'yan A.O. (ed.) Stalin i
/// kholodnaya voina.`, `В кн.: …`) is the book the first one is in.
pub(super) fn host_after_in(k: &Ids, text: &str, spans: &mut [Span]) {
    let Some(first) = spans.iter().position(|s| s.0 == k.title) else { return };
    if spans.iter().any(|s| s.0 == k.container || s.0 == k.journal) {
        return;
    }
    let from = spans[first].2;
    if let Some(s) = spans[first + 1..].iter_mut().find(|s| s.0 == k.title) {
        let between = &text[from..s.1];
        let lower = between.to_lowercase();
        let lead_in =
            between.split_whitespace().take(2).any(|w| matches!(w, "In:" | "In" | "В:" | "V:"))
                || COLLECTION_LEAD_INS.iter().any(|l| {
                    lower
                        .match_indices(l)
                        .any(|(i, _)| lower[i + l.len()..].trim_start().starts_with(':'))
                });
        if lead_in {
            s.0 = k.container;
        }
    }
}

/// What opens a collection's name: `Sbornik:`, `В сб.:`, `В кн.:`, `В его кн.:`
/// (lower case, before the colon).
const COLLECTION_LEAD_INS: [&str; 12] = [
    "sbornik",
    "сборник",
    "v sb.",
    "в сб.",
    "sb.",
    "в кн.",
    "v kn.",
    "в его кн.",
    "в ее кн.",
    "в её кн.",
    "у кн.",
    "у зб.",
];

/// GOST's host (`// Докл. РАН.—`) that the model ran into the part before it
/// (`/ И. М. Ананьевский // Докл. РАН.—`), when no host was labelled: that part
/// cut at `//`, the rest a journal (a collection when a publisher or place
/// follows). A collection's lead-in (`Sbornik:`, `В сб.:`) taken for a place is
/// joined to the collection's name after it.
pub(super) fn host_apart(k: &Ids, text: &str, spans: Vec<Span>) -> Vec<Span> {
    let (journal, container) = (k.journal, k.container);
    let (hosts, imprint, links) = ([journal, container], [k.publisher, k.location], [k.url, k.doi]);
    if spans.iter().any(|s| hosts.contains(&s.0)) {
        return spans;
    }
    let mut out = Vec::with_capacity(spans.len() + 1);
    for (n, &(l, a, b)) in spans.iter().enumerate() {
        let part = &text[a..b];
        let lead = part.trim().trim_end_matches(':');
        let lead_in = lead.len() <= 16
            && COLLECTION_LEAD_INS.contains(&lead.to_lowercase().as_str())
            && part.trim_end().ends_with([':', '.']);
        if lead_in && spans.get(n + 1).is_some_and(|s| s.0 != k.date) {
            out.push((container, a, a));
            continue;
        }
        if let Some((c, ..)) = out.last().copied().filter(|s: &Span| s.1 == s.2) {
            // The lead-in's placeholder takes this part.
            let start = out.last().map_or(a, |s| s.1);
            out.pop();
            out.push((c, start, b));
            continue;
        }
        // `И. М. Ананьевский // Докл.`, not `https://`.
        let host_at = part.find(" //").map(|i| i + 1);
        // `/ Вербюк В.Е. // Киев: Наук. думка`: an imprint after the slashes is none.
        let place_after = host_at.is_some_and(|i| {
            let w = part[i + 2..].trim_start().split([':', ',', ' ']).next().unwrap_or("");
            super::super::lexicon::place(&w.trim_end_matches('.').to_lowercase())
        });
        match host_at.filter(|_| !hosts.contains(&l) && !links.contains(&l) && !place_after) {
            Some(i) => {
                let cut = a + i;
                let published = spans[n + 1..].iter().any(|s| imprint.contains(&s.0));
                out.push((l, a, cut));
                out.push((if published { container } else { journal }, cut, b));
            }
            None => out.push((l, a, b)),
        }
    }
    out
}

/// The words that open a host before a colon (`In:`, `В:`, `V:`, `У:`).
const LEAD_WORDS: [&str; 4] = ["in", "в", "v", "у"];

/// Where a lead-in of the book a work is in (`In:`, `В сб.:`) opens after a
/// sentence's end inside `part`, or None.
fn lead_in_at(part: &str) -> Option<usize> {
    let ends = part.match_indices(['.', '…', '»', '"', '”', ')']).map(|(i, m)| i + m.len());
    ends.filter(|&i| part[i..].starts_with(' ')).find_map(|i| {
        let rest = part[i..].trim_start();
        let colon = rest.char_indices().take(14).find(|&(_, c)| c == ':')?.0;
        let lead = rest[..colon].split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        let lead_in =
            LEAD_WORDS.contains(&lead.as_str()) || COLLECTION_LEAD_INS.contains(&lead.as_str());
        lead_in.then(|| part.len() - rest.len())
    })
}

/// A title the model ran on into the book it is in (`"Рабочий вопрос" и конец
/// классической политической экономии. В сб.: Политическая экономия и
/// воспроизводство.`), when no host was labelled: cut at the lead-in, the rest
/// the book.
pub(super) fn lead_in_apart(k: &Ids, text: &str, spans: &mut Vec<Span>) {
    if spans.iter().any(|s| s.0 == k.container || s.0 == k.journal) {
        return;
    }
    let Some(n) = spans.iter().position(|s| s.0 == k.title) else { return };
    let (_, a, b) = spans[n];
    if let Some(i) = lead_in_at(&text[a..b]) {
        let head = text[a..a + i].trim_end().len();
        spans[n].2 = a + head;
        spans.insert(n + 1, (k.container, a + i, b));
    }
}

/// Whether a part is a date with its day and month (`3 февраля.`, `2 октября 1923
/// года.`, `от 14.03.1950`), which the model may take for a note.
pub(super) fn day_and_month(part: &str) -> bool {
    let words = part.split(|c: char| !c.is_alphanumeric() && c != '.').filter(|w| !w.is_empty());
    let plain = words.clone().all(|w| {
        let w = w.trim_end_matches('.').to_lowercase();
        w.chars().all(|c| c.is_ascii_digit() || c == '.')
            || matches!(w.as_str(), "г" | "года" | "год" | "от")
            || super::super::lexicon::keywords(&w).any(|c| c == "month")
    });
    plain && part.chars().any(|c| c.is_ascii_digit()) && issue_mark(part)
}

/// Whether a part dates a newspaper's or a journal's issue: a day and a month
/// (`5 марта`, `3 February`, `14.03.1950`; not a month alone, `February 2012`) or a
/// number sign (`№ 81`, `№81`).
fn issue_mark(part: &str) -> bool {
    let words: Vec<String> = part
        .split(|c: char| !c.is_alphanumeric() && c != '№')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let month = words.iter().any(|w| super::super::lexicon::keywords(w).any(|c| c == "month"));
    let day =
        words.iter().any(|w| w.len() <= 2 && w.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d)));
    let dotted = part.split_whitespace().any(|w| {
        let n: Vec<&str> = w.trim_end_matches([',', ';', '.']).split('.').collect();
        n.len() == 3 && n.iter().all(|x| !x.is_empty() && x.chars().all(|c| c.is_ascii_digit()))
    });
    month && day || dotted || words.first().is_some_and(|w| w.starts_with('№'))
}

/// A newspaper's or a journal's issue cited by its name alone (`Правда. 1950. 3
/// февраля.`, `Красноярский рабочий. № 219 от 2 октября 1923 года.`, `СЗ СССР,
/// 1923, № 81. Ст. 782.`): the name taken for the title is the journal, when
/// nothing but dates, numbers and pages follow it and one of them marks an issue.
pub(super) fn issue_only(k: &Ids, text: &str, spans: &mut [Span]) {
    let rest = [k.date, k.volume, k.pages, k.note];
    let Some(n) = spans.iter().position(|s| s.0 != k.number) else { return };
    let (l, a, b) = spans[n];
    let part = &text[a..b];
    // The model takes a newspaper's name for its author, too (`Правда.`), when
    // no title follows: a name with no initials.
    let name = l == k.title && !part.contains(" / ")
        || l == k.author
            && !spans.iter().any(|s| s.0 == k.title)
            && !part.split_whitespace().any(initial);
    let others = &spans[n + 1..];
    if name
        && others.iter().any(|s| s.0 == k.date)
        && others.iter().all(|s| rest.contains(&s.0))
        && others.iter().any(|s| issue_mark(&text[s.1..s.2]))
    {
        spans[n].0 = k.journal;
    }
}

/// Words that open a host after a title and a comma in the humanities' notes
/// (`…, in Sismondi Européen`, `…, in: Moerbeke-Waas`, `…, dans les Mémoires de
/// la Société…`), and, after a closing quote only, the Swedish `i` (`"…", i
/// Samlaren`).
const IN_WORDS: [&str; 5] = ["in", "in:", "In:", "dans", "nel"];

/// Where, in a title, a host opened by `, in` begins (the byte of `in`): the
/// word after it a capital (or `les`/`le`/`la`/`l'` and a capital after
/// `dans`), at least two words of title before it. After a quoted title the
/// comma may be missing (`“…” in`); a quote with a comma inside or after it
/// (`“Introduction,” in`) may close a title that opens later in the part.
fn in_host_at(part: &str) -> Option<usize> {
    // Where each opening quote first stands, found once (not once per space).
    let first = |c: char| part.find(c);
    let openers = [first('«'), first('“'), first('‘'), first('"'), first('`')];
    part.match_indices(' ').map(|(i, _)| i).find(|&i| {
        let mut words = part[i + 1..].split(' ');
        let (Some(word), Some(next)) = (words.next(), words.next()) else { return false };
        if !IN_WORDS.contains(&word) && word != "i" {
            return false;
        }
        let before = part[..i].trim_end();
        let comma = before.ends_with(',');
        let inner_comma =
            before.strip_suffix(['”', '"', '’', '\'']).is_some_and(|h| h.ends_with(','));
        let quoted = closes_quote(before.trim_end_matches(','), comma, &openers)
            || (inner_comma && closes_quote(before, true, &openers));
        let lead = IN_WORDS.contains(&word) || quoted;
        let next = if word == "dans" && matches!(next, "les" | "le" | "la") {
            words.next().unwrap_or("")
        } else {
            next.strip_prefix("l'").or(next.strip_prefix("l’")).unwrap_or(next)
        };
        let sentence = word == "In:" && before.ends_with(['.', '?', '!']);
        lead && (comma || quoted || sentence)
            && next
                .trim_start_matches(['«', '"', '“', '„', '‘', '\''])
                .starts_with(char::is_uppercase)
            && before.split_whitespace().nth(1).is_some()
    })
}

/// Whether `s` (a start of the part) ends with a quote that closes one opened
/// before it (`«…»`, `“…”`, `‘…’`, `"…"`, `` `…' ``), not an apostrophe or a
/// soft sign (`Sobornost’`): one that opens the part, or, when `anywhere`, one
/// opened anywhere before it (`openers`: where `«“‘"`` ` `` first stand in the
/// part); a quoted word inside a title is no quoted title (`honored “Top
/// Employer” in China`).
fn closes_quote(s: &str, anywhere: bool, openers: &[Option<usize>; 5]) -> bool {
    let Some(last) = s.chars().next_back() else { return false };
    let (opener, k) = match last {
        '»' => ('«', 0),
        '”' => ('“', 1),
        '’' => ('‘', 2),
        '"' => ('"', 3),
        '\'' => ('`', 4),
        _ => return false,
    };
    let end = s.len() - last.len_utf8();
    let head = s[..end].trim_start();
    let apostrophe = last == '\'' && head.starts_with('\'');
    if anywhere {
        openers[k].is_some_and(|at| at < end) || apostrophe
    } else {
        head.starts_with(opener) || apostrophe
    }
}

/// A host that the model ran into the title (`S. Balayé, Un historien devant la
/// littérature, in Sismondi Européen, Actes du Colloque…,` | `Genève`): the
/// title ends before `, in`. With no host labelled, the host runs from after
/// `in` to the part's end; when the editors or the host follow the title, what
/// comes after `in` opens them (`…, in: Burckhardt, Daniel/Meyer, Thomas/` |
/// `Prinz, Claudia (Hrsg.):`).
pub(super) fn host_in_title(k: &Ids, text: &str, spans: &mut Vec<Span>) {
    let Some(n) = spans.iter().position(|s| s.0 == k.title) else { return };
    let (_, a, b) = spans[n];
    let part = &text[a..b];
    let Some(i) = in_host_at(part) else { return };
    // The host's name or the editors start after the lead word.
    let from = part[i + 1..].find(' ').map_or(b, |w| a + i + 2 + w);
    let hosted = spans.iter().any(|s| s.0 == k.container || s.0 == k.journal);
    if !hosted {
        spans[n].2 = a + part[..i].trim_end().len();
        spans.insert(n + 1, (k.container, from, b));
        return;
    }
    let Some(&(l, c, _)) = spans.get(n + 1) else { return };
    if ![k.editor, k.container, k.journal].contains(&l) || c < b || !text[b..c].trim().is_empty() {
        return;
    }
    spans[n].2 = a + part[..i].trim_end().len();
    // Editors that open with their role (`dans Obituaires de la province de
    // Sens,` | `éd. A. Molinier`) follow the host's name.
    let role_first = l == k.editor && super::citing::opens_with_role(&text[c..]);
    if role_first {
        spans.insert(n + 1, (k.container, from, b));
    } else {
        spans[n + 1].1 = from;
    }
}
