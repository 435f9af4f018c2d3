//! CSL-JSON corpus round trip: every item of the CSL test-suite inputs and of
//! Better BibTeX's CSL-JSON fixtures is read and written again, and the output is
//! compared with an independent canonical form of the input. Every difference
//! must be explained by a named normalisation; the model must be stable after
//! one read/write; every written file must be valid against `csl-data.json`.
//!
//! Run with `cargo test --release --test corpus_csl -- --ignored --nocapture`.
//! The corpus is `<repo>/../shared/corpus`, or `$REFCONV_CORPUS`.

mod common;

use refconv::{Format, Library, ReadOptions, WriteOptions};
use serde_json::value::RawValue;
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The corpus folders holding CSL-JSON files (`*.json`).
const DIRS: &[&str] = &["csl-json-test-suite/input", "csl-json-zotero"];

/// CSL number variables: a number or a string; canonically a string.
const NUMBER_VARS: &[&str] = &[
    "chapter-number",
    "citation-number",
    "collection-number",
    "edition",
    "first-reference-note-number",
    "issue",
    "locator",
    "number",
    "number-of-pages",
    "number-of-volumes",
    "page",
    "page-first",
    "part",
    "printing",
    "supplement",
    "volume",
];

/// Legacy and misspelt keys real files use for CSL variables.
const LEGACY_KEYS: &[(&str, &str)] = &[
    ("journalabbreviation", "container-title-short"),
    ("journal-abbreviation", "container-title-short"),
    ("shorttitle", "title-short"),
    ("short-title", "title-short"),
    ("part-number", "part"),
    ("printing-number", "printing"),
    ("supplement-number", "supplement"),
    ("archive-location", "archive_location"),
    ("archive-collection", "archive_collection"),
    ("archive_place", "archive-place"),
];

/// Older or other tools' names of CSL item types.
const TYPE_ALIASES: &[(&str, &str)] = &[
    ("video", "motion_picture"),
    ("film", "motion_picture"),
    ("journal-article", "article-journal"),
    ("journalarticle", "article-journal"),
    ("newspaper-article", "article-newspaper"),
    ("magazine-article", "article-magazine"),
    ("book-section", "chapter"),
    ("booksection", "chapter"),
    ("conference-paper", "paper-conference"),
    ("blog-post", "post-weblog"),
    ("web-page", "webpage"),
    ("letter", "personal_communication"),
];

// The categories of explained differences.
const LEGACY: &str = "legacy key renamed (journalAbbreviation/shortTitle -> ...)";
const TO_CUSTOM: &str = "non-schema key moved into custom";
const ILL_TYPED: &str = "ill-typed value of a CSL variable moved into custom";
const CHEATER: &str = "Zotero note cheater lines parsed into fields";
const INSTITUTION: &str = "isInstitution name -> literal";
const NAME_FLAGS: &str = "name flags normalised (isInstitution/parse-names dropped, booleans)";
const NAME_STRING: &str = "name given as a string -> literal";
const NAME_SINGLE: &str = "single name not in a list wrapped in one";
const UNTYPED: &str = "untyped (or empty type) item given type document";
const UNKNOWN_TYPE: &str = "unknown type -> document (original in custom.type)";
const TYPE_ALIAS: &str = "type alias normalised";
const RAW: &str = "date raw dropped / parsed";
const SEASON: &str = "season representation";
const SEASON_DROPPED: &str = "season dropped: the date has a month";
const DATE_INVALID: &str = "out-of-range / zero month or day dropped";
const DATE_COLLAPSED: &str = "range with identical ends collapsed";
const DATE_STRING: &str = "date given as a string/number parsed";
const DATE_LITERAL: &str = "unparseable date-parts kept as literal";
const CIRCA_FALSE: &str = "false circa dropped";
const DUP_ID: &str = "duplicate id renamed";
const ID_SANITIZED: &str = "unsafe id sanitized";
const ID_DERIVED: &str = "missing id derived from content";
const EMPTY: &str = "empty value dropped";
const STRINGIFIED: &str = "number/boolean in a text variable written as a string";
const OTHER: &str = "other";

/// The corpus folder: `$REFCONV_CORPUS`, else `<repo>/../shared/corpus`.
fn corpus_dir() -> PathBuf {
    match std::env::var_os("REFCONV_CORPUS") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"),
    }
}

/// The sorted `*.json` files of one corpus folder; panics if there are none.
fn json_files(dir: &Path) -> Vec<PathBuf> {
    let rd = std::fs::read_dir(dir).unwrap_or_else(|e| {
        panic!(
            "CSL-JSON corpus folder {} cannot be read ({e}); the corpus is expected at \
             <repo>/../shared/corpus or in $REFCONV_CORPUS",
            dir.display()
        )
    });
    let mut files: Vec<PathBuf> = rd
        .map(|e| e.expect("readable directory entry").path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no *.json file in corpus folder {}", dir.display());
    files
}

// ---------------------------------------------------------------------------
// The CSL vocabulary, from the vendored schema (not from refconv).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Number,
    Names,
    Date,
    List,
}

struct Vocab {
    vars: BTreeMap<String, Kind>,
}

impl Vocab {
    fn load() -> Vocab {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/csl-data.json");
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let schema: Value = serde_json::from_str(&text).expect("csl-data.json is JSON");
        let props = schema["items"]["properties"].as_object().expect("items.properties");
        let mut vars = BTreeMap::new();
        for (k, v) in props {
            if ["id", "type", "custom", "journalAbbreviation", "shortTitle"].contains(&k.as_str()) {
                continue;
            }
            let r = v["items"]["$ref"].as_str().or(v["$ref"].as_str()).unwrap_or("");
            let kind = if r.ends_with("name-variable") {
                Kind::Names
            } else if r.ends_with("date-variable") {
                Kind::Date
            } else if v["type"] == "array" {
                Kind::List
            } else if NUMBER_VARS.contains(&k.as_str()) {
                Kind::Number
            } else {
                Kind::Text
            };
            vars.insert(k.clone(), kind);
        }
        assert!(vars.len() > 90, "the schema lists only {} variables", vars.len());
        Vocab { vars }
    }

