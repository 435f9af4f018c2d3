//! The three markups of formatted output, and the document layout in each:
//! plain text (a note `N text` a line, re-readable by the `notes` reader), HTML,
//! Markdown (footnotes as `[^N]:` definitions).

use hayagriva::citationberg::{FontStyle, FontVariant, FontWeight, TextDecoration, VerticalAlign};
use hayagriva::{BufWriteFormat, Elem, ElemChild, ElemChildren, Formatted};
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

/// A rendered element tree in a markup.
pub fn from_elems(e: &ElemChildren, markup: Markup) -> String {
    match markup {
        Markup::Text => plain(|w| e.write_buf(w, BufWriteFormat::Plain)),
        Markup::Html | Markup::Markdown => {
            let mut out = String::new();
            for c in &e.0 {
                child(c, markup, &mut out);
            }
            out
        }
    }
}

/// One rendered element in a markup.
pub fn from_elem(e: &ElemChild, markup: Markup) -> String {
    from_elems(&ElemChildren(vec![e.clone()]), markup)
}

fn plain(f: impl FnOnce(&mut String) -> std::fmt::Result) -> String {
    let mut s = String::new();
    // Writing to a String cannot fail.
    let _ = f(&mut s);
    s
}

/// One element in HTML or Markdown: hayagriva's own HTML writer does not
/// escape the text (`&`, `<` would reach the page as they are).
fn child(c: &ElemChild, markup: Markup, out: &mut String) {
    match c {
        ElemChild::Text(t) if markup == Markup::Html => html_text(t, out),
        ElemChild::Text(t) => md_text(t, out),
        ElemChild::Elem(Elem { children, .. }) => {
            for c in &children.0 {
                child(c, markup, out);
            }
        }
        ElemChild::Markup(m) => out.push_str(&markup.escape(m)),
        ElemChild::Link { text, url } if markup == Markup::Html => {
            out.push_str(&format!("<a href=\"{}\">", html_escape(url)));
            html_text(text, out);
            out.push_str("</a>");
        }
        ElemChild::Link { text, url } => {
            out.push('[');
            md_text(text, out);
            out.push_str("](");
            out.push_str(&url.replace(')', "%29").replace(' ', "%20"));
            out.push(')');
        }
        ElemChild::Transparent { .. } => {}
    }
}

fn html_text(t: &Formatted, out: &mut String) {
    let f = &t.formatting;
    let mut close = Vec::new();
    let mut open = |tag: &'static str, end: &'static str| {
        out.push_str(tag);
        close.push(end);
    };
    if f.font_style == FontStyle::Italic {
        open("<i>", "</i>");
    }
    if f.font_weight == FontWeight::Bold {
        open("<b>", "</b>");
    }
    if f.font_variant == FontVariant::SmallCaps {
        open("<span style=\"font-variant:small-caps;\">", "</span>");
    }
    if f.text_decoration == TextDecoration::Underline {
        open("<u>", "</u>");
    }
    match f.vertical_align {
        VerticalAlign::Sup => open("<sup>", "</sup>"),
        VerticalAlign::Sub => open("<sub>", "</sub>"),
        _ => {}
    }
    out.push_str(&html_escape(&t.text));
    for end in close.iter().rev() {
        out.push_str(end);
    }
}

fn md_text(t: &Formatted, out: &mut String) {
    let body = Markup::Markdown.escape(&t.text);
    let f = &t.formatting;
    let mut marks = String::new();
    if f.font_weight == FontWeight::Bold {
        marks.push_str("**");
    }
    if f.font_style == FontStyle::Italic && !t.text.trim().is_empty() {
        marks.push('*');
    }
    let (open, close) = match f.vertical_align {
        VerticalAlign::Sup => ("<sup>", "</sup>"),
        VerticalAlign::Sub => ("<sub>", "</sub>"),
        _ => ("", ""),
    };
    out.push_str(open);
    if marks.is_empty() || body.trim().is_empty() {
        out.push_str(&body);
    } else {
        // Emphasis must not start or end at white space.
        let lead = &body[..body.len() - body.trim_start().len()];
        let trail = &body[body.trim_end().len()..];
        let rev: String = marks.chars().rev().collect();
        out.push_str(lead);
        out.push_str(&marks);
        out.push_str(body.trim());
        out.push_str(&rev);
        out.push_str(trail);
    }
    out.push_str(close);
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
