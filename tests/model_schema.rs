//! The native `json` format against its schema (schemas/model.schema.json), and
//! the CSL schema helpers of `tests/common` against known good and bad input.

mod common;

use common::{csl_citation_errors, csl_data_errors, model_errors, repo};
use refconv::{
    read, write, Archival, Archive, Citation, CitationItem, Date, DatePart, Diagnostic, Entry,
    EntryType, Format, Level, Library, Locator, Name, Note, NoteKind, ReadOptions, Season,
    Severity, Source, Span, Text, TextVariant, Unit, Value, Var, VarKind, VariantKind,
    WriteOptions,
};
use serde_json::{json, Value as Json};
use std::path::{Path, PathBuf};

fn to_json(lib: &Library) -> Json {
    let mut out = Vec::new();
    let lost = write(Format::Json, lib, &mut out, &WriteOptions::default()).expect("json writes");
    assert!(lost.is_empty(), "the json writer lost something: {lost:?}");
    serde_json::from_slice(&out).expect("the json writer writes JSON")
}

fn assert_valid(v: &Json) {
    let errors = model_errors(v);
    assert!(
        errors.is_empty(),
        "model JSON rejected by the schema:\n{}\n{}",
        errors.join("\n"),
        serde_json::to_string_pretty(v).unwrap()
    );
}

fn assert_invalid(v: &Json, what: &str) -> Vec<String> {
    let errors = model_errors(v);
    assert!(!errors.is_empty(), "the schema accepted {what}:\n{v:#}");
    errors
}

/// Whether refconv's own `json` reader accepts `v`.
/// The reader accepts a document when it reads it with no error diagnostic.
fn reader_accepts(v: &Json) -> bool {
    read(Format::Json, &v.to_string(), &ReadOptions::default()).is_ok_and(|p| !p.has_errors())
}

fn text(value: &str, lang: Option<&str>, variants: Vec<TextVariant>) -> Text {
    Text { value: value.into(), lang: lang.map(str::to_string), variants }
}

fn variant(kind: VariantKind, lang: Option<&str>, value: &str) -> TextVariant {
    TextVariant { kind, lang: lang.map(str::to_string), value: value.into() }
}

fn source(start: usize, end: usize, line: usize, raw: Option<&str>) -> Source {
    Source { span: Span::new(start, end), line, text: raw.map(str::to_string) }
}

