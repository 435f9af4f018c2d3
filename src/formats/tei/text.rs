//! The TEI writer's `<text><body>`: an article's running text as paragraphs with
//! each footnote where its marker stood and the citations of the text marked in
//! place; notes that have no place in it (notes alone, a marker not found) in a
//! `<div type="notes">`; citations with no printed text (from CSL citations) as
//! a `<bibl>` with `<ptr>` and `<citedRange>` each.

use super::inline::{marks, render, Mark};
use super::xml::{attr, escape, range, xml_id};
use crate::model::{Citation, CitationItem, Entry, Inline, Library, Note};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;

/// Writes the body.
pub(super) fn body(x: &mut String, lib: &Library, index: &HashMap<&str, &Entry>) {
    let mut by_note: BTreeMap<u32, Vec<&Citation>> = BTreeMap::new();
    for c in &lib.citations {
        by_note.entry(c.note).or_default().push(c);
    }
    let in_text = by_note.remove(&0).unwrap_or_default();
    let by_id: HashMap<&str, &Citation> = in_text.iter().map(|c| (c.id.as_str(), *c)).collect();
    let mut seen: HashMap<u32, usize> = HashMap::new();
    for n in &lib.notes {
        *seen.entry(n.number).or_insert(0) += 1;
    }
    let notes: BTreeMap<u32, &Note> = lib
        .notes
        .iter()
        .filter(|n| seen.get(&n.number) == Some(&1))
        .map(|n| (n.number, n))
        .collect();
    // Notes written in the body, citations written in it.
    let mut placed: BTreeSet<u32> = BTreeSet::new();
    let mut cited: BTreeSet<&str> = BTreeSet::new();
    let empty = lib.notes.is_empty() && lib.citations.is_empty() && lib.body.is_empty();
    if empty {
        x.push_str("      <p/>\n");
        return;
    }
    for p in &lib.body {
        // The paragraph's text, with notes and page breaks as whole elements where
        // they stand and the citations' markup around their text.
        let mut full = String::new();
        let mut ms: Vec<Mark> = Vec::new();
        for piece in &p.content {
            match piece {
                Inline::Text { text } => full.push_str(text),
                Inline::PageBreak { n } => {
                    ms.push(Mark::raw(full.len(), format!("<pb n=\"{}\"/>", attr(n))))
                }
                Inline::Note { n } => {
                    if let Some(note) = notes.get(n).filter(|_| placed.insert(*n)) {
                        let mut xml = String::new();
                        let cits = by_note.get(n).map_or(&[][..], Vec::as_slice);
                        note_element(&mut xml, note, true, cits, index);
                        ms.push(Mark::raw(full.len(), xml));
                    }
                }
                Inline::Citation { id, text } => {
                    let at = full.len();
                    full.push_str(text);
                    let Some(c) = by_id.get(id.as_str()).filter(|_| cited.insert(id)) else {
                        continue;
                    };
                    let inner = marks(text, &[*c], index);
                    let bibls = inner.iter().filter(|m| m.is_bibl()).count();
                    if !(bibls == 1 && inner.iter().any(|m| m.is_bibl() && m.covers(text))) {
                        let open = format!("<seg type=\"citation\" n=\"{}\">", attr(id));
                        ms.push(Mark::new(at, at + text.len(), open, "</seg>"));
                    }
                    ms.extend(inner.into_iter().map(|m| m.shifted(at)));
                }
            }
        }
        x.push_str("      <p>");
        render(x, &full, ms);
        x.push_str("</p>\n");
    }
    let rest: Vec<&Note> = lib
        .notes
        .iter()
        .filter(|n| !(placed.contains(&n.number) && seen.get(&n.number) == Some(&1)))
        .collect();
    let orphans: Vec<(&u32, &Vec<&Citation>)> =
        by_note.iter().filter(|(n, _)| !seen.contains_key(n)).collect();
    if !rest.is_empty() || !orphans.is_empty() {
        x.push_str("      <div type=\"notes\">\n");
        let mut written = BTreeSet::new();
        for n in rest {
            x.push_str("        ");
            let cits = if written.insert(n.number) {
                by_note.get(&n.number).map_or(&[][..], Vec::as_slice)
            } else {
                &[][..]
            };
            note_element(x, n, seen.get(&n.number) == Some(&1), cits, index);
            x.push('\n');
        }
        // Citations in notes the library has no text for.
        for (number, cs) in orphans {
            let _ = write!(x, "        <note place=\"foot\" n=\"{number}\">");
            for c in cs {
                cite(x, c);
            }
            x.push_str("</note>\n");
        }
        x.push_str("      </div>\n");
    }
    let unplaced: Vec<&&Citation> =
        in_text.iter().filter(|c| !cited.contains(c.id.as_str())).collect();
    if !unplaced.is_empty() {
        x.push_str("      <div type=\"citations\">\n");
        for c in unplaced {
            x.push_str("        <p>");
            cite(x, c);
            x.push_str("</p>\n");
        }
        x.push_str("      </div>\n");
    }
}

