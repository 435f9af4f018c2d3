//! Field-level accuracy of the `refs` reader on the labelled development set
//! (`samples/refs/gold-dev/`): precision, recall and F1 per field and overall,
//! the misses listed; the overall F1 must not fall below the ratchet.
//!
//! `cargo test --test gold_refs -- --nocapture`

mod common;

use refconv::{read, Entry, Format, ReadOptions, Value, Var, VariantKind};
use serde_json::Value as Json;
use std::collections::BTreeMap;

/// Overall F1 must stay at or above this (raise it as the parser improves).
/// It was 0.98 while the hand-written rules read every entry; they were tuned
/// on this very file (0.994). Since issue 15 the file is a test set, read by
/// the trained parser, which never saw it: 0.948 while GOST and transliterated
/// entries still went to the rules, 0.874 since the model reads them all (it
/// was measured better on GOST strings nobody tuned on: dev 0.848 vs 0.814,
/// test 0.846 vs 0.74). Its weak spots here: transliterated References
/// (`Title [Translation]. Journal [Translation], 2019, no. 4`), multi-volume
/// GOST titles (`Т. 5. ... Кн. 2`), web pages.
const RATCHET_F1: f64 = 0.93;

fn text(e: &Entry, v: Var) -> Option<String> {
    e.text(v).map(|s| s.to_string())
}

fn names(e: &Entry, v: Var) -> Option<String> {
    match e.get(v) {
        Some(Value::Names(n)) if !n.is_empty() => Some(
            n.iter()
                // "et al." is the literal `others`; the gold lists the names printed.
                .filter(|n| n.literal.as_deref() != Some("others"))
                .map(|n| {
                    format!(
                        "{}|{}",
                        n.family.as_deref().or(n.literal.as_deref()).unwrap_or(""),
                        n.given.as_deref().unwrap_or("")
                    )
                })
                .collect::<Vec<_>>()
                .join("; "),
        ),
        _ => None,
    }
}

fn gold_names(v: &Json) -> Option<String> {
    let a = v.as_array()?;
    Some(
        a.iter()
            .map(|n| {
                format!(
                    "{}|{}",
                    n["family"].as_str().or(n["literal"].as_str()).unwrap_or(""),
                    n["given"].as_str().unwrap_or("")
                )
            })
            .collect::<Vec<_>>()
            .join("; "),
    )
}

fn year(e: &Entry, v: Var) -> Option<String> {
    match e.get(v) {
        Some(Value::Date(d)) => d.start.as_ref().map(|p| {
            let mut s = p.year.to_string();
            if let Some(m) = p.month {
                s.push_str(&format!("-{m}"));
                if let Some(d) = p.day {
                    s.push_str(&format!("-{d}"));
                }
            }
            s
        }),
        _ => None,
    }
}

fn gold_date(v: &Json) -> Option<String> {
    let p = v["date-parts"].as_array()?.first()?.as_array()?;
    Some(p.iter().filter_map(Json::as_i64).map(|x| x.to_string()).collect::<Vec<_>>().join("-"))
}

#[test]
fn refs_reader_accuracy_on_gold_dev() {
    let dir = common::repo().join("samples/refs/gold-dev");
    let src = std::fs::read_to_string(dir.join("numbered.txt")).unwrap();
    let gold: Vec<Json> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("numbered.gold.json")).unwrap())
            .unwrap();
    // REFCONV_REFS_MODEL=FILE: measure the trained parser with that model.
    let mut opts = ReadOptions::default();
    if let Some(path) = std::env::var_os("REFCONV_REFS_MODEL") {
        let bytes = std::fs::read(path).expect("REFCONV_REFS_MODEL: cannot read the model");
        opts.refs_model =
            Some(std::sync::Arc::new(refconv::crf::Model::from_bytes(&bytes).unwrap()));
    }
    let lib = read(Format::Refs, &src, &opts).unwrap().library;
    println!(
        "=== refs reader on gold-dev/numbered.txt: {} references found, {} in gold ===",
        lib.entries.len(),
        gold.len()
    );
    // field -> (tp, fp, fn)
    let mut score: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    let mut misses = Vec::new();
    for g in &gold {
        let n = g["n"].as_u64().unwrap().to_string();
        let csl = &g["csl"];
        let e = lib.entries.iter().find(|e| e.text(Var::CitationNumber) == Some(n.as_str()));
        let field = |name: &'static str| -> (Option<String>, Option<String>) {
            let ours = e.and_then(|e| match name {
                "type" => Some(e.kind.name().to_string()),
                "author" => names(e, Var::Author),
                "editor" => names(e, Var::Editor),
                "issued" => year(e, Var::Issued),
                "accessed" => year(e, Var::Accessed),
                "translated_title" => match e.get(Var::Title) {
                    Some(Value::Text(t)) => t
                        .variants
                        .iter()
                        .find(|v| v.kind == VariantKind::Translation)
                        .map(|v| v.value.clone()),
                    _ => None,
                },
                other => Var::from_name(other).and_then(|v| text(e, v)),
            });
            let theirs = match name {
                "author" | "editor" => gold_names(&csl[name]),
                "issued" | "accessed" => gold_date(&csl[name]),
                "translated_title" => g["translated_title"].as_str().map(str::to_string),
                other => csl[other].as_str().map(str::to_string),
            };
            (ours, theirs)
        };
        for name in [
            "type",
            "author",
            "editor",
            "title",
            "translated_title",
            "container-title",
            "publisher",
            "publisher-place",
            "issued",
            "accessed",
            "page",
            "number-of-pages",
            "volume",
            "issue",
            "edition",
            "DOI",
            "URL",
            "language",
        ] {
            let (ours, theirs) = field(name);
            let s = score.entry(name).or_default();
            match (&ours, &theirs) {
                (Some(a), Some(b)) if a == b => s.0 += 1,
                (Some(a), Some(b)) => {
                    s.1 += 1;
                    s.2 += 1;
                    misses.push(format!("[{n}] {name}: {a:?} (gold {b:?})"));
                }
                (Some(a), None) => {
                    s.1 += 1;
                    misses.push(format!("[{n}] {name}: {a:?} (gold has none)"));
                }
                (None, Some(b)) => {
                    s.2 += 1;
                    misses.push(format!("[{n}] {name}: missing (gold {b:?})"));
                }
                (None, None) => {}
            }
        }
    }
    let f1 = |(tp, fp, fn_): (usize, usize, usize)| {
        let p = if tp + fp == 0 { 1.0 } else { tp as f64 / (tp + fp) as f64 };
        let r = if tp + fn_ == 0 { 1.0 } else { tp as f64 / (tp + fn_) as f64 };
        (p, r, if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) })
    };
    let mut total = (0, 0, 0);
    println!("{:<18} {:>6} {:>6} {:>6}", "field", "P", "R", "F1");
    for (name, s) in &score {
        let (p, r, f) = f1(*s);
        println!("{name:<18} {:>6.3} {:>6.3} {:>6.3}", p, r, f);
        total = (total.0 + s.0, total.1 + s.1, total.2 + s.2);
    }
    let (p, r, f) = f1(total);
    println!("{:<18} {:>6.3} {:>6.3} {:>6.3}", "OVERALL", p, r, f);
    for m in &misses {
        println!("  miss: {m}");
    }
    assert!(f >= RATCHET_F1, "overall F1 {f:.3} fell below the ratchet {RATCHET_F1}");
}
