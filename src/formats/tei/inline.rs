//! Citation markup inside printed text (a footnote, a citation in the running
//! text): `<bibl>` around each citation as printed, with `<orgName>`, `<idno>`,
//! `<title>`, `<seg>` and `<citedRange>` around its parts where they stand, linked
//! to its entry by `@corresp` and to its citation by `@n`. The markup adds no
//! text: the string value stays the text as printed. A citation that cannot be
//! found in the text is written as an empty `<bibl>` at the end (its locator
//! as an empty `<citedRange>`), so nothing is lost.

use super::xml::{attr, escape_part, range, xml_id};
use crate::model::{Citation, CitationItem, Entry, EntryType, Var};
use std::collections::HashMap;
use std::fmt::Write as _;

/// Markup around `text[start..end]`, or (`raw`) an element written whole at `start`.
#[derive(Debug, Clone)]
pub(super) struct Mark {
    start: usize,
    end: usize,
    open: String,
    close: &'static str,
    raw: bool,
}

impl Mark {
    /// Whether this is a citation's `<bibl>`.
    pub(super) fn is_bibl(&self) -> bool {
        self.open.starts_with("<bibl ")
    }

    /// Whether the mark spans the whole of `text`.
    pub(super) fn covers(&self, text: &str) -> bool {
        self.start == 0 && self.end == text.len() && !self.raw
    }

    pub(super) fn new(start: usize, end: usize, open: String, close: &'static str) -> Mark {
        Mark { start, end, open, close, raw: false }
    }

    /// An element written whole at `at`.
    pub(super) fn raw(at: usize, xml: String) -> Mark {
        Mark { start: at, end: at, open: xml, close: "", raw: true }
    }

    /// The same mark `by` bytes further on.
    pub(super) fn shifted(mut self, by: usize) -> Mark {
        self.start += by;
        self.end += by;
        self
    }
}

/// The text folded for matching: lower case, Cyrillic in Latin letters, dashes
/// as '-', white space left out; `at[i]`/`end[i]`: the bytes of the text that
/// folded char `i` comes from.
struct Folded {
    chars: Vec<char>,
    at: Vec<usize>,
    end: Vec<usize>,
}

fn fold_char(c: char, mut push: impl FnMut(char)) {
    if c.is_whitespace() {
        return;
    }
    if matches!(c, '–' | '—' | '‑' | '‐' | '−') {
        return push('-');
    }
    if let Some(t) = crate::model::ids::translit(c) {
        t.chars().flat_map(char::to_lowercase).for_each(&mut push);
        return;
    }
    c.to_lowercase().for_each(push);
}

fn fold(text: &str) -> Folded {
    let mut f = Folded { chars: Vec::new(), at: Vec::new(), end: Vec::new() };
    for (i, c) in text.char_indices() {
        fold_char(c, |x| {
            f.chars.push(x);
            f.at.push(i);
            f.end.push(i + c.len_utf8());
        });
    }
    f
}

fn fold_str(s: &str) -> Vec<char> {
    let mut out = Vec::new();
    s.chars().for_each(|c| fold_char(c, |x| out.push(x)));
    out
}

impl Folded {
    /// The first match of `needle` (folded) within bytes `from..until` of `text`,
    /// on word boundaries: (start, end) in bytes.
    fn find(&self, text: &str, needle: &str, from: usize, until: usize) -> Option<(usize, usize)> {
        let n = fold_str(needle);
        if n.is_empty() {
            return None;
        }
        let first = self.at.partition_point(|&a| a < from);
        (first..self.chars.len())
            .take_while(|&i| i + n.len() <= self.chars.len() && self.end[i + n.len() - 1] <= until)
            .filter(|&i| self.chars[i..i + n.len()] == n[..])
            .map(|i| (self.at[i], self.end[i + n.len() - 1]))
            .find(|&(s, e)| bounded(text, s, e))
    }
}

