//! Property tests: for random models, reading what a writer wrote gives the model back
//! (`read(write(model)) == model`) in the native `json`, CSL-JSON, CSL-JSON Lines, TEI
//! and BibLaTeX. The generator makes what the readers make: entries of the common types
//! with titles (Latin and Cyrillic, punctuation, LaTeX-special characters, the model's
//! rich-text markup `<i>`/`<b>`), personal and
//! corporate names, dates (year, month, day, ranges, circa), numbers, languages and
//! archival units. Run with more cases: `PROPTEST_CASES=2000 cargo test --test
//! roundtrip_props`.

use proptest::prelude::*;
use refconv::model::{Archival, Archive, Date, DatePart, Entry, EntryType, Level, Unit};
use refconv::{read, write, Format, Library, Name, ReadOptions, Var, WriteOptions};

/// Text as printed in references: words in Latin or Cyrillic script with the
/// punctuation they carry, and the characters LaTeX and XML treat specially.
fn text() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        "[A-Za-z]{1,10}",
        "[А-Яа-яЁё]{1,10}",
        "[0-9]{1,4}",
        Just("&".to_string()),
        Just("%".to_string()),
        Just("#".to_string()),
        Just("_".to_string()),
        Just("<i>Pravda</i>".to_string()),
        Just("<b>bold</b>".to_string()),
        Just("a < b".to_string()),
        Just("\"quoted\"".to_string()),
        Just("«ёлка»".to_string()),
        Just("1950–1953".to_string()),
        Just("café".to_string()),
        Just("$".to_string()),
    ];
    let sep = prop_oneof![Just(" "), Just(", "), Just(": "), Just(". "), Just(" – "), Just("-")];
    (word.clone(), prop::collection::vec((sep, word), 0..6)).prop_map(|(first, rest)| {
        let mut s = first;
        for (sep, w) in rest {
            s.push_str(sep);
            s.push_str(&w);
        }
        s
    })
}

fn name() -> impl Strategy<Value = Name> {
    prop_oneof![
        ("[A-Z][a-z]{1,9}", "[A-Z]\\.( [A-Z]\\.)?").prop_map(|(f, g)| Name::person(f, g)),
        ("[А-Я][а-я]{1,9}", "[А-Я]\\. [А-Я]\\.").prop_map(|(f, g)| Name::person(f, g)),
        ("[A-Z][a-z]{2,9}", "[A-Z][a-z]{2,9}").prop_map(|(f, g)| Name::person(f, g)),
        "[A-Z][a-z]{2,8} (Institute|Archive|Commission)".prop_map(Name::literal),
    ]
}

fn date() -> impl Strategy<Value = Date> {
    let part = prop_oneof![
        (1000i32..2100).prop_map(DatePart::year),
        (1000i32..2100, 1u8..=12)
            .prop_map(|(y, m)| DatePart { month: Some(m), ..DatePart::year(y) }),
        (1000i32..2100, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| DatePart::ymd(y, m, d)),
    ];
    // A range whose end is its start is one date (readers fold `[[1860], [1860]]`).
    (part.clone(), prop::option::of(part), any::<bool>()).prop_map(|(start, end, circa)| Date {
        end: end.filter(|e| *e != start),
        start: Some(start),
        approximate: circa,
        ..Date::default()
    })
}

fn archival() -> impl Strategy<Value = Archival> {
    let unit = prop_oneof![
        "0?[0-9]{1,4}".prop_map(|v| (Level::Fond, v)),
        "[0-9]{1,3}a?".prop_map(|v| (Level::Opis, v)),
        "[0-9]{1,3}".prop_map(|v| (Level::Papka, v)),
        "[0-9]{1,4}".prop_map(|v| (Level::Delo, v)),
    ];
    (
        prop::sample::select(vec!["AVP RF", "GARF", "RGASPI", "TsAMO"]),
        prop::collection::vec(unit, 1..4),
    )
        .prop_map(|(abbr, units)| {
            let mut seen = Vec::new();
            let units = units
                .into_iter()
                .filter(|(l, _)| {
                    let fresh = !seen.contains(l);
                    seen.push(l.clone());
                    fresh
                })
                .map(|(level, value)| Unit { level, value })
                .collect();
            Archival { archive: Archive { abbr: Some(abbr.into()), ..Archive::default() }, units }
        })
}

fn entry() -> impl Strategy<Value = Entry> {
    let kind = prop::sample::select(vec![
        EntryType::Book,
        EntryType::ArticleJournal,
        EntryType::Chapter,
        EntryType::Thesis,
        EntryType::Report,
        EntryType::ArticleNewspaper,
    ]);
    (
        kind,
        text(),
        prop::collection::vec(name(), 0..4),
        prop::option::of(date()),
        prop::option::of("[1-9][0-9]{0,2}"),
        prop::option::of(("[1-9][0-9]{0,2}", "[1-9][0-9]{0,2}")),
        prop::option::of(text()),
        prop::option::of(prop::sample::select(vec!["ru", "en", "de"])),
        prop::option::of(archival()),
    )
        .prop_map(|(kind, title, authors, issued, volume, pages, container, lang, arch)| {
            let mut e = Entry::new("x", kind);
            e.set(Var::Title, title);
            if !authors.is_empty() {
                e.set(Var::Author, authors);
            }
            if let Some(d) = issued {
                e.set(Var::Issued, d);
            }
            if let Some(v) = volume {
                e.set(Var::Volume, v);
            }
            if let Some((a, b)) = pages {
                e.set(Var::Page, format!("{a}–{b}"));
            }
            if let Some(c) = container {
                e.set(Var::ContainerTitle, c);
            }
            if let Some(l) = lang {
                e.set(Var::Language, l);
            }
            if let Some(a) = arch {
                e.kind = EntryType::Manuscript;
                e.archival = Some(a);
            }
            e
        })
}

fn library() -> impl Strategy<Value = Library> {
    prop::collection::vec(entry(), 1..5).prop_map(|entries| {
        let mut lib = Library::new();
        for (i, mut e) in entries.into_iter().enumerate() {
            e.id = format!("e{i}");
            lib.entries.push(e);
        }
        lib
    })
}

fn round_trip(format: Format, lib: &Library) -> Result<Library, TestCaseError> {
    let mut out = Vec::new();
    write(format, lib, &mut out, &WriteOptions::default())
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    let text = String::from_utf8(out).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let parsed = read(format, &text, &ReadOptions::default())
        .map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
    Ok(parsed.library.without_sources())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn json_round_trips(lib in library()) {
        prop_assert_eq!(round_trip(Format::Json, &lib)?, lib);
    }

    #[test]
    fn csl_json_round_trips(lib in library()) {
        prop_assert_eq!(round_trip(Format::CslJson, &lib)?, lib.clone());
        prop_assert_eq!(round_trip(Format::CslJsonl, &lib)?, lib);
    }

    #[test]
    fn tei_round_trips(lib in library()) {
        prop_assert_eq!(round_trip(Format::Tei, &lib)?, lib);
    }

    #[test]
    fn biblatex_round_trips(lib in library()) {
        prop_assert_eq!(round_trip(Format::Biblatex, &lib)?, lib);
    }
}
