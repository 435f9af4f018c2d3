//! Rendered output: runs of text with their formatting, joined the way CSL
//! processors join them (a period after a period is one period, `?` swallows a
//! following period, punctuation moves inside closing quotes where the locale
//! says so), with text-case transforms and the three markups.

use super::super::markup::Markup;
use hayagriva::citationberg::{
    FontStyle, FontVariant, FontWeight, Formatting, TextCase, TextDecoration, VerticalAlign,
};

/// The formatting of one run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Fmt {
    pub italic: bool,
    pub bold: bool,
    pub small_caps: bool,
    pub underline: bool,
    /// 1 superscript, 2 subscript.
    pub align: u8,
    /// Case transforms leave this run alone (`<span class="nocase">`, a URL).
    pub nocase: bool,
    /// The run is a locale term (`ibid.`, `n.d.`).
    pub term: bool,
    /// The run is a label's term (`fol.`, `ed.`).
    pub label: bool,
    /// The run is the closing mark of a quotation.
    pub closes_quote: bool,
}

impl Fmt {
    /// `f` laid over this formatting.
    pub(crate) fn with(mut self, f: &Formatting) -> Fmt {
        match f.font_style {
            // Italics inside italics flip back to roman.
            Some(FontStyle::Italic) => self.italic = !self.italic,
            Some(FontStyle::Normal) => self.italic = false,
            None => {}
        }
        match f.font_weight {
            Some(FontWeight::Bold) => self.bold = true,
            Some(FontWeight::Normal | FontWeight::Light) => self.bold = false,
            None => {}
        }
        match f.font_variant {
            Some(FontVariant::SmallCaps) => self.small_caps = true,
            Some(FontVariant::Normal) => self.small_caps = false,
            None => {}
        }
        match f.text_decoration {
            Some(TextDecoration::Underline) => self.underline = true,
            Some(TextDecoration::None) => self.underline = false,
            None => {}
        }
        match f.vertical_align {
            Some(VerticalAlign::Sup) => self.align = 1,
            Some(VerticalAlign::Sub) => self.align = 2,
            Some(VerticalAlign::Baseline | VerticalAlign::None) => self.align = 0,
            None => {}
        }
        self
    }
}

/// One run of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Piece {
    pub text: String,
    pub fmt: Fmt,
}

/// Rendered output: runs in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Out(pub Vec<Piece>);

impl Out {
    pub(crate) fn text(s: impl Into<String>) -> Out {
        let s = s.into();
        if s.is_empty() {
            return Out::default();
        }
        Out(vec![Piece { text: s, fmt: Fmt::default() }])
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.iter().all(|p| p.text.is_empty())
    }

    /// The text without formatting.
    pub(crate) fn plain(&self) -> String {
        self.0.iter().map(|p| p.text.as_str()).collect()
    }

    fn last_char(&self) -> Option<char> {
        self.0.iter().rev().find_map(|p| p.text.chars().next_back())
    }

    /// Appends `other`, mending the punctuation where they meet.
    pub(crate) fn append(&mut self, mut other: Out, quote_punct: bool) {
        other.0.retain(|p| !p.text.is_empty());
        let Some(first) = other.0.first_mut() else { return };
        if let Some(prev) = self.last_char() {
            let next = first.text.chars().next().unwrap_or(' ');
            let drop_next = (prev == next && ".,;:".contains(next))
                || ("?!".contains(prev) && next == '.')
                || (prev == ' ' && next == ' ')
                || (".?!".contains(prev) && next == '.');
            if drop_next {
                first.text.remove(0);
            } else if quote_punct && self.ends_in_quote() && (next == '.' || next == ',') {
                // `“Title”.` → `“Title.”`, unless the quoted text already ends
                // in punctuation.
                first.text.remove(0);
                let q = self.0.pop().map(|p| p.text).unwrap_or_default();
                let inner = self.last_char();
                if let Some(last) = self.0.iter_mut().rev().find(|p| !p.text.is_empty()) {
                    // A period after `.`, `?`, `!` goes; a comma stays
                    // (`“Why?,”`); `,` + `.` is a period.
                    match (inner, next) {
                        (Some('.' | '?' | '!'), '.') | (Some(','), ',') => {}
                        (Some(','), '.') => {
                            last.text.pop();
                            last.text.push('.');
                        }
                        _ => last.text.push(next),
                    }
                }
                self.0.push(Piece { text: q, fmt: Fmt { closes_quote: true, ..Fmt::default() } });
            }
        }
        self.0.extend(other.0.into_iter().filter(|p| !p.text.is_empty()));
    }

