//! Accuracy of the `notes` reader on the labelled development set
//! (`samples/notes/gold-dev/`, from `../shared/corpus/gold-dev/`): note-level
//! class, archive, units, folios, ibid links, cross-references, newspapers and
//! expected warnings. Prints the figures and every miss; fails if a figure falls
//! below the ratchet.
//!
//! `cargo test --test gold_notes -- --nocapture`

mod common;

use refconv::formats::text::notes::archival::Folio;
use refconv::{read, Format, Library, NoteKind, ReadOptions, Severity, Value, Var};
use serde_json::Value as Json;

/// The figures must not fall below these (fractions). Raise them as the reader improves.
const RATCHET_CLASS: f64 = 1.0;
const RATCHET_UNITS: f64 = 1.0;
const RATCHET_NOTES_EXACT: f64 = 1.0;
/// (class, units, notes fully right) on the wider corpus's test and dev splits.
/// Set on 2026-12-07 (twenty-third session) to the sixteen groups' figures, after
/// the groups `asia`, `slav`, `ru2` and `eng2` came in (measured unseen: test 156
/// of 239 notes fully right); the twelve groups before them stood at (0.868, 0.538,
/// 0.697) on test and (0.951, 0.779, 0.833) on dev.
/// 2026-12-07, twenty-fourth session: test units 0.504 -> 0.503 (556 -> 555 of 1,103)
/// when a labelled unit after a folder's title was read on instead of dropped
/// (chosen on dev: +2 notes, +6 units); the test miss was not looked at.
/// 2026-12-07, twenty-fifth session: raised to test (730, 564, 580) and dev
/// (1552, 1475, 1392) after forms read from the printed conventions (GOST's area
/// dash, Baltic and RGANI labels, Spanish and Japanese newspapers and ibids).
/// 2026-12-07, twenty-sixth session: two groups added (china, frus5: 64 test and
/// 130 dev notes), read unseen by the code before (test 39/64 right, dev 64/130):
/// lowered to test (782, 613, 619)/(910, 1182, 910) and dev (1638, 1496,
/// 1456)/(1756, 2103, 1756).
/// Then raised to test (808, 718, 662) and dev (1679, 1667, 1513) by the repairs
/// chosen on the new groups' dev notes (Chinese archives cited by place and
/// code; Nixon Presidential Materials and papers divided as a presidential
/// library's files).
/// Two more groups read unseen (ohist2: Office of the Historian articles and
/// chapters, 32 test / 51 dev; de2: German-language notes, 16 test / 6 dev; test
/// 28/48 right, dev 39/57): test (845, 729, 690)/(958, 1233, 958), dev (1721,
/// 1669, 1552)/(1813, 2143, 1813).
/// eng3 (English-language books on Soviet history, read unseen: test 27/29, dev
/// 41/46) added: test (873, 754, 717)/(987, 1260, 987), dev (1770, 1713,
/// 1602)/(1859, 2181, 1859).
/// Twenty-seventh session: three groups read unseen with the code of 49ffb0d —
/// brit (British archives: test 33/53, dev 56/117), euro (Italian, Vatican,
/// German, French: test 21/33, dev 22/53), cwlth (Canada, Australia, India,
/// Kenya, Ireland: test 20/46, dev 31/58): test (975, 815, 791)/(1119, 1375,
/// 1119), dev (1910, 1745, 1715)/(2087, 2408, 2087).
/// Then two more read unseen with the code of 9baf8ed — asia2 (South Asia and
/// Burma in English books: test 25/42, dev 38/81), us2 (American manuscript
/// collections, state archives, oral histories: test 18/42, dev 22/77): test
/// (1030, 823, 834)/(1203, 1446, 1203), dev (2066, 1889, 1806)/(2245, 2615, 2245).
/// And euro2 (French, German, Belgian, Italian: test 15/30, dev 21/44), with the
/// same code: test (1055, 828, 849)/(1233, 1498, 1233), dev (2096, 1904,
/// 1827)/(2289, 2687, 2289).
/// Raised after the session's repairs (chosen on dev): test (1054, 832, 854).
const RATCHET_WIDE_TEST: (f64, f64, f64) = (0.854, 0.555, 0.692);
/// Dev raised to (1725, 1677, 1561) by an English ibid's new code read whole,
/// dailies known by name found inside a note, and English dates with further
/// days (`Dec. 18, 19, 1929`) (test unchanged).
/// Twenty-seventh session's repairs: dev (2111, 2006, 1881)/(2289, 2687, 2289).
const RATCHET_WIDE_DEV: (f64, f64, f64) = (0.922, 0.746, 0.821);

