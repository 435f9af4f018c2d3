//! A small element tree over quick-xml's event reader, for the readers of XML (TEI, and
//! the labelled reference strings of AnyStyle and GROBID).
//!
//! Mixed content is kept exactly (text is never trimmed, so `A &amp; B` and
//! `<hi>x</hi> y` keep their spaces); the five predefined entities and
//! character references are resolved; any other entity is kept as written and
//! reported; a DOCTYPE that declares entities is refused (no expansion, so no
//! billion laughs and no external entities).

use crate::diagnostics::{Diagnostic, LineIndex, Span};
use crate::error::Error;
use crate::model::Entry;
use crate::options::Parsed;
use quick_xml::events::Event;
use quick_xml::Reader;
use std::collections::HashSet;
use std::fmt::Write as _;

const PROTECTED_NL: char = '\u{E00A}';
const PROTECTED_TAB: char = '\u{E009}';
const PROTECTED_CR: char = '\u{E00D}';
const PROTECTED_SPACE: char = '\u{E020}';

/// Text as XML mixed content means it: runs of white space collapsed to one
/// space and trimmed, except white space written as character references
/// (`&#10;`, `&#32;`), which is kept as it is.
///
/// ```
/// # use refconv::xmltree::clean;
/// assert_eq!(clean("\n   A Virtual\n      Machine  "), "A Virtual Machine");
/// ```
pub fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if matches!(c, ' ' | '\t' | '\n' | '\r') {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(match c {
            PROTECTED_NL => '\n',
            PROTECTED_TAB => '\t',
            PROTECTED_CR => '\r',
            PROTECTED_SPACE => ' ',
            c => c,
        });
    }
    out
}

/// Escapes text content. White space that XML readers would normalise away
/// (line breaks, tabs, repeated, leading or trailing spaces) is written as
/// character references, which our reader keeps.
pub fn escape(s: &str) -> String {
    escape_run(s, true, true)
}

/// Escapes a run of text that may start (`first`) or end (`last`) the value.
pub fn escape_run(s: &str, first: bool, last: bool) -> String {
    let mut out = String::with_capacity(s.len());
    let n = s.chars().count();
    let mut prev_space = first; // a space at the very start is significant
    for (i, c) in s.chars().enumerate() {
        if c == ' ' {
            if prev_space || (last && i + 1 == n) {
                out.push_str("&#32;");
            } else {
                out.push(' ');
            }
            prev_space = true;
            continue;
        }
        prev_space = false;
        match c {
            '\n' => out.push_str("&#10;"),
            '\t' => out.push_str("&#9;"),
            '\r' => out.push_str("&#13;"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c if is_xml_char(c) => out.push(c),
            c => {
                // Not allowed in XML 1.0 even as a reference: keep it visible.
                let _ = write!(out, "\u{FFFD}{{U+{:04X}}}", c as u32);
            }
        }
    }
    out
}

fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}')
}

/// Escapes an attribute value.
pub fn attr(s: &str) -> String {
    escape(s).replace('"', "&quot;")
}

/// An XML node.
#[derive(Debug, Clone)]
pub enum Node {
    /// An element.
    Element(Element),
    /// Text (entities resolved).
    Text(String),
}

/// An XML element with its local name, attributes and children.
#[derive(Debug, Clone, Default)]
pub struct Element {
    /// The local name (prefix dropped).
    pub name: String,
    /// Attributes: (qualified name as written, value). `xml:id`, `xml:lang` keep their prefix.
    pub attrs: Vec<(String, String)>,
    /// Children in order.
    pub children: Vec<Node>,
    /// Where the element is in the input.
    pub span: Span,
}

impl Element {
    /// An attribute's value.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// Child elements.
    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    /// Child elements with a local name.
    pub fn children_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.elements().filter(move |e| e.name == name)
    }

    /// The first child element with a local name.
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.elements().find(|e| e.name == name)
    }

    /// All text below, concatenated as it is.
    pub fn text(&self) -> String {
        let mut s = String::new();
        self.collect_text(&mut s);
        s
    }

    fn collect_text(&self, s: &mut String) {
        for c in &self.children {
            match c {
                Node::Text(t) => s.push_str(t),
                Node::Element(e) => e.collect_text(s),
            }
        }
    }

    /// Every descendant element (depth first), with this one first.
    pub fn descendants(&self) -> Vec<&Element> {
        let mut out = vec![self];
        let mut i = 0;
        while i < out.len() {
            let e = out[i];
            out.extend(e.elements());
            i += 1;
        }
        out
    }
}

