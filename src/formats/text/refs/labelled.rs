//! Labelled reference strings, the parser's training and test material: read from
//! AnyStyle's XML (`<dataset><sequence><author>..</author>..`, also CORA) and
//! from GROBID's TEI (`<bibl>` with field elements in mixed content), written as
//! AnyStyle XML.
//!
//! GROBID leaves the punctuation and the small words between fields unlabelled;
//! AnyStyle gives every character to a field. Read from TEI, the text between two
//! fields goes to the field before it (`(1974).` is a date), except from an
//! opening bracket whose closing one comes later, or a word that introduces what
//! follows (`In`, `Vol.`, `pp.`, `No.`, `С.`, ...), which go to the field after it.

use super::labels::{from_anystyle, from_grobid, id, LABELS};
use super::tokens::Token;
use crate::diagnostics::{Diagnostic, LineIndex, Span};
use crate::xmltree::{self, Element, Node};

/// A reference string and its labelled parts: (label id, byte range), in order,
/// not overlapping.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Labelled {
    /// The string.
    pub text: String,
    /// (label id, start, end) of each labelled part.
    pub spans: Vec<(u16, usize, usize)>,
}

impl Labelled {
    /// The label of every token: that of the part its start falls in (or, between
    /// parts, the part before; before the first part, the first).
    pub fn token_labels(&self, tokens: &[Token<'_>]) -> Vec<u16> {
        let mut out = Vec::with_capacity(tokens.len());
        let mut k = 0;
        for t in tokens {
            while k + 1 < self.spans.len() && self.spans[k].2 <= t.start {
                k += 1;
            }
            out.push(self.spans.get(k).map_or(0, |s| s.0));
        }
        out
    }

    /// The text of each part with its label name.
    pub fn parts(&self) -> impl Iterator<Item = (&'static str, &str)> {
        self.spans.iter().map(|(l, a, b)| (LABELS[*l as usize], &self.text[*a..*b]))
    }

    /// The parts cut at white space only, as AnyStyle's XML holds them (its
    /// segments are joined by a space): each word takes the label of the part
    /// its first letter or digit is in (`[Электронный` is a medium, `2019;14`
    /// a date when the date's digits come first).
    pub fn by_words(&self) -> Labelled {
        let mut spans: Vec<(u16, usize, usize)> = Vec::new();
        let mut pos = 0;
        for word in self.text.split_whitespace() {
            let start = pos + self.text[pos..].find(word).unwrap_or(0);
            let end = start + word.len();
            pos = end;
            let key = word.find(char::is_alphanumeric).map_or(start, |i| start + i);
            let label = self
                .spans
                .iter()
                .find(|(_, a, b)| (*a..*b).contains(&key))
                .or_else(|| self.spans.iter().rev().find(|(_, a, _)| *a <= key))
                .or(self.spans.first())
                .map_or(0, |s| s.0);
            match spans.last_mut() {
                Some(last) if last.0 == label => last.2 = end,
                _ => spans.push((label, start, end)),
            }
        }
        Labelled { text: self.text.clone(), spans }
    }

    /// Appends a part (white space collapsed); joined to the text by one space.
    fn push(&mut self, label: u16, text: &str) {
        let words: Vec<&str> = text.split_whitespace().collect();
        if words.is_empty() {
            return;
        }
        if !self.text.is_empty() {
            self.text.push(' ');
        }
        let start = self.text.len();
        self.text.push_str(&words.join(" "));
        self.spans.push((label, start, self.text.len()));
    }
}

fn parse_xml(src: &str) -> Result<Element, Box<Diagnostic>> {
    let index = LineIndex::new(src);
    xmltree::parse(src, &index).map(|(root, _)| root)
}

fn outermost<'a>(e: &'a Element, name: &str, out: &mut Vec<&'a Element>) {
    for c in e.elements() {
        if c.name == name {
            out.push(c);
        } else {
            outermost(c, name, out);
        }
    }
}

/// The sequences of an AnyStyle XML file (labels mapped to ours; a segment with
/// a label we do not know is a `note`). Empty sequences are left out.
pub fn read_anystyle(src: &str) -> Result<Vec<Labelled>, Box<Diagnostic>> {
    Ok(read_anystyle_spans(src)?.into_iter().map(|(l, _)| l).collect())
}

/// [`read_anystyle`], each sequence with its span in `src`.
pub(super) fn read_anystyle_spans(src: &str) -> Result<Vec<(Labelled, Span)>, Box<Diagnostic>> {
    let root = parse_xml(src)?;
    let mut seqs = Vec::new();
    outermost(&root, "sequence", &mut seqs);
    let note = id("note").unwrap_or(0);
    Ok(seqs
        .into_iter()
        .map(|seq| {
            let mut l = Labelled::default();
            for c in seq.elements() {
                let label = from_anystyle(&c.name).and_then(id).unwrap_or(note);
                l.push(label, &xmltree::clean(&c.text()));
            }
            (l, seq.span)
        })
        .filter(|(l, _)| !l.spans.is_empty())
        .collect())
}