/// Whether `text[s..e]` stands alone: no letter or digit glued to it on the
/// side where the match itself has one.
fn bounded(text: &str, s: usize, e: usize) -> bool {
    let inner_first = text[s..e].chars().next().is_some_and(char::is_alphanumeric);
    let inner_last = text[s..e].chars().next_back().is_some_and(char::is_alphanumeric);
    let before = text[..s].chars().next_back().is_some_and(char::is_alphanumeric);
    let after = text[e..].chars().next().is_some_and(char::is_alphanumeric);
    !((inner_first && before) || (inner_last && after))
}

/// The number a numbered-list entry is cited by ("[15]").
fn list_number(id: &str, index: &HashMap<&str, &Entry>) -> Option<u32> {
    index
        .get(id)
        .and_then(|e| e.text(Var::CitationNumber))
        .or_else(|| id.strip_prefix("ref-"))
        .and_then(|n| n.trim().parse().ok())
}

/// The words that open an ibid.
const IBID: [&str; 8] =
    ["ibid", "там же", "tam zhe", "ebd", "ebenda", "там само", "tamże", "op. cit"];

/// The marks of the citations of one text (a note, or a citation in the body).
pub(super) fn marks(text: &str, cits: &[&Citation], index: &HashMap<&str, &Entry>) -> Vec<Mark> {
    let f = fold(text);
    let mut out = Vec::new();
    let mut cursor = 0;
    for c in cits {
        let mut i = 0;
        while i < c.items.len() {
            let item = &c.items[i];
            // A run of items the numbered list has: the brackets of the text.
            if list_number(&item.entry, index).is_some() {
                let run: Vec<&CitationItem> = c.items[i..]
                    .iter()
                    .take_while(|it| list_number(&it.entry, index).is_some())
                    .collect();
                let (used, at) = brackets(text, &f, &c.id, &run, index, cursor, &mut out);
                if used > 0 {
                    cursor = at;
                    i += used;
                    continue;
                }
            }
            let entry = index.get(item.entry.as_str()).copied();
            // The next item's first unit (an archive printed after both is the last's).
            let next = c.items.get(i + 1).and_then(|n| index.get(n.entry.as_str())).and_then(|e| {
                e.archival.as_ref().and_then(|a| a.units.first()).map(|u| u.value.as_str())
            });
            match entry.and_then(|e| one(text, &f, &c.id, item, e, cursor, next)) {
                Some((ms, end)) => {
                    out.extend(ms);
                    cursor = end;
                }
                None => out.push(unplaced(text.len(), &c.id, item)),
            }
            i += 1;
        }
    }
    out
}

/// `<bibl n=".." corresp="#a #b">` (open).
fn bibl_open(cid: &str, entries: &[&str]) -> String {
    let targets: Vec<String> = entries.iter().map(|e| format!("#{}", xml_id(e))).collect();
    format!("<bibl n=\"{}\" corresp=\"{}\">", attr(cid), attr(&targets.join(" ")))
}

/// A locator the printed text does not show: an empty `<citedRange>`.
fn unprinted_range(item: &CitationItem) -> String {
    cited_range(item, "").map_or_else(String::new, |open| open + "</citedRange>")
}

/// A prefix or suffix that the printed text does not show where expected: an
/// empty `<seg>` holding it in `@n`, inside the `<bibl>`.
fn unprinted(kind: &str, v: &str) -> String {
    format!("<seg type=\"{kind}\" n=\"{}\"/>", attr(v))
}

/// Marks a prefix just before `s` and a suffix just after `e` (they widen the
/// citation); what is not printed there goes into the `<bibl>`'s opening.
fn affixes(
    text: &str,
    it: &CitationItem,
    (s, e): (usize, usize),
    floor: usize,
    inner: &mut Vec<Mark>,
    extra: &mut String,
) -> (usize, usize) {
    let (mut s, mut e) = (s, e);
    if let Some(p) = &it.prefix {
        match text[floor..s].rfind(p.as_str()).map(|i| floor + i) {
            Some(i) if text[i + p.len()..s].trim().len() <= 2 => {
                inner.push(Mark::new(i, i + p.len(), "<seg type=\"prefix\">".into(), "</seg>"));
                s = i;
            }
            _ => extra.push_str(&unprinted("prefix", p)),
        }
    }
    if let Some(x) = &it.suffix {
        match text[e..].find(x.as_str()).map(|i| e + i) {
            Some(i) if text[e..i].trim_matches([',', ' ', ';', '.']).is_empty() => {
                inner.push(Mark::new(i, i + x.len(), "<seg type=\"suffix\">".into(), "</seg>"));
                e = i + x.len();
            }
            _ => extra.push_str(&unprinted("suffix", x)),
        }
    }
    (s, e)
}

