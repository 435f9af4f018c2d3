//! Archival citations as the traditions outside the former USSR print them: the
//! repository, then its parts separated by commas ("NARA, RG 59, Entry A1 1397,
//! Box 12, Folder 3", "HHStA, Kab. Kanzlei, MRZ. 3759/1851", "BArch, R 43 I/1370,
//! Bl. 12", "AN, F 7 4436 A, dossier 4, no 130", "(Harvard University Archives,
//! Cambridge, Massachusetts, Smith Papers, HUGFP 76.14, Box 1)"), or the parts
//! first and the repository last, as Chicago notes do ("Copy from file 123 H 43,
//! Central Decimal File, Record Group 59, National Archives").
//!
//! The repository is found by the registry (its archives with a tradition); the
//! labels are a table with one row per spelling; unlabelled parts are read by
//! their shape (a TNA piece `FO 371/84036`, a Bundesarchiv `R 43 I/1370`, a
//! shelfmark `MS 2925`, a NARA decimal file `763.72/859`) or, for named parts,
//! by the tradition's hierarchy (`Kab. Kanzlei` is the Bestand of an Austrian
//! citation, `Smith Papers` a collection anywhere).

use super::found::ArchiveRef;
use super::registry::{self, Registry};
use crate::model::Level;
use part::{is_place, Ctx, Read};

mod austrian;
mod canada;
mod catalogue;
mod chinese;
mod decimal;
mod french;
mod implicit;
mod labels;
mod microfilm;
mod part;
mod split;
mod state;
mod unlisted;

/// Words in a note that may name a repository the registry does not list.
const UNLISTED_HINTS: &[&str] =
    &["librar", "archiv", "historical society", "record office", "bibliot", "special collections"];

pub(super) use labels::leaves_at as leaf_list;
pub(super) use split::Clause;
use split::{bounds, hide_definitions, part_text, parts, read_parts, reorder_backward};