/// Labelled strings from AnyStyle XML or GROBID TEI, told apart by the root
/// element (`<dataset>` or a TEI document).
pub fn read_labelled(src: &str) -> Result<Vec<Labelled>, Box<Diagnostic>> {
    let head: String = src.chars().take(2000).collect();
    if head.contains("<dataset") || head.contains("<sequence") {
        read_anystyle(src)
    } else {
        read_grobid(src)
    }
}

/// A piece of a TEI `<bibl>`: a field's text (with its label) or unlabelled text,
/// white space as written.
struct Piece {
    label: Option<u16>,
    text: String,
}

/// Words that belong to the field after them.
fn introduces(word: &str) -> bool {
    let w = word.trim_end_matches(['.', ':', ',']).to_lowercase();
    matches!(
        w.as_str(),
        "in" | "vol"
            | "vols"
            | "volume"
            | "no"
            | "nr"
            | "nos"
            | "pp"
            | "p"
            | "pages"
            | "page"
            | "issue"
            | "bd"
            | "s"
            | "t"
            | "т"
            | "с"
            | "№"
            | "вып"
            | "tome"
            | "available"
            | "url"
            | "doi"
            | "isbn"
            | "issn"
            | "arxiv"
            | "edited"
            | "ed"
            | "in:"
            | "part"
            | "chap"
            | "chapter"
            | "sect"
            | "art"
            | "n°"
            | "heft"
            | "band"
            | "jg"
    )
}

/// The byte at which unlabelled text between two fields is cut: before, the field
/// before; after, the field after.
fn cut(text: &str) -> usize {
    let mut at = 0;
    for w in text.split_whitespace() {
        let start = text[at..].find(w).map_or(at, |i| at + i);
        at = start + w.len();
        let opens = w.starts_with(['(', '[', '«', '“', '"']);
        let closes_here = text[start..].contains([')', ']', '»', '”']);
        if (opens && !closes_here) || introduces(w) {
            return start;
        }
        if opens {
            // "(" followed later by its own ")" in this same text: a parenthetical
            // of the field before ("(eds.)").
            continue;
        }
    }
    text.len()
}

/// The references of a GROBID TEI file (`<bibl>` elements; their field elements'
/// labels mapped to ours). A `<bibl>` with no field is left out.
pub fn read_grobid(src: &str) -> Result<Vec<Labelled>, Box<Diagnostic>> {
    let root = parse_xml(src)?;
    let mut bibls = Vec::new();
    outermost(&root, "bibl", &mut bibls);
    Ok(bibls.into_iter().filter_map(grobid_bibl).collect())
}

fn grobid_bibl(bibl: &Element) -> Option<Labelled> {
    let has_analytic = bibl.elements().any(|e| e.name == "title" && e.attr("level") == Some("a"));
    let mut pieces: Vec<Piece> = Vec::new();
    for node in &bibl.children {
        match node {
            Node::Text(t) => pieces.push(Piece { label: None, text: t.clone() }),
            Node::Element(e) if e.name == "lb" => {
                pieces.push(Piece { label: None, text: " ".into() })
            }
            Node::Element(e) => {
                let kind = e.attr("level").or(e.attr("unit")).or(e.attr("type"));
                // GROBID's elements, or elements named by our own labels.
                let label = from_grobid(&e.name, kind, has_analytic)
                    .or_else(|| from_anystyle(&e.name))
                    .and_then(id);
                pieces.push(Piece { label, text: e.text() });
            }
        }
    }
    // The pieces joined as the document has them, white space collapsed, with
    // each piece's range in the result.
    let mut text = String::new();
    let mut ranges = Vec::with_capacity(pieces.len());
    let mut pending_space = false;
    for p in &pieces {
        let mut start = None;
        for c in p.text.chars() {
            if c.is_whitespace() {
                pending_space = !text.is_empty();
                continue;
            }
            if pending_space {
                text.push(' ');
                pending_space = false;
            }
            start.get_or_insert(text.len());
            text.push(c);
        }
        let start = start.unwrap_or(text.len());
        ranges.push((start, text.len()));
    }
    let fields: Vec<usize> = (0..pieces.len()).filter(|i| pieces[*i].label.is_some()).collect();
    let (&first, &last) = (fields.first()?, fields.last()?);
    // Each unlabelled piece to a neighbour.
    let mut assigned: Vec<(u16, usize, usize)> = Vec::new();
    let number = id("citation-number").unwrap_or(0);
    for (i, p) in pieces.iter().enumerate() {
        let (a, b) = ranges[i];
        let (a, b) = (a.min(text.len()), b.min(text.len()));
        if a >= b {
            continue;
        }
        if let Some(l) = p.label {
            assigned.push((l, a, b));
            continue;
        }
        let label_of = |j: usize| pieces[j].label.unwrap_or(0);
        if i < first {
            let t = p.text.trim();
            let is_number =
                t.trim_matches(['[', ']', '(', ')', '.']).chars().all(|c| c.is_ascii_digit())
                    && !t.is_empty();
            assigned.push((if is_number { number } else { label_of(first) }, a, b));
        } else if i > last {
            assigned.push((label_of(last), a, b));
        } else {
            let prev = fields.iter().rev().find(|j| **j < i).copied().unwrap_or(first);
            let next = fields.iter().find(|j| **j > i).copied().unwrap_or(last);
            let c = a + cut(&text[a..b]);
            if c > a {
                assigned.push((label_of(prev), a, c));
            }
            if b > c {
                assigned.push((label_of(next), c, b));
            }
        }
    }
    // Adjacent parts of one label are one part; white space trimmed off the ends.
    let mut spans: Vec<(u16, usize, usize)> = Vec::new();
    for (l, a, b) in assigned {
        let s = &text[a..b];
        let (a2, b2) = (a + (s.len() - s.trim_start().len()), a + s.trim_end().len());
        if a2 >= b2 {
            continue;
        }
        match spans.last_mut() {
            Some(last) if last.0 == l => last.2 = b2,
            _ => spans.push((l, a2, b2)),
        }
    }
    (!spans.is_empty()).then_some(Labelled { text, spans })
}