/// `<citedRange>` for a locator printed as `printed`.
fn cited_range(item: &CitationItem, printed: &str) -> Option<String> {
    let loc = item.locator.as_ref()?;
    let mut open = format!("<citedRange unit=\"{}\"", attr(&loc.label));
    if let Some((from, to)) = range(&loc.value) {
        let _ = write!(open, " from=\"{}\" to=\"{}\"", attr(&from), attr(&to));
    }
    if printed != loc.value {
        let _ = write!(open, " n=\"{}\"", attr(&loc.value));
    }
    open.push('>');
    Some(open)
}

/// A citation not found in the text: an empty `<bibl>` (and `<citedRange>`).
fn unplaced(at: usize, cid: &str, item: &CitationItem) -> Mark {
    let mut x = bibl_open(cid, &[&item.entry]);
    x.push_str(&unprinted_range(item));
    for (kind, v) in [("prefix", &item.prefix), ("suffix", &item.suffix)] {
        if let Some(v) = v {
            x.push_str(&unprinted(kind, v));
        }
    }
    x.push_str("</bibl>");
    Mark::raw(at, x)
}

/// Bracketed citations of numbered-list entries: "[15]", "[16-20]", "[30, pp.
/// 132–134; 31, emphasis added]". Returns how many items of `run` were placed and
/// the byte after the last bracket used.
fn brackets(
    text: &str,
    f: &Folded,
    cid: &str,
    run: &[&CitationItem],
    index: &HashMap<&str, &Entry>,
    from: usize,
    out: &mut Vec<Mark>,
) -> (usize, usize) {
    let mut used = 0;
    let mut at = from;
    let mut search = from;
    while used < run.len() {
        let Some(open) = text[search..].find('[').map(|o| search + o) else { break };
        let Some(close) = text[open..].find(']').map(|c| open + c) else { break };
        search = close + 1;
        let inner = &text[open + 1..close];
        if !inner.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        // The segments: (start, end) in bytes, trimmed.
        let mut segs = Vec::new();
        let mut s = open + 1;
        for part in inner.split(';') {
            let lead = part.len() - part.trim_start().len();
            let end = part.trim_end().len();
            // An empty segment ("[1; ; 2]", "[1;]") marks nothing.
            if end > lead {
                segs.push((s + lead, s + end));
            }
            s += part.len() + 1;
        }
        let single = segs.len() == 1;
        for (ss, se) in segs {
            let seg = &text[ss..se];
            let a: String = seg.chars().take_while(char::is_ascii_digit).collect();
            let Ok(a) = a.parse::<u32>() else { continue };
            let rest = &seg[a.to_string().len()..];
            let b = rest
                .strip_prefix(['-', '–', '—'])
                .map(|r| r.chars().take_while(char::is_ascii_digit).collect::<String>())
                .and_then(|d| d.parse::<u32>().ok())
                .filter(|b| *b > a)
                .unwrap_or(a);
            let mut taken: Vec<&CitationItem> = Vec::new();
            while let Some(it) = run.get(used + taken.len()) {
                match list_number(&it.entry, index) {
                    Some(n) if n >= a && n <= b && taken.len() as u32 <= b - a => taken.push(it),
                    _ => break,
                }
            }
            if taken.is_empty() {
                continue;
            }
            used += taken.len();
            let (bs, be) = if single { (open, close + 1) } else { (ss, se) };
            let ids: Vec<&str> = taken.iter().map(|t| t.entry.as_str()).collect();
            let mut bibl = Mark::new(bs, be, bibl_open(cid, &ids), "</bibl>");
            if let [it] = taken.as_slice() {
                bibl.open.push_str(&parts_in(text, f, it, (ss, ss + a.to_string().len(), se), out));
            }
            out.push(bibl);
            at = close + 1;
        }
    }
    (used, at)
}