    fn kind(&self, key: &str) -> Option<Kind> {
        self.vars.get(key).copied()
    }

    /// The CSL variable a key means: itself, a legacy name, or a case variant.
    fn var_for(&self, key: &str) -> Option<&str> {
        if let Some((k, _)) = self.vars.get_key_value(key) {
            return Some(k);
        }
        let lower = key.to_ascii_lowercase();
        if let Some((_, v)) = LEGACY_KEYS.iter().find(|(l, _)| *l == lower) {
            return Some(v);
        }
        self.vars.keys().find(|k| k.eq_ignore_ascii_case(key)).map(String::as_str)
    }
}

// ---------------------------------------------------------------------------
// The independent canonical form of an input item.

fn truthy(v: &Value) -> bool {
    match v {
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|x| x != 0.0),
        Value::String(s) => !matches!(s.trim().to_lowercase().as_str(), "" | "0" | "false" | "no"),
        _ => false,
    }
}

fn num_to_string(v: &Value) -> Value {
    match v {
        Value::Number(n) => Value::String(n.to_string()),
        other => other.clone(),
    }
}

/// A date object with 2-D integer `date-parts` and a boolean `circa`.
fn canonical_date(v: &Value) -> Value {
    let Value::Object(m) = v else { return v.clone() };
    let mut out = m.clone();
    if let Some(Value::Array(outer)) = m.get("date-parts") {
        let rows: Vec<Value> = if !outer.is_empty() && outer.iter().all(|x| !x.is_array()) {
            vec![Value::Array(outer.clone())]
        } else {
            outer.clone()
        };
        let rows = rows
            .into_iter()
            .map(|row| match row {
                Value::Array(parts) => Value::Array(
                    parts
                        .into_iter()
                        .filter(|p| !matches!(p, Value::String(s) if s.trim().is_empty()))
                        .map(|p| match &p {
                            Value::String(s) => s.trim().parse::<i64>().map_or(p, |n| json!(n)),
                            _ => p,
                        })
                        .collect(),
                ),
                other => other,
            })
            .collect();
        out.insert("date-parts".into(), Value::Array(rows));
    }
    if let Some(c) = m.get("circa") {
        if matches!(c, Value::String(_) | Value::Number(_)) && truthy(c) {
            out.insert("circa".into(), Value::Bool(true));
        }
    }
    Value::Object(out)
}

/// The input item in the form a canonical writer would give it, without any
/// normalisation of content.
fn canonical(item: &Value, vocab: &Vocab) -> Value {
    let Value::Object(m) = item else { return item.clone() };
    let mut out = Map::new();
    for (k, v) in m {
        let v = if k == "id" || NUMBER_VARS.contains(&k.as_str()) {
            num_to_string(v)
        } else if vocab.kind(k) == Some(Kind::Date) {
            canonical_date(v)
        } else {
            v.clone()
        };
        out.insert(k.clone(), v);
    }
    Value::Object(out)
}

// ---------------------------------------------------------------------------
// Explaining the differences between canonical(input) and output.

#[derive(Default)]
struct Verdict {
    cats: BTreeSet<&'static str>,
    unexplained: Vec<String>,
}

impl Verdict {
    fn add(&mut self, c: &'static str) {
        self.cats.insert(c);
    }

    fn fail(&mut self, why: String) {
        self.unexplained.push(why);
    }
}

fn is_safe_id(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.' | '/' | '+'))
}

fn norm_type(t: &str) -> String {
    let n: String = t
        .trim()
        .chars()
        .map(|c| if c == '_' || c == ' ' { '-' } else { c.to_ascii_lowercase() })
        .collect();
    TYPE_ALIASES.iter().find(|(a, _)| *a == n).map_or(n, |(_, b)| b.replace('_', "-"))
}

/// `key: value` or `{:key: value}` in a Zotero note.
fn cheater_line(line: &str) -> Option<(&str, &str)> {
    let l = line.trim();
    let l = l.strip_prefix("{:").and_then(|x| x.strip_suffix('}')).unwrap_or(l);
    let (k, v) = l.split_once(':')?;
    let (k, v) = (k.trim(), v.trim());
    let key_ok = k.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    (key_ok && !v.is_empty()).then_some((k, v))
}

/// Why the output of an input value cannot be predicted exactly.
enum Unpredicted {
    /// Only the shape of the output can be checked (EDTF intervals, qualifiers).
    Loose,
    /// The value has the wrong JSON type for its variable (it goes to `custom`).
    IllTyped,
    /// A case this harness does not know a normalisation for.
    Unknown(String),
}

use Unpredicted::{IllTyped, Loose, Unknown};

/// A value or its absence, for messages.
fn show(v: Option<&Value>) -> String {
    v.map_or_else(|| "(absent)".to_string(), Value::to_string)
}

