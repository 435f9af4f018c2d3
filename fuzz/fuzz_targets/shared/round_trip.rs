//! The body of the round-trip targets: read `data` as `from`, write it as `to`, read
//! that back as `to`. Writing must succeed and give UTF-8, and the re-read must not
//! fail; nothing may panic (equality is not asserted).

use refconv::{read, write, Format, ReadOptions, WriteOptions};

pub fn round_trip(from: Format, to: Format, data: &[u8]) {
    let Ok(src) = std::str::from_utf8(data) else { return };
    let opts = ReadOptions::default();
    let Ok(first) = read(from, src, &opts) else { return };
    let mut out = Vec::new();
    if let Err(e) = write(to, &first.library, &mut out, &WriteOptions::default()) {
        panic!("writing {to} failed: {e}");
    }
    let written = match std::str::from_utf8(&out) {
        Ok(s) => s,
        Err(e) => panic!("the {to} writer wrote invalid UTF-8: {e}"),
    };
    if let Err(e) = read(to, written, &opts) {
        panic!("re-reading our own {to} output failed: {e}\n--- written ---\n{written}");
    }
}
