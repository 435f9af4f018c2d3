//! One note: its citations, in order (archival runs and their archives, a
//! newspaper issue, ibid, bracketed references), its class, and the archive
//! names it defines.

use super::archival::{self, scan, tna_at, Cited};
use super::brackets::brackets;
use super::coded;
use super::found::{ArchiveRef, Found};
use super::ibid::resolve_ibid;
use super::newspaper::{
    newspaper, newspaper_after_slashes, newspaper_cjk, newspaper_english, newspaper_russian,
    newspapers_english, newspapers_german, KNOWN_PAPERS, PAPER_WORDS,
};
use super::registry::{strip_hereafter, Registry};
use super::western;
use crate::model::{Level, NoteKind};

/// The class of a note: the first kind of citation it holds, in the order
/// archival, newspaper, ibid, cross-reference; commentary when none.
pub(super) fn classify(found: &[Found]) -> NoteKind {
    let has = |k: fn(&Found) -> bool| found.iter().any(k);
    if has(|f| matches!(f, Found::Archival { .. })) {
        NoteKind::Archival
    } else if has(|f| matches!(f, Found::Newspaper { .. })) {
        NoteKind::Newspaper
    } else if has(|f| matches!(f, Found::Ibid { .. })) {
        NoteKind::Ibid
    } else if has(|f| matches!(f, Found::CrossRef { .. })) {
        NoteKind::CrossReference
    } else {
        NoteKind::Commentary
    }
}

/// The words of an ibid, lower case (German `ebd.`, Ukrainian `там само`, Polish
/// `tamże`, Italian `ivi`, Japanese `同右`/`同上` "the same as the note before" too).
const IBID: [&str; 17] = [
    "同右",
    "同上",
    "同前",
    "同書",
    "ibidem",
    "ibid",
    "ibíd",
    "там же",
    "tam zhe",
    "ebenda",
    "ebd",
    "там само",
    "tamże",
    "tamze",
    "tamtéž",
    "turpat",
    "ivi",
];

/// Leaves printed bare after an opening ibid (`Ibid., 91–92.`, `Ibid., 93. The
/// police …`): a citation of leaves alone, when nothing but the end or a new
/// sentence follows.
fn bare_leaves_after_ibid(c: &[char], len: usize) -> Option<Cited> {
    let k = if c.get(len) == Some(&'.') { len + 1 } else { len };
    let (folios, end) = coded::leaves_at(c, k);
    if folios.is_empty() {
        return None;
    }
    let rest: String = c[end..].iter().collect();
    let rest = rest.trim_start();
    let after_stop = rest.strip_prefix('.').map(str::trim_start);
    let ends = rest.is_empty()
        || after_stop.is_some_and(|r| r.is_empty() || r.starts_with(char::is_uppercase));
    // Unlabelled: leaves or pages as the repeated citation's were.
    ends.then(|| Cited { folios, start: k, end, unlabelled: true, ..Cited::default() })
}

/// The text from char `at` on, lower case.
fn lower_at(c: &[char], at: usize) -> String {
    c[at..].iter().collect::<String>().to_lowercase()
}

/// Where a closing ibid begins: `Ibid.`, `Ibid, 68.`, `ebd.` after a sentence or
/// clause, with at most a short locator after it.
fn ibid_at_end(c: &[char]) -> Option<usize> {
    let n = c.len();
    (1..n).rev().take(40).find(|&i| {
        let after_break = matches!(c[i - 1], ' ')
            && i >= 2
            && matches!(c[i - 2], '.' | ',' | ';' | '”' | '"' | '»' | '’' | ')');
        // "… not printed. (Ibid.)"
        let in_brackets =
            c[i - 1] == '(' && i >= 3 && c[i - 2] == ' ' && matches!(c[i - 3], '.' | ',' | ';');
        let after_break = after_break || in_brackets;
        if !after_break || !c[i].is_alphabetic() {
            return false;
        }
        let rest = lower_at(c, i);
        IBID.iter().any(|p| {
            rest.starts_with(p) && {
                let tail = &rest[p.len()..];
                !tail.starts_with(char::is_alphabetic)
                    && tail.chars().filter(|x| x.is_alphabetic()).count() <= 4
            }
        })
    })
}

