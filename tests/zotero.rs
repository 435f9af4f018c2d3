//! Zotero compatibility: the CSL-JSON written with `--zotero` uses only what
//! Zotero's CSL-JSON import maps, checked against `schemas/zotero-csl-map.json`
//! (the `csl` section of zotero-schema, independent of `src/formats/csl_json/zotero.rs`);
//! what it moves into `note` comes back when refconv reads the file again; what
//! it leaves out is reported. For the plain CSL-JSON writer the test prints which
//! variables Zotero would drop, per sample.

mod common;

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

struct ZoteroMap {
    keys: BTreeSet<String>,
    types: BTreeSet<String>,
}

fn zotero_map() -> ZoteroMap {
    let path = common::repo().join("schemas/zotero-csl-map.json");
    let text = std::fs::read_to_string(&path).expect("schemas/zotero-csl-map.json");
    let v: Value = serde_json::from_str(&text).expect("zotero-csl-map.json is JSON");
    let csl = &v["csl"];
    let mut keys: BTreeSet<String> = ["id", "type"].iter().map(|s| s.to_string()).collect();
    for section in [&csl["fields"]["text"], &csl["fields"]["date"]] {
        keys.extend(section.as_object().expect("an object").keys().cloned());
    }
    // `names` maps Zotero creator types to CSL name variables.
    keys.extend(
        csl["names"]
            .as_object()
            .expect("an object")
            .values()
            .filter_map(|v| v.as_str())
            .map(String::from),
    );
    let types = csl["types"].as_object().expect("an object").keys().cloned().collect();
    ZoteroMap { keys, types }
}

fn refconv(args: &[&str]) -> (Value, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_refconv"))
        .current_dir(common::repo())
        .args(args)
        .output()
        .expect("run refconv");
    assert!(out.status.code().is_some_and(|c| c <= 1), "refconv {args:?}: {}", out.status);
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    let v = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("refconv {args:?} wrote no JSON ({e}): {stderr}"));
    (v, stderr)
}

fn items(v: &Value) -> &Vec<Value> {
    v.as_array().expect("a CSL-JSON array")
}

#[test]
fn zotero_output_uses_only_what_zotero_maps() {
    let z = zotero_map();
    assert!(z.keys.contains("archive_location") && !z.keys.contains("archive-place"));
    for sample in common::SAMPLES {
        let (v, stderr) = refconv(&["convert", sample, "-t", "csl-json", "--zotero"]);
        assert!(!items(&v).is_empty(), "{sample}: no items");
        for item in items(&v) {
            let id = item["id"].as_str().unwrap_or("?");
            for key in item.as_object().expect("an item").keys() {
                assert!(
                    z.keys.contains(key),
                    "{sample}: item {id} has `{key}`, which Zotero drops"
                );
            }
            let t = item["type"].as_str().unwrap_or("");
            assert!(
                z.types.contains(t),
                "{sample}: item {id} has type `{t}` Zotero has no type for"
            );
        }
        // Every item whose plain form has a `custom` object is reported, unless all
        // `custom` held was the archival structure (spelled out in archive_location).
        let (plain, _) = refconv(&["convert", sample, "-t", "csl-json"]);
        for item in items(&plain) {
            let Some(custom) = item.get("custom").and_then(Value::as_object) else { continue };
            let id = item["id"].as_str().unwrap_or("?");
            let lost: Vec<&String> = custom
                .keys()
                .filter(|k| *k != "archival" && *k != "inherited" && *k != "note-is-text")
                .collect();
            if !lost.is_empty() {
                assert!(
                    stderr.contains(&format!("(entry `{id}`)")) && stderr.contains("zotero"),
                    "{sample}: `custom` {lost:?} of {id} left out without a word:\n{stderr}"
                );
            }
        }
    }
}

#[test]
fn what_goes_into_note_comes_back() {
    // The seed's archival files: `archive-place` travels as a note line.
    let (z, _) =
        refconv(&["convert", "samples/notes/seed-footnotes.txt", "-t", "csl-json", "--zotero"]);
    let avp =
        items(&z).iter().find(|i| i["id"] == "avprf-0146-30-282-29").expect("the AVP RF file");
    assert_eq!(avp["archive"], "AVP RF");
    assert_eq!(avp["archive_location"], "F. 0146. Op. 30. P. 282. D. 29");
    assert_eq!(avp["note"], "archive-place: Moscow");
    let dir = std::env::temp_dir().join(format!("refconv-zotero-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("zotero.json");
    std::fs::write(&file, serde_json::to_vec(&z).expect("json")).expect("write");
    let (back, _) = refconv(&["convert", file.to_str().expect("utf-8 path"), "-t", "csl-json"]);
    let avp = items(&back).iter().find(|i| i["id"] == "avprf-0146-30-282-29").expect("read back");
    assert_eq!(avp["archive-place"], "Moscow");
    assert!(avp.get("note").is_none(), "{avp}");

    // Every variable of the plain output of every sample is, in the Zotero
    // output, a key or a note line that reads back to the same value.
    for sample in common::SAMPLES {
        let (plain, _) = refconv(&["convert", sample, "-t", "csl-json"]);
        let (zot, _) = refconv(&["convert", sample, "-t", "csl-json", "--zotero"]);
        std::fs::write(&file, serde_json::to_vec(&zot).expect("json")).expect("write");
        let (back, _) = refconv(&["convert", file.to_str().expect("utf-8 path"), "-t", "csl-json"]);
        for (p, b) in items(&plain).iter().zip(items(&back)) {
            let id = p["id"].as_str().unwrap_or("?");
            for (k, v) in p.as_object().expect("an item") {
                if matches!(k.as_str(), "custom" | "note" | "type") {
                    continue;
                }
                assert_eq!(Some(v), b.get(k), "{sample}: `{k}` of {id} did not come back");
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Not a check: prints, per sample, which variables of the plain CSL-JSON Zotero
/// would drop on import (what `--zotero` is for).
#[test]
fn report_what_zotero_would_drop_from_plain_csl_json() {
    let z = zotero_map();
    let mut total: BTreeMap<String, usize> = BTreeMap::new();
    for sample in common::SAMPLES {
        let (plain, _) = refconv(&["convert", sample, "-t", "csl-json"]);
        let mut here: BTreeMap<String, usize> = BTreeMap::new();
        for item in items(&plain) {
            for key in item.as_object().expect("an item").keys().filter(|k| !z.keys.contains(*k)) {
                *here.entry(key.clone()).or_default() += 1;
                *total.entry(key.clone()).or_default() += 1;
            }
        }
        let name = Path::new(sample).file_name().and_then(|n| n.to_str()).unwrap_or(sample);
        println!("{name}: {} items; outside Zotero's map: {here:?}", items(&plain).len());
    }
    println!("all samples: {total:?}");
    assert!(total.contains_key("custom"), "the samples no longer exercise `custom`");
}

#[test]
fn zotero_needs_a_csl_target() {
    let out = Command::new(env!("CARGO_BIN_EXE_refconv"))
        .current_dir(common::repo())
        .args(["convert", "samples/refs/bilingual.txt", "-t", "tei", "--zotero"])
        .output()
        .expect("run refconv");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs -t csl-json or csl-citations"));
    assert!(out.stdout.is_empty());
}