/// The expected output of one input name (`None`: dropped).
fn expect_name(n: &Value, v: &mut Verdict) -> Result<Option<Value>, Unpredicted> {
    let m = match n {
        Value::String(s) => {
            v.add(NAME_STRING);
            return Ok(Some(json!({ "literal": s })));
        }
        Value::Object(m) => m,
        other => return Err(Unknown(format!("name {other} is not an object"))),
    };
    let mut out = Map::new();
    let mut institution = false;
    for (k, x) in m {
        match k.as_str() {
            "family"
            | "given"
            | "non-dropping-particle"
            | "dropping-particle"
            | "suffix"
            | "literal" => match x {
                Value::String(s) if s.is_empty() => v.add(EMPTY),
                Value::String(_) => {
                    out.insert(k.clone(), x.clone());
                }
                Value::Number(num) => {
                    v.add(STRINGIFIED);
                    out.insert(k.clone(), Value::String(num.to_string()));
                }
                other => return Err(Unknown(format!("name part `{k}` = {other}"))),
            },
            "comma-suffix" | "static-ordering" => {
                if x != &Value::Bool(true) {
                    v.add(NAME_FLAGS);
                }
                if truthy(x) {
                    out.insert(k.clone(), Value::Bool(true));
                }
            }
            "isInstitution" => {
                institution = truthy(x);
                if !institution {
                    v.add(NAME_FLAGS);
                }
            }
            "parse-names" => v.add(NAME_FLAGS),
            other => return Err(Unknown(format!("unknown name part `{other}` in {n}"))),
        }
    }
    let given_empty = out.get("given").and_then(Value::as_str).unwrap_or("").is_empty();
    if institution {
        if !out.contains_key("literal") && given_empty {
            v.add(INSTITUTION);
            out.remove("given");
            if let Some(f) = out.remove("family") {
                out.insert("literal".into(), f);
            }
        } else {
            v.add(NAME_FLAGS);
        }
    }
    if ["family", "given", "non-dropping-particle", "dropping-particle", "suffix", "literal"]
        .iter()
        .all(|k| !out.contains_key(*k))
    {
        v.add(EMPTY);
        return Ok(None);
    }
    Ok(Some(Value::Object(out)))
}

/// A year with month, day or season (1..=4, or a named season).
#[derive(Debug, Clone, PartialEq)]
struct Part {
    year: i64,
    month: Option<i64>,
    day: Option<i64>,
    season: Option<Value>,
}

fn season_of(n: i64) -> Option<i64> {
    match n {
        1..=4 => Some(n),
        13..=16 => Some(n - 12),
        21..=24 => Some(n - 20),
        _ => None,
    }
}

fn season_value(s: &Value) -> Option<Value> {
    match s {
        Value::Number(n) => n.as_i64().and_then(season_of).map(|n| json!(n)),
        Value::String(t) if !t.trim().is_empty() => {
            let t = t.trim();
            if let Some(n) = t.parse::<i64>().ok().and_then(season_of) {
                return Some(json!(n));
            }
            Some(match t.to_lowercase().as_str() {
                "spring" => json!(1),
                "summer" => json!(2),
                "autumn" | "fall" => json!(3),
                "winter" => json!(4),
                _ => json!(t),
            })
        }
        _ => None,
    }
}

/// A strict EDTF day, month or year ("1950", "1950-02", "1950-02-03").
fn simple_edtf(s: &str) -> Option<Part> {
    let mut it = s.trim().split('-');
    let y = it.next()?;
    if y.len() != 4 || !y.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut p = Part { year: y.parse().ok()?, month: None, day: None, season: None };
    let two = |x: &str| {
        (x.len() == 2 && x.bytes().all(|b| b.is_ascii_digit()))
            .then(|| x.parse::<i64>().ok())
            .flatten()
    };
    if let Some(m) = it.next() {
        p.month = Some(two(m).filter(|m| (1..=12).contains(m))?);
        if let Some(d) = it.next() {
            p.day = Some(two(d).filter(|d| (1..=31).contains(d))?);
        }
    }
    it.next().is_none().then_some(p)
}