/// A library with every shape the model has.
fn rich_library() -> Library {
    let mut lib = Library::new();

    // A newspaper article: multilingual text, a person with particles and a suffix,
    // a body, dates of every kind, categories, number variables, extra JSON.
    let mut a = Entry::new("raginskii1950militaristy", EntryType::ArticleNewspaper);
    a.set(
        Var::Title,
        text(
            "Militaristy na skam'e podsudimykh",
            Some("ru-Latn"),
            vec![
                variant(VariantKind::Translation, Some("en"), "Militarists in the dock"),
                variant(VariantKind::Original, Some("ru"), "Милитаристы на скамье подсудимых"),
                variant(VariantKind::Transliteration, None, "Militaristy na skame podsudimykh"),
            ],
        ),
    );
    a.set(Var::ContainerTitle, text("Pravda", Some("ru-Latn"), vec![]));
    a.set(Var::TitleShort, "<i>Militaristy</i> <span class=\"nocase\">na</span> skam'e");
    a.set(
        Var::Author,
        vec![
            Name {
                family: Some("Raginskii".into()),
                given: Some("M.Iu.".into()),
                lang: Some("ru-Latn".into()),
                ..Name::default()
            },
            Name {
                family: Some("Gogh".into()),
                given: Some("Vincent".into()),
                particle: Some("van".into()),
                ..Name::default()
            },
            Name {
                family: Some("Tocqueville".into()),
                given: Some("Alexis".into()),
                dropping_particle: Some("de".into()),
                ..Name::default()
            },
            Name {
                family: Some("Davis".into()),
                given: Some("Sam".into()),
                suffix: Some("Jr.".into()),
                comma_suffix: true,
                ..Name::default()
            },
            Name { static_ordering: true, ..Name::person("Мао", "Цзэдун") },
        ],
    );
    a.set(Var::Editor, vec![Name::literal("Редакция «Правды»")]);
    a.set(Var::Issued, Date::on(DatePart::ymd(1950, 2, 3)));
    a.set(
        Var::OriginalDate,
        Date {
            start: Some(DatePart::ymd(2004, 10, 1)),
            end: Some(DatePart { year: 2004, month: Some(10), day: None, season: None }),
            approximate: true,
            uncertain: true,
            literal: None,
        },
    );
    a.set(
        Var::EventDate,
        Date {
            start: Some(DatePart { season: Some(Season::Spring), ..DatePart::year(1999) }),
            end: Some(DatePart { season: Some(Season::Winter), ..DatePart::year(-44) }),
            ..Date::default()
        },
    );
    a.set(
        Var::Submitted,
        Date::on(DatePart {
            season: Some(Season::Named("Trinity term".into())),
            ..DatePart::year(1890)
        }),
    );
    a.set(Var::Accessed, Date::literal("(in press)"));
    a.set(
        Var::AvailableDate,
        Date {
            literal: Some("13th cent.".into()),
            approximate: true,
            ..Date::on(DatePart::year(1250))
        },
    );
    a.set(Var::Categories, Value::List(vec!["history".into(), "law".into()]));
    a.set(Var::Page, "3");
    a.set(Var::Volume, "xii");
    a.set(Var::Issue, text("40-42", None, vec![variant(VariantKind::Translation, None, "40–42")]));
    a.set(Var::Doi, "10.1000/182");
    a.extra.insert("biblatex:pubstate".into(), json!("inpress"));
    a.extra.insert(
        "zotero".into(),
        json!({"key": "ABCD1234", "tags": ["a", {"nested": [1, 2.5, null, true]}], "n": -3}),
    );
    a.extra.insert("null-field".into(), Json::Null);
    a.source = Some(source(0, 120, 1, Some("Raginskii M.Iu. Militaristy ... // Pravda. 1950.")));
    lib.entries.push(a);

    // An archival file with a unit path, including a level no row names.
    let mut b = Entry::new("avprf-0146-30-282-29", EntryType::Manuscript);
    b.set(Var::Archive, "AVP RF");
    b.set(Var::ArchiveLocation, "F. 0146. Op. 30. P. 282. D. 29");
    b.archival = Some(Archival {
        archive: Archive {
            key: Some("AVP RF".into()),
            abbr: Some("AVP RF".into()),
            name: Some("Архив внешней политики Российской Федерации".into()),
            name_en: Some("Foreign Policy Archive of the Russian Federation".into()),
            place: Some("Moscow".into()),
        },
        units: vec![
            Unit { level: Level::Fond, value: "0146".into() },
            Unit { level: Level::Opis, value: "30".into() },
            Unit { level: Level::Papka, value: "282".into() },
            Unit { level: Level::Delo, value: "29".into() },
            Unit { level: Level::from_name("sheet"), value: "23a".into() },
        ],
    });
    b.source = Some(source(121, 170, 3, None));
    lib.entries.push(b);

    // An archive known by abbreviation only, and an entry with no fields at all.
    let mut c = Entry::new("rgaspi-17-3-1", EntryType::Document);
    c.archival = Some(Archival {
        archive: Archive { abbr: Some("РГАСПИ".into()), ..Archive::default() },
        units: vec![Unit { level: Level::RecordGroup, value: "R-9401".into() }],
    });
    lib.entries.push(c);
    lib.entries.push(Entry::new("empty", EntryType::Webpage));

    lib.citations = vec![
        Citation {
            id: "c1".into(),
            note: 1,
            items: vec![
                CitationItem {
                    locator: Some(Locator { label: "page".into(), value: "132–134".into() }),
                    prefix: Some("See:".into()),
                    suffix: Some("emphasis added".into()),
                    suppress_author: true,
                    ..CitationItem::new("raginskii1950militaristy")
                },
                CitationItem {
                    locator: Some(Locator { label: "folio".into(), value: "5 ob.".into() }),
                    author_only: true,
                    ..CitationItem::new("avprf-0146-30-282-29")
                },
            ],
            source: Some(source(200, 260, 7, Some("1 See: Raginskii ..."))),
        },
        Citation {
            id: "c2".into(),
            note: 0,
            items: vec![CitationItem::new("empty")],
            source: None,
        },
    ];
    lib.notes = vec![
        Note {
            number: 1,
            text: "See: Raginskii M.Iu. ...; AVP RF. F. 0146.".into(),
            kind: NoteKind::Archival,
            ibid_of: None,
            source: Some(source(200, 260, 7, None)),
        },
        Note {
            number: 2,
            text: "Там же.".into(),
            kind: NoteKind::Ibid,
            ibid_of: None,
            source: None,
        },
        Note {
            number: 3,
            text: "См.: [16-20].".into(),
            kind: NoteKind::CrossReference,
            ibid_of: None,
            source: None,
        },
        Note {
            number: 4,
            text: "A comment.".into(),
            kind: NoteKind::default(),
            ibid_of: None,
            source: None,
        },
    ];
    lib.diagnostics = vec![
        Diagnostic {
            severity: Severity::Warning,
            message: "day 32 dropped".into(),
            code: Some("date".into()),
            span: Some(Span::new(10, 12)),
            line: 2,
            column: 5,
            note: Some(1),
            entry: Some("raginskii1950militaristy".into()),
            hint: Some("check the date".into()),
        },
        Diagnostic::info("a key renamed"),
        Diagnostic::error("trailing comma").note(4),
    ];
    lib
}