fn kind_name(k: NoteKind) -> &'static str {
    match k {
        NoteKind::Archival => "archival",
        NoteKind::Newspaper => "newspaper",
        NoteKind::Ibid => "ibid",
        NoteKind::CrossReference => "crossref",
        NoteKind::Literature => "literature",
        NoteKind::Commentary => "commentary",
    }
}

fn dash(s: &str) -> String {
    s.replace(['–', '—'], "-")
}

/// Our reading of one note in the gold's shape.
fn ours(lib: &Library, n: u32) -> Json {
    let note = lib.notes.iter().find(|x| x.number == n).expect("note");
    let cit = lib.citations.iter().find(|c| c.note == n);
    let mut archival = Vec::new();
    let mut refers = Vec::new();
    let mut locators = Vec::new();
    let mut newspaper = Json::Null;
    for item in cit.map(|c| c.items.as_slice()).unwrap_or(&[]) {
        let Some(e) = lib.entry(&item.entry) else { continue };
        if let Some(a) = &e.archival {
            let folios: Vec<Json> = item
                .locator
                .as_ref()
                .map(|l| Folio::parse_list(&l.value))
                .unwrap_or_default()
                .into_iter()
                .map(|f| {
                    let mut o = serde_json::json!({"from": f.from, "to": f.to, "from_verso": f.from_verso, "verso": f.verso});
                    // A page of a document, not a leaf (the wider corpus marks it).
                    if item.locator.as_ref().is_some_and(|l| l.label == "page") {
                        o["unit"] = "page".into();
                    }
                    o
                })
                .collect();
            archival.push(serde_json::json!({
                "abbr": a.archive.key.clone().or(a.archive.abbr.clone()),
                "units": a.units.iter().map(|u| serde_json::json!({"level": u.level.name(), "value": u.value})).collect::<Vec<_>>(),
                "folios": folios,
            }));
        } else if let Some(num) = e.text(Var::CitationNumber) {
            let num: u64 = num.parse().unwrap_or(0);
            refers.push(num);
            if let Some(l) = item.locator.as_ref().filter(|l| l.label == "page") {
                locators.push(serde_json::json!({"ref": num, "page": dash(&l.value)}));
            }
        } else if e.kind == refconv::EntryType::ArticleNewspaper {
            let issued = match e.get(Var::Issued) {
                Some(Value::Date(d)) => d.start.as_ref().map(|p| {
                    let mut v = vec![p.year as i64];
                    v.extend(p.month.map(i64::from));
                    v.extend(p.day.map(i64::from));
                    v
                }),
                _ => None,
            };
            // The gold keeps a note's first issue (its README: "a note with
            // several gives the first").
            if !newspaper.is_null() {
                continue;
            }
            newspaper = serde_json::json!({
                "title": e.text(Var::ContainerTitle),
                "issued": {"date-parts": [issued]},
                "page": item.locator.as_ref().map(|l| l.value.clone()),
            });
        }
    }
    serde_json::json!({
        "class": kind_name(note.kind),
        "archival": archival,
        "refers_to": refers,
        "locators": locators,
        "newspaper": newspaper,
        "ibid_of": note.ibid_of,
    })
}

/// The figures of the reader on one text against its gold, and every miss.
#[derive(Default, Clone)]
struct Score {
    total: usize,
    class_ok: usize,
    units_total: usize,
    units_ok: usize,
    exact: usize,
    warn_expected: usize,
    warn_found: usize,
    warn_false: usize,
    misses: Vec<String>,
}

impl Score {
    fn add(&mut self, o: Score) {
        self.total += o.total;
        self.class_ok += o.class_ok;
        self.units_total += o.units_total;
        self.units_ok += o.units_ok;
        self.exact += o.exact;
        self.warn_expected += o.warn_expected;
        self.warn_found += o.warn_found;
        self.warn_false += o.warn_false;
        self.misses.extend(o.misses);
    }

    fn print(&self, title: &str) {
        let pct = |a: usize, b: usize| if b == 0 { 100.0 } else { 100.0 * a as f64 / b as f64 };
        let (total, units_total) = (self.total, self.units_total);
        println!("=== notes reader on {title} ({total} footnotes) ===");
        println!("class:            {}/{total} ({:.1}%)", self.class_ok, pct(self.class_ok, total));
        println!(
            "units exact:      {}/{units_total} ({:.1}%)",
            self.units_ok,
            pct(self.units_ok, units_total)
        );
        println!("notes all right:  {}/{total} ({:.1}%)", self.exact, pct(self.exact, total));
        println!(
            "warnings:         {}/{} expected found, {} unexpected ({:.1}% of notes)",
            self.warn_found,
            self.warn_expected,
            self.warn_false,
            pct(self.warn_false, total)
        );
        // Misses by kind: the field each miss is about, counted.
        let mut kinds: std::collections::BTreeMap<&str, usize> = Default::default();
        for m in &self.misses {
            let field = m.split(": ").nth(1).and_then(|x| x.split(' ').next()).unwrap_or("?");
            let field = match field {
                f if f.starts_with(|c: char| c.is_ascii_digit()) => "citations",
                "expected" => "missing-warning",
                "unexpected" => "unexpected-warning",
                f => f,
            };
            *kinds.entry(field).or_default() += 1;
        }
        let list: Vec<String> = kinds.iter().map(|(k, n)| format!("{k} {n}")).collect();
        println!("misses by kind:   {}", list.join(", "));
    }
}