/// The expected output of an input date (already canonical). `Ok(None)`: the
/// date is dropped. `Err`: the output cannot be predicted; `loose` is set when
/// only the shape of the output can be checked.
fn expect_date(x: &Value, v: &mut Verdict) -> Result<Option<Value>, Unpredicted> {
    let m = match x {
        Value::Object(m) => m.clone(),
        Value::String(s) => {
            v.add(DATE_STRING);
            return Ok(Some(match simple_edtf(s) {
                Some(p) => write_date(Some(p), None, false, None),
                None => return Err(Loose),
            }));
        }
        Value::Number(n) => {
            v.add(DATE_STRING);
            return Ok(Some(json!({ "date-parts": [[n]] })));
        }
        Value::Array(a) => {
            v.add(DATE_STRING);
            let mut m = Map::new();
            m.insert("date-parts".into(), Value::Array(a.clone()));
            return expect_date(&canonical_date(&Value::Object(m)), v);
        }
        other => return Err(Unknown(format!("date {other} is not an object"))),
    };
    let mut parts: Vec<Part> = Vec::new();
    let mut literal: Option<String> = None;
    let mut approximate = false;
    let mut raw = None;
    let mut season = None;
    for (k, val) in &m {
        match k.as_str() {
            "date-parts" => {
                let Value::Array(rows) = val else {
                    return Err(Unknown(format!("date-parts {val} is not an array")));
                };
                if rows.is_empty() {
                    v.add(EMPTY);
                }
                if rows.len() > 2 {
                    return Err(Unknown("more than two date-parts rows".into()));
                }
                let mut bad = None;
                for row in rows {
                    let Value::Array(row) = row else { continue };
                    let mut nums = Vec::new();
                    for p in row {
                        match p.as_i64() {
                            Some(n) => nums.push(n),
                            None => {
                                bad.get_or_insert(match p {
                                    Value::String(s) => s.clone(),
                                    other => other.to_string(),
                                });
                                break;
                            }
                        }
                    }
                    if bad.is_some() {
                        break;
                    }
                    let Some(&year) = nums.first() else {
                        v.add(EMPTY);
                        continue;
                    };
                    let mut part = Part { year, month: None, day: None, season: None };
                    match nums.get(1).copied() {
                        None => {}
                        Some(0) => v.add(DATE_INVALID),
                        Some(mo @ 1..=12) => {
                            part.month = Some(mo);
                            match nums.get(2).copied() {
                                None => {}
                                Some(d @ 1..=31) => part.day = Some(d),
                                Some(_) => v.add(DATE_INVALID),
                            }
                        }
                        Some(mo) => match season_of(mo) {
                            Some(s) => {
                                v.add(SEASON);
                                if nums.len() > 2 {
                                    v.add(DATE_INVALID);
                                }
                                part.season = Some(json!(s));
                            }
                            None => v.add(DATE_INVALID),
                        },
                    }
                    parts.push(part);
                }
                if let Some(b) = bad {
                    v.add(DATE_LITERAL);
                    parts.clear();
                    literal.get_or_insert(b);
                }
            }
            "season" => season = Some(val.clone()),
            "circa" => {
                approximate = truthy(val);
                if !approximate {
                    v.add(CIRCA_FALSE);
                }
            }
            "literal" => match val {
                Value::String(s) if s.is_empty() => v.add(EMPTY),
                Value::String(s) => literal = Some(s.clone()),
                other => {
                    v.add(STRINGIFIED);
                    literal = Some(other.to_string());
                }
            },
            "raw" => raw = Some(val.as_str().unwrap_or("").to_string()),
            other => return Err(Unknown(format!("unknown date key `{other}`"))),
        }
    }
    if parts.len() == 2 && parts[0] == parts[1] {
        v.add(DATE_COLLAPSED);
        parts.pop();
    }
    if let Some(raw) = raw {
        v.add(RAW);
        if parts.is_empty() {
            match simple_edtf(&raw) {
                Some(p) => parts.push(p),
                None if literal.is_some() => {}
                None if raw.trim().is_empty() => {}
                None => {
                    if raw.trim().starts_with(|c: char| c.is_ascii_digit()) {
                        return Err(Loose);
                    }
                    literal = Some(raw.trim().to_string());
                }
            }
        }
    }
    if let Some(s) = season {
        match (season_value(&s), parts.first_mut()) {
            (Some(sv), Some(p)) if p.month.is_none() => {
                if sv != s || parts.len() == 2 {
                    v.add(SEASON);
                }
                parts[0].season = Some(sv);
            }
            (Some(_), Some(_)) => v.add(SEASON_DROPPED),
            (Some(sv), None) => {
                v.add(SEASON);
                let name = match sv.as_i64() {
                    Some(1) => "spring".to_string(),
                    Some(2) => "summer".to_string(),
                    Some(3) => "autumn".to_string(),
                    Some(4) => "winter".to_string(),
                    _ => sv.as_str().unwrap_or_default().to_string(),
                };
                literal.get_or_insert(name);
            }
            (None, _) => v.add(EMPTY),
        }
    }
    let mut it = parts.into_iter();
    let (start, end) = (it.next(), it.next());
    if start.is_none() && literal.is_none() {
        v.add(EMPTY);
        return Ok(None);
    }
    Ok(Some(write_date(start, end, approximate, literal)))
}

/// A date as the canonical CSL form writes it.
fn write_date(
    start: Option<Part>,
    end: Option<Part>,
    circa: bool,
    literal: Option<String>,
) -> Value {
    let row = |p: &Part, range: bool| {
        let mut r = vec![json!(p.year)];
        if let Some(m) = p.month {
            r.push(json!(m));
            if let Some(d) = p.day {
                r.push(json!(d));
            }
        } else if let (true, Some(n)) = (range, p.season.as_ref().and_then(Value::as_i64)) {
            r.push(json!(20 + n));
        }
        Value::Array(r)
    };
    let mut o = Map::new();
    if let Some(s) = &start {
        let range = end.is_some();
        let mut rows = vec![row(s, range)];
        if let Some(e) = &end {
            rows.push(row(e, true));
        }
        o.insert("date-parts".into(), Value::Array(rows));
        if !range && s.month.is_none() {
            if let Some(season) = &s.season {
                o.insert("season".into(), season.clone());
            }
        }
    }
    if circa {
        o.insert("circa".into(), Value::Bool(true));
    }
    if let Some(l) = literal {
        o.insert("literal".into(), Value::String(l));
    }
    Value::Object(o)
}

/// The value a CSL variable of `kind` is written as; `Err` when the value has
/// the wrong JSON type (it then goes to `custom`); `Ok(None)` when dropped.
fn expect_var(kind: Kind, x: &Value, v: &mut Verdict) -> Result<Option<Value>, Unpredicted> {
    Ok(match (kind, x) {
        (_, Value::Null) if kind != Kind::Date => {
            v.add(EMPTY);
            None
        }
        (Kind::Text | Kind::Number, Value::String(_)) => Some(x.clone()),
        (Kind::Text | Kind::Number, Value::Number(n)) => {
            v.add(STRINGIFIED);
            Some(Value::String(n.to_string()))
        }
        (Kind::Text | Kind::Number, Value::Bool(b)) => {
            v.add(STRINGIFIED);
            Some(Value::String(b.to_string()))
        }
        (Kind::List, Value::Array(a)) => {
            let mut out = Vec::new();
            for s in a {
                match s {
                    Value::String(_) => out.push(s.clone()),
                    Value::Number(n) => {
                        v.add(STRINGIFIED);
                        out.push(Value::String(n.to_string()));
                    }
                    _ => v.add(EMPTY),
                }
            }
            Some(Value::Array(out))
        }
        (Kind::List, Value::String(_)) => {
            v.add(STRINGIFIED);
            Some(json!([x]))
        }
        (Kind::Names, Value::Array(a)) => {
            let mut out = Vec::new();
            for n in a {
                if let Some(n) = expect_name(n, v)? {
                    out.push(n);
                }
            }
            Some(Value::Array(out))
        }
        (Kind::Names, Value::Object(_) | Value::String(_)) => {
            v.add(NAME_SINGLE);
            expect_name(x, v)?.map(|n| json!([n]))
        }
        (Kind::Date, Value::Object(_) | Value::String(_) | Value::Number(_) | Value::Array(_)) => {
            expect_date(x, v)?
        }
        _ => return Err(IllTyped),
    })
}

