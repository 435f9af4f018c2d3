//! The three markups of formatted output, and the document layout in each:
//! plain text (a note `N text` a line, re-readable by the `notes` reader), HTML,
//! Markdown (footnotes as `[^N]:` definitions).

use std::io::Write;

/// A markup of formatted output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markup {
    /// Plain text.
    Text,
    /// HTML.
    Html,
    /// Markdown (CommonMark with footnotes).
    Markdown,
}

impl Markup {
    /// Plain text made safe for the markup.
    pub fn escape(self, s: &str) -> String {
        match self {
            Markup::Text => s.to_string(),
            Markup::Html => html_escape(s),
            Markup::Markdown => {
                let mut out = String::with_capacity(s.len());
                for c in s.chars() {
                    if matches!(c, '\\' | '*' | '_' | '[' | ']' | '`' | '<' | '>') {
                        out.push('\\');
                    }
                    out.push(c);
                }
                out
            }
        }
    }
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// One rendered document: the notes (number, text) and the bibliography, each
/// already in the output's markup.
#[derive(Debug, Default)]
pub(super) struct Doc {
    pub notes: Vec<(u32, String)>,
    /// (entry id, text).
    pub bibliography: Vec<(String, String)>,
    /// (entry id, text).
    pub references: Vec<(String, String)>,
    pub numbered: bool,
}

/// Writes a document: the notes, the bibliography, the transliterated
/// References.
pub(super) fn write(
    doc: &Doc,
    markup: Markup,
    fragment: bool,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    match markup {
        Markup::Text => write_lines(doc, false, out),
        Markup::Markdown => write_lines(doc, true, out),
        Markup::Html => write_html(doc, fragment, out),
    }
}

fn sections(doc: &Doc) -> [(&'static str, &[(String, String)]); 2] {
    [("Bibliography", &doc.bibliography), ("References", &doc.references)]
}

/// Plain text (a note `N text` a line, the lists after a blank line) or Markdown
/// (notes as footnote definitions `[^N]:`, each list under a heading).
fn write_lines(doc: &Doc, markdown: bool, out: &mut dyn Write) -> std::io::Result<()> {
    let mut first = doc.notes.is_empty();
    for (n, text) in &doc.notes {
        if markdown {
            writeln!(out, "[^{n}]: {text}")?;
        } else {
            writeln!(out, "{n} {text}")?;
        }
    }
    for (heading, items) in sections(doc) {
        if items.is_empty() {
            continue;
        }
        if !first {
            writeln!(out)?;
        }
        first = false;
        if markdown {
            writeln!(out, "## {heading}\n")?;
        }
        for (i, (_, text)) in items.iter().enumerate() {
            match (doc.numbered, markdown) {
                (true, _) => writeln!(out, "{}. {text}", i + 1)?,
                (false, true) => writeln!(out, "{text}\n")?,
                (false, false) => writeln!(out, "{text}")?,
            }
        }
    }
    Ok(())
}

fn write_html(doc: &Doc, fragment: bool, out: &mut dyn Write) -> std::io::Result<()> {
    if !fragment {
        writeln!(out, "<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"><title>References</title></head>\n<body>")?;
    }
    if !doc.notes.is_empty() {
        writeln!(out, "<ol class=\"notes\">")?;
        for (n, text) in &doc.notes {
            writeln!(out, "<li value=\"{n}\" id=\"note-{n}\">{text}</li>")?;
        }
        writeln!(out, "</ol>")?;
    }
    for (heading, items) in sections(doc) {
        if items.is_empty() {
            continue;
        }
        let class = heading.to_lowercase();
        writeln!(out, "<section class=\"{class}\">\n<h2>{heading}</h2>")?;
        let tag = if doc.numbered { "ol" } else { "div" };
        writeln!(out, "<{tag} class=\"csl-bib-body\">")?;
        for (id, text) in items {
            let item = if doc.numbered { "li" } else { "div" };
            let id = html_escape(id);
            writeln!(out, "<{item} class=\"csl-entry\" data-id=\"{id}\">{text}</{item}>")?;
        }
        writeln!(out, "</{tag}>\n</section>")?;
    }
    if !fragment {
        writeln!(out, "</body>\n</html>")?;
    }
    Ok(())
}