    /// Whether the output ends with the closing mark of a quotation the style
    /// made (not an apostrophe).
    fn ends_in_quote(&self) -> bool {
        self.0.last().is_some_and(|p| p.fmt.closes_quote && !p.text.is_empty())
    }

    pub(crate) fn push_str(&mut self, s: &str, quote_punct: bool) {
        self.append(Out::text(s), quote_punct);
    }

    /// Lays `f` over every run.
    pub(crate) fn format(&mut self, f: &Formatting) {
        if f.is_empty() {
            return;
        }
        for p in &mut self.0 {
            p.fmt = p.fmt.with(f);
        }
    }

    /// Removes every period.
    pub(crate) fn strip_periods(&mut self) {
        for p in &mut self.0 {
            p.text = p.text.replace('.', "");
        }
    }

    /// Applies a text case; title and sentence case only when `english`.
    pub(crate) fn case(&mut self, case: TextCase, english: bool) {
        match case {
            TextCase::Lowercase => self.map_runs(|s| s.to_lowercase()),
            TextCase::Uppercase => self.map_runs(|s| s.to_uppercase()),
            TextCase::CapitalizeFirst => self.capitalize_first(),
            TextCase::CapitalizeAll => self.map_runs(|s| words_mapped(s, |w, _, _| capitalize(w))),
            TextCase::SentenceCase if english => self.sentence(),
            TextCase::TitleCase if english => self.title(),
            _ => {}
        }
    }

    fn map_runs(&mut self, f: impl Fn(&str) -> String) {
        for p in self.0.iter_mut().filter(|p| !p.fmt.nocase) {
            p.text = f(&p.text);
        }
    }

    fn capitalize_first(&mut self) {
        for p in &mut self.0 {
            if let Some(i) = p.text.find(char::is_alphabetic) {
                if !p.fmt.nocase {
                    let c = p.text[i..].chars().next().unwrap_or(' ');
                    let up: String = c.to_uppercase().collect();
                    p.text.replace_range(i..i + c.len_utf8(), &up);
                }
                return;
            }
        }
    }

    fn sentence(&mut self) {
        let all_upper = !self.plain().chars().any(char::is_lowercase);
        if all_upper {
            self.map_runs(|s| s.to_lowercase());
        }
        self.capitalize_first();
    }

    /// Title case as citeproc-js makes it: each word in lower case gets a
    /// capital (each part of a hyphenated one longer than a letter), except
    /// stop words inside the title; words with capitals (`iPhone`, `NATO`)
    /// and words that open with a digit or a bracket stay as they are.
    fn title(&mut self) {
        let n_words: usize = self.0.iter().map(|p| p.text.split_whitespace().count()).sum();
        let mut index = 0usize;
        let mut opens = true;
        for p in &mut self.0 {
            let nocase = p.fmt.nocase;
            p.text = words_mapped(&p.text, |w, _, _| {
                let i = index;
                index += 1;
                let first = opens;
                opens = w.ends_with([':', '?', '!']);
                if nocase {
                    return w.to_string();
                }
                let lead_len =
                    w.len() - w.trim_start_matches(['“', '‘', '"', '\'', '«', '(', '[']).len();
                let (lead, core) = w.split_at(lead_len);
                let bare = core.trim_end_matches(|c: char| !c.is_alphanumeric());
                let lower = bare.to_lowercase();
                let last = i + 1 == n_words;
                if !first && !last && STOP_WORDS.contains(&lower.as_str()) && bare == lower {
                    return w.to_string();
                }
                if !first && (core.starts_with("d’") || core.starts_with("d'")) {
                    return w.to_string();
                }
                let parts: Vec<String> = core
                    .split('-')
                    .enumerate()
                    .map(|(k, part)| {
                        let letters = part.chars().filter(|c| c.is_alphabetic()).count();
                        let opens_with_letter =
                            part.chars().next().is_some_and(char::is_alphabetic);
                        let all_lower = !part.chars().any(char::is_uppercase);
                        if opens_with_letter && all_lower && (letters > 1 || (first && k == 0)) {
                            capitalize(part)
                        } else {
                            part.to_string()
                        }
                    })
                    .collect();
                format!("{lead}{}", parts.join("-"))
            });
        }
    }