/// The locator, prefix and suffix of an item in a bracket's segment (`start`,
/// the byte after its number, `until`); returns the empty `<seg>`s of what is not
/// printed there.
fn parts_in(
    text: &str,
    f: &Folded,
    it: &CitationItem,
    (start, from, until): (usize, usize, usize),
    out: &mut Vec<Mark>,
) -> String {
    let mut extra = String::new();
    let mut after = from;
    if let Some(loc) = &it.locator {
        match f.find(text, &loc.value, from, until) {
            Some((s, e)) => {
                if let Some(open) = cited_range(it, &text[s..e]) {
                    out.push(Mark::new(s, e, open, "</citedRange>"));
                    after = e;
                }
            }
            None => extra.push_str(&unprinted_range(it)),
        }
    }
    if let Some(p) = &it.prefix {
        match text[start..from].find(p.as_str()) {
            Some(i) => out.push(Mark::new(
                start + i,
                start + i + p.len(),
                "<seg type=\"prefix\">".into(),
                "</seg>",
            )),
            None => extra.push_str(&unprinted("prefix", p)),
        }
    }
    if let Some(sfx) = &it.suffix {
        match text[after..until].find(sfx.as_str()).map(|s| after + s) {
            Some(s) => {
                out.push(Mark::new(s, s + sfx.len(), "<seg type=\"suffix\">".into(), "</seg>"))
            }
            None => extra.push_str(&unprinted("suffix", sfx)),
        }
    }
    extra
}