/// Whether a date output is at least of the right shape (for dates we cannot
/// predict exactly: EDTF intervals and qualifiers in `raw` or strings).
fn plausible_date(out: &Value) -> bool {
    out.get("date-parts").is_some_and(|p| p.as_array().is_some_and(|a| !a.is_empty()))
        || out.get("literal").is_some_and(Value::is_string)
}

struct FileCtx {
    /// Output ids of the items before this one in the file.
    earlier_ids: BTreeSet<String>,
}

/// Explains every difference between `a` (canonical input) and `b` (output).
fn classify(
    a: &Map<String, Value>,
    b: &Map<String, Value>,
    vocab: &Vocab,
    cx: &FileCtx,
) -> Verdict {
    let mut v = Verdict::default();
    // Output keys (top level and in `custom`) already accounted for.
    let mut done: BTreeSet<String> = BTreeSet::new();
    let mut done_custom: BTreeSet<String> = BTreeSet::new();
    let empty = Map::new();
    let b_custom = b.get("custom").and_then(Value::as_object).unwrap_or(&empty);
    let a_custom_obj = a.get("custom").and_then(Value::as_object);

    // id
    done.insert("id".into());
    let out_id = b.get("id").and_then(Value::as_str).unwrap_or("");
    if !is_safe_id(out_id) {
        v.fail(format!("output id {out_id:?} is not safe"));
    }
    match a.get("id") {
        Some(Value::String(s)) if s == out_id => {}
        Some(Value::String(s)) => {
            let base = if is_safe_id(s) {
                s.clone()
            } else {
                v.add(ID_SANITIZED);
                out_id.to_string()
            };
            if out_id != base || cx.earlier_ids.contains(&base) {
                let renamed = out_id
                    .rsplit_once('-')
                    .filter(|(stem, n)| {
                        n.parse::<u64>().is_ok_and(|n| n >= 2) && cx.earlier_ids.contains(*stem)
                    })
                    .map(|(stem, _)| stem.to_string());
                match renamed {
                    Some(stem) if stem == base || !is_safe_id(s) => v.add(DUP_ID),
                    _ => v.fail(format!("id {s:?} written as {out_id:?}")),
                }
            }
        }
        _ => v.add(ID_DERIVED),
    }

    // type
    done.insert("type".into());
    let out_type = b.get("type").and_then(Value::as_str).unwrap_or("");
    let mut type_from_note = false;
    match a.get("type") {
        Some(Value::String(t)) if t == out_type => {}
        Some(Value::String(t)) if norm_type(t) == norm_type(out_type) => v.add(TYPE_ALIAS),
        Some(t) if out_type == "document" && b_custom.get("type") == Some(t) => {
            done_custom.insert("type".into());
            v.add(if t.is_string() { UNKNOWN_TYPE } else { ILL_TYPED });
        }
        None if out_type == "document" => v.add(UNTYPED),
        Some(Value::String(t)) if t.trim().is_empty() && out_type == "document" => v.add(UNTYPED),
        _ => type_from_note = true, // checked with the note below
    }

    // note: Zotero's cheater lines
    done.insert("note".into());
    let a_note = a.get("note");
    let b_note = b.get("note");
    if a_note != b_note {
        match a_note {
            Some(Value::String(note)) => {
                let mut kept: Vec<&str> = Vec::new();
                let mut set: BTreeSet<String> = BTreeSet::new();
                let mut added_names: BTreeMap<String, Vec<Value>> = BTreeMap::new();
                for line in note.split('\n') {
                    let Some((k, val)) = cheater_line(line) else {
                        kept.push(line);
                        continue;
                    };
                    if k.eq_ignore_ascii_case("type") {
                        if type_from_note
                            && norm_type(val) == norm_type(out_type)
                            && !set.contains("type")
                        {
                            set.insert("type".into());
                            type_from_note = false;
                        } else {
                            kept.push(line);
                        }
                        continue;
                    }
                    let Some(var) = vocab.var_for(k).filter(|x| *x != "note") else {
                        kept.push(line);
                        continue;
                    };
                    let kind = vocab.kind(var).expect("a variable");
                    let fresh = !a.contains_key(var) && b.contains_key(var);
                    if kind == Kind::Names && b.contains_key(var) {
                        // `family || given`, else a literal name.
                        let name = match val.split_once("||") {
                            Some((f, g)) => json!({ "family": f.trim(), "given": g.trim() }),
                            None => json!({ "literal": val }),
                        };
                        added_names.entry(var.to_string()).or_default().push(name);
                        set.insert(var.to_string());
                    } else if fresh && !set.contains(var) {
                        let ok = match kind {
                            Kind::Text | Kind::Number => b[var] == json!(val),
                            Kind::List => b[var] == json!([val]),
                            _ => match simple_edtf(val) {
                                Some(p) => b[var] == write_date(Some(p), None, false, None),
                                None => plausible_date(&b[var]),
                            },
                        };
                        if !ok {
                            v.fail(format!("note line {line:?} became {var} = {}", b[var]));
                        }
                        set.insert(var.to_string());
                    } else {
                        kept.push(line);
                    }
                }
                let expected = kept.join("\n").trim_matches('\n').to_string();
                let got = b_note.and_then(Value::as_str).unwrap_or("");
                if b_note.is_some() && !b_note.is_some_and(Value::is_string) {
                    v.fail(format!("note written as {}", b_note.unwrap_or(&Value::Null)));
                } else if expected != got {
                    v.fail(format!("note {note:?} written as {got:?} (expected {expected:?})"));
                } else if set.is_empty() {
                    if got.is_empty() {
                        v.add(EMPTY);
                    } else {
                        v.fail(format!("note {note:?} written as {got:?}"));
                    }
                } else {
                    v.add(CHEATER);
                }
                for (var, added) in added_names {
                    // The input's names (normalised), then the note's.
                    let mut sub = Verdict::default();
                    let before = match a.get(&var) {
                        None => Ok(Some(json!([]))),
                        Some(x) => expect_var(Kind::Names, x, &mut sub),
                    };
                    match before {
                        Ok(Some(Value::Array(mut names))) => {
                            names.extend(added);
                            if b[&var] == Value::Array(names.clone()) {
                                v.cats.extend(sub.cats);
                            } else {
                                v.fail(format!(
                                    "`{var}` with note lines written as {}, expected {}",
                                    b[&var],
                                    Value::Array(names)
                                ));
                            }
                        }
                        _ => v.fail(format!("`{var}` = {} not predictable", show(a.get(&var)))),
                    }
                    done.insert(var);
                }
                done.extend(set);
            }
            Some(x) => match (expect_var(Kind::Text, x, &mut v), b_note) {
                (Ok(e), got) if e.as_ref() == got => {}
                (Err(_), None) if b_custom.get("note") == Some(x) => {
                    done_custom.insert("note".into());
                    v.add(ILL_TYPED);
                }
                _ => v.fail(format!("note {x} written as {}", show(b_note))),
            },
            None => v.fail(format!("note {} appeared", b_note.unwrap_or(&Value::Null))),
        }
    }
    if type_from_note {
        v.fail(format!("type {} written as {out_type:?}", show(a.get("type"))));
    }

    // Legacy keys first, so that we know which standard keys they fill.
    for (k, x) in a {
        if ["id", "type", "note", "custom"].contains(&k.as_str()) || vocab.kind(k).is_some() {
            continue;
        }
        let Some(var) = vocab.var_for(k) else { continue };
        if !a.contains_key(var) && !done.contains(var) {
            let kind = vocab.kind(var).expect("a variable");
            let x = if kind == Kind::Number { num_to_string(x) } else { x.clone() };
            let x = if kind == Kind::Date { canonical_date(&x) } else { x };
            let mut sub = Verdict::default();
            match expect_var(kind, &x, &mut sub) {
                Ok(e) if e.as_ref() == b.get(var) => {
                    v.add(LEGACY);
                    v.cats.extend(sub.cats);
                    done.insert(var.to_string());
                }
                _ => v.fail(format!(
                    "legacy key `{k}` = {x} written as `{var}` = {}",
                    show(b.get(var))
                )),
            }
        } else if b_custom.get(k.as_str()) == Some(x) {
            // The standard key is set too: the legacy one is kept aside.
            v.add(TO_CUSTOM);
            done_custom.insert(k.clone());
        } else {
            v.fail(format!("legacy key `{k}` = {x} lost (`{var}` is also set)"));
        }
        done.insert(k.clone());
    }

    // Every other top-level key.
    let keys: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    for k in keys {
        if done.contains(k.as_str()) || k == "custom" {
            continue;
        }
        let (x, y) = (a.get(k.as_str()), b.get(k.as_str()));
        if x == y {
            continue;
        }
        let Some(x) = x else {
            v.fail(format!("`{k}` = {} appeared", y.unwrap_or(&Value::Null)));
            continue;
        };
        let Some(kind) = vocab.kind(k) else {
            // Not a CSL variable: it belongs in `custom`.
            if y.is_none() && b_custom.get(k.as_str()) == Some(x) {
                v.add(TO_CUSTOM);
                done_custom.insert(k.clone());
            } else {
                v.fail(format!(
                    "non-CSL key `{k}` = {x} written as {}, custom.{k} = {}",
                    show(y),
                    show(b_custom.get(k.as_str()))
                ));
            }
            continue;
        };
        let mut sub = Verdict::default();
        match expect_var(kind, x, &mut sub) {
            Ok(e) if e.as_ref() == y => v.cats.extend(sub.cats),
            Ok(e) => {
                v.fail(format!("`{k}` = {x} written as {}, expected {}", show(y), show(e.as_ref())))
            }
            Err(Loose) if y.is_some_and(plausible_date) => v.cats.extend(sub.cats),
            Err(Loose) => v.fail(format!("date `{k}` = {x} written as {}", show(y))),
            Err(IllTyped) => {
                if y.is_none() && b_custom.get(k.as_str()) == Some(x) {
                    v.add(ILL_TYPED);
                    done_custom.insert(k.clone());
                } else {
                    v.fail(format!("ill-typed `{k}` = {x} written as {}", show(y)));
                }
            }
            Err(Unknown(e)) => v.fail(format!("`{k}` = {x} written as {}: {e}", show(y))),
        }
    }

    // custom: the input's own custom keys, and what was moved there.
    match (a.get("custom"), a_custom_obj) {
        (Some(_), Some(ac)) => {
            for (k, x) in ac {
                if b_custom.get(k.as_str()) != Some(x) {
                    v.fail(format!(
                        "custom.{k} = {x} written as {}",
                        show(b_custom.get(k.as_str()))
                    ));
                }
                done_custom.insert(k.clone());
            }
        }
        (Some(x), None) => {
            if b_custom.get("custom") == Some(x) {
                v.add(TO_CUSTOM);
            } else {
                v.fail(format!("custom = {x} not kept"));
            }
            done_custom.insert("custom".into());
        }
        (None, _) => {}
    }
    for (k, x) in b_custom {
        if !done_custom.contains(k.as_str()) {
            v.fail(format!("custom.{k} = {x} appeared"));
        }
    }
    if b.get("custom").is_some_and(|c| c.as_object().is_none_or(Map::is_empty)) {
        v.fail("custom written empty or not as an object".into());
    }
    v
}