    /// A note that begins with a term prints it with a capital, as citeproc-js
    /// does (`Ibid.`, `(N.d.)`); a label, a name or a title is left as it is.
    pub(crate) fn capitalise_leading_term(&mut self) {
        for p in &mut self.0 {
            if !p.text.chars().any(char::is_alphabetic) {
                continue;
            }
            if p.fmt.term && !p.fmt.label {
                if let Some(i) = p.text.find(char::is_alphabetic) {
                    let c = p.text[i..].chars().next().unwrap_or(' ');
                    let up: String = c.to_uppercase().collect();
                    p.text.replace_range(i..i + c.len_utf8(), &up);
                }
            }
            return;
        }
    }

    /// The runs in a markup.
    pub(crate) fn markup(&self, m: Markup) -> String {
        let mut out = String::new();
        let mut runs: Vec<Piece> = Vec::new();
        for p in &self.0 {
            let same = |a: &Fmt, b: &Fmt| {
                let bare = |f: &Fmt| Fmt {
                    nocase: false,
                    term: false,
                    label: false,
                    closes_quote: false,
                    ..*f
                };
                bare(a) == bare(b)
            };
            match runs.last_mut() {
                Some(last) if same(&last.fmt, &p.fmt) => last.text.push_str(&p.text),
                _ => runs.push(p.clone()),
            }
        }
        for p in &runs {
            match m {
                Markup::Text => out.push_str(&p.text),
                Markup::Html => html(p, &mut out),
                Markup::Markdown => markdown(p, &mut out),
            }
        }
        out
    }
}

/// Words a title case leaves in lower case inside a title (citeproc-js's
/// list: articles, conjunctions, prepositions, name particles).
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "across",
    "afore",
    "after",
    "against",
    "along",
    "alongside",
    "amid",
    "amidst",
    "among",
    "amongst",
    "an",
    "and",
    "anenst",
    "apropos",
    "apud",
    "around",
    "as",
    "aside",
    "astride",
    "at",
    "athwart",
    "atop",
    "barring",
    "before",
    "behind",
    "below",
    "beneath",
    "beside",
    "besides",
    "between",
    "beyond",
    "but",
    "by",
    "c",
    "ca",
    "circa",
    "de",
    "despite",
    "down",
    "during",
    "et",
    "except",
    "for",
    "forenenst",
    "from",
    "given",
    "in",
    "inside",
    "into",
    "lest",
    "like",
    "modulo",
    "near",
    "next",
    "nor",
    "notwithstanding",
    "of",
    "off",
    "on",
    "onto",
    "or",
    "out",
    "over",
    "per",
    "plus",
    "pro",
    "qua",
    "sans",
    "since",
    "so",
    "than",
    "the",
    "through",
    "thru",
    "throughout",
    "thruout",
    "till",
    "to",
    "toward",
    "towards",
    "under",
    "underneath",
    "until",
    "unto",
    "up",
    "upon",
    "v",
    "v.",
    "van",
    "versus",
    "via",
    "vis-à-vis",
    "von",
    "vs",
    "vs.",
    "with",
    "within",
    "without",
    "yet",
];

fn capitalize(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    let mut done = false;
    for c in w.chars() {
        if !done && c.is_alphabetic() {
            out.extend(c.to_uppercase());
            done = true;
        } else {
            out.push(c);
        }
    }
    out
}

