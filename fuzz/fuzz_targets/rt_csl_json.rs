//! Round trip: read CslJson, write CslJson, read the output back as CslJson.
//! The second read must not fail and nothing may panic (equality is not asserted).
#![no_main]

use libfuzzer_sys::fuzz_target;
use refconv::{read, write, Format, ReadOptions, WriteOptions};

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    let opts = ReadOptions::default();
    let Ok(first) = read(Format::CslJson, src, &opts) else { return };
    let mut out = Vec::new();
    if let Err(e) = write(Format::CslJson, &first.library, &mut out, &WriteOptions::default()) {
        panic!("writing CslJson failed: {e}");
    }
    let written = match std::str::from_utf8(&out) {
        Ok(s) => s,
        Err(e) => panic!("the CslJson writer wrote invalid UTF-8: {e}"),
    };
    if let Err(e) = read(Format::CslJson, written, &opts) {
        panic!("re-reading our own CslJson output failed: {e}\n--- written ---\n{written}");
    }
});
