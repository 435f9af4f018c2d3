//! Fuzzes refconv's own GOST footnotes and the transliterated References: notes
//! read from any text, then written as text and Markdown in both scripts; it
//! must never panic (errors are fine). (The CSL path is not fuzzed here: a
//! panic inside hayagriva is caught with `catch_unwind`, which a fuzz build
//! that aborts on panic cannot.)
#![no_main]

use libfuzzer_sys::fuzz_target;
use refconv::render::translit::Scheme;
use refconv::{read, write, Format, ReadOptions, WriteOptions};

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    let Ok(mut parsed) = read(Format::Notes, src, &ReadOptions::default()) else { return };
    // Only what refconv renders itself (archival files, newspapers); the rest would
    // go to hayagriva.
    parsed.library.entries.retain(|e| {
        refconv::render::gost::renders(e) || e.extra.contains_key("placeholder")
    });
    for (format, locale, scheme) in [
        (Format::Text, "ru-RU", Scheme::Bsi),
        (Format::Markdown, "en-US", Scheme::Gost779b),
    ] {
        let mut o = WriteOptions::default();
        o.locale = Some(locale.into());
        o.references = Some(scheme);
        let mut out = Vec::new();
        let _ = write(format, &parsed.library, &mut out, &o);
    }
});