/// "Full Name (ABBR)" definitions in a text.
pub(super) fn definitions(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut offset = 0;
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')') else { break };
        let abbr = strip_hereafter(rest[open + 1..open + close].trim());
        let before = text[..offset + open].trim_end();
        let looks_abbr = !abbr.is_empty()
            && abbr.chars().count() <= 16
            && abbr.chars().filter(|c| c.is_uppercase()).count() >= 2
            && !abbr.chars().any(|c| c.is_ascii_digit());
        if looks_abbr {
            // The name: the words before the parenthesis, back to a sentence start.
            let start = before.rfind(['.', ';', ':']).map_or(0, |i| i + 1);
            let name = before[start..].trim();
            let archive_like = [
                "архив",
                "arkhiv",
                "archive",
                "archiv",
                "рукопис",
                "rukopis",
                "librar",
                "библиотек",
                "record",
            ]
            .iter()
            .any(|w| name.to_lowercase().contains(w));
            if name.split_whitespace().count() >= 2 && archive_like {
                out.push((abbr.to_string(), name.to_string()));
            }
        }
        offset += open + close + 1;
        rest = &text[offset..];
    }
    out
}

/// Finds the citations of one note, in order.
pub(super) fn analyse(text: &str, registry: &Registry) -> Vec<Found> {
    let mut found: Vec<(usize, Found)> = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    // Bracketed references to the numbered list; their text is not scanned further.
    let mut masked = chars.clone();
    for (start, end, refs) in brackets(&chars) {
        for (i, r) in refs.into_iter().enumerate() {
            found.push((start + i, r));
        }
        for c in masked.iter_mut().take(end).skip(start) {
            *c = ' ';
        }
    }
    // Citations of the traditions outside the former USSR ("NARA, RG 59, Box 3",
    // "HHStA, Kab. Kanzlei, MRZ. 3759/1851"); their text is not scanned further.
    let lower: String = text.to_lowercase();
    let mut west_ibid: Vec<(usize, Cited)> = Vec::new();
    for cl in western::clauses(&masked, &lower, registry) {
        if cl.ibid {
            west_ibid.push((cl.start, cl.cited));
            continue;
        }
        for c in masked.iter_mut().take(cl.end).skip(cl.start) {
            *c = ' ';
        }
        found.push((
            cl.start,
            Found::Archival { archive: cl.archive, cited: cl.cited, prefix: None },
        ));
    }
    // Ibid at the start, or as the note's last words ("… as he wrote. Ibid., 68.").
    let ibid_len = IBID
        .iter()
        .find(|p| lower.starts_with(*p) && !lower[p.len()..].starts_with(char::is_alphabetic))
        .map(|p| p.chars().count());
    let mut body_from = 0;
    let mut body_to = masked.len();
    let mut take_west =
        |at: usize| west_ibid.iter().position(|(s, _)| *s == at).map(|i| west_ibid.remove(i).1);
    if let Some(len) = ibid_len {
        let runs = scan(&masked[len..]);
        let cited = runs.into_iter().next().or_else(|| bare_leaves_after_ibid(&masked, len));
        let west = take_west(0);
        found.push((0, Found::Ibid { cited, west }));
        body_from = masked.len();
    } else if let Some(at) = ibid_at_end(&chars) {
        let len = IBID
            .iter()
            .find(|p| lower_at(&chars, at).starts_with(*p))
            .map_or(4, |p| p.chars().count());
        let cited = scan(&masked[at + len..]).into_iter().next();
        let west = take_west(at);
        found.push((at, Found::Ibid { cited, west }));
        body_to = at;
    }
    // An ibid inside the note with parts after it ("… in ebd., RR., GA. 118/1851").
    for (at, cited) in west_ibid {
        found.push((at, Found::Ibid { cited: None, west: Some(cited) }));
    }
    // A newspaper issue at the start: "Pravda. 1950. February 3."
    if body_from == 0 {
        let first = newspaper(text)
            .or_else(|| newspaper_english(text))
            .or_else(|| newspaper_russian(text))
            .or_else(|| newspaper_cjk(text))
            .map(|(end, n)| (0, end, n))
            .or_else(|| newspaper_after_slashes(text));
        if let Some((at, end, n)) = first {
            found.push((at, n));
            body_from = end;
        }
    }
    // English newspaper issues inside the note ("…; New York Times, February 5, 1882").
    let german = lower.contains(" v. ");
    let paper_named = PAPER_WORDS.iter().chain(KNOWN_PAPERS.iter()).any(|w| lower.contains(w));
    if body_from < body_to && (german || paper_named) {
        let mut issues = newspapers_english(text);
        if german {
            issues.extend(newspapers_german(text));
        }
        for (s, e, n) in issues {
            if s >= body_from && e <= body_to && masked[s..e].iter().any(|c| !c.is_whitespace()) {
                masked[s..e].iter_mut().for_each(|c| *c = ' ');
                found.push((s, n));
            }
        }
    }
    if body_from < body_to {
        let body = &masked[body_from..body_to];
        let mut runs = scan(body);
        // "TsDIAL, f. 371, op. 1, spr. 8, od. 75, 27": a bare number after the file is its leaf.
        for r in runs.iter_mut().filter(|r| r.folios.is_empty()) {
            if matches!(r.units.last(), Some((Level::Delo | Level::EdinitsaKhraneniya, _))) {
                let (folios, end) = coded::leaves_at(body, r.end);
                if !folios.is_empty() {
                    r.values.extend(folios.iter().map(|f| f.from.clone()));
                    r.folios = folios;
                    r.end = end;
                }
            }
        }
        let mut prev_end = 0;
        // The last archival citation of this note: (index in `found`, its run).
        let mut last: Option<usize> = None;
        for mut r in runs {
            let between: String = body[prev_end.min(r.start)..r.start].iter().collect();
            let (mut archive, mut prefix) = archive_before(body, prev_end, r.start, registry);
            prev_end = r.end;
            // Text between two runs of one citation ("f. 102, DPOO 1898, op. 226") is
            // not an archive unless the registry knows it.
            if last.is_some()
                && !between.contains(';')
                && archive.as_ref().is_some_and(|a| a.known.is_none())
            {
                archive = None;
            }
            // A lone `p. 499` after a name is a page, not a papka: a papka alone
            // counts only under an archive the registry knows.
            let lone = r.folios.is_empty()
                && matches!(r.units.as_slice(), [(Level::Papka | Level::Tom, _)])
                && archive.as_ref().is_none_or(|a| a.known.is_none());
            if lone {
                continue;
            }
            let strong = r.units.iter().any(|(l, _)| !matches!(l, Level::Tom));
            if let (None, Some(i)) = (&archive, last) {
                if let (_, Found::Archival { cited: prev, archive: prev_archive, .. }) =
                    &mut found[i]
                {
                    let first = r.units.first().map(|(l, _)| archival::rank(l));
                    let prev_last = prev.units.last().map(|(l, _)| archival::rank(l));
                    if !between.contains(';') && prev.folios.is_empty() && first > prev_last {
                        // "GARF, f. 102, Departament politsii ..., op. 226, d. 12": the text
                        // between belongs to the fond; the run goes on.
                        prev.units.append(&mut r.units);
                        prev.values.append(&mut r.values);
                        prev.folios.append(&mut r.folios);
                        prev.issues.append(&mut r.issues);
                        prev.end = r.end;
                        continue;
                    }
                    if strong {
                        // "...; Д.420. Л.1–68.": another file of the same archive and fond.
                        let archive = prev_archive.clone();
                        let (units, _) = resolve_ibid(&prev.units, &[], Some(&r));
                        r.units = units;
                        let at = body_from + r.start;
                        found.push((at, Found::Archival { archive, cited: r, prefix: None }));
                        last = Some(found.len() - 1);
                        continue;
                    }
                }
            }
            // "ОГАЧО. Р-274. Оп. 3": a value before the first label is the level above it.
            if let Some(a) = &archive {
                if let Some((value, level)) = unlabelled_before(body, r.start, &r) {
                    r.issues.insert(0, archival::Issue::unlabelled(&value, &level));
                    r.units.insert(0, (level, value));
                    let _ = a;
                    prefix = prefix.filter(|p| !p.is_empty());
                }
            }
            let enough = r.units.len() >= 2 || archive.is_some() || !r.folios.is_empty();
            if strong && enough {
                let at = body_from + r.start;
                found.push((at, Found::Archival { archive, cited: r, prefix }));
                last = Some(found.len() - 1);
            }
        }
        // Codes printed whole after an archive of the former USSR: "RGASPI, 558/11/118, 23–6".
        let mut ends: Vec<usize> = found
            .iter()
            .filter_map(|(_, f)| match f {
                Found::Archival { cited, .. } => Some(cited.end),
                _ => None,
            })
            .collect();
        let mut last_code: Option<(usize, Option<ArchiveRef>)> = None;
        for cited in coded::codes(body) {
            let inside = found.iter().any(|(_, f)| {
                matches!(f, Found::Archival { cited: o, .. } if o.start <= cited.start && cited.start < o.end)
            });
            let from = ends.iter().copied().filter(|e| *e <= cited.start).max().unwrap_or(0);
            let (mut archive, mut prefix) = archive_before(body, from, cited.start, registry);
            // "9401/1a/64 and 9401/12/319": the next code of the same archive.
            if let Some((end, prev)) = last_code.as_ref().filter(|(e, _)| *e <= cited.start) {
                let between: String = body[*end..cited.start].iter().collect();
                if matches!(between.trim(), "and" | "&" | "," | ";" | "") {
                    (archive, prefix) = (prev.clone(), None);
                }
            }
            if inside || !archive.as_ref().is_some_and(coded::soviet) {
                continue;
            }
            ends.push(cited.end);
            last_code = Some((cited.end, archive.clone()));
            found.push((body_from + cited.start, Found::Archival { archive, cited, prefix }));
        }
        // TNA: "TNA, FO 371/84036".
        let body_text: String = body.iter().collect();
        if let Some((s, e, units)) = tna_at(&body_text) {
            let c: Vec<char> = body_text.chars().collect();
            let (archive, prefix) = archive_before(&c, 0, s, registry);
            if archive.as_ref().is_some_and(|a| a.known.as_ref().is_some_and(|k| k.key == "TNA")) {
                let cited = Cited { units, start: s, end: e, ..Cited::default() };
                found.push((body_from + s, Found::Archival { archive, cited, prefix }));
            }
        }
    }
    // A bare ibid in a list of citations ("…, CAB65/1; ibid., WCM(39)46, …")
    // repeats the citation before it in the same note.
    if lower.contains("; ibid") {
        let first_archival = found
            .iter()
            .filter(|(_, f)| matches!(f, Found::Archival { .. }))
            .map(|(at, _)| *at)
            .min();
        // Char positions in the note itself (lower case may change lengths).
        let starts = (2..chars.len()).filter(|&i| {
            chars[i - 2] == ';'
                && chars[i - 1] == ' '
                && lower_at(&chars[..(i + 4).min(chars.len())], i) == "ibid"
        });
        for at in starts {
            let taken = found.iter().any(|(p, _)| *p == at);
            let end = at + 4;
            let word_end = !chars.get(end).is_some_and(|x| x.is_alphabetic());
            if !taken && word_end && first_archival.is_some_and(|f| f < at) && at < body_to {
                found.push((at, Found::Ibid { cited: None, west: None }));
            }
        }
    }
    found.sort_by_key(|(at, _)| *at);
    found.into_iter().map(|(_, f)| f).collect()
}

