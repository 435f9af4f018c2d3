//! Whole articles as plain text (`article`): text extracted from a PDF, the
//! page's footnotes interleaved with the running text, lines wrapped, blank
//! lines doubled, words hyphenated at line ends.
//!
//! The article is split into body text, footnotes (1..N, each joined across its
//! lines) and, when there is one, the numbered reference list at the end. The
//! footnotes go through the `notes` reader; the running text's bracketed
//! citations ("[1, p. 8]", "[1–6]", "[30, pp. 132–134; 31, emphasis added]")
//! become clusters with note index 0, linked to the numbered entries.

mod body;

use super::notes;
use super::refs;
use crate::diagnostics::{Diagnostic, LineIndex, Span};
use crate::error::Error;
use crate::model::{Citation, CitationItem, Entry, EntryType, Locator, Source, Var};
use crate::options::{Parsed, ReadOptions};
use body::{Event, Furniture};
use serde_json::Value as Json;
use std::collections::{BTreeMap, HashSet};

/// A line of the input with its byte span.
#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    text: &'a str,
    start: usize,
}

/// Headings that open the numbered reference list.
const LIST_HEADINGS: &[&str] = &[
    "references",
    "bibliography",
    "литература",
    "список литературы",
    "список источников и литературы",
    "список источников",
    "источники и литература",
    "библиографический список",
];

/// The parts of an article.
#[derive(Debug, Default)]
pub struct Parts {
    /// The running text, lines joined, de-hyphenated, paragraphs separated by '\n'.
    pub body: String,
    /// Page breaks: (byte offset in `body`, the number of the page that begins).
    pub pages: Vec<(usize, String)>,
    /// Byte offsets in the input of the body's characters, for spans (one per byte of `body`).
    body_map: Vec<usize>,
    /// Footnotes: (number, text, span).
    pub notes: Vec<(u32, String, Span)>,
    /// The numbered list: (number, text, span).
    pub list: Vec<(u32, String, Span)>,
    /// Where the text after the list's heading is (read as an unnumbered list
    /// when no entry of it is numbered).
    pub list_span: Option<Span>,
}

fn footnote_start(line: &str, expected: u32) -> Option<&str> {
    let t = line.trim_start();
    let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() || digits.len() > 3 || digits.parse::<u32>().ok() != Some(expected) {
        return None;
    }
    let rest = &t[digits.len()..];
    if !rest.starts_with([' ', '\t', '\u{a0}']) || rest.trim().is_empty() {
        return None;
    }
    let rest = rest.trim_start();
    // "239 out of 1,013": a number starting a body line is followed by lower case;
    // a note starts with a capital, a bracket, a quote or a digit.
    let first = rest.chars().next()?;
    if first.is_lowercase() {
        return None;
    }
    Some(rest)
}

/// Whether a note's text so far ends a sentence (or a citation).
fn complete(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with(['.', '!', '?', ']', '»', '"', '”', ')'])
        && !t.ends_with(" p.")
        && !t.ends_with(" pp.")
}

/// Joins lines: a hyphen at a line end before a lower-case letter is a word
/// split ("ping-" + "pong" keeps it only when the next word is capitalised).
fn join(parts: &[&str]) -> String {
    join_keeping(parts, &HashSet::new())
}

/// Words printed with a hyphen inside a line ("pre-print"), lower case: a line
/// end after their hyphen keeps it.
fn hyphenated_words(src: &str) -> HashSet<String> {
    src.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| {
            w.split('-').count() >= 2
                && w.split('-').all(|p| !p.is_empty() && p.chars().all(char::is_alphabetic))
        })
        .map(str::to_lowercase)
        .collect()
}

/// Whether the line end between `out` (ending in '-') and `next` is a hyphen of
/// a word printed with one elsewhere.
fn keeps_hyphen(out: &str, next: &str, keep: &HashSet<String>) -> bool {
    if keep.is_empty() {
        return false;
    }
    let head = out.rsplit(char::is_whitespace).next().unwrap_or("");
    let head = head.trim_start_matches(|c: char| !c.is_alphanumeric());
    let tail: String = next.chars().take_while(|c| c.is_alphabetic() || *c == '-').collect();
    keep.contains(&format!("{head}{tail}").to_lowercase())
}