#[test]
fn rich_library_validates_and_round_trips() {
    let lib = rich_library();
    let v = to_json(&lib);
    assert_valid(&v);

    let src = serde_json::to_string_pretty(&v).unwrap();
    let back = read(Format::Json, &src, &ReadOptions::default()).expect("json reads back");
    assert!(back.diagnostics.is_empty(), "{:?}", back.diagnostics);
    assert_eq!(back.library, lib);

    // The shapes the schema distinguishes really occur in the output.
    let fields = &v["entries"][0]["fields"];
    assert!(fields["title"].is_object(), "multilingual text is an object");
    assert!(fields["page"].is_string(), "plain text is a bare string");
    assert!(fields["author"].is_array());
    assert!(fields["issued"].is_object());
    assert_eq!(fields["categories"], json!(["history", "law"]));
    assert_eq!(v["entries"][3]["fields"], json!({}), "`fields` is written even when empty");
}

#[test]
fn every_variable_validates_with_its_kind_and_only_its_kind() {
    let text = json!({"value": "x", "lang": "en"});
    let names = json!([{"family": "Ivanov", "given": "I."}]);
    let date = json!({"start": {"year": 1950}});
    let list = json!(["a", "b"]);
    let shapes: [(&str, &Json, &[VarKind]); 5] = [
        ("plain text", &json!("x"), &[VarKind::Text, VarKind::Number]),
        ("text object", &text, &[VarKind::Text, VarKind::Number]),
        ("names", &names, &[VarKind::Names]),
        ("date", &date, &[VarKind::Date]),
        ("list", &list, &[VarKind::List]),
    ];
    assert_eq!(Var::ALL.len(), 98);
    for var in Var::ALL {
        for (what, shape, kinds) in &shapes {
            // `categories` (the one list variable) and names/text arrays are told apart
            // by their items; everything else by its type.
            let lib =
                json!({"entries": [{"id": "a", "type": "book", "fields": {var.name(): shape}}]});
            let fits = kinds.contains(&var.kind());
            let schema_ok = model_errors(&lib).is_empty();
            assert_eq!(
                schema_ok,
                fits,
                "`{}` ({:?}) with a {what}: schema says {schema_ok}, kind says {fits}",
                var.name(),
                var.kind()
            );
            assert_eq!(
                reader_accepts(&lib),
                fits,
                "reader and schema disagree on `{}`",
                var.name()
            );
        }
    }
}

#[test]
fn every_entry_type_validates() {
    assert_eq!(EntryType::ALL.len(), 45);
    for t in EntryType::ALL {
        let lib = Library { entries: vec![Entry::new("a", *t)], ..Library::new() };
        assert_valid(&to_json(&lib));
    }
}

fn minimal() -> Json {
    json!({"entries": [{"id": "a", "type": "book", "fields": {"title": "T"}}]})
}

/// Applies `edit` to the minimal library; asserts the schema rejects the result,
/// and whether refconv's reader does too.
fn rejects(what: &str, edit: impl FnOnce(&mut Json), reader_too: bool) {
    let mut v = minimal();
    edit(&mut v);
    let errors = assert_invalid(&v, what);
    assert!(errors.iter().all(|e| e.contains(": ")), "errors carry an instance path: {errors:?}");
    assert_eq!(!reader_accepts(&v), reader_too, "reader on {what}: {v}");
}

#[test]
fn the_minimal_library_is_valid() {
    assert_valid(&minimal());
    assert_valid(&json!({}));
    assert_valid(&json!({"entries": []}));
    assert!(reader_accepts(&minimal()));
}