// ---------------------------------------------------------------------------
// The model-stability check.

/// What differs between two libraries, entry by entry.
fn library_diff(first: &Library, second: &Library) -> Vec<String> {
    let mut out = Vec::new();
    if first.entries.len() != second.entries.len() {
        out.push(format!("{} entries, then {}", first.entries.len(), second.entries.len()));
    }
    for (e1, e2) in first.entries.iter().zip(&second.entries) {
        if e1 == e2 {
            continue;
        }
        let mut d = format!("entry `{}`:", e1.id);
        if e1.id != e2.id {
            let _ = write!(d, " id -> `{}`;", e2.id);
        }
        if e1.kind != e2.kind {
            let _ = write!(d, " type {:?} -> {:?};", e1.kind, e2.kind);
        }
        let vars: BTreeSet<_> = e1.fields.keys().chain(e2.fields.keys()).collect();
        for var in vars {
            let (x, y) = (e1.fields.get(var), e2.fields.get(var));
            if x != y {
                let _ = write!(d, "\n      {}: {x:?}\n        -> {y:?}", var.name());
            }
        }
        if e1.archival != e2.archival {
            let _ = write!(d, "\n      archival: {:?}\n        -> {:?}", e1.archival, e2.archival);
        }
        let keys: BTreeSet<_> = e1.extra.keys().chain(e2.extra.keys()).collect();
        for k in keys {
            let (x, y) = (e1.extra.get(k), e2.extra.get(k));
            if x != y {
                let _ = write!(d, "\n      extra.{k}: {x:?}\n        -> {y:?}");
            }
        }
        out.push(d);
    }
    if first.citations != second.citations || first.notes != second.notes {
        out.push("citations or notes differ".into());
    }
    out
}

