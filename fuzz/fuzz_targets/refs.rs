//! Fuzzes the numbered reference list (refs) reader: it must never panic (errors are fine).
#![no_main]

use libfuzzer_sys::fuzz_target;
use refconv::{read, Format, ReadOptions};

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    let _ = read(Format::Refs, src, &ReadOptions::default());
});