/// [`join`], keeping the hyphens of the words in `keep`.
fn join_keeping(parts: &[&str], keep: &HashSet<String>) -> String {
    let mut out = String::new();
    for p in parts {
        let p = p.trim();
        if p.is_empty() {
            continue;
        }
        if out.is_empty() {
            out.push_str(p);
        } else if out.ends_with('-') && !out.ends_with(" -") && p.starts_with(char::is_lowercase) {
            if !keeps_hyphen(&out, p, keep) {
                out.pop();
            }
            out.push_str(p);
        } else if out.ends_with(['–', '—']) && p.starts_with(|c: char| c.is_ascii_digit()) {
            // "pp. 132–" + "134": a range split over lines.
            out.push_str(p);
        } else {
            out.push(' ');
            out.push_str(p);
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Splits an article into body, footnotes and the numbered list.
pub fn split<'a>(src: &'a str) -> Parts {
    let mut lines: Vec<Line<'a>> = Vec::new();
    let mut off = 0;
    for l in src.split_inclusive('\n') {
        lines.push(Line { text: l.trim_end_matches(['\n', '\r']), start: off });
        off += l.len();
    }
    // The numbered list: after the last heading line that names one.
    let list_at = lines.iter().rposition(|l| {
        let t = l.text.trim().trim_end_matches([':', '.']).to_lowercase();
        LIST_HEADINGS.contains(&t.as_str())
    });
    let body_end = list_at.unwrap_or(lines.len());
    let hyphens = hyphenated_words(src);
    let mut parts = Parts::default();
    let mut in_note = vec![false; lines.len()];
    let mut expected = 1u32;
    let mut i = 0;
    while i < body_end {
        let Some(first) = footnote_start(lines[i].text, expected) else {
            i += 1;
            continue;
        };
        let mut text: Vec<&str> = vec![first];
        in_note[i] = true;
        let start = lines[i].start;
        let mut end = lines[i].start + lines[i].text.len();
        let mut j = i + 1;
        let mut taken = 0;
        loop {
            // Skip blank lines.
            let mut k = j;
            while k < body_end && lines[k].text.trim().is_empty() {
                k += 1;
            }
            if k >= body_end || footnote_start(lines[k].text, expected + 1).is_some() {
                break;
            }
            let blank_before = k > j;
            let next_blank = k + 1 >= body_end
                || lines[k + 1].text.trim().is_empty()
                || footnote_start(lines[k + 1].text, expected + 1).is_some();
            let joined = join(&text);
            let take = |text: &mut Vec<&'a str>, in_note: &mut Vec<bool>, end: &mut usize| {
                text.push(lines[k].text);
                in_note[k] = true;
                *end = lines[k].start + lines[k].text.len();
            };
            if blank_before && (next_blank || !complete(&joined)) {
                // A footnote line stands alone between blank lines; after a blank, an
                // unfinished note goes on.
                take(&mut text, &mut in_note, &mut end);
                j = k + 1;
                if complete(&join(&text)) && !next_blank {
                    break;
                }
                continue;
            }
            // A hanging indent (pdftotext -layout): the note's next line set in
            // further than its first, right after it.
            let hanging = !blank_before
                && lines[k].text.starts_with("  ")
                && !lines[i].text.starts_with(' ')
                && !lines[k].text.trim().is_empty();
            if hanging && taken < 60 {
                take(&mut text, &mut in_note, &mut end);
                taken += 1;
                j = k + 1;
                continue;
            }
            if complete(&joined) || taken >= 60 {
                break;
            }
            // An unfinished note followed by running text (a paragraph of consecutive
            // lines): a page break inside the note; it goes on at the foot of the next
            // page, as a short block just before the next note.
            let paragraph = (k..(k + 3).min(body_end)).all(|x| !lines[x].text.trim().is_empty());
            if paragraph {
                if let Some(next) =
                    (k..body_end).find(|&x| footnote_start(lines[x].text, expected + 1).is_some())
                {
                    let mut b = next;
                    while b > k && lines[b - 1].text.trim().is_empty() {
                        b -= 1;
                    }
                    let block_end = b;
                    while b > k && !lines[b - 1].text.trim().is_empty() {
                        b -= 1;
                    }
                    let mut with = text.clone();
                    with.extend(lines[b..block_end].iter().map(|l| l.text));
                    if b > k && block_end > b && block_end - b <= 3 && complete(&join(&with)) {
                        text = with;
                        for flag in in_note.iter_mut().take(block_end).skip(b) {
                            *flag = true;
                        }
                        end = lines[block_end - 1].start + lines[block_end - 1].text.len();
                        j = next;
                        break;
                    }
                }
            }
            // Lines run together: the note goes on until its sentence ends.
            take(&mut text, &mut in_note, &mut end);
            taken += 1;
            j = k + 1;
        }
        parts.notes.push((expected, join_keeping(&text, &hyphens), Span::new(start, end)));
        expected += 1;
        i = j.max(i + 1);
    }
    // The body: every other line before the list, page furniture aside.
    let texts: Vec<&str> = lines[..body_end].iter().map(|l| l.text).collect();
    let keep: Vec<bool> = in_note[..body_end].iter().map(|n| !n).collect();
    let furniture = body::furniture(&texts, &keep);
    // Page numbers at the pages' feet (the first one after more than a few lines of
    // text): the page that begins after one is the next.
    let first_page = furniture.iter().position(|f| matches!(f, Some(Furniture::Page(_))));
    let footers = first_page
        .is_some_and(|p| lines[..p].iter().filter(|l| !l.text.trim().is_empty()).count() > 15);
    let mut prev: Option<usize> = None;
    let mut page: Option<String> = None;
    if footers {
        if let Some(Some(Furniture::Page(n))) = first_page.map(|p| &furniture[p]) {
            page = Some(n.clone());
        }
    }
    let mut after_heading = false;
    // The usual length of a line of running text: a heading is much shorter.
    let mut widths: Vec<usize> = (0..body_end)
        .filter(|&k| !in_note[k] && furniture[k].is_none() && !lines[k].text.trim().is_empty())
        .map(|k| lines[k].text.trim().chars().count())
        .collect();
    widths.sort_unstable();
    let width = widths.get(widths.len() / 2).copied().unwrap_or(0);
    for (k, l) in lines.iter().enumerate().take(body_end) {
        if in_note[k] || l.text.trim().is_empty() {
            continue;
        }
        match &furniture[k] {
            Some(Furniture::Page(n)) if footers => {
                page = n
                    .parse::<u32>()
                    .map_or_else(|_| Some(n.clone()), |v| Some((v + 1).to_string()));
                continue;
            }
            Some(Furniture::Page(n) | Furniture::Head(Some(n))) => {
                if !footers {
                    page = Some(n.clone());
                }
                continue;
            }
            Some(Furniture::Head(None)) => continue,
            None => {}
        }
        let t = l.text.trim();
        let lead = l.text.len() - l.text.trim_start().len();
        // A new paragraph: after a sentence's end, a line that opens one, set off
        // by a blank line (or notes) or by its indent.
        let gap = prev.is_some_and(|p| p + 1 < k);
        let heading = body::heading(t, width) && (gap || body::ends_sentence(&parts.body));
        let new_paragraph = heading
            || after_heading
            || (body::ends_sentence(&parts.body)
                && body::opens(t)
                && (gap || lead > 0 || l.text.starts_with('\t')));
        after_heading = heading;
        prev = Some(k);
        if !parts.body.is_empty() {
            if new_paragraph {
                parts.body.push('\n');
                parts.body_map.push(l.start);
            } else if parts.body.ends_with('-')
                && !parts.body.ends_with(" -")
                && t.starts_with(char::is_lowercase)
            {
                // A split word, or a word printed with its hyphen ("Commander-in-Chief").
                if !keeps_hyphen(&parts.body, t, &hyphens) {
                    parts.body.pop();
                    parts.body_map.pop();
                }
            } else if !(parts.body.ends_with(['–', '—'])
                && t.starts_with(|c: char| c.is_ascii_digit()))
            {
                parts.body.push(' ');
                parts.body_map.push(l.start);
            }
        }
        if let Some(n) = page.take() {
            parts.pages.push((parts.body.len(), n));
        }
        for (idx, ch) in t.char_indices() {
            for n in 0..ch.len_utf8() {
                parts.body_map.push(l.start + lead + idx + n);
            }
            parts.body.push(ch);
        }
    }
    // The list: "1. ...", "[2] ...", "3) ..." entries, wrapped lines joined.
    if let Some(h) = list_at {
        if let Some(first) = lines.get(h + 1) {
            parts.list_span = Some(Span::new(first.start, src.len()));
        }
        let mut cur: Option<(u32, Vec<&str>, usize, usize)> = None;
        for l in &lines[h + 1..] {
            let t = l.text.trim();
            if t.is_empty() {
                continue;
            }
            let marker = t.trim_start_matches('[');
            let digits: String = marker.chars().take_while(char::is_ascii_digit).collect();
            let after = &marker[digits.len()..];
            let starts = !digits.is_empty()
                && (after.starts_with(". ") || after.starts_with("] ") || after.starts_with(") "));
            let n = digits.parse::<u32>().unwrap_or(0);
            if starts && cur.as_ref().is_none_or(|c| n > c.0) {
                if let Some((num, text, s, e)) = cur.take() {
                    parts.list.push((num, join_keeping(&text, &hyphens), Span::new(s, e)));
                }
                cur = Some((n, vec![after[2..].trim()], l.start, l.start + l.text.len()));
            } else if let Some(c) = cur.as_mut() {
                c.1.push(t);
                c.3 = l.start + l.text.len();
            }
        }
        if let Some((num, text, s, e)) = cur {
            parts.list.push((num, join_keeping(&text, &hyphens), Span::new(s, e)));
        }
    }
    parts
}

/// One item of a bracketed citation: list number, locator, suffix.
type BracketItem = (u32, Option<Locator>, Option<String>);

/// Bracketed citations in the running text: (start, end) in bytes of `body`, and
/// the items.
fn clusters(body: &str) -> Vec<(usize, usize, Vec<BracketItem>)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = body[from..].find('[') {
        let open = from + open;
        let Some(close) = body[open..].find(']').map(|c| open + c) else { break };
        let inner = &body[open + 1..close];
        from = close + 1;
        if !inner.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
            continue; // "[and]": an editorial insertion
        }
        let items = notes::bracket_items(inner);
        if !items.is_empty() {
            out.push((open, close + 1, items));
        }
    }
    out
}

