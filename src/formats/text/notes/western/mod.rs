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
mod chinese;
mod decimal;
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
            if !rest.trim_start_matches(['.', ' ']).is_empty() {
                let skip = rest.len() - rest.trim_start_matches(['.', ' ']).len();
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
        let mut cx = Ctx { named, presidential, ..Ctx::new(&m.known.tradition) };
        let (mut read, mut span) = read_parts(&c, &after, &mut cx, &m.known.place, &same);
        if read.units.is_empty() && read.folios.is_empty() {
            // Chicago order: the parts before the repository, read backwards.
            let before: Vec<(usize, usize)> = ranges[..pi].iter().rev().copied().collect();
            let mut cx = Ctx { presidential, ..Ctx::new(&m.known.tradition) };
            let (mut r, s) = read_parts(&c, &before, &mut cx, &m.known.place, &same);
            if !r.units.is_empty() {
                // Printed order: the backward read's parts were pushed last-first.
                r.units = reorder_backward(&c, &before, r.units, &m.known.tradition);
                read = r;
                span = s;
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
mod tests {
    use super::super::archival::Folio;
    use super::*;

    pub(super) fn read(s: &str) -> Vec<(Option<String>, Vec<String>, Vec<String>)> {
        let c: Vec<char> = s.chars().collect();
        clauses(&c, &s.to_lowercase(), &Registry::builtin())
            .into_iter()
            .map(|cl| {
                (
                    cl.archive.map(|a| a.key()),
                    cl.cited.units.iter().map(|(l, v)| format!("{}={v}", l.name())).collect(),
                    cl.cited.folios.iter().map(Folio::text).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn american_repositories_and_labels() {
        let r = read("(NA file RG.332, box 116).");
        assert_eq!(r[0].1, ["record_group=332", "box=116"]);
        let r = read("NARA, RG 59, Entry A1 205, Box 7, Folder 3.");
        assert_eq!(r[0].0.as_deref(), Some("NARA"));
        assert_eq!(r[0].1, ["record_group=59", "entry=A1 205", "box=7", "folder=3"]);
        let r = read("Memo, May 2, 1947 (National Archives, RG 84, 711.00/12).");
        assert_eq!(r[0].1, ["record_group=84", "file=711.00/12"]);
        let r = read(
            "Smith to Jones, 3 May 1950, Dean Acheson Papers, Box 64, Harry S. Truman Library.",
        );
        assert_eq!(r[0].0.as_deref(), Some("HSTL"));
        assert_eq!(r[0].1, ["collection=Dean Acheson Papers", "box=64"]);
        let r = read("(Library of Congress, Washington, D.C., John Doe Papers, MS 1234, Container 2, Folder 9).");
        assert_eq!(
            r[0].1,
            ["collection=John Doe Papers", "shelfmark=MS 1234", "box=2", "folder=9"]
        );
    }

    #[test]
    fn an_unlisted_abbreviation_with_an_archives_units() {
        let r = read("TVP, 85/2/2.");
        assert_eq!(r[0].0.as_deref(), Some("TVP"));
        assert_eq!(r[0].1, ["shelfmark=85/2/2"]);
        // Not after a word, not a printed series, not without units.
        assert!(read("FRUS, 1950, vol. 7, p. 5.").is_empty());
        assert!(read("See the XYZ, 85/2/2.").is_empty());
        assert!(read("DBPO, ser. I, vol. 2, no. 45.").is_empty());
        assert!(read("ABC, a note on the text.").is_empty());
    }

    #[test]
    fn italian_and_polish_labels_quoted_folders_and_leaves_after_an_unread_part() {
        let r = read("ACS, MI, DGPS, busta 12, fasc. 3, f. 4.");
        assert_eq!(r[0].1, ["box=12", "fascicle=3"]);
        let r = read("NARA, RG 59, Entry A1 1397, Box 12, Folder \"Japan – War Criminals\".");
        assert_eq!(r[0].1[3], "folder=Japan – War Criminals");
        let r = read("AMAE, PA-AP, 43, fos. 251–7.");
        assert_eq!(r[0].1, ["series=PA-AP", "unit=43"]);
        assert_eq!(r[0].2, ["251–257"]);
        let r = read("AIPN, BU 0296/45, t. 2, k. 15.");
        assert_eq!(r[0].1.last().map(String::as_str), Some("volume=2"));
        assert_eq!(r[0].2, ["15"]);
    }

    #[test]
    fn sapmo_signatures_and_spanish_series() {
        let r = read("SAPMO-BA, DY 30/IV 2/1/120, pp. 2–13.");
        assert_eq!(r[0].0.as_deref(), Some("SAPMO-BArch"));
        assert_eq!(r[0].1, ["bestand=DY 30", "signatur=IV 2/1/120"]);
        let r = read("AHN, Expedientes reservados, n. 253.");
        assert_eq!(r[0].1, ["series=Expedientes reservados", "item=253"]);
    }

    #[test]
    fn german_file_numbers_and_a_codes_closing_stop() {
        let r = read("BStU, MfS, HA IX, Nr. 20603, Bl. 2.");
        assert_eq!(r[0].1, ["bestand=MfS", "series=HA IX", "signatur=20603"]);
        assert_eq!(r[0].2, ["2"]);
        // A law gazette's number after an ibid is no archival citation.
        assert!(read("Publiziert als RGBL. Nr. 194/1851, ebd., Nr. 197/1851.").is_empty());
        let r = read("Diary, 3 May 1940, Avon Papers, 27/1/62A.");
        assert_eq!(r[0].1, ["collection=Avon Papers", "shelfmark=27/1/62A"]);
    }

    #[test]
    fn codes_printed_whole_are_shelfmarks() {
        let r = read("PIL, 867/f.11/g-24, pp. 15–58.");
        assert_eq!(r[0].0.as_deref(), Some("PIL"));
        assert_eq!(r[0].1, ["shelfmark=867/f.11/g-24"]);
        assert_eq!(r[0].2, ["15–58"]);
        let r = read("AGA 41/11937.");
        assert_eq!(r[0].1, ["shelfmark=41/11937"]);
        // Years and dates written with slashes are not.
        assert!(super::part::date_like("1863/64"));
        assert!(super::part::date_like("12/3/45"));
        assert!(!super::part::date_like("41/11937"));
    }

    #[test]
    fn british_german_austrian_french() {
        let r = read("TNA, FO 371/84036, f. 12.");
        assert_eq!(r[0].1, ["series=FO 371", "piece=84036"]);
        assert_eq!(r[0].2, ["12"]);
        let r = read("Public Record Office, Kew (hereafter PRO), CAB 128/5.");
        assert_eq!(r[0].1, ["series=CAB 128", "piece=5"]);
        let r = read("BArch, R 43 I/1370, Bl. 12v.");
        assert_eq!(r[0].1, ["bestand=R 43 I", "signatur=1370"]);
        assert_eq!(r[0].2, ["12 ob."]);
        let r = read("Bericht, HHStA, Kab. Kanzlei, MRZ. 1234/1852.");
        assert_eq!(r[0].1, ["bestand=Kab. Kanzlei", "series=MRZ.", "file=1234/1852"]);
        let r = read("AVA, Inneres, Zl. 512/1910.");
        assert_eq!(r[0].1, ["bestand=Inneres", "file=512/1910"]);
        let r = read("AN, F 7 12345, dossier 2, no 15.");
        assert_eq!(r[0].1, ["series=F 7", "piece=12345", "dossier=2", "item=15"]);
    }

    #[test]
    fn repository_in_parentheses_after_what_it_holds() {
        let r = read("Diary, 14 September 1939, Lester Pearson Papers (Library and Archives Canada), MG 26, N8.");
        assert_eq!(r[0].0.as_deref(), Some("LAC"));
        assert_eq!(r[0].1[0], "collection=Lester Pearson Papers");
        let r = read("War Papers (National Archives of Australia, Canberra) AA1969/275/1.");
        assert_eq!(r[0].0.as_deref(), Some("NAA"));
        let r = read("Diary, 3 May 1940, Smith Papers (Hoover Institution Archives).");
        assert_eq!(r[0].1, ["collection=Smith Papers"]);
        // The collection printed before its repository is the first unit.
        let r = read("Smith Papers, Hoover Institution Archives, Box 3, Folder 2.");
        assert_eq!(r[0].1, ["collection=Smith Papers", "box=3", "folder=2"]);
        // A definition stays one: the abbreviation is printed before it.
        assert!(read("ГАВО (State Archive of Vologda Oblast). Ф. 1.").is_empty());
    }

    #[test]
    fn quoted_folder_titles_and_british_folios() {
        // The comma inside the closing quote ends the folder's title.
        let r = read("Memo in Folder “Dissent Channel Package (1980),” Box 3, Lot File 04 D 114, U.S. Department of State, Washington, DC.");
        assert_eq!(r[0].1[..2], ["folder=Dissent Channel Package (1980)", "box=3"]);
        // A labelled unit after an unlabelled folder title is read on.
        let r = read("Source: Johnson Library, National Security File, Intelligence File, TKH Jan.–July 1966, Box 1. Top Secret.");
        assert_eq!(r[0].1[2..], ["folder=TKH Jan.–July 1966", "box=1"]);
        // Commas and full stops inside the quotes are the title's.
        let r = read("Folder “Documents Relating to the Re-Review of Foreign Relations, 1950-1954 (1980),” Box 3, Lot File 04 D 114, U.S. Department of State, Washington, DC.");
        assert_eq!(
            r[0].1[..2],
            [
                "folder=Documents Relating to the Re-Review of Foreign Relations, 1950-1954 (1980)",
                "box=3"
            ]
        );
        // A quoted title just before the box is its folder; pages after the collection.
        let r = read("Noble letter to Perkins, April 30, 1956, “Historians 1956,” Box 477, AHA Papers, p. 2.");
        assert_eq!(r[0].1, ["folder=Historians 1956", "box=477", "collection=AHA Papers"]);
        assert_eq!(r[0].2, ["2"]);
        // `fo.`/`fos.` are leaves; a range printed short ends with the start's digits.
        let r = read("Grey to Rodd, 28 July 1911, TNA FO 371/1250, fos. 251–7, 311.");
        assert_eq!(r[0].2, ["251–257", "311"]);
    }

    #[test]
    fn unlisted_repositories_and_microfilm() {
        // A repository the registry does not list, with its university and town.
        let r = read("Smith to Jones, 3 May 1950, Bancroft Library, University of California, Berkeley, John Doe Papers, Box 3, Folder 12.");
        assert_eq!(r[0].0.as_deref(), Some("Bancroft Library, University of California"));
        assert_eq!(r[0].1, ["collection=John Doe Papers", "box=3", "folder=12"]);
        // Chicago order, the repository last.
        let r = read("Letter, 4 June 1920, Papers of John Smith, MS 1234, box 2, Special Collections, University of Leeds.");
        assert_eq!(r[0].0.as_deref(), Some("Special Collections, University of Leeds"));
        // A journal named after a library, with pages only, is no repository.
        assert!(read("See the Bulletin of the John Rylands Library, pp. 12-14.").is_empty());
        assert!(read("He worked at the Bancroft Library, Berkeley, for years, pp. 3-4.").is_empty());
        // NARA microfilm: the film a series, the roll a volume, a bare number a frame.
        let r = read("Himmler to Stuckart, Jul 16, 1943 (NA film T175, roll 33, 2113).");
        assert_eq!(r[0].1, ["series=T175", "volume=33"]);
        assert_eq!(r[0].2, ["2113"]);
        // The same in one code, no repository printed; two in one note.
        let r = read("Abetz to Ribbentrop, 26 December 1940 (T-120/587/243398–403); FRUS, 1940, II, 411; T-120/368/207282.");
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].1, ["series=T-120", "volume=587"]);
        assert_eq!(r[0].2, ["243398–243403"]);
        assert_eq!(r[1].2, ["207282"]);
    }

    #[test]
    fn ibid_codes_and_lists_in_parentheses() {
        // The code after an in-note ibid is the ibid's part, not a second citation.
        let r = read("Not printed. (Ibid., 761.5411/4–1557)");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].0, None);
        // The last citation of a list in parentheses ends at the parenthesis.
        let r = read("(Telegram 1614, February 14; National Archives, RG 59, Central Foreign Policy Files, D780069–0124)");
        assert_eq!(r[0].1[2], "file=D780069–0124");
        // "Secretary's" is no security marking.
        let r = read("Source: National Archives, RG 59, Secretary's Memoranda of Conversation: Lot 65 D 330. Secret.");
        assert_eq!(r[0].1[2], "shelfmark=Lot 65 D 330");
    }

    #[test]
    fn austrian_editions() {
        // A long German name of a Bestand; Roman fascicles with a range or a number.
        let r = read("Akten in FA., Materialien zur Reform der direkten Steuern, Fasz. X–XV.");
        assert_eq!(
            r[0].1,
            ["bestand=Materialien zur Reform der direkten Steuern", "fascicle=X–XV"]
        );
        let r = read("Akten in FA., Materialien zur Reform, Fasz. XVIII 3b und ebd.");
        assert_eq!(r[0].1[1], "fascicle=XVIII 3b");
        let r = read("KA., HKR., KM., Präs. 6289/1848.");
        assert_eq!(r[0].1, ["bestand=HKR.", "series=KM.", "subseries=Präs.", "file=6289/1848"]);
        let r = read("Martinis an Cordon, KA., HKR., KM. Präs. 6113/1848, und Benko.");
        assert_eq!(r[0].1, ["bestand=HKR.", "series=KM.", "subseries=Präs.", "file=6113/1848"]);
        let r = read("Ah. E. v. 30. 9. 1863, HHSTA., Kab. Kanzlei KZ. 3097/1863.");
        assert_eq!(r[0].1, ["bestand=Kab. Kanzlei", "series=KZ.", "file=3097/1863"]);
        let r = read("Kalchberg an Rechberg v. 10. 10. 1863, HHSTA., PA. IV 31.");
        assert_eq!(r[0].1, ["bestand=PA. IV", "carton=31"]);
        let r = read(
            "Hhsta., Sonderbestände B, Nachlass Baernreither 7–2, Tagebucheintrag 3. 1. 1918.",
        );
        assert_eq!(r[0].1[1..], ["collection=Nachlass Baernreither", "carton=7–2"]);
        // The next sentence is prose, not another level.
        let r = read(
            "Vortrag v. 3. 12. 1848, HHSTA., Kab. Kanzlei, MRZ. 2687/1848. Zur Absicht siehe MR.",
        );
        assert_eq!(r[0].1, ["bestand=Kab. Kanzlei", "series=MRZ.", "file=2687/1848"]);
    }

    #[test]
    fn decimal_files_of_every_era() {
        let r = read("837.61351/4219: Telegram");
        assert_eq!(r[0].0.as_deref(), Some("NARA"));
        assert_eq!(r[0].1, ["file=837.61351/4219"]);
        let r = read("890d.00/252: Telegram");
        assert_eq!(r[0].1, ["file=890d.00/252"]);
    }

    #[test]
    fn frus_source_notes() {
        let r = read(
            "Source: Johnson Library, National Security File, Country File, USSR, Vol. V. Secret.",
        );
        assert_eq!(r[0].1[2], "folder=USSR, Vol. V");
        let r =
            read("Source: National Archives, RG 59, Central Files 1964–66, POL US–USSR. Secret.");
        assert_eq!(r[0].1[2], "file=POL US–USSR");
        let r = read("(National Archives, RG 59, Central Foreign Policy File, D780094–0300)");
        assert_eq!(r[0].1[2], "file=D780094–0300");
        let r = read("Source: Central Intelligence Agency, Executive Registry, Job 80–B01731R, Box 10. Secret.");
        assert_eq!(r[0].0.as_deref(), Some("CIA"));
        assert_eq!(r[0].1, ["series=Executive Registry", "shelfmark=Job 80–B01731R", "box=10"]);
        let r = read(
            "A copy is in the Washington National Records Center, OSD Files: FRC 330 70 A 4662.",
        );
        assert_eq!(r[0].0.as_deref(), Some("WNRC"));
        assert_eq!(r[0].1, ["series=OSD Files", "shelfmark=FRC 330 70 A 4662"]);
    }

    #[test]
    fn ibid_with_new_parts() {
        let r = read("Vorlage in R 43 I/1370, Bl. 12.");
        assert_eq!(r[0].0.as_deref(), Some("BArch"));
        assert_eq!(r[0].1, ["bestand=R 43 I", "signatur=1370"]);
        let r = read("Minute by Eden, 3 May 1944, FO 371/40123.");
        assert_eq!(r[0].0.as_deref(), Some("TNA"));
        assert_eq!(r[0].1, ["series=FO 371", "piece=40123"]);
        let r = read("JACAR, Ref. B02030010500, 外務省外交史料館.");
        assert_eq!(r[0].1, ["reference_code=B02030010500"]);
        let r = read("AAN, zesp. 1354, sygn. 237/V-12, k. 5.");
        assert_eq!(r[0].1, ["zespol=1354", "sygnatura=237/V-12"]);
        assert_eq!(r[0].2, ["5"]);
        let r = read("Memo, RG 59, Entry 205, Box 7.");
        assert_eq!(r[0].0.as_deref(), Some("NARA"));
        let r = read("Ein Vortrag, ebd., RR., Präs. 12/1851.");
        assert_eq!(r[0].0, None);
        assert_eq!(r[0].1, ["bestand=RR.", "series=Präs.", "file=12/1851"]);
        assert!(read("Ibid., 45.").is_empty());
        let r = read("AGHD, Tribunal Militar, sumario 62.109.");
        assert_eq!(r[0].1.last().map(String::as_str), Some("file=62.109"));
        // An English ibid with a code no American citation prints: read whole.
        let r = read("Ibid., F201-00-00/0004, pp. 646–50.");
        assert_eq!(
            (r[0].1.clone(), r[0].2.clone()),
            (vec!["shelfmark=F201-00-00/0004".to_string()], vec!["646–650".to_string()])
        );
    }

    #[test]
    fn repository_alone_and_departmental_archives() {
        let r = read("Letter, Smith to Jones, 3 June 1919, Hoover Institution Archives.");
        assert_eq!(r[0].0.as_deref(), Some("HIA"));
        assert!(r[0].1.is_empty());
        assert!(read("The Hoover Institution Archives hold his papers, which few read.").is_empty());
        let r = read("A. D., Hauts-de-Seine, 4 M 123.");
        assert_eq!(r[0].0.as_deref(), Some("AD Hauts-de-Seine"));
        assert_eq!(r[0].1, ["series=4 M", "piece=123"]);
    }

    #[test]
    fn no_repository_printed() {
        let r = read("Hull to Winant, May 2, 1943, 026 Foreign Relations/87, DoS CDF 1940-1944.");
        assert_eq!(r[0].0.as_deref(), Some("NARA"));
        assert_eq!(r[0].1, ["file=026 Foreign Relations/87", "series=DoS CDF 1940-1944"]);
        let r = read("Memo, 711.94/123 in DoS CDF 1930-1939.");
        assert_eq!(r[0].1, ["file=711.94/123", "series=DoS CDF 1930-1939"]);
        let r = read("Sumner to Fish, May 3, 1870, Fish Papers, Container 188.");
        assert_eq!(r[0].0, None);
        assert_eq!(r[0].1, ["collection=Fish Papers", "box=188"]);
        let r = read("Bach an Eminger, OBERÖSTERREICHISCHES LANDESARCHIV, Archiv der Statthalterei, Schachtel 516, Präs. 30/1853.");
        assert_eq!(r[0].0.as_deref(), Some("OÖLA"));
        assert_eq!(
            r[0].1,
            ["bestand=Archiv der Statthalterei", "box=516", "series=Präs.", "file=30/1853"]
        );
    }

    #[test]
    fn named_parts_of_german_french_polish_archives() {
        let r = read("PA AA, R 29801, Bl. 45.");
        assert_eq!(r[0].1, ["signatur=R 29801"]);
        assert_eq!(r[0].2, ["45"]);
        // A division of the repository is not a unit.
        let r = read("PA AA, Politische Abteilung, R 29801.");
        assert_eq!(r[0].1, ["signatur=R 29801"]);
        let r = read("AMAE, Correspondance politique, Russie, vol. 123, f° 45.");
        assert_eq!(r[0].1, ["series=Correspondance politique", "subseries=Russie", "volume=123"]);
        assert_eq!(r[0].2, ["45"]);
        let r = read("AAN, KC PZPR, sygn. 237/V-12, k. 15.");
        assert_eq!(r[0].1, ["zespol=KC PZPR", "sygnatura=237/V-12"]);
        let r = read("SHD, GR 7 N 1234.");
        assert_eq!(r[0].1, ["series=GR 7 N", "piece=1234"]);
        let r = read("PRO, FO 371/49069/N 9595.");
        assert_eq!(r[0].1, ["series=FO 371", "piece=49069", "file=N 9595"]);
    }

    #[test]
    fn nixon_materials_and_papers_divided_as_a_presidential_library() {
        let r = read("Source: National Archives, Nixon Presidential Materials, NSC Files, Box 711, Country Files—Europe, USSR, Vol. III. Secret; Nodis.");
        assert_eq!(r[0].0.as_deref(), Some("NARA"));
        assert_eq!(
            r[0].1,
            [
                "collection=Nixon Presidential Materials",
                "series=NSC Files",
                "box=711",
                "folder=Country Files—Europe, USSR, Vol. III"
            ]
        );
        let r = read("Source: National Archives, Nixon Presidential Materials, NSC Files, NSC Institutional Files (H-Files), Box H–224, NSDM 113. Top Secret.");
        assert_eq!(r[0].1[2..4], ["subseries=NSC Institutional Files (H-Files)", "box=H–224"]);
        let r = read("Source: Library of Congress, Manuscript Division, Kissinger Papers, Box CL 426, Subject File, Background Briefings. No classification marking.");
        assert_eq!(
            r[0].1,
            [
                "collection=Kissinger Papers",
                "box=CL 426",
                "folder=Subject File, Background Briefings"
            ]
        );
        let r = read("Source: National Archives, Nixon Presidential Materials, White House Tapes, Oval Office, Conversation 543–6. No classification marking.");
        assert_eq!(
            r[0].1[1..],
            ["series=White House Tapes", "subseries=Oval Office", "item=543–6"]
        );
        // A code after papers is their own reference, not a folder; a printed
        // series of state papers is no collection divided.
        let r = read("Churchill to Halifax, 28 July 1940, Chartwell Papers, CHAR20/13/8.");
        assert_eq!(r[0].1, ["collection=Chartwell Papers", "shelfmark=CHAR20/13/8"]);
        assert!(read("American State Papers, Miscellaneous, I, 256.").is_empty());
        // A records center's accession, then an office's decimal file.
        let r = read("Source: Washington National Records Center, RG 330, OSD Files:FRC 330 76 197, Korea, 000.1–292. Secret.");
        assert_eq!(
            r[0].1,
            [
                "record_group=330",
                "series=OSD Files",
                "shelfmark=FRC 330 76 197",
                "file=Korea, 000.1–292"
            ]
        );
    }

    #[test]
    fn state_department_and_presidential_library_source_notes() {
        let r = read(
            "Source: Department of State, S/S–NSC Files: Lot 63 D 351, NSC 5610 Series. Secret.",
        );
        assert_eq!(r[0].0.as_deref(), Some("NARA"));
        assert_eq!(
            r[0].1,
            ["series=S/S–NSC Files", "shelfmark=Lot 63 D 351", "folder=NSC 5610 Series"]
        );
        let r = read("Source: Department of State, OFD Files: Lot 59 D 620, All Countries, U.S. Aid Programs, 1956. Secret.");
        assert_eq!(r[0].1[2], "folder=All Countries, U.S. Aid Programs, 1956");
        let r =
            read("Source: Central Intelligence Agency, Job 79-01025A, Box 143, Folder 1. Secret.");
        assert_eq!(r[0].0.as_deref(), Some("CIA"));
        assert_eq!(r[0].1, ["shelfmark=Job 79-01025A", "box=143", "folder=1"]);
        let r = read("Source: Johnson Library, National Security File, National Intelligence Estimates File, 10–5, Communist States. Secret.");
        assert_eq!(r[0].0.as_deref(), Some("LBJL"));
        assert_eq!(
            r[0].1,
            [
                "collection=National Security File",
                "series=National Intelligence Estimates File",
                "folder=10–5, Communist States"
            ]
        );
        let r = read("Source: Carter Library, National Security Affairs, Staff Material, Office File, Box 48, Chron: 6/77. Secret.");
        assert_eq!(
            r[0].1,
            [
                "collection=National Security Affairs",
                "series=Staff Material",
                "subseries=Office File",
                "box=48",
                "folder=Chron: 6/77"
            ]
        );
        let r =
            read("Source: Department of State, Central Files, POL 27–14 VIET S. Secret; Exdis.");
        assert_eq!(r[0].1, ["series=Central Files", "file=POL 27–14 VIET S"]);
        let r = read("Source: Johnson Library, Ball Papers, Vietnam I. No classification marking.");
        assert_eq!(r[0].1, ["collection=Ball Papers", "folder=Vietnam I"]);
        let r =
            read("Source: Eisenhower Library, Dulles Papers. Confidential; Personal and Private.");
        assert_eq!(r[0].1, ["collection=Dulles Papers"]);
        let r = read("(Department of State, S/S–NSC (Miscellaneous) Files: Lot 66 D 95, Records of Action, 1956)");
        assert_eq!(
            r[0].1,
            [
                "series=S/S–NSC (Miscellaneous) Files",
                "shelfmark=Lot 66 D 95",
                "folder=Records of Action, 1956"
            ]
        );
        let r = read("A draft is in Department of State, Central Files, POL 27 VIET S.");
        assert_eq!(r[0].1, ["series=Central Files", "file=POL 27 VIET S"]);
        // A decimal file alone is NARA's (the State Department's files).
        let r = read("715.1715/661a: Telegram");
        assert_eq!(r[0].0.as_deref(), Some("NARA"));
        assert_eq!(r[0].1, ["file=715.1715/661a"]);
        // The name inside a periodical's title or a longer name is not the repository.
        assert!(read("See Department of State Bulletin, May 3, 1954, p. 12.").is_empty());
        let r =
            read("Volume 10, Miscellaneous Correspondence of the Department of State, RG 59, NA.");
        assert!(r.iter().all(|x| x.0.as_deref() == Some("NARA")));
    }

    #[test]
    fn prose_is_not_read() {
        assert!(read("The National Archives opened its reading room in 1977.").is_empty());
        assert!(read("See the Papers of the period, passim.").is_empty());
    }
}