/// One item cited by its entry's own data (an archival file, a newspaper issue,
/// a work with its text as printed): the marks and the byte after them.
fn one(
    text: &str,
    f: &Folded,
    cid: &str,
    item: &CitationItem,
    e: &Entry,
    cursor: usize,
    next: Option<&str>,
) -> Option<(Vec<Mark>, usize)> {
    let mut inner: Vec<Mark> = Vec::new();
    // An ibid opening the citation ("Ibid. L. 14.", "Там же. Л. 5").
    let lower = text[cursor..].to_lowercase();
    let word = |i: usize| !lower[..i].chars().next_back().is_some_and(char::is_alphabetic);
    let ibid = IBID
        .iter()
        .filter_map(|w| lower.find(w).filter(|i| word(*i)).map(|i| (i, w.len())))
        .filter(|_| lower.len() == text.len() - cursor)
        .min()
        .map(|(i, n)| (cursor + i, cursor + i + n));
    let mut start: Option<usize> = ibid.map(|i| i.0);
    let mut end: Option<usize> = ibid.map(|i| i.1);
    let mut pos = ibid.map_or(cursor, |i| i.1);
    if let Some(a) = &e.archival {
        // The archive: its name (as printed before its abbreviation), its abbreviation.
        let names = [
            a.archive.abbr.as_deref(),
            a.archive.key.as_deref(),
            a.archive.name.as_deref(),
            a.archive.name_en.as_deref(),
        ];
        let found = names
            .iter()
            .flatten()
            .filter_map(|n| f.find(text, n, cursor, text.len()))
            .min_by_key(|m| m.0);
        // An archive named before the ibid word: the citation is not an ibid.
        if let (Some((s, _)), Some((i, _))) = (found, ibid) {
            if s < i {
                (start, end, pos) = (None, None, cursor);
            }
        }
        // Several files before one archive (Chicago order: "…/1134, …/1138 in
        // Department of State Central Decimal Files, Archives II"): the archive
        // is the last file's, when the next item's file is printed before it.
        let later = |s: usize| next.is_some_and(|v| f.find(text, v, pos, s).is_some());
        let found = found.filter(|m| m.0 >= pos && !later(m.0));
        if let Some((s, mut en)) = found {
            let mut s = s;
            for name in
                [a.archive.name.as_deref(), a.archive.name_en.as_deref()].into_iter().flatten()
            {
                if let Some((ns, ne)) = f.find(text, name, pos, text.len()) {
                    if ns < s && s <= ne + 4 {
                        s = ns;
                    }
                }
            }
            if text[en..].starts_with(')') && text[s..en].contains('(') {
                en += 1;
            } else if let Some(close) =
                text[en..].strip_prefix(" (").and_then(|r| r.find(')').filter(|c| *c <= 24))
            {
                // "Full Name (ABBR)".
                en += 2 + close + 1;
            }
            inner.push(Mark::new(s, en, "<orgName>".into(), "</orgName>"));
            start = Some(start.map_or(s, |x| x.min(s)));
            pos = en;
            end = Some(en);
        }
        // The units in order, each near the one before.
        let mut units: Vec<(usize, usize, String)> = Vec::new();
        for u in &a.units {
            let limit = if units.is_empty() && start.is_none() {
                text.len()
            } else {
                (pos + 60).min(text.len())
            };
            if let Some((s, en)) = f.find(text, &u.value, pos, limit) {
                units.push((s, en, u.level.name().to_string()));
                pos = en;
            }
        }
        // The locator after the last unit; units matched where the locator stands
        // ("Ibid. L. 2." when the opis is 2) are given up.
        let anchor = end.unwrap_or(cursor);
        let printed =
            item.locator.as_ref().filter(|l| f.find(text, &l.value, anchor, text.len()).is_some());
        if let Some(loc) = printed {
            loop {
                let after = units.last().map_or(anchor, |u| u.1);
                if let Some((s, en)) = f.find(text, &loc.value, after, text.len()) {
                    if let Some(open) = cited_range(item, &text[s..en]) {
                        inner.push(Mark::new(s, en, open, "</citedRange>"));
                        start = Some(start.map_or(s, |x| x.min(s)));
                        end = Some(end.map_or(en, |x| x.max(en)));
                    }
                    break;
                }
                if units.pop().is_none() {
                    break;
                }
            }
        }
        // Units printed in another order (Chicago's smallest first: "M77, Roll 68,
        // Record Group 59, National Archives"): each one not found yet, anywhere in
        // the citation, when it cannot be taken for a number of the text.
        if units.len() < a.units.len() && start.is_some() {
            let stop = end.unwrap_or(text.len());
            let (lo, hi) = (cursor, text[stop..].find(';').map_or(text.len(), |i| stop + i));
            for u in &a.units {
                let name = u.level.name().to_string();
                if units.iter().any(|x| x.2 == name)
                    || u.value.chars().filter(char::is_ascii_digit).count() < 2
                {
                    continue;
                }
                let taken = |s: usize, e: usize| {
                    units.iter().any(|x| s < x.1 && x.0 < e)
                        || inner.iter().any(|m| s < m.end && m.start < e)
                };
                if let Some((s, en)) =
                    f.find(text, &u.value, lo, hi).filter(|(s, e)| !taken(*s, *e))
                {
                    units.push((s, en, name));
                }
            }
            units.sort_by_key(|u| u.0);
        }
        for (s, en, level) in units {
            inner.push(Mark::new(s, en, format!("<idno type=\"{}\">", attr(&level)), "</idno>"));
            start = Some(start.map_or(s, |x| x.min(s)));
            end = Some(end.map_or(en, |x| x.max(en)));
        }
    } else {
        // A newspaper or a work: its title (or the text it was read from).
        let newspaper = e.kind == EntryType::ArticleNewspaper;
        let title =
            newspaper.then(|| e.text(Var::ContainerTitle)).flatten().or_else(|| e.text(Var::Title));
        let title_at = || title.and_then(|t| f.find(text, t, cursor, text.len()));
        let source =
            e.source.as_ref().and_then(|s| s.text.as_deref()).filter(|t| text.contains(*t));
        // A newspaper's source is the whole note it was read from: its title and
        // clause mark it, so that a second issue in the note is marked too.
        let whole_note = newspaper && source.is_some_and(|t| t.len() == text.len());
        let title_in_note = if whole_note { title_at() } else { None };
        let printed = source.filter(|_| title_in_note.is_none());
        if let Some(p) = printed {
            let s = text[cursor..].find(p).map(|i| cursor + i)?;
            start = Some(start.map_or(s, |x| x.min(s)));
            end = Some(s + p.len());
            pos = s;
            if let Some((ts, te)) = title.and_then(|t| f.find(text, t, s, s + p.len())) {
                let open = if newspaper { "<title level=\"j\">" } else { "<title>" };
                inner.push(Mark::new(ts, te, open.into(), "</title>"));
                pos = te;
            }
        } else if let Some((s, en)) = title_in_note.or_else(title_at) {
            let open = if newspaper { "<title level=\"j\">" } else { "<title>" };
            inner.push(Mark::new(s, en, open.into(), "</title>"));
            start = Some(start.map_or(s, |x| x.min(s)));
            pos = en;
            // To the end of the clause: a semicolon, the parenthesis the
            // citation stands in, or the end of the sentence (so that a second
            // issue later in the note is marked too).
            let stop = clause_end(text, en);
            end = Some(text[..stop].trim_end().len().max(en));
        }
        if let Some(loc) = &item.locator {
            if let Some((s, en)) = f.find(text, &loc.value, pos, text.len()) {
                if let Some(open) = cited_range(item, &text[s..en]) {
                    inner.push(Mark::new(s, en, open, "</citedRange>"));
                    end = Some(end.map_or(en, |x| x.max(en)));
                }
            }
        }
    }
    let (s, en) = (start?, end?);
    if en <= s {
        return None;
    }
    let mut extra = String::new();
    if !inner.iter().any(|m| m.open.starts_with("<citedRange")) {
        // A locator the text does not print (an ibid repeating the one before).
        extra.push_str(&unprinted_range(item));
    }
    let (s, mut en) = affixes(text, item, (s, en), cursor, &mut inner, &mut extra);
    if text[en..].starts_with('.') {
        en += 1;
    }
    let mut all = vec![Mark::new(s, en, bibl_open(cid, &[&item.entry]) + &extra, "</bibl>")];
    inner.sort_by_key(|m| m.start);
    // Parts that would cross each other are dropped (the markup must nest).
    let mut last = s;
    for m in inner {
        if m.start >= last && m.end <= en {
            last = m.end;
            all.push(m);
        }
    }
    Some((all, en))
}