/// The citations of a note read here: one per repository named with parts
/// around it, and the parts after a mid-note ibid (`in ebd., RR., GA. 118/1851`).
/// `lower` is the note in lower case (for the cheap checks before the scans).
pub(super) fn clauses(text: &[char], lower: &str, registry: &Registry) -> Vec<Clause> {
    let mut c = hide_definitions(text);
    if c.contains(&'(') {
        open_holders(&mut c, registry);
    }
    let mut out: Vec<Clause> = Vec::new();
    // NARA decimal files listed before their series, one citation each.
    if (lower.contains("cdf") || lower.contains("decimal file")) && c.contains(&'/') {
        out.extend(decimal::lists(&c, registry));
    }
    let mut mentions = registry.mentions(&c);
    if UNLISTED_HINTS.iter().any(|w| lower.contains(w)) {
        mentions.extend(unlisted::mentions(&c, &mentions));
        mentions.sort_by_key(|m| m.start);
    }
    let acronyms = unlisted::acronyms(&c, &mentions, registry);
    if !acronyms.is_empty() {
        mentions.extend(acronyms);
        mentions.sort_by_key(|m| m.start);
    }
    for m in &mentions {
        if out.iter().any(|cl| m.start >= cl.start && m.start < cl.end) {
            continue;
        }
        let (lo, hi) = bounds(&c, m.start, m.end);
        let (ranges, tight) = parts(&c, lo, hi);
        // The part holding the mention; the rest of it after the name is a part too.
        let Some(pi) = ranges.iter().position(|&(a, b)| m.start >= a && m.start < b) else {
            continue;
        };
        // The part the mention ends in (an unlisted name may span two).
        let pe = ranges.iter().position(|&(a, b)| m.end > a && m.end <= b).unwrap_or(pi).max(pi);
        let mut after: Vec<(usize, usize)> = Vec::new();
        let rest_start = m.end;
        if rest_start < ranges[pe].1 {
            let rest: String = c[rest_start..ranges[pe].1].iter().collect();
            if !rest.trim_start_matches(['.', ' ', ':']).is_empty() {
                let skip = rest.len() - rest.trim_start_matches(['.', ' ', ':']).len();
                after.push((rest_start + rest[..skip].chars().count(), ranges[pe].1));
            }
        }
        after.extend(ranges[pe + 1..].iter().copied());
        // Archives départementales: the département names the archive
        // ("A. D. Eure", "A. D., Hauts-de-Seine").
        let mut known = m.known.clone();
        if known.key == "AD" {
            let Some(&first) = after.first() else { continue };
            let dept = part_text(&c, first);
            let name_like = dept.starts_with(char::is_uppercase)
                && !dept.chars().any(|x| x.is_ascii_digit())
                && dept.split_whitespace().count() <= 4;
            if !name_like {
                continue;
            }
            known.key = format!("AD {dept}");
            after.remove(0);
        }
        let m = &registry::Mention { known, ..m.clone() };
        let same = |p: &str| {
            let inner: Vec<char> = p.chars().collect();
            let found = registry.mentions(&inner);
            (!found.is_empty()).then(|| found.iter().all(|x| x.known.key == m.known.key))
        };
        // Departmental cotes are codes; a name after the département is its seat.
        let named = if m.known.key.starts_with("AD ") { 2 } else { 0 };
        let presidential = m.known.name_en.contains("Presidential Library");
        let key = m.known.key.as_str();
        let mut cx = Ctx { named, presidential, key, ..Ctx::new(&m.known.tradition) };
        let (mut read, mut span) = read_parts(&c, &after, &mut cx, &m.known.place, &same);
        if read.units.is_empty() {
            // Chicago order: the parts before the repository, read backwards; pages
            // read after it stay (`Quincy Family Papers, MHS, pp. 9–10`).
            let before: Vec<(usize, usize)> = ranges[..pi].iter().rev().copied().collect();
            let mut cx = Ctx { presidential, ..Ctx::new(&m.known.tradition) };
            let (mut r, s) = read_parts(&c, &before, &mut cx, &m.known.place, &same);
            if !r.units.is_empty() && (read.folios.is_empty() || r.folios.is_empty()) {
                // Printed order: the backward read's parts were pushed last-first.
                r.units = reorder_backward(&c, &before, r.units, &m.known.tradition);
                if !read.folios.is_empty() {
                    r.folios = std::mem::take(&mut read.folios);
                    r.pages = read.pages;
                }
                let end = span.map(|x| x.1);
                read = r;
                span = match (s, end) {
                    (Some((a, b)), Some(e)) => Some((a, b.max(e))),
                    (s, _) => s,
                };
            }
        }
        // An unlisted repository holds what it is named with: units.
        let unlisted = m.known.key.is_empty();
        if unlisted && read.units.is_empty() {
            continue;
        }
        // An abbreviation alone needs an archive's units: a printed series has
        // volumes and numbers too ("DBPO, ser. I, vol. 2, no. 45").
        let archival_unit = |l: &Level| !matches!(l, Level::Volume | Level::Item);
        if unlisted && !m.is_name && !read.units.iter().any(|u| archival_unit(&u.0)) {
            continue;
        }
        if read.units.is_empty() && read.folios.is_empty() {
            // A document cited with its repository last and no units ("Letter, 3 June
            // 1919, Hoover Institution Archives."): archival, with the repository only.
            let whole_part = part_text(&c, ranges[pi]).trim_start_matches("The ").len()
                <= m.as_printed.trim_start_matches("The ").len() + 1;
            let only_places = after.iter().all(|&r| is_place(&part_text(&c, r), &m.known.place));
            let closes_note = c[hi..].iter().all(|x| !x.is_alphanumeric());
            if !(pi > 0 && whole_part && only_places && closes_note) {
                continue;
            }
            span = Some((ranges[pi].0, after.last().map_or(ranges[pi].1, |r| r.1)));
        }
        let (mut s, e) = span.unwrap_or((m.start, m.end));
        // The collection printed just before its repository ("Smith Papers,
        // Hoover Institution Archives, Box 3"): the first unit, in printed order.
        if pi > 0 && s >= m.start && m.start == ranges[pi].0 && !read.units.is_empty() {
            let prev = ranges[pi - 1];
            let p = part_text(&c, prev);
            if collection_name(&p) && !read.units.iter().any(|u| u.0 == Level::Collection) {
                read.units.insert(0, (Level::Collection, p));
                s = prev.0;
            }
        }
        let mut cited = read.into_cited(s.min(m.start), e.max(m.end));
        cited.issues.extend(split::missing_spaces(&c, &tight, cited.start, cited.end));
        out.push(Clause {
            start: cited.start,
            end: cited.end,
            ibid: false,
            archive: Some(ArchiveRef {
                as_printed: m.as_printed.clone(),
                name_printed: m.is_name.then(|| m.as_printed.clone()),
                known: (!unlisted).then(|| m.known.clone()),
            }),
            cited,
        });
    }
    // Chinese archives cited by their province or city before a code
    // (`Hubei, 21 Nov. 1950, SZ1-2-32, pp. 7–13`).
    if has_digit_dash(&c) {
        let places = chinese::place_clauses(&c, registry, &out);
        out.extend(places);
    }
    // Cheap checks first: most notes have no code, no named series and no ibid.
    // Codes need a slash (`FO 371/84036`, `R 43 I/1370`) or a record group.
    if c.contains(&'/') || lower.contains("rg ") || lower.contains("record group") {
        let implicit = implicit::clauses(&c, registry, &out);
        out.extend(implicit);
    }
    let named_words = ["papers", "collection", "nachla", "cdf", "decimal file"];
    if named_words.iter().any(|w| lower.contains(w)) {
        let named = implicit::named(&c, registry, &out);
        out.extend(named);
    }
    if IBID_WORDS.iter().any(|w| lower.contains(w.trim_end_matches('.'))) {
        let ibids = ibid_clauses(&c, &out);
        // A code read as its own citation that is the ibid's new part ("(Ibid.,
        // 761.00/7–457)"): the ibid's, not a second citation.
        out.retain(|cl| {
            let implicit = cl.archive.as_ref().is_some_and(|a| {
                a.name_printed.is_none() && a.known.as_ref().is_some_and(|k| k.key == a.as_printed)
            });
            !(implicit && ibids.iter().any(|b| cl.start >= b.start && cl.end <= b.end))
        });
        out.extend(ibids);
    }
    out.sort_by_key(|cl| cl.start);
    out
}