/// Labelled strings as AnyStyle XML (what [`read_anystyle`] reads back).
pub fn write_anystyle(refs: &[Labelled]) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<dataset>\n");
    for r in refs {
        out.push_str("  <sequence>\n");
        for (label, text) in r.by_words().parts() {
            let escaped = text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
            out.push_str(&format!("    <{label}>{escaped}</{label}>\n"));
        }
        out.push_str("  </sequence>\n");
    }
    out.push_str("</dataset>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn parts(l: &Labelled) -> Vec<(&str, &str)> {
        l.parts().collect()
    }

    #[test]
    fn anystyle_sequences_and_their_round_trip() {
        let src = "<dataset><sequence><author>Kamangu, E.N.,\n Chatté, A.,</author>\
            <date>2015.</date><title>Genetic &amp; Diversity.</title><booktitle>Proc.</booktitle></sequence>\
            <sequence/></dataset>";
        let got = read_anystyle(src).unwrap();
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].text, "Kamangu, E.N., Chatté, A., 2015. Genetic & Diversity. Proc.");
        assert_eq!(
            parts(&got[0]),
            [
                ("author", "Kamangu, E.N., Chatté, A.,"),
                ("date", "2015."),
                ("title", "Genetic & Diversity."),
                ("container-title", "Proc.")
            ]
        );
        assert_eq!(read_anystyle(&write_anystyle(&got)).unwrap(), got);
        // Parts that meet inside a word are cut at white space when written.
        let glued = Labelled {
            text: "2010. [Текст] // Вопросы".into(),
            spans: vec![(14, 0, 7), (18, 7, 13), (8, 13, 24)],
        };
        let back = read_anystyle(&write_anystyle(std::slice::from_ref(&glued))).unwrap();
        assert_eq!(back[0].text, glued.text);
        assert_eq!(
            parts(&back[0]),
            [("date", "2010."), ("medium", "[Текст]"), ("journal", "// Вопросы")]
        );
        let tokens = tokenize(&got[0].text);
        let labels = got[0].token_labels(&tokens);
        let date = id("date").unwrap();
        let i = tokens.iter().position(|t| t.text == "2015").unwrap();
        assert_eq!((labels[i], labels[i + 1]), (date, date));
    }

    #[test]
    fn grobid_bibls_give_the_text_between_fields_to_a_neighbour() {
        let src = r#"<TEI xmlns="http://www.tei-c.org/ns/1.0"><listBibl>
<bibl><author>Akaike, H.</author> (<date>1974</date>). <title level="a">A new look</title>. <title level="j">IEEE Trans.</title> Vol. <biblScope unit="volume">19</biblScope> pp. <biblScope unit="page">716-723</biblScope>.</bibl>
<bibl>[3] <author>Birgé, L.</author> In <title level="m">Festschrift</title> (<editor>D. Pollard</editor>, eds.) <lb/><publisher>Springer</publisher></bibl>
<bibl>no fields at all</bibl>
</listBibl></TEI>"#;
        let got = read_grobid(src).unwrap();
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].text, "Akaike, H. (1974). A new look. IEEE Trans. Vol. 19 pp. 716-723.");
        assert_eq!(
            parts(&got[0]),
            [
                ("author", "Akaike, H."),
                ("date", "(1974)."),
                ("title", "A new look."),
                ("journal", "IEEE Trans."),
                ("volume", "Vol. 19"),
                ("pages", "pp. 716-723.")
            ]
        );
        assert_eq!(got[1].text, "[3] Birgé, L. In Festschrift (D. Pollard, eds.) Springer");
        assert_eq!(
            parts(&got[1]),
            [
                ("citation-number", "[3]"),
                ("author", "Birgé, L."),
                ("title", "In Festschrift"),
                ("editor", "(D. Pollard, eds.)"),
                ("publisher", "Springer")
            ]
        );
    }
}