/// The present name of an archive after its old one: `ныне РГАСПИ`, `now
/// RGASPI`, `heute BArch`.
fn present_name(inner: &str) -> Option<&str> {
    ["ныне ", "сейчас ", "теперь ", "now ", "today ", "heute ", "nunmehr "]
        .iter()
        .find_map(|w| inner.strip_prefix(w))
        .map(|r| r.trim_start_matches([' ', '–', '—', '-', ':']).trim())
        .filter(|r| !r.is_empty())
}

/// A value with no label just before a run ("ОГАЧО. Р-274. Оп. 3"): the value,
/// normalised, and the level above the run's first.
fn unlabelled_before(c: &[char], run_start: usize, r: &Cited) -> Option<(String, Level)> {
    let mut j = run_start;
    while j > 0 && matches!(c[j - 1], ' ' | '.' | ',') {
        j -= 1;
    }
    let end = j;
    while j > 0 && (c[j - 1].is_alphanumeric() || c[j - 1] == '-') {
        j -= 1;
    }
    if j == end || (j > 0 && !matches!(c[j - 1], ' ' | '.' | ',')) {
        return None;
    }
    let (raw, after) = archival::value_at(c, j)?;
    if after != end {
        return None;
    }
    let level = match r.units.first().map(|(l, _)| l) {
        Some(Level::Opis) => Level::Fond,
        Some(Level::Delo) => Level::Opis,
        _ => return None,
    };
    let (value, _) = archival::normalise(&raw, r.cyrillic);
    Some((value, level))
}