/// Whether a digit stands before a hyphen or a dash with a digit after it.
fn has_digit_dash(c: &[char]) -> bool {
    c.windows(3)
        .any(|w| w[0].is_ascii_digit() && matches!(w[1], '-' | '–') && w[2].is_ascii_digit())
}

/// A collection named by itself ("Lester Pearson Papers", "Cadogan diaries",
/// "Nachlass Bach"): capitalised, a few words, no number.
fn collection_name(p: &str) -> bool {
    p.starts_with(char::is_uppercase)
        && (2..=7).contains(&p.split_whitespace().count())
        && !p.chars().any(|x| x.is_ascii_digit())
        && part::has_word(p, part::COLLECTION_WORDS)
}

/// A repository named in parentheses after what it holds ("Lester Pearson Papers
/// (Library and Archives Canada), MG 26", "'Interview …' (Rhodes House Library),
/// p. 1", "War Papers (National Archives of Australia, Canberra) AA1969/275/1"):
/// the parentheses become commas, so that the repository is a part of the clause
/// with the units around it. Not a definition ("ГАВО (State Archive …)": an
/// abbreviation just before) nor a whole citation in parentheses (units inside).
fn open_holders(c: &mut [char], registry: &Registry) {
    let mut i = 0;
    while i < c.len() {
        if c[i] != '(' || i < 2 || c[i - 1] != ' ' {
            i += 1;
            continue;
        }
        let Some(len) = c[i + 1..].iter().position(|x| matches!(x, ')' | '(')) else { break };
        let j = i + 1 + len;
        if c[j] == '(' {
            i = j;
            continue;
        }
        let inner = &c[i + 1..j];
        let found = registry.mentions(inner);
        let holder = found.first().filter(|m| m.start == 0 && m.is_name).is_some_and(|m| {
            let rest: String = inner[m.end..].iter().collect();
            let rest = rest.trim_start_matches([',', ' ']);
            rest.is_empty()
                || (rest.split_whitespace().count() <= 3
                    && rest.chars().all(|x| x.is_alphabetic() || matches!(x, ' ' | '.' | '-')))
        });
        let before: String = c[..i - 1].iter().rev().take_while(|x| !x.is_whitespace()).collect();
        let abbreviation_before = before.chars().filter(|x| x.is_uppercase()).count() >= 2
            && before.chars().all(|x| x.is_uppercase() || !x.is_alphabetic());
        if holder && !abbreviation_before {
            // "Papers (Library" → "Papers, Library": the comma where the space was.
            c[i - 1] = ',';
            c[i] = ' ';
            let next = c.get(j + 1).copied();
            c[j] = if next.is_none_or(|x| matches!(x, ',' | '.' | ';' | ':')) { ' ' } else { ',' };
        }
        i = j + 1;
    }
}

