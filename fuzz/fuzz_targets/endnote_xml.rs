//! Fuzzes the EndNote XML reader: it must never panic (errors are fine).
#![no_main]

use libfuzzer_sys::fuzz_target;
use refconv::{read, Format, ReadOptions};

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    let _ = read(Format::EndnoteXml, src, &ReadOptions::default());
});