/// Parses a document into its root element; diagnostics for what was kept as
/// written (unknown entities). A document that is not well-formed is an error
/// with its line and column.
pub fn parse(src: &str, index: &LineIndex) -> Result<(Element, Vec<Diagnostic>), Box<Diagnostic>> {
    let mut diags = Vec::new();
    let doc = parse_with(src, 0, index, &mut diags, None)?;
    let root = doc
        .elements()
        .next()
        .cloned()
        .ok_or_else(|| Diagnostic::error("no root element").at(Span::new(0, 0), index))?;
    Ok((root, diags))
}

/// What [`parse_records`] hands each record to: the record, and the
/// diagnostics so far (to take).
pub type RecordSink<'a, E> = dyn FnMut(Element, &mut Vec<Diagnostic>) -> Result<(), E> + 'a;

/// Parses a document and hands each outermost element named `record` to
/// `sink` as soon as it closes, without keeping it: the memory of one record's
/// tree, not the document's. The diagnostics not taken by `sink` are returned.
/// Where the document is not well-formed, the fault is an error diagnostic,
/// the record around it is skipped, and reading goes on at the next record's
/// start tag: one bad record in an export of thousands loses that record only.
/// An error from `sink` stops the parse and is returned.
pub fn parse_records<E>(
    src: &str,
    index: &LineIndex,
    record: &str,
    sink: &mut RecordSink<'_, E>,
) -> Result<Vec<Diagnostic>, E> {
    let mut diags = Vec::new();
    let failed = std::cell::Cell::new(None);
    let mut split = |e: Element, d: &mut Vec<Diagnostic>| match sink(e, d) {
        Ok(()) => true,
        Err(err) => {
            failed.set(Some(err));
            false
        }
    };
    let mut start = 0;
    loop {
        let parsed = parse_with(src, start, index, &mut diags, Some((record, &mut split)));
        if let Some(err) = failed.take() {
            return Err(err);
        }
        let Err(mut d) = parsed else { break };
        let at = d.span.map_or(start, |s| s.start);
        let next = next_start_tag(src, at.max(start + 1), record);
        if next.is_some() {
            d.message.push_str(&format!("; the `<{record}>` around it is skipped"));
        }
        diags.push(*d);
        match next {
            Some(n) => start = n,
            None => break,
        }
    }
    Ok(diags)
}

/// Where the next start tag of an element with the local name `name` begins
/// (`<name>`, `<name …`, `<prefix:name …`), at `from` or after: never before it,
/// so that reading always goes forward.
fn next_start_tag(src: &str, from: usize, name: &str) -> Option<usize> {
    let b = src.as_bytes();
    let mut i = from;
    while let Some(off) = src.get(i..)?.find(name) {
        let at = i + off;
        let after = b.get(at + name.len()).copied();
        let closes = matches!(after, Some(b' ' | b'>' | b'/' | b'\t' | b'\n' | b'\r'));
        // Back over a prefix to the `<`.
        let mut j = at;
        if j > 0 && b[j - 1] == b':' {
            j -= 1;
            while j > 0
                && (b[j - 1].is_ascii_alphanumeric() || matches!(b[j - 1], b'_' | b'-' | b'.'))
            {
                j -= 1;
            }
        }
        if closes && j > from && b[j - 1] == b'<' {
            return Some(j - 1);
        }
        i = at + name.len();
    }
    None
}

/// Makes one record into an entry, given the ids taken so far: the entry and
/// what was found, placed.
pub(crate) type RecordEntry<'a> =
    dyn FnMut(&Element, &mut HashSet<String>) -> (Entry, Vec<(Diagnostic, Span)>) + 'a;