fn frac(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Reads `text` as footnotes and compares each with its gold object.
fn evaluate(text: &str, gold: &[Json], tag: &str) -> Score {
    let parsed = read(Format::Notes, text, &ReadOptions::default()).unwrap();
    let lib = &parsed.library;
    assert_eq!(lib.notes.len(), gold.len(), "{tag}: every footnote is a note");
    let mut sc = Score { total: gold.len(), ..Score::default() };
    let misses = &mut sc.misses;
    for g in gold {
        let n = g["n"].as_u64().unwrap() as u32;
        let o = ours(lib, n);
        let mut ok = true;
        // A note citing only published works is `literature` to refconv; the
        // wider corpus classes it `commentary` with `"literature": true`.
        let literature = g["class"] == "commentary" && g["literature"] == true;
        if o["class"] == g["class"] || literature && o["class"] == "literature" {
            sc.class_ok += 1;
        } else {
            ok = false;
            misses.push(format!("{tag} note {n}: class {} (gold {})", o["class"], g["class"]));
        }
        // Archival citations: the main one, then `also`.
        let mut gold_cites: Vec<Json> = Vec::new();
        if !g["units"].as_array().unwrap().is_empty() || !g["archive"].is_null() {
            gold_cites.push(serde_json::json!({"abbr": g["archive"]["abbr"], "units": g["units"], "folios": g["folios"]}));
        }
        for a in g["also"].as_array().into_iter().flatten() {
            gold_cites.push(serde_json::json!({"abbr": a["archive"]["abbr"], "units": a["units"], "folios": a["folios"]}));
        }
        let our_cites = o["archival"].as_array().unwrap();
        for (i, gc) in gold_cites.iter().enumerate() {
            let oc = our_cites.get(i);
            let gu = gc["units"].as_array().unwrap();
            sc.units_total += gu.len();
            let ou = oc.and_then(|c| c["units"].as_array()).cloned().unwrap_or_default();
            sc.units_ok += gu.iter().enumerate().filter(|(k, u)| ou.get(*k) == Some(u)).count();
            for field in ["abbr", "units", "folios"] {
                let ov = oc.map_or(Json::Null, |c| c[field].clone());
                if ov != gc[field] {
                    ok = false;
                    misses.push(format!("{tag} note {n}: {field} {ov} (gold {})", gc[field]));
                }
            }
        }
        if our_cites.len() > gold_cites.len() {
            ok = false;
            misses.push(format!(
                "{tag} note {n}: {} archival citations (gold {})",
                our_cites.len(),
                gold_cites.len()
            ));
        }
        if o["refers_to"] != g["refers_to"] {
            ok = false;
            misses.push(format!(
                "{tag} note {n}: refers_to {} (gold {})",
                o["refers_to"], g["refers_to"]
            ));
        }
        if let Some(gl) = g.get("locators") {
            if &o["locators"] != gl {
                ok = false;
                misses.push(format!("{tag} note {n}: locators {} (gold {gl})", o["locators"]));
            }
        }
        if o["ibid_of"] != g["ibid_of"] {
            ok = false;
            misses
                .push(format!("{tag} note {n}: ibid_of {} (gold {})", o["ibid_of"], g["ibid_of"]));
        }
        if let Some(gn) = g.get("newspaper") {
            let page_ok = gn.get("page").is_none_or(|p| &o["newspaper"]["page"] == p);
            if o["newspaper"]["title"] != gn["title"]
                || o["newspaper"]["issued"] != gn["issued"]
                || !page_ok
            {
                ok = false;
                misses.push(format!("{tag} note {n}: newspaper {} (gold {gn})", o["newspaper"]));
            }
        }
        let warnings: Vec<&refconv::Diagnostic> = parsed
            .diagnostics
            .iter()
            .filter(|d| d.note == Some(n) && d.severity >= Severity::Warning)
            .collect();
        let expected = g["expect_warning"].as_bool().unwrap();
        if expected {
            sc.warn_expected += 1;
            let reason = g["warning_reason"].as_str().unwrap_or("");
            if warnings.iter().any(|d| d.code.as_deref() == Some(reason)) {
                sc.warn_found += 1;
            } else {
                ok = false;
                misses.push(format!(
                    "{tag} note {n}: expected a `{reason}` warning, got {:?}",
                    warnings.iter().map(|d| &d.message).collect::<Vec<_>>()
                ));
            }
        } else if !warnings.is_empty() {
            sc.warn_false += 1;
            misses.push(format!(
                "{tag} note {n}: unexpected warning {:?}",
                warnings.iter().map(|d| &d.message).collect::<Vec<_>>()
            ));
        }
        if ok {
            sc.exact += 1;
        }
    }
    sc
}

#[test]
fn notes_reader_accuracy_on_gold_dev() {
    let dir = common::repo().join("samples/notes/gold-dev");
    let text = std::fs::read_to_string(dir.join("archival.txt")).unwrap();
    let gold: Vec<Json> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("archival.gold.json")).unwrap())
            .unwrap();
    let sc = evaluate(&text, &gold, "gold-dev");
    sc.print("gold-dev/archival.txt");
    for m in &sc.misses {
        println!("  miss: {m}");
    }
    assert!(frac(sc.class_ok, sc.total) >= RATCHET_CLASS, "class accuracy fell");
    assert!(frac(sc.units_ok, sc.units_total) >= RATCHET_UNITS, "unit accuracy fell");
    assert!(frac(sc.exact, sc.total) >= RATCHET_NOTES_EXACT, "note accuracy fell");
    assert_eq!(sc.warn_found, sc.warn_expected, "an expected warning is missing");
}