/// The body as paragraphs: the note markers found (in the notes' order) and the
/// bracketed citations (`placed`: start, end, citation id) in place.
/// Also returns where each note's marker stands (byte offset in the body).
fn running_text(
    parts: &Parts,
    placed: &[(usize, usize, String)],
) -> (Vec<crate::model::Paragraph>, BTreeMap<u32, usize>) {
    let numbers: Vec<u32> = parts.notes.iter().map(|n| n.0).collect();
    let skip: Vec<(usize, usize)> = placed.iter().map(|(s, e, _)| (*s, *e)).collect();
    let mut events: Vec<(usize, Event)> = Vec::new();
    let mut anchors = BTreeMap::new();
    for (s, e, n) in body::markers(&parts.body, &numbers, &skip) {
        anchors.insert(n, s);
        events.push((s, Event::Marker(e, n)));
    }
    for (s, e, id) in placed {
        events.push((*s, Event::Citation(*e, id.clone())));
    }
    for (at, n) in &parts.pages {
        events.push((*at, Event::Page(n.clone())));
    }
    (body::paragraphs(&parts.body, events), anchors)
}

/// Reads an article.
///
/// ```
/// use refconv::{read, Format, ReadOptions};
/// let src = "The trial was held [1, p. 8].\n\n1 AVP RF. F. 0146. Op. 30. P. 282. D. 29. L. 317.\n\nReferences\n1. Ivanov I.I. A book. Moscow, 1985.\n";
/// let p = read(Format::Article, src, &ReadOptions::default()).unwrap();
/// assert_eq!(p.library.notes.len(), 1);
/// let in_text = p.library.citations.iter().find(|c| c.note == 0).unwrap();
/// assert_eq!(in_text.items[0].entry, "ref-1");
/// assert_eq!(in_text.items[0].locator.as_ref().unwrap().value, "8");
/// ```
pub fn read(src: &str, opts: &ReadOptions) -> Result<Parsed, Error> {
    let index = LineIndex::new(src);
    let parts = split(src);
    // The footnotes through the notes reader, with their real spans.
    let notes_src: String = parts.notes.iter().map(|(n, t, _)| format!("{n} {t}\n")).collect();
    let mut parsed = notes::read(&notes_src, opts)?;
    let note_index = LineIndex::new(&notes_src);
    let span_of: BTreeMap<u32, Span> = parts.notes.iter().map(|(n, _, s)| (*n, *s)).collect();
    for n in &mut parsed.library.notes {
        if let (Some(src_span), Some(s)) = (span_of.get(&n.number), n.source.as_mut()) {
            s.span = *src_span;
            s.line = index.line_col(src_span.start).0;
        }
    }
    for c in &mut parsed.library.citations {
        if let (Some(src_span), Some(s)) = (span_of.get(&c.note), c.source.as_mut()) {
            s.span = *src_span;
            s.line = index.line_col(src_span.start).0;
        }
    }
    for e in &mut parsed.library.entries {
        if let Some(s) = e.source.as_mut() {
            let note =
                notes_src[..s.span.start.min(notes_src.len())].matches('\n').count() as u32 + 1;
            if let Some(src_span) = parts.notes.get(note as usize - 1).map(|x| x.2) {
                s.span = src_span;
                s.line = index.line_col(src_span.start).0;
            }
        }
    }
    for d in &mut parsed.diagnostics {
        if let Some(src_span) = d.note.and_then(|n| span_of.get(&n)) {
            let (line, column) = index.line_col(src_span.start);
            d.span = Some(*src_span);
            d.line = line;
            d.column = column;
        }
    }
    let _ = note_index;
    // The numbered list: its entries replace the placeholders the notes made.
    let have_list = !parts.list.is_empty();
    for (n, text, span) in &parts.list {
        let id = format!("ref-{n}");
        let source =
            Source { span: *span, line: index.line_col(span.start).0, text: Some(text.clone()) };
        let (mut e, found) = refs::parse_numbered(*n, text, opts.refs_model.as_deref());
        if !found {
            parsed.diagnostics.push(refs::unparsed(*span, &index));
        }
        e.source = Some(source);
        match parsed.library.entries.iter_mut().find(|x| x.id == id) {
            Some(x) => *x = e,
            None => parsed.library.entries.push(e),
        }
    }
    // An unnumbered list after the heading ("Bibliography", alphabetical, hanging
    // indents): read by the refs reader, which finds where each entry starts.
    if let (true, Some(span)) = (parts.list.is_empty(), parts.list_span) {
        let tail = &src[span.start..span.end];
        if !tail.trim().is_empty() {
            let read = refs::read(tail, opts)?;
            let mut taken: std::collections::HashSet<String> =
                parsed.library.entries.iter().map(|e| e.id.clone()).collect();
            for mut e in read.library.entries {
                e.id = crate::model::ids::unique(&e.id, &taken);
                taken.insert(e.id.clone());
                if let Some(s) = e.source.as_mut() {
                    s.span = Span::new(s.span.start + span.start, s.span.end + span.start);
                    s.line = index.line_col(s.span.start).0;
                }
                parsed.library.entries.push(e);
            }
            for d in read.diagnostics {
                // "no numbered references found": the list is unnumbered, as printed.
                if d.message == "no numbered references found" {
                    continue;
                }
                let at = d.span.map(|s| Span::new(s.start + span.start, s.end + span.start));
                parsed.diagnostics.push(match at {
                    Some(at) => d.at(at, &index),
                    None => d,
                });
            }
        }
    }
    // In-text clusters.
    let mut k = 0;
    let mut placed: Vec<(usize, usize, String)> = Vec::new();
    for (start, end, items) in clusters(&parts.body) {
        k += 1;
        placed.push((start, end, format!("text-{k}")));
        let src_start = parts.body_map.get(start).copied().unwrap_or(0);
        let src_end = parts.body_map.get(end.saturating_sub(1)).map_or(src_start, |x| x + 1);
        let span = Span::new(src_start, src_end);
        let mut cit_items = Vec::new();
        for (n, loc, suffix) in items {
            let id = format!("ref-{n}");
            if !parsed.library.entries.iter().any(|e| e.id == id) {
                let mut e = Entry::new(id.clone(), EntryType::Document);
                e.set(Var::CitationNumber, n.to_string());
                e.extra.insert("placeholder".into(), Json::String("numbered-list".into()));
                parsed.library.entries.push(e);
                if have_list {
                    parsed.diagnostics.push(
                        Diagnostic::warning(format!(
                            "[{n}] is cited, but the reference list has no entry {n}"
                        ))
                        .at(span, &index)
                        .code("missing-reference"),
                    );
                }
            } else if have_list && !parts.list.iter().any(|(m, _, _)| *m == n) {
                parsed.diagnostics.push(
                    Diagnostic::warning(format!(
                        "[{n}] is cited, but the reference list has no entry {n}"
                    ))
                    .at(span, &index)
                    .code("missing-reference"),
                );
            }
            let mut item = CitationItem::new(id);
            item.locator = loc;
            item.suffix = suffix;
            cit_items.push(item);
        }
        parsed.library.citations.push(Citation {
            id: format!("text-{k}"),
            note: 0,
            items: cit_items,
            source: Some(Source {
                span,
                line: index.line_col(span.start).0,
                text: Some(parts.body[start..end].to_string()),
            }),
        });
    }
    let (paragraphs, anchors) = running_text(&parts, &placed);
    parsed.library.body = paragraphs;
    // Citations in reading order: a note's where its marker stands, the running
    // text's where they are printed; notes without a marker after them all.
    let at_text: BTreeMap<&str, usize> =
        placed.iter().map(|(s, _, id)| (id.as_str(), *s)).collect();
    let key = |c: &Citation| match c.note {
        0 => (0, at_text.get(c.id.as_str()).copied().unwrap_or(usize::MAX), 0),
        n => anchors.get(&n).map_or((1, 0, n), |at| (0, *at, n)),
    };
    parsed.library.citations.sort_by_key(key);
    if have_list {
        // Footnotes citing numbers the list does not have: one warning per note.
        let listed: std::collections::HashSet<String> =
            parts.list.iter().map(|(n, _, _)| format!("ref-{n}")).collect();
        for c in parsed.library.citations.iter().filter(|c| c.note > 0) {
            let missing: Vec<&str> = c
                .items
                .iter()
                .filter(|i| i.entry.starts_with("ref-") && !listed.contains(&i.entry))
                .map(|i| i.entry.trim_start_matches("ref-"))
                .collect();
            if !missing.is_empty() {
                let mut d = Diagnostic::warning(format!(
                    "note {} cites [{}], which the reference list does not have",
                    c.note,
                    missing.join(", ")
                ))
                .code("missing-reference")
                .note(c.note);
                if let Some(s) = &c.source {
                    d = d.at(s.span, &index);
                }
                parsed.diagnostics.push(d);
            }
        }
    }
    if parts.notes.is_empty() && parsed.library.citations.is_empty() {
        parsed.diagnostics.retain(|d| d.message != "no numbered notes found");
        parsed.diagnostics.push(
            Diagnostic::warning("no footnotes and no bracketed citations found")
                .at(Span::new(0, 0), &index),
        );
    }
    parsed.diagnostics.sort_by_key(|d| d.span.map(|s| s.start));
    Ok(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn footnotes_interleaved_with_body() {
        let src = "Body text runs on here and\nmentions a trial [1, p. 8]. More text\n\n1 Foreign Policy Archive of the Russian Federation (AVP \n\nRF). F. 0146. Op. 30. P. 282. D. 29. L. 317.\n2 For more information, see: [15].\n out of 1,013 convicts had been sentenced [1–6].\n";
        let p = split(src);
        assert_eq!(p.notes.len(), 2);
        assert_eq!(p.notes[0].1, "Foreign Policy Archive of the Russian Federation (AVP RF). F. 0146. Op. 30. P. 282. D. 29. L. 317.");
        assert!(p.body.contains("out of 1,013 convicts"), "{}", p.body);
        assert!(!p.body.contains("AVP"));
        assert_eq!(clusters(&p.body).len(), 2);
    }

    #[test]
    fn a_cluster_split_over_lines() {
        let c = clusters("as ‘War’ [30, pp. 132–134; 31, emphasis added] and [and] more");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].2.len(), 2);
        assert_eq!(c[0].2[0].1.as_ref().unwrap().value, "132–134");
        assert_eq!(c[0].2[1].2.as_deref(), Some("emphasis added"));
    }
}