/// Reads the records named `record` of an XML document a batch of about
/// `batch` at a time: each record's tree is made into an entry by `entry`
/// (given the ids taken so far) and dropped; `none` is the warning when the
/// document has no such record. `sink` is called at least once.
pub(crate) fn read_record_batches(
    src: &str,
    record: &str,
    none: &str,
    batch: usize,
    sink: &mut crate::options::BatchSink<'_>,
    entry: &mut RecordEntry<'_>,
) -> Result<(), Error> {
    let index = LineIndex::new(src);
    let mut taken = HashSet::new();
    let mut cur = Parsed::default();
    let mut any = false;
    let rest = parse_records::<Error>(src, &index, record, &mut |r, diags| {
        cur.diagnostics.append(diags);
        let (e, d) = entry(&r, &mut taken);
        cur.library.entries.push(e);
        cur.diagnostics.extend(d.into_iter().map(|(d, s)| d.at(s, &index)));
        any = true;
        if cur.library.entries.len() >= batch.max(1) {
            sink(std::mem::take(&mut cur))?;
        }
        Ok(())
    })?;
    cur.diagnostics.extend(rest);
    if !any {
        cur.diagnostics.push(Diagnostic::warning(none).at(Span::new(0, 0), &index));
    }
    sink(cur)
}

/// A record's name and what takes it (false: stop).
type Split<'s> = (&'s str, &'s mut dyn FnMut(Element, &mut Vec<Diagnostic>) -> bool);

