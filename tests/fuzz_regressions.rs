//! Every input the fuzzers found a crash with (`samples/fuzz/`, see its README) is read
//! by every reader, and what was read is written in every format and read again,
//! without a panic. The library must never panic on user data.

use refconv::{read, write, Format, ReadOptions, WriteOptions};

#[test]
fn fuzz_crashers_no_longer_crash() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/fuzz");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("samples/fuzz")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x != "md"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no fuzz regressions in {}", dir.display());
    for file in &files {
        let bytes = std::fs::read(file).expect("read");
        let text = String::from_utf8_lossy(&bytes);
        for &from in Format::ALL.iter().filter(|f| f.can_read()) {
            let Ok(parsed) = read(from, &text, &ReadOptions::default()) else { continue };
            for &to in Format::ALL.iter().filter(|f| f.can_write()) {
                let mut out = Vec::new();
                if write(to, &parsed.library, &mut out, &WriteOptions::default()).is_ok() {
                    if let (true, Ok(again)) = (to.can_read(), String::from_utf8(out)) {
                        let _ = read(to, &again, &ReadOptions::default());
                    }
                }
            }
        }
    }
    println!("{} fuzz regressions read by every reader", files.len());
}