/// The end of the clause that begins before `from`: the first `;`, unmatched
/// `)` or sentence end (". " before a capital) after it, else the text's end.
fn clause_end(text: &str, from: usize) -> usize {
    let mut depth = 0i32;
    let rest = &text[from..];
    for (i, ch) in rest.char_indices() {
        match ch {
            '(' => depth += 1,
            ')' if depth == 0 => return from + i,
            ')' => depth -= 1,
            ';' if depth == 0 => return from + i,
            // (Not before a month: "Pravda. 1950. February 3.")
            '.' if depth == 0
                && rest[i + 1..].starts_with(' ')
                && rest[i + 2..].starts_with(char::is_uppercase)
                && crate::model::month_from_name(
                    rest[i + 2..].split([' ', '.', ',']).next().unwrap_or(""),
                )
                .is_none() =>
            {
                return from + i;
            }
            _ => {}
        }
    }
    text.len()
}

/// Writes `text` with `marks` around its parts.
pub(super) fn render(x: &mut String, text: &str, mut marks: Vec<Mark>) {
    // By start; at one place, whole elements first, then the widest.
    marks.sort_by(|a, b| a.start.cmp(&b.start).then(b.raw.cmp(&a.raw)).then(b.end.cmp(&a.end)));
    let mut pos = 0;
    let mut stack: Vec<(usize, &'static str)> = Vec::new();
    for m in marks {
        while let Some(&(end, close)) = stack.last() {
            if end > m.start {
                break;
            }
            x.push_str(&escape_part(text, pos, end));
            x.push_str(close);
            pos = end;
            stack.pop();
        }
        x.push_str(&escape_part(text, pos, m.start));
        pos = m.start;
        x.push_str(&m.open);
        if !m.raw {
            stack.push((m.end, m.close));
        }
    }
    while let Some((end, close)) = stack.pop() {
        x.push_str(&escape_part(text, pos, end));
        x.push_str(close);
        pos = end;
    }
    x.push_str(&escape_part(text, pos, text.len()));
}