/// The parser, from byte `base` of `src` on: the document node, with the
/// records taken out when `split` is given. From a `base` past the start (a
/// record's start tag, after a fault), it stops where an end tag would close
/// an element opened before `base`.
fn parse_with(
    src: &str,
    base: usize,
    index: &LineIndex,
    diags: &mut Vec<Diagnostic>,
    mut split: Option<Split<'_>>,
) -> Result<Element, Box<Diagnostic>> {
    let mut reader = Reader::from_str(&src[base..]);
    reader.config_mut().check_end_names = true;
    let mut stack: Vec<Element> = vec![Element { name: "#document".into(), ..Element::default() }];
    // Open elements named as a record.
    let mut open_records = 0usize;
    loop {
        let pos = base + reader.buffer_position() as usize;
        if base > 0 && stack.len() == 1 && src[pos..].trim_start().starts_with("</") {
            break;
        }
        let ev = reader.read_event().map_err(|e| {
            let at = (base + reader.error_position() as usize).min(src.len());
            Box::new(
                Diagnostic::error(format!("XML is not well-formed: {e}"))
                    .at(Span::new(at, at), index)
                    .hint("check that every tag is closed and every `&` is written `&amp;`"),
            )
        })?;
        let end = (base + reader.buffer_position() as usize).min(src.len());
        match ev {
            Event::Start(s) => {
                let e = element(&s, Span::new(pos, end));
                if split.as_ref().is_some_and(|(r, _)| e.name == *r) {
                    open_records += 1;
                }
                stack.push(e);
            }
            Event::Empty(s) => {
                let e = element(&s, Span::new(pos, end));
                match split.as_mut() {
                    Some((r, take)) if e.name == *r && open_records == 0 => {
                        if !take(e, diags) {
                            return Ok(Element::default());
                        }
                    }
                    _ => push(&mut stack, Node::Element(e)),
                }
            }
            Event::End(_) if stack.len() > 1 => {
                let mut e = stack.pop().unwrap_or_default();
                e.span.end = end;
                match split.as_mut() {
                    Some((r, take)) if e.name == *r => {
                        open_records -= 1;
                        if open_records == 0 {
                            if !take(e, diags) {
                                return Ok(Element::default());
                            }
                            continue;
                        }
                        push(&mut stack, Node::Element(e));
                    }
                    _ => push(&mut stack, Node::Element(e)),
                }
            }
            Event::Text(t) => {
                let s = t.xml10_content().into_owned();
                push_text(&mut stack, &s);
            }
            Event::CData(t) => {
                let s = t.into_inner().into_owned();
                push_text(&mut stack, &s);
            }
            Event::GeneralRef(r) => {
                let name = r.xml10_content().into_owned();
                let text = match name.as_str() {
                    // Whitespace written as a reference is significant: mark it so that
                    // whitespace normalisation (see `clean`) leaves it alone.
                    "#10" | "#xA" | "#xa" => Some(PROTECTED_NL.to_string()),
                    "#9" | "#x9" => Some(PROTECTED_TAB.to_string()),
                    "#13" | "#xD" | "#xd" => Some(PROTECTED_CR.to_string()),
                    "#32" | "#x20" => Some(PROTECTED_SPACE.to_string()),
                    "amp" => Some("&".to_string()),
                    "lt" => Some("<".to_string()),
                    "gt" => Some(">".to_string()),
                    "quot" => Some("\"".to_string()),
                    "apos" => Some("'".to_string()),
                    _ => match r.resolve_char_ref() {
                        Ok(Some(c)) => Some(c.to_string()),
                        _ => None,
                    },
                };
                match text {
                    Some(t) => push_text(&mut stack, &t),
                    None => {
                        diags.push(
                            Diagnostic::warning(format!(
                                "entity `&{name};` is not defined; kept as written"
                            ))
                            .at(Span::new(pos, end), index),
                        );
                        push_text(&mut stack, &format!("&{name};"));
                    }
                }
            }
            Event::DocType(d) => {
                let text = d.into_inner().into_owned();
                if text.contains("<!ENTITY") {
                    return Err(Box::new(
                        Diagnostic::error("a DOCTYPE with entity declarations is refused")
                            .at(Span::new(pos, pos), index)
                            .hint("refconv never expands entities; remove the internal subset"),
                    ));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if stack.len() > 1 {
        let open = stack.last().map(|e| e.name.clone()).unwrap_or_default();
        let at = src.len();
        return Err(Box::new(
            Diagnostic::error(format!("XML ends inside `<{open}>`"))
                .at(Span::new(at, at), index)
                .hint("the file is truncated, or a closing tag is missing"),
        ));
    }
    Ok(stack.pop().unwrap_or_default())
}

fn element(s: &quick_xml::events::BytesStart, span: Span) -> Element {
    let qname = s.name().as_ref().to_string();
    let name = qname.rsplit(':').next().unwrap_or(&qname).to_string();
    let mut attrs = Vec::new();
    for a in s.attributes().with_checks(false).flatten() {
        let k = a.key.as_ref().to_string();
        let v = a
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map(|v| v.into_owned())
            .unwrap_or_else(|_| a.value.to_string());
        attrs.push((k, v));
    }
    Element { name, attrs, children: Vec::new(), span }
}

fn push(stack: &mut [Element], n: Node) {
    if let Some(top) = stack.last_mut() {
        top.children.push(n);
    }
}

fn push_text(stack: &mut [Element], s: &str) {
    if let Some(top) = stack.last_mut() {
        if let Some(Node::Text(t)) = top.children.last_mut() {
            t.push_str(s);
        } else {
            top.children.push(Node::Text(s.to_string()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_record_is_searched_forward_only() {
        let src = "<r><record><a></b></record><record>x</record></r>";
        // From inside the first start tag: the second record, not the first again.
        assert_eq!(next_start_tag(src, 4, "record"), Some(27));
        assert_eq!(next_start_tag(src, 3, "record"), Some(3));
        assert_eq!(next_start_tag("<x:record a='1'>", 1, "record"), None);
        assert_eq!(next_start_tag("<x:record a='1'>", 0, "record"), Some(0));
    }

    #[test]
    fn records_after_faults_are_read() {
        let src = "<xml><records><record><a></b></record><record><c></d></record><record><t>ok</t></record></records></xml>";
        let index = LineIndex::new(src);
        let mut seen = Vec::new();
        let diags = parse_records::<()>(src, &index, "record", &mut |e, _| {
            seen.push(e.text());
            Ok(())
        })
        .unwrap_or_default();
        assert_eq!(seen, ["ok"]);
        let errors = diags.iter().filter(|d| d.severity == crate::diagnostics::Severity::Error);
        assert_eq!(errors.count(), 2);
    }
}
