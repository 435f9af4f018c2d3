//! govinfo.gov's MODS: the U.S. Government Publishing Office puts what its
//! documents are into its own `<extension>` elements (`docClass`,
//! `collectionCode`, `congress`, `chamber`, `billNumber`, `shortTitle`,
//! `USCode`, `congCommittee`). Bills and hearings are read from them as Zotero
//! reads them: the type, the bill's number ("H.R. 3304"), its short title, the
//! U.S. Code sections it amends, the chamber, the Congress and the committee.

use super::parts::Fields;
use crate::model::{EntryType, Var};
use crate::xmltree::{clean, Element};

/// govinfo's bill document classes and how bills are cited.
const BILLS: &[(&str, &str)] = &[
    ("hr", "H.R."),
    ("s", "S."),
    ("hjres", "H.J.Res."),
    ("sjres", "S.J.Res."),
    ("hconres", "H.Con.Res."),
    ("sconres", "S.Con.Res."),
    ("hres", "H.Res."),
    ("sres", "S.Res."),
];

/// govinfo's fields of a record: every element of its `<extension>`s that is not
/// ours, by name.
fn fields(m: &Element) -> Vec<&Element> {
    m.children_named("extension").flat_map(|x| x.elements()).collect()
}

/// The type a govinfo record names, if it is one.
pub(super) fn kind(m: &Element) -> Option<EntryType> {
    let f = fields(m);
    let get = |n: &str| f.iter().find(|e| e.name == n).map(|e| clean(&e.text()));
    match (get("collectionCode").as_deref(), get("docClass")) {
        (_, Some(d)) if BILLS.iter().any(|b| b.0 == d) => Some(EntryType::Bill),
        (Some("CHRG"), _) => Some(EntryType::Hearing),
        (Some("PLAW" | "STATUTE"), _) => Some(EntryType::Legislation),
        (Some("CRPT"), _) => Some(EntryType::Report),
        _ => None,
    }
}

/// Reads a govinfo record's extension fields into `f`.
pub(super) fn read(f: &mut Fields, m: &Element) {
    let ext = fields(m);
    if ext.is_empty() || kind(m).is_none() {
        return;
    }
    let get = |n: &str| ext.iter().find(|e| e.name == n).map(|e| clean(&e.text()));
    let chamber = get("chamber").or_else(|| get("originChamber"));
    if let Some(c) = chamber.filter(|c| !c.is_empty()) {
        // "SENATE" -> "Senate"
        let mut cs = c.chars();
        let title: String = cs.next().into_iter().chain(cs.flat_map(char::to_lowercase)).collect();
        f.set_text(Var::Authority, &title);
    }
    if let Some(c) = get("congress") {
        f.set_text(Var::ChapterNumber, &c);
    }
    let committee = ext
        .iter()
        .filter(|e| e.name == "congCommittee")
        .flat_map(|c| c.children_named("name"))
        .find(|n| n.attr("type") == Some("authority-standard"))
        .map(|n| clean(&n.text()));
    if let Some(c) = committee {
        f.set_text(Var::Section, &c);
    }
    let doc = get("docClass").unwrap_or_default();
    if let (Some((_, cite)), Some(n)) = (BILLS.iter().find(|b| b.0 == doc), get("billNumber")) {
        f.set_text(Var::Number, &format!("{cite} {n}"));
    } else if let Some(n) = get("number") {
        f.set_text(Var::Number, &n);
    }
    // A bill is cited by its short title; the long title stays in `extra`.
    if let Some(short) = get("shortTitle").filter(|s| !s.is_empty()) {
        if let Some(long) = f.e.text(Var::Title).filter(|t| *t != short).map(String::from) {
            f.e.push_extra("titleInfo official", long);
        }
        f.e.set(Var::Title, short);
    }
    if let Some(code) = ext.iter().find(|e| e.name == "USCode") {
        f.set_text(Var::ContainerTitle, "U.S.C.");
        if let Some(t) = code.attr("title") {
            f.set_text(Var::Volume, t);
        }
        let sections: Vec<&str> =
            code.children_named("section").filter_map(|s| s.attr("number")).collect();
        if !sections.is_empty() {
            f.set_text(Var::Page, &sections.join(", "));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{EntryType, Var};
    use crate::options::ReadOptions;

    #[test]
    fn a_bill_from_its_extension() {
        let src = r#"<mods xmlns="http://www.loc.gov/mods/v3">
          <extension><collectionCode>BILLS</collectionCode></extension>
          <titleInfo><title>An Act To amend title 38.</title></titleInfo>
          <originInfo><dateIssued encoding="w3cdtf">2022-10-11</dateIssued></originInfo>
          <extension><docClass>hr</docClass><congress>117</congress>
            <originChamber>HOUSE</originChamber><billNumber>3304</billNumber>
            <shortTitle type="measure">Short Act</shortTitle>
            <USCode title="38"><section number="1701"/><section number="3729"/></USCode>
          </extension></mods>"#;
        let p = super::super::read(src, &ReadOptions::default()).unwrap();
        let e = &p.library.entries[0];
        assert_eq!(e.kind, EntryType::Bill);
        assert_eq!(e.text(Var::Number), Some("H.R. 3304"));
        assert_eq!(e.text(Var::Title), Some("Short Act"));
        assert_eq!(e.text(Var::Authority), Some("House"));
        assert_eq!(e.text(Var::ChapterNumber), Some("117"));
        assert_eq!(e.text(Var::ContainerTitle), Some("U.S.C."));
        assert_eq!(e.text(Var::Volume), Some("38"));
        assert_eq!(e.text(Var::Page), Some("1701, 3729"));
        assert_eq!(e.extra["titleInfo official"], "An Act To amend title 38.");
    }
}