#[test]
fn schema_is_strict() {
    rejects("an unknown top-level key", |v| v["entriez"] = json!([]), true);
    rejects(
        "an unknown field variable",
        |v| v["entries"][0]["fields"]["journal"] = json!("J"),
        true,
    );
    rejects(
        "a name with an unknown key",
        |v| v["entries"][0]["fields"]["author"] = json!([{"family": "F", "middle": "M"}]),
        true,
    );
    rejects(
        "a CSL-style name key",
        |v| v["entries"][0]["fields"]["author"] = json!([{"non-dropping-particle": "van"}]),
        true,
    );
    rejects("a wrong entry type", |v| v["entries"][0]["type"] = json!("journal-article"), true);
    rejects("an entry type in the wrong case", |v| v["entries"][0]["type"] = json!("Book"), true);
    rejects("an unknown entry key", |v| v["entries"][0]["note"] = json!("x"), true);
    rejects(
        "an entry without a type",
        |v| {
            v["entries"][0].as_object_mut().unwrap().remove("type");
        },
        true,
    );
    rejects(
        "a number variable as a JSON number",
        |v| v["entries"][0]["fields"]["volume"] = json!(12),
        true,
    );
    rejects(
        "names as a string",
        |v| v["entries"][0]["fields"]["author"] = json!("Ivanov I."),
        true,
    );
    rejects(
        "a CSL date in the model",
        |v| v["entries"][0]["fields"]["issued"] = json!({"date-parts": [[1950]]}),
        true,
    );
    rejects(
        "an unknown variant kind",
        |v| {
            v["entries"][0]["fields"]["title"] =
                json!({"value": "T", "variants": [{"kind": "gloss", "value": "t"}]})
        },
        true,
    );
    rejects(
        "a date part without a year",
        |v| v["entries"][0]["fields"]["issued"] = json!({"start": {"month": 2}}),
        true,
    );
    rejects(
        "a date with an unknown key",
        |v| v["entries"][0]["fields"]["issued"] = json!({"start": {"year": 1950}, "circa": true}),
        true,
    );
    rejects(
        "an archival unit with an unknown key",
        |v| {
            v["entries"][0]["archival"] =
                json!({"archive": {}, "units": [{"level": "fond", "value": "1", "n": 1}]})
        },
        true,
    );
    rejects(
        "archival without units",
        |v| v["entries"][0]["archival"] = json!({"archive": {}}),
        true,
    );
    rejects("extra that is not an object", |v| v["entries"][0]["extra"] = json!([1]), true);
    rejects(
        "a source with an unknown key",
        |v| {
            v["entries"][0]["source"] = json!({"span": {"start": 0, "end": 1}, "line": 1, "col": 1})
        },
        true,
    );
    rejects(
        "a citation item with an unknown key",
        |v| {
            v["citations"] = json!([{"id": "c", "note": 1, "items": [{"entry": "a", "page": "1"}]}])
        },
        true,
    );
    rejects(
        "a negative note number",
        |v| v["citations"] = json!([{"id": "c", "note": -1, "items": []}]),
        true,
    );
    rejects(
        "an unknown note kind",
        |v| v["notes"] = json!([{"number": 1, "text": "t", "kind": "x"}]),
        true,
    );
    rejects(
        "an unknown severity",
        |v| v["diagnostics"] = json!([{"severity": "fatal", "message": "m"}]),
        true,
    );
    rejects("null for an optional member", |v| v["entries"][0]["archival"] = Json::Null, false);
}

/// Invariants the model documents beyond serde's shapes: the schema states them
/// and the `json` reader reports them as errors. The writer never produces these.
#[test]
fn schema_and_reader_enforce_documented_invariants() {
    let f = |value: Json| move |v: &mut Json| v["entries"][0]["fields"]["issued"] = value;
    rejects("month 13", f(json!({"start": {"year": 1950, "month": 13}})), true);
    rejects("day 0", f(json!({"start": {"year": 1950, "month": 1, "day": 0}})), true);
    rejects("a day without a month", f(json!({"start": {"year": 1950, "day": 3}})), true);
    rejects(
        "a month and a season",
        f(json!({"start": {"year": 1950, "month": 3, "season": "spring"}})),
        true,
    );
    rejects("an end without a start", f(json!({"end": {"year": 1950}})), true);
    rejects("an empty date", f(json!({"approximate": true})), true);
    rejects("an id unsafe as a BibTeX key", |v| v["entries"][0]["id"] = json!("Иванов 1985"), true);
    rejects(
        "a text object with an unknown key",
        |v| {
            v["entries"][0]["fields"]["title"] =
                json!({"value": "T", "lang": "en", "script": "Latn"})
        },
        true,
    );
    rejects(
        "a diagnostic with an unknown key",
        |v| v["diagnostics"] = json!([{"severity": "info", "message": "m", "colum": 3}]),
        true,
    );
    rejects(
        "a span with an unknown key",
        |v| {
            v["entries"][0]["source"] = json!({"span": {"start": 0, "end": 1, "len": 1}, "line": 1})
        },
        true,
    );
}

