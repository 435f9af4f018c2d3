//! The running text of a document (an article): paragraphs of text as printed,
//! with the places where its footnote markers stood, its page breaks and the
//! citations printed in it.

use serde::{Deserialize, Serialize};

/// One paragraph of the running text.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Paragraph {
    /// The paragraph's pieces, in reading order.
    pub content: Vec<Inline>,
}

/// A piece of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Inline {
    /// Text as printed (lines joined, words split at line ends rejoined).
    Text {
        /// The text.
        text: String,
    },
    /// Where a footnote's marker stood (the marker itself is not text): the
    /// number of the note, as in [`Note::number`](super::Note::number).
    Note {
        /// The note's number.
        n: u32,
    },
    /// A citation printed in the text, "[1, p. 8]": the id of its
    /// [`Citation`](super::Citation) and its text as printed.
    Citation {
        /// The citation's id.
        id: String,
        /// The citation as printed.
        text: String,
    },
    /// A page break: the number of the page that begins, as printed.
    PageBreak {
        /// The page number.
        n: String,
    },
}

impl Paragraph {
    /// The paragraph's text as printed: text and citations, without the note
    /// markers and page breaks.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for i in &self.content {
            match i {
                Inline::Text { text } | Inline::Citation { text, .. } => out.push_str(text),
                Inline::Note { .. } | Inline::PageBreak { .. } => {}
            }
        }
        out
    }

    /// Appends text, merged with a text piece before it.
    pub fn push_text(&mut self, s: &str) {
        if s.is_empty() {
            return;
        }
        if let Some(Inline::Text { text }) = self.content.last_mut() {
            text.push_str(s);
        } else {
            self.content.push(Inline::Text { text: s.to_string() });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_with_a_type_tag() {
        let mut p = Paragraph::default();
        p.push_text("camps.");
        p.content.push(Inline::Note { n: 1 });
        p.push_text(" However ");
        p.push_text("[1, p. 8]");
        let v = serde_json::to_value(&p).unwrap();
        assert_eq!(v["content"][1], serde_json::json!({"type": "note", "n": 1}));
        assert_eq!(v["content"][2]["text"], " However [1, p. 8]");
        assert_eq!(p.text(), "camps. However [1, p. 8]");
        let back: Paragraph = serde_json::from_value(v).unwrap();
        assert_eq!(back, p);
    }
}