/// The ibid words that may open a list of parts (`ebd., RR., Präs. 180/1851`,
/// `Ibid., Box 5, Folder 2`), lower case.
const IBID_WORDS: &[&str] = &[
    "ibid.", "ibid", "ebd.", "ebenda", "ibidem", "ibíd.", "tamże", "tamze", "tamtéž", "turpat",
    "ivi",
];

/// Parts after an ibid word, read without a repository.
fn ibid_clauses(c: &[char], taken: &[Clause]) -> Vec<Clause> {
    let mut out = Vec::new();
    for i in 0..c.len() {
        if !c[i].is_alphabetic() || (i > 0 && c[i - 1].is_alphanumeric()) {
            continue;
        }
        let Some(w) = IBID_WORDS.iter().find(|w| {
            let n = w.chars().count();
            i + n <= c.len()
                && c[i..i + n].iter().zip(w.chars()).all(|(a, b)| a.to_lowercase().eq([b]))
                && !c.get(i + n).is_some_and(|x| x.is_alphabetic())
        }) else {
            continue;
        };
        let end = i + w.chars().count();
        if taken.iter().any(|t| i >= t.start && i < t.end) {
            continue;
        }
        let (_, hi) = bounds(c, i, end);
        let (ranges, _) = parts(c, end, hi);
        let ranges: Vec<(usize, usize)> = ranges
            .into_iter()
            .filter(|&(a, b)| c[a..b].iter().any(|x| x.is_alphanumeric()))
            .collect();
        let tradition = match *w {
            w if w.starts_with('e') => "at",
            "tamże" | "tamze" => "pl",
            _ => "us",
        };
        // Only parts that are plainly units: a code or a label, not a lone name.
        // A number alone (`ebd., Nr. 197/1851`) is as likely a law gazette's or an
        // edition's.
        let labelled = |read: &Read| {
            read.units.iter().any(|(l, v)| {
                let number_only = matches!(l, Level::Item | Level::Signatur);
                (v.chars().any(|x| x.is_ascii_digit()) && !number_only)
                    || matches!(l, Level::Folder | Level::File)
            }) || !read.folios.is_empty()
        };
        // The ibid's tradition is the citation's it repeats, not known here: an
        // English ibid reads American parts first, then a code printed whole as
        // any other tradition prints it (`Ibid., F201-00-00/0004, pp. 646–50`).
        let read_as = |tradition: &str| {
            let mut cx = Ctx::new(tradition);
            let (read, span) = read_parts(c, &ranges, &mut cx, "", &|_| None);
            span.filter(|_| labelled(&read)).map(|(_, e)| (read, e))
        };
        let again = || (tradition == "us").then(|| read_as("")).flatten();
        let Some((read, e)) = read_as(tradition).or_else(again) else { continue };
        let cited = read.into_cited(i, e);
        out.push(Clause { start: i, end: e, archive: None, ibid: true, cited });
    }
    out
}

#[cfg(test)]
mod tests;