/// One `<note place="foot">` with its citations marked in its text.
fn note_element(
    x: &mut String,
    n: &Note,
    with_id: bool,
    cits: &[&Citation],
    index: &HashMap<&str, &Entry>,
) {
    let _ = write!(x, "<note place=\"foot\" n=\"{}\" type=\"{}\"", n.number, kind_name(n.kind));
    if with_id {
        let _ = write!(x, " xml:id=\"fn{}\"", n.number);
    }
    if let Some(m) = n.ibid_of {
        let _ = write!(x, " corresp=\"#fn{m}\"");
    }
    x.push('>');
    let ms = marks(&n.text, cits, index);
    render(x, &n.text, ms);
    x.push_str("</note>");
}

fn kind_name(k: crate::model::NoteKind) -> &'static str {
    use crate::model::NoteKind as K;
    match k {
        K::Archival => "archival",
        K::Newspaper => "newspaper",
        K::Literature => "literature",
        K::CrossReference => "cross-reference",
        K::Ibid => "ibid",
        K::Commentary => "commentary",
    }
}

/// One citation: a `<bibl n="citation id">` per item.
fn cite(x: &mut String, c: &Citation) {
    for it in &c.items {
        cite_item(x, &c.id, it);
    }
}

fn cite_item(x: &mut String, id: &str, it: &CitationItem) {
    let _ = write!(x, "<bibl n=\"{}\">", attr(id));
    if let Some(p) = &it.prefix {
        let _ = write!(x, "<note type=\"prefix\">{}</note>", escape(p));
    }
    let _ = write!(x, "<ptr target=\"#{}\"/>", attr(&xml_id(&it.entry)));
    if let Some((volume, page_text, pages)) = it.locator.as_ref().and_then(volume_and_page) {
        // "т. 2, с. 14" (a volume locator with its page): one citedRange each.
        let _ = write!(x, "<citedRange unit=\"volume\">{}</citedRange>", escape(volume));
        let _ = write!(x, "<citedRange unit=\"page\"");
        if let Some((from, to)) = range(pages) {
            let _ = write!(x, " from=\"{}\" to=\"{}\"", attr(&from), attr(&to));
        }
        let _ = write!(x, ">{}</citedRange>", escape(page_text));
    } else if let Some(loc) = &it.locator {
        let _ = write!(x, "<citedRange unit=\"{}\"", attr(&loc.label));
        if let Some((from, to)) = range(&loc.value) {
            let _ = write!(x, " from=\"{}\" to=\"{}\"", attr(&from), attr(&to));
        }
        let _ = write!(x, ">{}</citedRange>", escape(&loc.value));
    }
    if let Some(s) = &it.suffix {
        let _ = write!(x, "<note type=\"suffix\">{}</note>", escape(s));
    }
    if it.suppress_author {
        x.push_str("<note type=\"suppress-author\"/>");
    }
    if it.author_only {
        x.push_str("<note type=\"author-only\"/>");
    }
    x.push_str("</bibl>");
}

/// A volume locator that carries its page, "2, с. 14": ("2", "с. 14", "14").
fn volume_and_page(loc: &crate::model::Locator) -> Option<(&str, &str, &str)> {
    if loc.label != "volume" {
        return None;
    }
    let (volume, page_text) = loc.value.split_once(", ")?;
    let (label, pages) = page_text.split_once(' ')?;
    (label.ends_with('.') && !volume.contains(' ') && range(pages).is_some())
        .then_some((volume, page_text, pages))
}