/// The archive before a run of units: "(AVP RF)", a registry abbreviation or
/// name, or an unknown name as cited; and the text before it (the prefix).
fn archive_before(
    c: &[char],
    from: usize,
    run_start: usize,
    registry: &Registry,
) -> (Option<ArchiveRef>, Option<String>) {
    let seg: String = c[from.min(run_start)..run_start].iter().collect();
    // Back to the last separator of citations.
    let cut = ["; ", " // ", "//"]
        .iter()
        .filter_map(|s| seg.rfind(s).map(|i| i + s.len()))
        .max()
        .unwrap_or(0);
    let seg = &seg[cut..];
    // GOST's area dash may stand before the first label ("ГАРФ. – Ф. 5").
    let mut t = seg
        .trim_end_matches([' ', '.', ',', ':', '\u{a0}', '–', '—', '-'])
        .trim_start_matches([' ', ';', ',', '.']);
    // A value with no label ("ОГАЧО. Р-274") is not part of the archive's name.
    if let Some(i) = t.rfind([' ', '.']) {
        let last = &t[i + 1..];
        if last.chars().any(|ch| ch.is_ascii_digit())
            && last.chars().all(|ch| ch.is_alphanumeric() || ch == '-')
        {
            t = t[..i].trim_end_matches([' ', '.', ',']);
        }
    }
    if t.is_empty() {
        return (None, None);
    }
    let prefix_of = |rest: &str| {
        let p = rest.trim().trim_end_matches([',', '.']).trim();
        (!p.is_empty()).then(|| p.to_string())
    };
    // "Full Name (ABBR)".
    if t.ends_with(')') {
        if let Some(open) = t.rfind('(') {
            let inner = t[open + 1..t.len() - 1].trim();
            // "РЦХИДНИ (ныне РГАСПИ)": the archive's present name.
            if let Some(now) = present_name(inner).and_then(|a| registry.by_abbr(a)) {
                return (
                    Some(ArchiveRef {
                        as_printed: present_name(inner).unwrap_or(inner).to_string(),
                        name_printed: None,
                        known: Some(now.clone()),
                    }),
                    None,
                );
            }
            let mut abbr = strip_hereafter(inner);
            let mut before = t[..open].trim_end();
            // "ГАВО (State Archive of Vologda Oblast)": the abbreviation outside.
            let inside_is_name = abbr.split_whitespace().count() >= 3;
            let outside_last = before.rsplit([' ', '.', ',']).next().unwrap_or("");
            if inside_is_name
                && !outside_last.is_empty()
                && outside_last.chars().filter(|c| c.is_uppercase()).count() >= 2
            {
                let name = abbr;
                abbr = outside_last;
                before = &t
                    [..open - outside_last.len() - (t[..open].len() - t[..open].trim_end().len())];
                let known = registry.by_abbr(abbr).or_else(|| registry.by_name(name)).cloned();
                return (
                    Some(ArchiveRef {
                        as_printed: abbr.to_string(),
                        name_printed: Some(name.to_string()),
                        known,
                    }),
                    {
                        let p = before.trim().trim_end_matches([',', '.']).trim();
                        (!p.is_empty()).then(|| p.to_string())
                    },
                );
            }
            let name_start = before.rfind([':', ';']).map_or(0, |i| i + 1);
            let name = before[name_start..].trim();
            let known = registry.by_abbr(abbr).or_else(|| registry.by_name(name)).cloned();
            if abbr.chars().any(char::is_alphabetic) {
                return (
                    Some(ArchiveRef {
                        as_printed: abbr.to_string(),
                        name_printed: (!name.is_empty()).then(|| name.to_string()),
                        known,
                    }),
                    prefix_of(&before[..name_start]),
                );
            }
        }
    }
    // A registry abbreviation at the end.
    for (v, k) in registry.variants() {
        if let Some(rest) = t.strip_suffix(v) {
            if rest.is_empty() || rest.ends_with([' ', '.', ',', ':', '(']) {
                return (
                    Some(ArchiveRef {
                        as_printed: v.to_string(),
                        name_printed: None,
                        known: Some(k.clone()),
                    }),
                    prefix_of(rest),
                );
            }
        }
    }
    // A full name at the end ("Российский государственный архив древних актов").
    let mut starts: Vec<usize> =
        t.char_indices().filter(|(_, ch)| ch.is_uppercase()).map(|(i, _)| i).collect();
    starts.sort_unstable();
    for s in starts {
        if let Some(k) = registry.by_name(&t[s..]) {
            return (
                Some(ArchiveRef {
                    as_printed: t[s..].trim().to_string(),
                    name_printed: Some(t[s..].trim().to_string()),
                    known: Some(k.clone()),
                }),
                prefix_of(&t[..s]),
            );
        }
    }
    // Unknown: the last phrase, when it looks like a name.
    let phrase_start = [". ", ", ", ": "]
        .iter()
        .filter_map(|s| t.rfind(s).map(|i| i + s.len()))
        .max()
        .unwrap_or(0);
    let phrase = t[phrase_start..].trim();
    let looks = phrase.chars().next().is_some_and(char::is_uppercase)
        && phrase.chars().count() <= 80
        && !phrase.chars().any(|ch| ch.is_ascii_digit());
    let words = phrase.split_whitespace().count();
    let abbreviation = phrase.chars().filter(|ch| ch.is_uppercase()).count() * 2
        >= phrase.chars().filter(|ch| ch.is_alphabetic()).count();
    if looks && (abbreviation || words >= 2) {
        let known = registry.by_abbr(phrase).or_else(|| registry.by_name(phrase)).cloned();
        return (
            Some(ArchiveRef { as_printed: phrase.to_string(), name_printed: None, known }),
            prefix_of(&t[..phrase_start]),
        );
    }
    (None, prefix_of(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ibid_closing_a_note() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(ibid_at_end(&c("They were few. Ibid.")), Some(15));
        assert_eq!(ibid_at_end(&c("A remark, ebd.")), Some(10));
        assert_eq!(ibid_at_end(&c("Page was tall. Ibid, 68.")), Some(15));
        assert_eq!(ibid_at_end(&c("He went there. Ibid. was his word for the place")), None);
    }

    #[test]
    fn hereafter_words_are_not_the_abbreviation() {
        assert_eq!(strip_hereafter("далее – ГАРФ"), "ГАРФ");
        assert_eq!(strip_hereafter("далее: ГАРФ"), "ГАРФ");
        assert_eq!(strip_hereafter("далее ГАРФ"), "ГАРФ");
        assert_eq!(strip_hereafter("hereafter GARF"), "GARF");
        assert_eq!(strip_hereafter("further – GARF"), "GARF");
        assert_eq!(strip_hereafter("im Folgenden: BArch"), "BArch");
        assert_eq!(strip_hereafter("ГАРФ"), "ГАРФ");
        let d = definitions("Государственный архив Российской Федерации (далее – ГАРФ). Ф. 1.");
        assert_eq!(d[0].0, "ГАРФ");
    }
}
