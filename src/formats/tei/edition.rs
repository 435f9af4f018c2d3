//! The TEI reader's side of an edition: the running text's paragraphs (with the
//! places of the notes, page breaks and citations printed in them) and the
//! citations marked inside printed text (`<bibl n=".." corresp="#..">` around a
//! citation as printed, its locator in a `<citedRange>`), as the writer makes them.

use super::elements::norm;
use crate::model::{CitationItem, Inline, Locator, Paragraph};
use crate::xmltree::{self, Element, Node};

/// Whether `b` is a citation marked in printed text (no `<ptr>`: its entries are
/// in `@corresp`).
pub(super) fn is_inline_citation(b: &Element) -> bool {
    b.name == "bibl" && b.attr("corresp").is_some() && b.child("ptr").is_none()
}

/// The items of an inline citation: (the target's xml:id, the item); the locator,
/// prefix and suffix go with the first.
pub(super) fn items(b: &Element) -> Vec<(String, CitationItem)> {
    let mut out: Vec<(String, CitationItem)> = b
        .attr("corresp")
        .unwrap_or("")
        .split_whitespace()
        .map(|t| {
            let id = t.trim_start_matches('#').to_string();
            (id.clone(), CitationItem::new(id))
        })
        .collect();
    let Some((_, first)) = out.first_mut() else { return out };
    for d in b.descendants() {
        match (d.name.as_str(), d.attr("type")) {
            ("citedRange", _) => {
                let label = d.attr("unit").unwrap_or("page").to_string();
                let value = d.attr("n").map(str::to_string).unwrap_or_else(|| {
                    let t = norm(&d.text());
                    if !t.is_empty() {
                        return t;
                    }
                    match (d.attr("from"), d.attr("to")) {
                        (Some(a), Some(z)) if a != z => format!("{a}–{z}"),
                        (Some(a), _) => a.to_string(),
                        _ => String::new(),
                    }
                });
                first.locator = Some(Locator { label, value });
            }
            ("seg", Some(kind @ ("prefix" | "suffix"))) => {
                let v = d.attr("n").map(str::to_string).unwrap_or_else(|| norm(&d.text()));
                if kind == "prefix" {
                    first.prefix = Some(v);
                } else {
                    first.suffix = Some(v);
                }
            }
            _ => {}
        }
    }
    out
}

/// The paragraphs of the running text: `<p>` in `<body>` and its divisions
/// (not the notes, citations or bibliography we write apart).
pub(super) fn paragraphs(text: &Element) -> Vec<Paragraph> {
    let mut out = Vec::new();
    if let Some(body) = text.elements().find(|e| e.name == "body") {
        collect(body, &mut out);
    }
    out
}

fn collect(el: &Element, out: &mut Vec<Paragraph>) {
    for c in el.elements() {
        match c.name.as_str() {
            "p" => {
                let p = paragraph(c);
                if !p.content.is_empty() {
                    out.push(p);
                }
            }
            "div" if matches!(c.attr("type"), Some("notes" | "citations" | "bibliography")) => {}
            "div" => collect(c, out),
            _ => {}
        }
    }
}

/// Private-use characters standing for the pieces that are not text while the
/// paragraph's white space is normalised.
const MARK: char = '\u{F8F0}';

/// One paragraph: its text with white space as XML means it, the pieces in place.
fn paragraph(p: &Element) -> Paragraph {
    let mut raw = String::new();
    let mut pieces: Vec<Inline> = Vec::new();
    for n in &p.children {
        match n {
            Node::Text(t) => raw.push_str(t),
            Node::Element(e) => {
                let piece = match (e.name.as_str(), e.attr("type")) {
                    ("note", _) if e.attr("place").is_some() => {
                        e.attr("n").and_then(|n| n.trim().parse().ok()).map(|n| Inline::Note { n })
                    }
                    ("pb", _) => {
                        Some(Inline::PageBreak { n: e.attr("n").unwrap_or("").to_string() })
                    }
                    ("bibl", _) | ("seg", Some("citation")) if e.attr("n").is_some() => {
                        let text = e.text();
                        if xmltree::clean(&text).is_empty() {
                            continue;
                        }
                        let id = e.attr("n").unwrap_or("").to_string();
                        Some(Inline::Citation { id, text })
                    }
                    _ => None,
                };
                match piece {
                    Some(piece) => {
                        raw.push(MARK);
                        pieces.push(piece);
                    }
                    None => raw.push_str(&e.text()),
                }
            }
        }
    }
    // White space normalised over the whole paragraph; a citation's text as well.
    let clean = xmltree::clean(&raw);
    let mut para = Paragraph::default();
    let mut pieces = pieces.into_iter();
    for (i, part) in clean.split(MARK).enumerate() {
        if i > 0 {
            match pieces.next() {
                Some(Inline::Citation { id, text }) => {
                    let t = xmltree::clean(&text);
                    // The spaces around it belong to the text beside it.
                    para.content.push(Inline::Citation { id, text: t });
                }
                Some(other) => para.content.push(other),
                None => {}
            }
        }
        para.push_text(part);
    }
    para
}
