//! `bibrt FILE.bib > OUT.bib`: the `biblatex` crate's `Bibliography::parse`, then
//! `to_biblatex_string` per entry through a 1 MiB buffered stdout. Exactly the
//! `bibrt` of performance-anchors.md §7 (the peer that issue 9's "3x faster than
//! the biblatex crate's parse + write" target is measured against).
use std::io::{BufWriter, Write};

fn main() {
    let path = std::env::args().nth(1).expect("usage: bibrt FILE.bib");
    let src = std::fs::read_to_string(&path).expect("read");
    let bib = biblatex::Bibliography::parse(&src).expect("parse");
    let out = std::io::stdout();
    let mut w = BufWriter::with_capacity(1 << 20, out.lock());
    let mut n = 0usize;
    for e in bib.iter() {
        w.write_all(e.to_biblatex_string().as_bytes()).unwrap();
        w.write_all(b"\n\n").unwrap();
        n += 1;
    }
    w.flush().unwrap();
    eprintln!("entries: {n}");
}
