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
                .map(|f| serde_json::json!({"from": f.from, "to": f.to, "from_verso": f.from_verso, "verso": f.verso}))
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

#[test]
fn notes_reader_accuracy_on_gold_dev() {
    let dir = common::repo().join("samples/notes/gold-dev");
    let text = std::fs::read_to_string(dir.join("archival.txt")).unwrap();
    let gold: Vec<Json> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("archival.gold.json")).unwrap())
            .unwrap();
    let parsed = read(Format::Notes, &text, &ReadOptions::default()).unwrap();
    let lib = &parsed.library;
    assert_eq!(lib.notes.len(), gold.len(), "every footnote is a note");
    let (mut class_ok, mut units_total, mut units_ok, mut exact) = (0, 0, 0, 0);
    let (mut warn_expected, mut warn_found, mut warn_false) = (0, 0, 0);
    let mut misses = Vec::new();
    for g in &gold {
        let n = g["n"].as_u64().unwrap() as u32;
        let o = ours(lib, n);
        let mut ok = true;
        if o["class"] == g["class"] {
            class_ok += 1;
        } else {
            ok = false;
            misses.push(format!("note {n}: class {} (gold {})", o["class"], g["class"]));
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
            units_total += gu.len();
            let ou = oc.and_then(|c| c["units"].as_array()).cloned().unwrap_or_default();
            units_ok += gu.iter().enumerate().filter(|(k, u)| ou.get(*k) == Some(u)).count();
            for field in ["abbr", "units", "folios"] {
                let ov = oc.map_or(Json::Null, |c| c[field].clone());
                if ov != gc[field] {
                    ok = false;
                    misses.push(format!("note {n}: {field} {ov} (gold {})", gc[field]));
                }
            }
        }
        if our_cites.len() > gold_cites.len() {
            ok = false;
            misses.push(format!(
                "note {n}: {} archival citations (gold {})",
                our_cites.len(),
                gold_cites.len()
            ));
        }
        if o["refers_to"] != g["refers_to"] {
            ok = false;
            misses
                .push(format!("note {n}: refers_to {} (gold {})", o["refers_to"], g["refers_to"]));
        }
        if let Some(gl) = g.get("locators") {
            if &o["locators"] != gl {
                ok = false;
                misses.push(format!("note {n}: locators {} (gold {gl})", o["locators"]));
            }
        }
        if o["ibid_of"] != g["ibid_of"] {
            ok = false;
            misses.push(format!("note {n}: ibid_of {} (gold {})", o["ibid_of"], g["ibid_of"]));
        }
        if let Some(gn) = g.get("newspaper") {
            let page_ok = gn.get("page").is_none_or(|p| &o["newspaper"]["page"] == p);
            if o["newspaper"]["title"] != gn["title"]
                || o["newspaper"]["issued"] != gn["issued"]
                || !page_ok
            {
                ok = false;
                misses.push(format!("note {n}: newspaper {} (gold {gn})", o["newspaper"]));
            }
        }
        let warnings: Vec<&refconv::Diagnostic> = parsed
            .diagnostics
            .iter()
            .filter(|d| d.note == Some(n) && d.severity >= Severity::Warning)
            .collect();
        let expected = g["expect_warning"].as_bool().unwrap();
        if expected {
            warn_expected += 1;
            let reason = g["warning_reason"].as_str().unwrap_or("");
            if warnings.iter().any(|d| d.code.as_deref() == Some(reason)) {
                warn_found += 1;
            } else {
                ok = false;
                misses.push(format!(
                    "note {n}: expected a `{reason}` warning, got {:?}",
                    warnings.iter().map(|d| &d.message).collect::<Vec<_>>()
                ));
            }
        } else if !warnings.is_empty() {
            warn_false += 1;
            misses.push(format!(
                "note {n}: unexpected warning {:?}",
                warnings.iter().map(|d| &d.message).collect::<Vec<_>>()
            ));
        }
        if ok {
            exact += 1;
        }
    }
    let total = gold.len();
    let pct = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    println!("=== notes reader on gold-dev/archival.txt ({total} footnotes) ===");
    println!("class:            {class_ok}/{total} ({:.1}%)", 100.0 * pct(class_ok, total));
    println!(
        "units exact:      {units_ok}/{units_total} ({:.1}%)",
        100.0 * pct(units_ok, units_total)
    );
    println!("notes all right:  {exact}/{total} ({:.1}%)", 100.0 * pct(exact, total));
    println!(
        "warnings:         {warn_found}/{warn_expected} expected found, {warn_false} unexpected"
    );
    for m in &misses {
        println!("  miss: {m}");
    }
    assert!(pct(class_ok, total) >= RATCHET_CLASS, "class accuracy fell");
    assert!(pct(units_ok, units_total) >= RATCHET_UNITS, "unit accuracy fell");
    assert!(pct(exact, total) >= RATCHET_NOTES_EXACT, "note accuracy fell");
    assert_eq!(warn_found, warn_expected, "an expected warning is missing");
}
