//! Model values from TEI elements: names, dates, text variants and rich text.

use super::table::MARKUP;
use crate::model::{Date, Name, TextVariant, VariantKind};
use crate::xmltree::{self, Element, Node};

pub(super) fn variant(el: &Element) -> TextVariant {
    let kind = match el.attr("type").or(el.attr("subtype")) {
        Some("transliterated") => VariantKind::Transliteration,
        Some("original") => VariantKind::Original,
        _ => VariantKind::Translation,
    };
    let kind = match el.attr("subtype") {
        Some("transliterated") => VariantKind::Transliteration,
        Some("original") => VariantKind::Original,
        Some("translated") => VariantKind::Translation,
        _ => kind,
    };
    TextVariant { kind, lang: el.attr("xml:lang").map(str::to_string), value: rich_text(el) }
}

/// A name from `persName`, `name`, `orgName` (or `None` for other elements).
pub(super) fn name_of(el: &Element) -> Option<Name> {
    let lang = el.attr("xml:lang").map(str::to_string);
    match el.name.as_str() {
        "name" | "orgName" => Some(Name { lang, ..Name::literal(norm(&el.text())) }),
        "persName" => {
            let mut n = Name { lang, ..Name::default() };
            let mut forenames: Vec<String> = Vec::new();
            let mut any = false;
            for c in el.elements() {
                any = true;
                let t = norm(&c.text());
                match (c.name.as_str(), c.attr("type")) {
                    ("forename", _) => forenames.push(t),
                    ("surname", _) => {
                        n.family = Some(match n.family.take() {
                            Some(f) => format!("{f} {t}"),
                            None => t,
                        })
                    }
                    ("nameLink", Some("dropping")) => n.dropping_particle = Some(t),
                    ("nameLink", _) => n.particle = Some(t),
                    ("genName", _) | ("roleName", _) => n.suffix = Some(t),
                    _ => {}
                }
            }
            if !forenames.is_empty() {
                n.given = Some(forenames.join(" "));
            }
            if !any {
                let t = norm(&el.text());
                if t.is_empty() {
                    return None;
                }
                n.literal = Some(t);
            }
            let rend = el.attr("rend").unwrap_or("");
            n.comma_suffix = rend.split_whitespace().any(|r| r == "comma-suffix");
            n.static_ordering = rend.split_whitespace().any(|r| r == "static-ordering");
            (!n.is_empty()).then_some(n)
        }
        _ => None,
    }
}

/// A date: EDTF in the text (ours), else `@when`/`@from`/`@to`, else a literal.
pub(super) fn date_of(el: &Element) -> Date {
    let text = norm(&el.text());
    if el.attr("type") == Some("literal") {
        let mut d = el.attr("n").and_then(Date::parse_edtf).unwrap_or_default();
        d.literal = Some(text);
        return d;
    }
    if let Some(d) = Date::parse_edtf(&text) {
        return d;
    }
    let w3c = |s: &str| Date::parse_edtf(s).and_then(|d| d.start);
    if let Some(w) = el.attr("when").or(el.attr("when-iso")).and_then(w3c) {
        // The parts from the attribute, the printed form kept when it says more.
        let mut d = Date::on(w);
        if !text.is_empty() && Date::parse_edtf(&text).is_none() {
            d.literal = Some(text);
        }
        return d;
    }
    if let (Some(a), Some(b)) = (el.attr("from").and_then(w3c), el.attr("to").and_then(w3c)) {
        return Date { start: Some(a), end: Some(b), ..Date::default() };
    }
    // GROBID writes some years as bare numbers ("19751030").
    if text.len() == 8 && text.bytes().all(|b| b.is_ascii_digit()) {
        let (y, m, d) = (&text[..4], &text[4..6], &text[6..]);
        if let Some(p) = Date::parse_edtf(&format!("{y}-{m}-{d}")).and_then(|d| d.start) {
            return Date::on(p);
        }
    }
    if text.is_empty() {
        return Date::default();
    }
    Date::literal(text)
}

/// Element content as CSL rich text: `<hi rend>` to markup, text as it is.
pub(super) fn rich_text(el: &Element) -> String {
    let mut out = String::new();
    rich_into(el, &mut out);
    xmltree::clean(&out)
}

fn rich_into(el: &Element, out: &mut String) {
    for c in &el.children {
        match c {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) if e.name == "hi" => {
                let rend = e.attr("rend").unwrap_or("");
                let row = MARKUP.iter().find(|(_, _, tei)| tei.contains(&format!("\"{rend}\"")));
                match row {
                    Some((open, close, _)) => {
                        out.push_str(open);
                        rich_into(e, out);
                        out.push_str(close);
                    }
                    None => rich_into(e, out),
                }
            }
            Node::Element(e) => rich_into(e, out),
        }
    }
}

/// Text content as XML mixed content means it (see [`xmltree::clean`]).
pub(super) fn norm(s: &str) -> String {
    xmltree::clean(s)
}