/// Maps each white-space separated word of `s` (`f(word, after_sentence, _)`),
/// keeping the white space.
fn words_mapped(s: &str, mut f: impl FnMut(&str, bool, usize) -> String) -> String {
    let mut out = String::with_capacity(s.len());
    let mut word = String::new();
    let mut n = 0;
    for c in s.chars() {
        if c.is_whitespace() {
            if !word.is_empty() {
                out.push_str(&f(&word, false, n));
                n += 1;
                word.clear();
            }
            out.push(c);
        } else {
            word.push(c);
        }
    }
    if !word.is_empty() {
        out.push_str(&f(&word, false, n));
    }
    out
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn html(p: &Piece, out: &mut String) {
    let f = &p.fmt;
    let mut close = Vec::new();
    let mut open = |tag: &'static str, end: &'static str| {
        out.push_str(tag);
        close.push(end);
    };
    if f.italic {
        open("<i>", "</i>");
    }
    if f.bold {
        open("<b>", "</b>");
    }
    if f.small_caps {
        open("<span style=\"font-variant:small-caps;\">", "</span>");
    }
    if f.underline {
        open("<u>", "</u>");
    }
    match f.align {
        1 => open("<sup>", "</sup>"),
        2 => open("<sub>", "</sub>"),
        _ => {}
    }
    out.push_str(&html_escape(&p.text));
    for end in close.iter().rev() {
        out.push_str(end);
    }
}

fn markdown(p: &Piece, out: &mut String) {
    let body = Markup::Markdown.escape(&p.text);
    let f = &p.fmt;
    let mut marks = String::new();
    if f.bold {
        marks.push_str("**");
    }
    if f.italic {
        marks.push('*');
    }
    let (open, close) = match f.align {
        1 => ("<sup>", "</sup>"),
        2 => ("<sub>", "</sub>"),
        _ => ("", ""),
    };
    out.push_str(open);
    if marks.is_empty() || body.trim().is_empty() {
        out.push_str(&body);
    } else {
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

/// A field's value as runs: CSL-JSON's rich text (`<i>`, `<b>`, `<sup>`, `<sub>`,
/// `<span style="font-variant:small-caps;">`, `<span class="nocase">`) becomes
/// formatting; straight quotes and apostrophes become typographic ones.
pub(crate) fn rich(s: &str, quotes: (&str, &str, &str, &str)) -> Out {
    let mut out = Out::default();
    let mut fmt = Fmt::default();
    let mut stack: Vec<Fmt> = Vec::new();
    let mut rest = s;
    let mut buf = String::new();
    let flush = |buf: &mut String, out: &mut Out, fmt: Fmt| {
        if !buf.is_empty() {
            out.0.push(Piece { text: std::mem::take(buf), fmt });
        }
    };
    while let Some(i) = rest.find('<') {
        buf.push_str(&rest[..i]);
        let tail = &rest[i..];
        let Some(j) = tail.find('>') else {
            buf.push('<');
            rest = &tail[1..];
            continue;
        };
        let tag = &tail[1..j];
        let mut next = fmt;
        let known = if let Some(name) = tag.strip_prefix('/') {
            let ok = matches!(name.trim(), "i" | "b" | "sup" | "sub" | "span" | "sc");
            if ok {
                flush(&mut buf, &mut out, fmt);
                fmt = stack.pop().unwrap_or_default();
            }
            ok
        } else {
            let ok = match tag.split_whitespace().next().unwrap_or("") {
                "i" => {
                    next.italic = !next.italic;
                    true
                }
                "b" => {
                    next.bold = true;
                    true
                }
                "sup" => {
                    next.align = 1;
                    true
                }
                "sub" => {
                    next.align = 2;
                    true
                }
                "sc" => {
                    next.small_caps = true;
                    true
                }
                "span" => {
                    if tag.contains("nocase") {
                        next.nocase = true;
                    }
                    if tag.contains("small-caps") {
                        next.small_caps = true;
                    }
                    true
                }
                _ => false,
            };
            if ok {
                flush(&mut buf, &mut out, fmt);
                stack.push(fmt);
                fmt = next;
            }
            ok
        };
        if known {
            rest = &tail[j + 1..];
        } else {
            buf.push('<');
            rest = &tail[1..];
        }
    }
    buf.push_str(rest);
    flush(&mut buf, &mut out, fmt);
    for p in &mut out.0 {
        p.text = typographic(&p.text, quotes);
    }
    out
}

/// Straight quotes as the locale's quotes, an apostrophe as `’`.
fn typographic(s: &str, (open, close, _, _): (&str, &str, &str, &str)) -> String {
    if !s.contains(['"', '\'']) {
        return s.to_string();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() + 4);
    let mut open_double = false;
    let mut open_single = false;
    // A closing single quote: after a non-space, before a non-letter.
    let closes = |j: usize| {
        chars[j] == '\''
            && j > 0
            && !chars[j - 1].is_whitespace()
            && !chars.get(j + 1).is_some_and(|n| n.is_alphanumeric())
    };
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        match c {
            '\'' => {
                let at_start = before.is_none_or(|b| b.is_whitespace() || "([".contains(b));
                let opens = at_start
                    && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric())
                    && (i + 1..chars.len()).any(closes);
                if opens && !open_single && !open_double {
                    // `'quoted'` is a quotation: the outer quotes.
                    out.push_str(open);
                    open_single = true;
                } else if open_single && closes(i) {
                    out.push_str(close);
                    open_single = false;
                } else {
                    out.push('’');
                }
            }
            '"' => {
                let opening = !open_double
                    && (before.is_none()
                        || before.is_some_and(|b| b.is_whitespace() || "([".contains(b)));
                if opening {
                    out.push_str(open);
                    open_double = true;
                } else if open_double {
                    out.push_str(close);
                    open_double = false;
                } else {
                    out.push(c);
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// Quotes `inner` with the outer quotes, turning quotes inside into the inner
/// ones.
pub(crate) fn quoted(mut inner: Out, q: (&str, &str, &str, &str)) -> Out {
    let (open, close, iopen, iclose) = q;
    // Quote pairs inside become inner quotes; a closing mark with no opening
    // one before it is an apostrophe (`girls’ game`) and stays.
    let mut depth = 0usize;
    for p in &mut inner.0 {
        if !(p.text.contains(open) || p.text.contains(close)) {
            continue;
        }
        let mut out = String::with_capacity(p.text.len());
        let mut rest = p.text.as_str();
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix(open) {
                out.push_str(iopen);
                depth += 1;
                rest = r;
            } else if let Some(r) = rest.strip_prefix(close) {
                let letter_next = r.chars().next().is_some_and(char::is_alphabetic);
                if depth > 0 && !letter_next {
                    out.push_str(iclose);
                    depth -= 1;
                } else {
                    out.push_str(close);
                }
                rest = r;
            } else {
                let c = rest.chars().next().unwrap_or(' ');
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
        p.text = out;
    }
    let mut out = Out::text(open);
    out.0.append(&mut inner.0);
    out.0
        .push(Piece { text: close.to_string(), fmt: Fmt { closes_quote: true, ..Fmt::default() } });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_merge_and_punctuation_moves_into_quotes() {
        let mut o = Out::text("Book A.");
        o.push_str(". ", true);
        assert_eq!(o.plain(), "Book A. ");
        let mut o = Out::text("What?");
        o.push_str(".", false);
        assert_eq!(o.plain(), "What?");
        let q = ("“", "”", "‘", "’");
        let mut o = quoted(Out::text("Title"), q);
        o.push_str(", ", true);
        assert_eq!(o.plain(), "“Title,” ");
        let mut o = quoted(Out::text("Title?"), q);
        o.push_str(".", true);
        assert_eq!(o.plain(), "“Title?”");
        let mut o = quoted(Out::text("Why?"), q);
        o.push_str(",", true);
        assert_eq!(o.plain(), "“Why?,”");
        // An apostrophe is not a closing quote.
        let mut o = Out::text("John d’");
        o.push_str(".", true);
        assert_eq!(o.plain(), "John d’.");
    }

    #[test]
    fn title_case_keeps_stop_words_and_capitals() {
        let mut o = Out::text("the history of NATO in the iPhone age: a study");
        o.case(TextCase::TitleCase, true);
        assert_eq!(o.plain(), "The History of NATO in the iPhone Age: A Study");
    }

    #[test]
    fn rich_text_becomes_formatting() {
        let o = rich("A <i>Homo sapiens</i> and \"quotes\" don't", ("“", "”", "‘", "’"));
        assert_eq!(o.plain(), "A Homo sapiens and “quotes” don’t");
        assert!(o.0[1].fmt.italic);
    }
}
