//! Round trip: read Bibtex, write Biblatex, read the output back as Biblatex.
//! The second read must not fail and nothing may panic (equality is not asserted).
#![no_main]

use libfuzzer_sys::fuzz_target;
use refconv::{read, write, Format, ReadOptions, WriteOptions};

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    let opts = ReadOptions::default();
    let Ok(first) = read(Format::Bibtex, src, &opts) else { return };
    let mut out = Vec::new();
    if let Err(e) = write(Format::Biblatex, &first.library, &mut out, &WriteOptions::default()) {
        panic!("writing Biblatex failed: {e}");
    }
    let written = match std::str::from_utf8(&out) {
        Ok(s) => s,
        Err(e) => panic!("the Biblatex writer wrote invalid UTF-8: {e}"),
    };
    if let Err(e) = read(Format::Biblatex, written, &opts) {
        panic!("re-reading our own Biblatex output failed: {e}\n--- written ---\n{written}");
    }
});