// ---------------------------------------------------------------------------

fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_else(|_| v.to_string())
}

/// The byte offsets of the items of a CSL-JSON file (as the reader's spans
/// give them) and the items themselves.
fn items_of(src: &str) -> Result<Vec<(usize, Value)>, String> {
    let body = src.strip_prefix('\u{feff}').unwrap_or(src);
    let raws: Vec<&RawValue> = if body.trim_start().starts_with('[') {
        serde_json::from_str(body).map_err(|e| e.to_string())?
    } else {
        vec![serde_json::from_str(body).map_err(|e| e.to_string())?]
    };
    raws.into_iter()
        .map(|r| {
            let start = r.get().as_ptr() as usize - src.as_ptr() as usize;
            serde_json::from_str(r.get()).map(|v| (start, v)).map_err(|e| e.to_string())
        })
        .collect()
}

#[derive(Default)]
struct Report {
    files: usize,
    items: usize,
    identical: usize,
    different: usize,
    categories: BTreeMap<&'static str, (usize, Vec<String>)>,
    others: Vec<String>,
    dropped: Vec<String>,
    unstable: Vec<String>,
    schema: Vec<String>,
    lost_diagnostics: usize,
}

fn check_file(path: &Path, label: &str, vocab: &Vocab, r: &mut Report) {
    let src = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    r.files += 1;
    let items = match items_of(&src) {
        Ok(items) => items,
        Err(e) => {
            r.dropped.push(format!("{label}: not JSON ({e}); skipped"));
            return;
        }
    };
    r.items += items.len();
    let opts = ReadOptions::default();
    let parsed = match refconv::read(Format::CslJson, &src, &opts) {
        Ok(p) => p,
        Err(e) => {
            r.dropped.push(format!("{label}: read failed, all {} items lost: {e}", items.len()));
            return;
        }
    };
    let lib = &parsed.library;
    let mut out = Vec::new();
    match refconv::write(Format::CslJson, lib, &mut out, &WriteOptions::default()) {
        Ok(lost) => r.lost_diagnostics += lost.len(),
        Err(e) => {
            r.dropped.push(format!("{label}: write failed, all {} items lost: {e}", items.len()));
            return;
        }
    }
    let out_text = String::from_utf8(out).expect("the writer writes UTF-8");
    let written: Value = match serde_json::from_str(&out_text) {
        Ok(v) => v,
        Err(e) => {
            r.schema.push(format!("{label}: output is not JSON: {e}"));
            return;
        }
    };

    // Schema validity of the whole written file.
    let errors = common::csl_data_errors(&written);
    if !errors.is_empty() {
        r.schema.push(format!("{label}:\n    {}", errors.join("\n    ")));
    }

    // Model stability: read(write(read(x))) == read(x).
    match refconv::read(Format::CslJson, &out_text, &opts) {
        Ok(again) => {
            let (first, second) = (lib.without_sources(), again.library.without_sources());
            if first != second {
                for d in library_diff(&first, &second) {
                    r.unstable.push(format!("{label}: {d}"));
                }
            }
        }
        Err(e) => r.unstable.push(format!("{label}: written output does not read back: {e}")),
    }

    // Pair input items with entries (by the reader's spans) and output items.
    let out_items = written.as_array().cloned().unwrap_or_default();
    if out_items.len() != lib.entries.len() {
        r.dropped.push(format!(
            "{label}: {} entries but {} items written",
            lib.entries.len(),
            out_items.len()
        ));
    }
    let by_start: BTreeMap<usize, usize> = lib
        .entries
        .iter()
        .enumerate()
        .filter_map(|(j, e)| e.source.as_ref().map(|s| (s.span.start, j)))
        .collect();
    let positional = by_start.len() != lib.entries.len() && lib.entries.len() == items.len();
    let mut cx = FileCtx { earlier_ids: BTreeSet::new() };
    for (i, (start, item)) in items.iter().enumerate() {
        let j = if positional { Some(i) } else { by_start.get(start).copied() };
        let shown_id = item.get("id").map_or("<no id>".into(), |v| v.to_string());
        let Some(output) = j.and_then(|j| out_items.get(j)) else {
            r.dropped.push(format!("{label}: item #{} (id {shown_id}) dropped: {}", i + 1, item));
            continue;
        };
        let input = canonical(item, vocab);
        let verdict = match (&input, output) {
            _ if &input == output => None,
            (Value::Object(a), Value::Object(b)) => Some(classify(a, b, vocab, &cx)),
            _ => {
                let mut v = Verdict::default();
                v.fail("not an object".into());
                Some(v)
            }
        };
        if let Some(id) = output.get("id").and_then(Value::as_str) {
            cx.earlier_ids.insert(id.to_string());
        }
        let Some(verdict) = verdict else {
            r.identical += 1;
            continue;
        };
        r.different += 1;
        let where_ = format!("{label} #{} id {shown_id}", i + 1);
        let mut cats = verdict.cats.clone();
        if !verdict.unexplained.is_empty() {
            cats.insert(OTHER);
            r.others.push(format!(
                "{where_}\n  unexplained:\n    - {}\n  input:\n{}\n  output:\n{}",
                verdict.unexplained.join("\n    - "),
                indent(&pretty(item)),
                indent(&pretty(output))
            ));
        } else if cats.is_empty() {
            cats.insert(OTHER);
            r.others.push(format!(
                "{where_}\n  differs, but no difference was found key by key\n  input:\n{}\n  output:\n{}",
                indent(&pretty(item)),
                indent(&pretty(output))
            ));
        }
        if verbose() {
            let names: Vec<&str> = cats.iter().copied().collect();
            println!(
                "--- {where_}: {}\n  input:\n{}\n  output:\n{}",
                names.join("; "),
                indent(&pretty(item)),
                indent(&pretty(output))
            );
        }
        for c in cats {
            let slot = r.categories.entry(c).or_default();
            slot.0 += 1;
            if slot.1.len() < 4 {
                slot.1.push(where_.clone());
            }
        }
    }
}

