//! Round trip: read Json, write Json, read the output back as Json.
//! The second read must not fail and nothing may panic (equality is not asserted).
#![no_main]

use libfuzzer_sys::fuzz_target;
use refconv::{read, write, Format, ReadOptions, WriteOptions};

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    let opts = ReadOptions::default();
    let Ok(first) = read(Format::Json, src, &opts) else { return };
    let mut out = Vec::new();
    if let Err(e) = write(Format::Json, &first.library, &mut out, &WriteOptions::default()) {
        panic!("writing Json failed: {e}");
    }
    let written = match std::str::from_utf8(&out) {
        Ok(s) => s,
        Err(e) => panic!("the Json writer wrote invalid UTF-8: {e}"),
    };
    if let Err(e) = read(Format::Json, written, &opts) {
        panic!("re-reading our own Json output failed: {e}\n--- written ---\n{written}");
    }
});