/// The wider corpus of real notes (`tests/notes-corpus/`, issue 16): the test
/// split first (never tuned on), then the dev split. Ratchets on both: the
/// fractions must not fall below what the reader measured when the corpus came in.
/// `REFCONV_NOTES_GROUPS=frus,west` measures those groups alone (the ratchets,
/// which hold for the whole corpus, are then not checked).
#[test]
fn notes_reader_on_notes_from_other_publications() {
    let root = common::repo().join("tests/notes-corpus");
    let only = std::env::var("REFCONV_NOTES_GROUPS").ok();
    let chosen = |name: &str| only.as_deref().is_none_or(|l| l.split(',').any(|g| g == name));
    let (mut test, mut dev) = (Score::default(), Score::default());
    // Per group (west, east, …) and side, printed before the totals.
    let mut per_group: Vec<(String, Score, Score)> = Vec::new();
    let mut groups: Vec<_> =
        std::fs::read_dir(&root).unwrap().flatten().map(|d| d.path()).collect();
    groups.sort();
    let dirs = groups.iter().filter(|p| p.is_dir());
    for group in dirs.filter(|p| chosen(&p.file_name().unwrap().to_string_lossy())) {
        let Ok(split) = std::fs::read_to_string(group.join("split.txt")) else {
            println!("{}: no split.txt yet; skipped", group.display());
            continue;
        };
        for line in split.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let (publ, side) = line.split_once(' ').unwrap();
            let text = std::fs::read_to_string(group.join(format!("{publ}.txt"))).unwrap();
            let gold: Vec<Json> = serde_json::from_str(
                &std::fs::read_to_string(group.join(format!("{publ}.gold.json"))).unwrap(),
            )
            .unwrap();
            let name = group.file_name().unwrap().to_string_lossy().to_string();
            let sc = evaluate(&text, &gold, &format!("{name}/{publ}"));
            if per_group.last().is_none_or(|g| g.0 != name) {
                per_group.push((name.clone(), Score::default(), Score::default()));
            }
            let g = per_group.last_mut().unwrap();
            if side.trim() == "test" {
                g.1.add(sc.clone());
                test.add(sc)
            } else {
                g.2.add(sc.clone());
                dev.add(sc)
            }
        }
    }
    for (name, t, d) in &per_group {
        t.print(&format!("tests/notes-corpus/{name}, test split"));
        d.print(&format!("tests/notes-corpus/{name}, dev split"));
    }
    test.print("tests/notes-corpus, test split");
    dev.print("tests/notes-corpus, dev split");
    for m in &dev.misses {
        println!("  miss (dev): {m}");
    }
    if only.is_some() {
        return;
    }
    for (sc, class, units, exact) in [
        (&test, RATCHET_WIDE_TEST.0, RATCHET_WIDE_TEST.1, RATCHET_WIDE_TEST.2),
        (&dev, RATCHET_WIDE_DEV.0, RATCHET_WIDE_DEV.1, RATCHET_WIDE_DEV.2),
    ] {
        assert!(frac(sc.class_ok, sc.total) >= class, "class accuracy fell");
        assert!(frac(sc.units_ok, sc.units_total) >= units, "unit accuracy fell");
        assert!(frac(sc.exact, sc.total) >= exact, "note accuracy fell");
    }
}