/// `REFCONV_CORPUS_VERBOSE=1` prints every item that differs, explained or not.
fn verbose() -> bool {
    std::env::var_os("REFCONV_CORPUS_VERBOSE").is_some_and(|v| !v.is_empty() && v != "0")
}

fn indent(s: &str) -> String {
    s.lines().map(|l| format!("    {l}")).collect::<Vec<_>>().join("\n")
}

#[test]
#[ignore = "needs the corpus at ../shared/corpus or $REFCONV_CORPUS; run with --ignored"]
fn csl_json_corpus_round_trip() {
    let root = corpus_dir();
    assert!(
        root.is_dir(),
        "CSL-JSON corpus not found at {} (expected <repo>/../shared/corpus; set REFCONV_CORPUS \
         to override)",
        root.display()
    );
    let vocab = Vocab::load();
    let mut r = Report::default();
    for dir in DIRS {
        for path in json_files(&root.join(dir)) {
            let name = path.file_name().expect("a file name").to_string_lossy();
            let label = format!("{dir}/{name}");
            check_file(&path, &label, &vocab, &mut r);
        }
    }

    println!("\n=== CSL-JSON corpus round trip ({}) ===", root.display());
    println!("files: {}", r.files);
    println!("items: {}", r.items);
    println!("identical after canonical form: {}", r.identical);
    println!("different (explained or not): {}", r.different);
    println!("writer diagnostics (things not representable): {}", r.lost_diagnostics);
    println!("categories (an item may be in several):");
    for (c, (n, examples)) in &r.categories {
        println!("  {n:5}  {c}");
        for e in examples {
            println!("           e.g. {e}");
        }
    }
    println!("'other' differences: {}", r.others.len());
    for o in &r.others {
        println!("--- other: {o}");
    }
    println!("dropped items: {}", r.dropped.len());
    for d in &r.dropped {
        println!("  {d}");
    }
    println!("model-stability failures: {}", r.unstable.len());
    for u in &r.unstable {
        println!("  {u}");
    }
    println!("schema failures (files): {}", r.schema.len());
    for s in &r.schema {
        println!("  {s}");
    }

    assert!(r.files > 0 && r.items > 0, "no CSL-JSON item found in {}", root.display());
    let mut problems = Vec::new();
    if !r.dropped.is_empty() {
        problems.push(format!("{} items dropped", r.dropped.len()));
    }
    if !r.schema.is_empty() {
        problems.push(format!("{} written files invalid against csl-data.json", r.schema.len()));
    }
    if !r.unstable.is_empty() {
        problems.push(format!("{} model-stability failures", r.unstable.len()));
    }
    if !r.others.is_empty() {
        problems.push(format!("{} unexplained ('other') differences", r.others.len()));
    }
    assert!(problems.is_empty(), "CSL-JSON corpus round trip: {}", problems.join(", "));
}