#[test]
fn open_vocabularies_stay_open() {
    let mut v = minimal();
    v["entries"][0]["archival"] =
        json!({"archive": {}, "units": [{"level": "sheet", "value": "1"}]});
    v["entries"][0]["fields"]["issued"] =
        json!({"start": {"year": 1890, "season": "Trinity term"}});
    v["entries"][0]["extra"] = json!({"anything": {"at": ["all", 1, null]}});
    v["citations"] = json!([{"id": "c", "note": 0, "items": [{"entry": "a", "locator": {"label": "list", "value": "5"}}]}]);
    assert_valid(&v);
    assert!(reader_accepts(&v));
}

fn json_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut paths: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            json_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "json") {
            out.push(p);
        }
    }
}

#[test]
fn samples_give_valid_model_json() {
    let mut files = Vec::new();
    json_files(&repo().join("samples"), &mut files);
    if files.is_empty() {
        return;
    }
    let mut checked = 0;
    let mut failures = Vec::new();
    for path in &files {
        let src =
            std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = path.to_string_lossy();
        let format = Format::from_path(&name).unwrap_or_else(|| Format::detect(&src));
        if !matches!(format, Format::CslJson | Format::Json) || Format::detect(&src) != format {
            continue;
        }
        let Ok(parsed) = read(format, &src, &ReadOptions::default()) else {
            continue; // a sample of input that cannot be read at all
        };
        let model = to_json(&parsed.library);
        let errors = model_errors(&model);
        if !errors.is_empty() {
            failures.push(format!("{}:\n  {}", path.display(), errors.join("\n  ")));
        }
        if format == Format::Json {
            // A model sample must itself be valid.
            let raw: Json = serde_json::from_str(src.trim_start_matches('\u{feff}')).unwrap();
            let errors = model_errors(&raw);
            if !errors.is_empty() {
                failures.push(format!("{} (as is):\n  {}", path.display(), errors.join("\n  ")));
            }
        }
        checked += 1;
    }
    assert!(failures.is_empty(), "model JSON of samples rejected:\n{}", failures.join("\n"));
    eprintln!("{checked} sample(s) checked against model.schema.json");
}

#[test]
fn csl_data_schema_helper() {
    let errors = csl_data_errors(&json!([{"id": "a"}]));
    assert!(!errors.is_empty());
    assert!(errors.iter().any(|e| e.contains("/0") && e.contains("type")), "{errors:?}");
    assert_eq!(csl_data_errors(&json!([{"id": "a", "type": "book"}])), Vec::<String>::new());
    assert_eq!(
        csl_data_errors(&json!([{"id": 1, "type": "article-journal", "title": "T",
            "author": [{"family": "F", "given": "G"}], "issued": {"date-parts": [[2000, 1]]}}])),
        Vec::<String>::new()
    );
    assert!(!csl_data_errors(&json!([{"id": "a", "type": "book", "journal": "J"}])).is_empty());
    assert!(!csl_data_errors(&json!({"id": "a", "type": "book"})).is_empty(), "not an array");
}

#[test]
fn csl_citation_schema_helper() {
    const SCHEMA: &str =
        "https://resource.citationstyles.org/schema/latest/input/json/csl-citation.json";
    let good = json!({
        "schema": SCHEMA,
        "citationID": "c1",
        "citationItems": [{
            "id": "a",
            "itemData": {"id": "a", "type": "book", "title": "T"},
            "locator": "12",
            "label": "page"
        }],
        "properties": {"noteIndex": 1}
    });
    assert_eq!(csl_citation_errors(&good), Vec::<String>::new());

    let mut unknown = good.clone();
    unknown["citationItems"][0]["page"] = json!("12");
    let errors = csl_citation_errors(&unknown);
    assert!(errors.iter().any(|e| e.starts_with("/citationItems/0")), "{errors:?}");

    // itemData is checked against our copy of csl-data.json (no network).
    let mut bad_data = good.clone();
    bad_data["citationItems"][0]["itemData"] = json!({"id": "a"});
    let errors = csl_citation_errors(&bad_data);
    assert!(errors.iter().any(|e| e.starts_with("/citationItems/0/itemData")), "{errors:?}");

    let mut bad_data2 = good.clone();
    bad_data2["citationItems"][0]["itemData"]["journal"] = json!("J");
    assert!(!csl_citation_errors(&bad_data2).is_empty());

    let clusters = json!([good, unknown]);
    let errors = common::csl_citations_errors(&clusters);
    assert!(!errors.is_empty());
    assert!(errors.iter().all(|e| e.starts_with("[1] ")), "{errors:?}");
    assert!(!common::csl_citations_errors(&json!({})).is_empty());
}
