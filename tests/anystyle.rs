//! `-t anystyle-xml`: a reference list written as AnyStyle's labelled XML keeps
//! every printed string whole (the labelled parts put together are the string),
//! reads back as the same number of entries, and trains a model (`refconv
//! train`) that labels the strings it was given.

mod common;

use refconv::formats::text::refs::read_anystyle;
use refconv::{read, write, Format, ReadOptions, Var, WriteOptions};

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn a_list_written_as_anystyle_xml_reads_back_whole() {
    for sample in ["samples/refs/gold-dev/numbered.txt", "samples/refs/bilingual.txt"] {
        let src = std::fs::read_to_string(common::repo().join(sample)).unwrap();
        let lib = read(Format::Refs, &src, &ReadOptions::default()).unwrap().library;
        let mut out = Vec::new();
        let lost = write(Format::AnystyleXml, &lib, &mut out, &WriteOptions::default()).unwrap();
        assert!(lost.is_empty(), "{sample}: {lost:?}");
        let xml = String::from_utf8(out).unwrap();
        let seqs = read_anystyle(&xml).unwrap();
        assert_eq!(seqs.len(), lib.entries.len(), "{sample}");
        for (s, e) in seqs.iter().zip(&lib.entries) {
            let printed = e.source.as_ref().and_then(|s| s.text.as_deref()).unwrap();
            let parts: Vec<&str> = s.parts().map(|(_, t)| t).collect();
            assert_eq!(squash(&parts.join(" ")), squash(printed), "{sample}: {}", e.id);
        }
        let back = read(Format::AnystyleXml, &xml, &ReadOptions::default()).unwrap().library;
        assert_eq!(back.entries.len(), lib.entries.len());
        let titled = back.entries.iter().filter(|e| e.text(Var::Title).is_some()).count();
        assert!(
            titled * 10 >= back.entries.len() * 9,
            "{sample}: {titled} of {} titled",
            back.entries.len()
        );
    }
}

#[test]
fn label_correct_retrain_with_the_binary() {
    let dir = std::env::temp_dir().join(format!("refconv-anystyle-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bin = env!("CARGO_BIN_EXE_refconv");
    let sample = common::repo().join("samples/refs/bilingual.txt");
    let xml = dir.join("list.anystyle.xml");
    let run = |args: &[&std::ffi::OsStr]| {
        let out = std::process::Command::new(bin).args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        out.stdout
    };
    let labelled = run(&[
        "convert".as_ref(),
        sample.as_os_str(),
        "-f".as_ref(),
        "refs".as_ref(),
        "-t".as_ref(),
        "anystyle-xml".as_ref(),
    ]);
    std::fs::write(&xml, &labelled).unwrap();
    let model = dir.join("list.model");
    run(&[
        "train".as_ref(),
        xml.as_os_str(),
        "-o".as_ref(),
        model.as_os_str(),
        "--max-iterations".as_ref(),
        "40".as_ref(),
        "-q".as_ref(),
    ]);
    // The model trained on the list labels the list as it was labelled.
    let relabelled = run(&[
        "convert".as_ref(),
        sample.as_os_str(),
        "-f".as_ref(),
        "refs".as_ref(),
        "-t".as_ref(),
        "anystyle-xml".as_ref(),
        "--model".as_ref(),
        model.as_os_str(),
    ]);
    let a = read_anystyle(std::str::from_utf8(&labelled).unwrap()).unwrap();
    let b = read_anystyle(std::str::from_utf8(&relabelled).unwrap()).unwrap();
    assert_eq!(a.len(), b.len());
    let same = a.iter().zip(&b).filter(|(x, y)| x == y).count();
    assert!(same * 10 >= a.len() * 9, "{same} of {} labelled alike", a.len());
    std::fs::remove_dir_all(&dir).ok();
}
