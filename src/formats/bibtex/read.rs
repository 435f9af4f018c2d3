//! BibTeX / BibLaTeX reader.
//!
//! The `biblatex` crate's raw layer tokenises each entry (with spans); we split
//! the file into entries ourselves first, so that one bad entry is reported with
//! its line and column and the rest of the file is still read. Values are
//! decoded by [`super::latex`], names by [`super::names`]; `@string` macros
//! (and the month macros) are expanded, `#` concatenation joined. `crossref`,
//! `xdata` and every field with no model variable are kept in `extra` under
//! their own names, so that bib -> model -> bib loses nothing.

use super::latex::to_text;
use super::names::{parse_name, split_list};
use super::table::{
    entry_type_for, library_text, Dialect, F, FIELDS, LANGS, LIST_FIELDS, MONTHS, TYPES,
    VERBATIM_EXTRA,
};
use crate::diagnostics::{Diagnostic, LineIndex, Span};
use crate::error::Error;
use crate::model::{
    ids, Archival, Archive, Date, DatePart, Entry, EntryType, Level, Source, Text, Unit, Value, Var,
};
use crate::options::{Parsed, ReadOptions};
use biblatex::{RawBibliography, RawChunk};
use serde_json::Value as Json;
use std::collections::{HashMap, HashSet};

/// Reads BibTeX or BibLaTeX.
///
/// ```
/// use refconv::{formats::bibtex, ReadOptions, Var, EntryType};
/// let src = "@string{pr = {Pravda}}\n@article{p50, journal = pr # { daily}, year = 1950, month = feb,\n  title = {The {USSR} and caf\\'e}}\n";
/// let p = bibtex::read(src, &ReadOptions::default()).unwrap();
/// let e = &p.library.entries[0];
/// assert_eq!(e.kind, EntryType::ArticleJournal);
/// assert_eq!(e.text(Var::ContainerTitle), Some("Pravda daily"));
/// assert_eq!(e.text(Var::Title), Some("The <span class=\"nocase\">USSR</span> and café"));
/// ```
pub fn read(src: &str, _opts: &ReadOptions) -> Result<Parsed, Error> {
    let mut whole = Parsed::default();
    drive(src, usize::MAX, &mut |p| {
        whole = p;
        Ok(())
    })?;
    Ok(whole)
}

/// Reads a large file a chunk of about `chunk` entries at a time, handing each chunk
/// (entries and diagnostics, in file order) to `sink` and forgetting it, so that
/// memory holds the input and one chunk, not the whole library. Ids are unique over
/// the whole file, as with [`read`]; the entries and diagnostics are the same. A
/// writer that fills inherited fields in needs [`inheritance_targets`] besides.
pub fn read_chunks(
    src: &str,
    _opts: &ReadOptions,
    chunk: usize,
    sink: &mut dyn FnMut(Parsed) -> Result<(), Error>,
) -> Result<(), Error> {
    drive(src, chunk.max(1), sink)
}

/// The entries named by a `crossref` or `xdata` field anywhere in the file, read
/// with the file's `@string`s.
pub fn inheritance_targets(src: &str) -> Vec<Entry> {
    let mut keys: HashSet<&str> = HashSet::new();
    let lower = src.to_ascii_lowercase();
    for field in ["crossref", "xdata"] {
        let mut from = 0;
        while let Some(at) = lower[from..].find(field) {
            let mut i = from + at + field.len();
            from = i;
            let rest = &src[i..];
            let trimmed = rest.trim_start();
            i += rest.len() - trimmed.len();
            let Some(value) = trimmed.strip_prefix('=') else { continue };
            let value = value.trim_start();
            let Some(open) = value.chars().next().filter(|c| *c == '{' || *c == '"') else {
                continue;
            };
            let close = if open == '{' { '}' } else { '"' };
            if let Some(end) = value[1..].find(close) {
                keys.extend(value[1..1 + end].split(',').map(str::trim).filter(|k| !k.is_empty()));
            }
            from = i.max(from);
        }
    }
    if keys.is_empty() {
        return Vec::new();
    }
    let index = LineIndex::new(src);
    let blocks = split_blocks(src);
    let mut strings: HashMap<String, String> = HashMap::new();
    for b in blocks.iter().filter(|b| b.kind.eq_ignore_ascii_case("string")) {
        strings.extend(read_block(src, &index, b, &strings).abbreviations);
    }
    let mut out = Vec::new();
    for b in &blocks {
        let text = &src[b.start..b.end];
        let key = text.find(['{', '(']).map(|o| &text[o + 1..]).and_then(|t| t.split(',').next());
        if key.is_some_and(|k| keys.contains(k.trim())) {
            out.extend(read_block(src, &index, b, &strings).entries.into_iter().map(|(e, _, _)| e));
        }
    }
    out
}

/// The reading loop of [`read`] and [`read_chunks`]: hands `sink` a `Parsed` every
/// `chunk` entries or so, and the rest at the end.
fn drive(
    src: &str,
    chunk: usize,
    sink: &mut dyn FnMut(Parsed) -> Result<(), Error>,
) -> Result<(), Error> {
    let index = LineIndex::new(src);
    let mut parsed = Parsed::default();
    let mut strings: HashMap<String, String> = HashMap::new();
    let mut taken: HashSet<String> = HashSet::new();
    let blocks = split_blocks(src);
    stray_text(src, &index, &blocks, &mut parsed);
    // A `@string` changes the macros of the blocks after it, so the file is read in
    // runs of blocks between `@string`s; the blocks of a run are converted in
    // parallel and taken in file order, so the result does not depend on the cores.
    let mut run_start = 0;
    for (i, block) in blocks.iter().enumerate() {
        let is_string = block.kind.eq_ignore_ascii_case("string");
        if !is_string && i - run_start < chunk {
            continue;
        }
        read_run(src, &index, &blocks[run_start..i], &strings, &mut taken, &mut parsed);
        run_start = i;
        if is_string {
            let mut read = read_block(src, &index, block, &strings);
            for (k, v) in std::mem::take(&mut read.abbreviations) {
                strings.insert(k, v);
            }
            collect(read, &index, &mut taken, &mut parsed);
            run_start = i + 1;
        }
        if parsed.library.entries.len() >= chunk {
            parsed.diagnostics.sort_by_key(|d| d.span.map(|s| s.start));
            sink(std::mem::take(&mut parsed))?;
        }
    }
    read_run(src, &index, &blocks[run_start..], &strings, &mut taken, &mut parsed);
    parsed.diagnostics.sort_by_key(|d| d.span.map(|s| s.start));
    sink(parsed)
}

/// Text between entries is a comment to BibTeX; but braces or `=` there are almost
/// always a broken entry (`@book{a, title = {T}}}, year = 1999}`): say so, with where.
fn stray_text(src: &str, index: &LineIndex, blocks: &[Block<'_>], parsed: &mut Parsed) {
    let mut at = 0;
    let gaps =
        blocks.iter().map(|b| (b.start, b.end)).chain(std::iter::once((src.len(), src.len())));
    for (start, end) in gaps {
        if let Some(gap) = src.get(at..start) {
            let mut off = at;
            for line in gap.split_inclusive('\n') {
                let body = line.trim();
                let comment = body.starts_with('%')
                    || body.get(..8).is_some_and(|h| h.eq_ignore_ascii_case("@comment"));
                if !body.is_empty() && !comment && body.contains(['{', '}', '=']) {
                    let lead = line.len() - line.trim_start().len();
                    let shown: String = body.chars().take(60).collect();
                    parsed.diagnostics.push(
                        Diagnostic::warning(format!("text outside any entry is ignored: `{shown}`"))
                            .at(Span::new(off + lead, off + lead), index)
                            .hint("a brace too many closes the entry before it early; check the entry above"),
                    );
                }
                off += line.len();
            }
        }
        at = end.max(at);
    }
}

/// What one block gave: diagnostics, macro definitions, entries with their own
/// diagnostics and spans (ids not yet made unique).
#[derive(Default)]
struct BlockRead {
    diags: Vec<Diagnostic>,
    abbreviations: Vec<(String, String)>,
    entries: Vec<(Entry, Vec<Diagnostic>, Span)>,
}

/// Reads a run of blocks that share one macro table, in parallel, in order.
fn read_run(
    src: &str,
    index: &LineIndex,
    blocks: &[Block<'_>],
    strings: &HashMap<String, String>,
    taken: &mut HashSet<String>,
    parsed: &mut Parsed,
) {
    use rayon::prelude::*;
    let reads: Vec<BlockRead> =
        blocks.par_iter().with_min_len(32).map(|b| read_block(src, index, b, strings)).collect();
    for read in reads {
        collect(read, index, taken, parsed);
    }
}

/// Adds a block's entries and diagnostics to the result, making ids unique.
fn collect(read: BlockRead, index: &LineIndex, taken: &mut HashSet<String>, parsed: &mut Parsed) {
    parsed.diagnostics.extend(read.diags);
    for (mut entry, mut diags, span) in read.entries {
        let wanted = entry.id.clone();
        entry.id = ids::unique(&wanted, taken);
        if entry.id != wanted {
            diags.push(
                Diagnostic::warning(format!("duplicate key `{wanted}` renamed to `{}`", entry.id))
                    .at(span, index),
            );
        }
        taken.insert(entry.id.clone());
        for d in &mut diags {
            d.entry.get_or_insert_with(|| entry.id.clone());
        }
        parsed.diagnostics.append(&mut diags);
        parsed.library.entries.push(entry);
    }
}

/// Reads one `@kind{...}` block.
fn read_block(
    src: &str,
    index: &LineIndex,
    block: &Block<'_>,
    strings: &HashMap<String, String>,
) -> BlockRead {
    let mut out = BlockRead::default();
    let text = &src[block.start..block.end];
    if !block.closed {
        out.diags.push(
            Diagnostic::error(format!("`@{}` is not closed", block.kind))
                .at(Span::new(block.start, block.start), index)
                .hint(
                    "a `}` is missing; the entry was skipped and reading went on at the next `@`",
                ),
        );
        return out;
    }
    if block.kind.eq_ignore_ascii_case("comment") {
        return out;
    }
    if block.kind.eq_ignore_ascii_case("preamble") {
        out.diags.push(
            Diagnostic::warning("`@preamble` is not converted")
                .at(Span::new(block.start, block.start), index)
                .hint("LaTeX macros defined there are kept as written in the fields that use them"),
        );
        return out;
    }
    // The crate reads only `@kind{...}`; `@kind(...)` is the same with the
    // delimiters swapped (same length, so spans stay right).
    let owned;
    let text = if block.paren {
        let mut t = text.to_string();
        if let Some(open) = t.find('(') {
            t.replace_range(open..=open, "{");
        }
        if t.ends_with(')') {
            t.pop();
            t.push('}');
        }
        owned = t;
        owned.as_str()
    } else {
        text
    };
    let raw = match RawBibliography::parse(text) {
        Ok(r) => r,
        Err(_) if missing_key(text).is_some() => {
            let at = block.start + missing_key(text).unwrap_or_default();
            out.diags.push(
                Diagnostic::error("the citation key is missing").at(Span::new(at, at), index).hint(
                    "write a key after the brace: `@article{key, ...`; the entry was skipped",
                ),
            );
            return out;
        }
        Err(e) => {
            let at = block.start + e.span.start.min(text.len());
            out.diags.push(
                Diagnostic::error(format!("malformed entry: {}", parse_error_message(&e.kind)))
                    .at(Span::new(at, at), index)
                    .hint(parse_error_hint(&e.kind)),
            );
            return out;
        }
    };
    for pair in &raw.abbreviations {
        let value = resolve(&pair.value.v, strings, &mut Vec::new());
        out.abbreviations.push((pair.key.v.to_ascii_lowercase(), value));
    }
    for spanned in &raw.entries {
        let span = Span::new(block.start + spanned.span.start, block.start + spanned.span.end);
        let mut cx = EntryCx { diags: Vec::new(), index, base: block.start };
        let mut entry = cx.entry(&spanned.v, strings);
        entry.source = Some(Source { span, line: index.line_col(span.start).0, text: None });
        out.entries.push((entry, cx.diags, span));
    }
    out
}

fn parse_error_message(kind: &biblatex::ParseErrorKind) -> String {
    use biblatex::ParseErrorKind as K;
    match kind {
        K::UnexpectedEof => "the entry ends too early".into(),
        K::Expected(t) => format!("expected {t}"),
        K::Unexpected(t) => format!("unexpected {t}"),
        other => other.to_string(),
    }
}

fn parse_error_hint(kind: &biblatex::ParseErrorKind) -> &'static str {
    use biblatex::ParseErrorKind as K;
    match kind {
        K::Expected(biblatex::Token::Comma) => {
            "is the citation key missing, or a comma between two fields?"
        }
        K::Expected(biblatex::Token::Equals) => "each field is `name = {value}`",
        _ => "the entry was skipped; the rest of the file was read",
    }
}

/// One top-level `@kind{...}` or `@kind(...)` block.
struct Block<'s> {
    kind: &'s str,
    start: usize,
    end: usize,
    closed: bool,
    /// Delimited by `(` `)`.
    paren: bool,
}

/// Splits a file into `@` blocks. Text between blocks is comment; a `%` line
/// outside a block is a comment (as biber reads it). An unclosed block ends
/// where a line starts with a new `@kind{`, so one missing brace costs one entry.
fn split_blocks(src: &str) -> Vec<Block<'_>> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'@' => {
                let start = i;
                let mut j = i + 1;
                while j < b.len() && b[j].is_ascii_whitespace() {
                    j += 1;
                }
                let ks = j;
                while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_' || b[j] == b'-')
                {
                    j += 1;
                }
                let kind = &src[ks..j];
                while j < b.len() && b[j].is_ascii_whitespace() {
                    j += 1;
                }
                if kind.is_empty() || j >= b.len() || !(b[j] == b'{' || b[j] == b'(') {
                    i = j.max(i + 1);
                    continue;
                }
                let paren = b[j] == b'(';
                let mut depth = 0i64;
                let mut k = j;
                let mut closed = false;
                let mut at_line_start = false;
                let mut quoted = false;
                while k < b.len() {
                    match b[k] {
                        b'\\' => {
                            // An escape: skip the next byte (none at the end of the file).
                            k += 1;
                            if k >= b.len() {
                                break;
                            }
                        }
                        // In `@kind(...)`, a `)` inside a "quoted value" does not close.
                        b'"' if paren && depth == 1 => quoted = !quoted,
                        b')' if quoted => {}
                        b'{' => depth += 1,
                        b'(' if paren && depth == 0 => depth += 1,
                        b'}' => {
                            depth -= 1;
                            if depth == 0 && !paren {
                                closed = true;
                                k += 1;
                                break;
                            }
                        }
                        b')' if paren && depth == 1 => {
                            closed = true;
                            k += 1;
                            break;
                        }
                        b'@' if at_line_start && k > j && starts_entry(&b[k..]) => break,
                        _ => {}
                    }
                    at_line_start =
                        b[k] == b'\n' || (at_line_start && (b[k] == b' ' || b[k] == b'\t'));
                    k += 1;
                }
                let end = k.min(b.len());
                out.push(Block { kind, start, end, closed, paren });
                i = end;
            }
            _ => i += 1,
        }
    }
    out
}

/// If an entry has no key (`@article{ title = ...`), the offset where the key
/// should be.
fn missing_key(block: &str) -> Option<usize> {
    let open = block.find(['{', '('])? + 1;
    let rest = &block[open..];
    let name_start = open + (rest.len() - rest.trim_start().len());
    let after = &block[name_start..];
    let name_len = after.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))?;
    let next = after[name_len..].trim_start();
    (name_len > 0 && next.starts_with('=')).then_some(name_start)
}

/// Whether `b` starts like an entry: `@name{` or `@name(`.
fn starts_entry(b: &[u8]) -> bool {
    let mut j = 1;
    while j < b.len() && b[j].is_ascii_alphabetic() {
        j += 1;
    }
    j > 1 && j < b.len() && (b[j] == b'{' || b[j] == b'(')
}

/// Joins a raw value's chunks, expanding `@string` and month macros.
fn resolve(
    chunks: &[biblatex::Spanned<RawChunk>],
    strings: &HashMap<String, String>,
    unknown: &mut Vec<String>,
) -> String {
    let mut out = String::new();
    for c in chunks {
        match &c.v {
            RawChunk::Normal(s) => out.push_str(s),
            RawChunk::Abbreviation(a) => {
                let key = a.to_ascii_lowercase();
                if let Some(v) = strings.get(&key) {
                    out.push_str(v);
                } else if let Some(m) = MONTHS.iter().position(|m| *m == key) {
                    out.push_str(&(m + 1).to_string());
                } else {
                    unknown.push(a.to_string());
                    out.push_str(a);
                }
            }
        }
    }
    out
}

/// A field as read: name, raw value, span of the value within the block.
type FieldValue = (String, String, std::ops::Range<usize>);

fn lookup<'v>(values: &'v [FieldValue], name: &str) -> Option<&'v str> {
    values.iter().find(|(k, _, _)| k == name).map(|(_, v, _)| v.as_str())
}

struct EntryCx<'a> {
    diags: Vec<Diagnostic>,
    index: &'a LineIndex<'a>,
    base: usize,
}

impl EntryCx<'_> {
    fn warn(&mut self, span: std::ops::Range<usize>, msg: String) {
        let s = Span::new(self.base + span.start, self.base + span.end);
        self.diags.push(Diagnostic::warning(msg).at(s, self.index));
    }

    fn entry(&mut self, raw: &biblatex::RawEntry, strings: &HashMap<String, String>) -> Entry {
        let bibtype = raw.kind.v.to_ascii_lowercase();
        let kind = TYPES.iter().find(|(n, _)| *n == bibtype).map(|(_, t)| *t);
        let mut e = Entry::new(String::new(), kind.unwrap_or(EntryType::Document));
        if kind.is_none() {
            self.diags.push(
                Diagnostic::info(format!(
                    "entry type `@{}` has no model type; read as `document`",
                    raw.kind.v
                ))
                .at(
                    Span::new(self.base + raw.kind.span.start, self.base + raw.kind.span.end),
                    self.index,
                ),
            );
        }
        // Field values, in source order, decoded lazily per kind.
        let mut values: Vec<FieldValue> = Vec::new();
        for pair in &raw.fields {
            let name = pair.key.v.to_ascii_lowercase();
            let mut unknown = Vec::new();
            let value = collapse_space(&resolve(&pair.value.v, strings, &mut unknown));
            for u in unknown {
                self.warn(
                    pair.value.span.clone(),
                    format!("`{name}`: unknown @string `{u}` kept as text"),
                );
            }
            if values.iter().any(|(n, _, _)| *n == name) {
                self.warn(
                    pair.key.span.clone(),
                    format!("field `{name}` repeated; the second kept as `{name}-2`"),
                );
                values.push((format!("{name}-2"), value, pair.value.span.clone()));
                continue;
            }
            values.push((name, value, pair.value.span.clone()));
        }
        let get = |n: &str| lookup(&values, n);
        let subtype = get("entrysubtype").map(|s| to_text(s, false));
        match (bibtype.as_str(), subtype.as_deref()) {
            ("article", Some("newspaper")) => e.kind = EntryType::ArticleNewspaper,
            ("article", Some("magazine")) => e.kind = EntryType::ArticleMagazine,
            ("misc", Some("archival")) => e.kind = EntryType::Manuscript,
            (_, Some(s)) => {
                e.extra.insert("entrysubtype".into(), Json::String(s.to_string()));
            }
            _ => {}
        }
        // Known fields in table order, so that when two alias the same variable
        // (`location` and `address`) the standard name wins whatever the order.
        let rank = |n: &str| FIELDS.iter().position(|(f, _)| *f == n).unwrap_or(FIELDS.len());
        let mut order: Vec<&FieldValue> = values.iter().collect();
        order.sort_by_cached_key(|(n, _, _)| rank(n));
        for (name, value, span) in order {
            self.field(&mut e, name, value, span.clone());
        }
        self.date(&mut e, get("date"), get("year"), get("month"), get("day"), &values);
        if let Some(sub) = get("subtitle") {
            let sub = to_text(sub, true);
            let title = e.text(Var::Title).unwrap_or("").to_string();
            e.set(
                Var::Title,
                if title.is_empty() { sub.clone() } else { format!("{title}: {sub}") },
            );
            e.extra.insert("subtitle".into(), Json::String(sub));
        }
        self.archival(&mut e, &values);
        e.id = raw.key.v.to_string();
        if !ids::is_safe(&e.id) {
            let safe = ids::sanitize(&e.id);
            self.diags.push(
                Diagnostic::info(format!(
                    "key `{}` is not BibTeX-safe here; written as `{safe}`",
                    e.id
                ))
                .at(
                    Span::new(self.base + raw.key.span.start, self.base + raw.key.span.end),
                    self.index,
                ),
            );
            e.id = safe;
        }
        if e.id.is_empty() {
            e.id = ids::derive(&e);
        }
        // Keep the original type when the writer would not choose it back.
        if entry_type_for(&e, Dialect::Biblatex) != bibtype {
            e.extra.insert("entrytype".into(), Json::String(bibtype));
        }
        e
    }

    fn field(&mut self, e: &mut Entry, name: &str, value: &str, span: std::ops::Range<usize>) {
        if matches!(
            name,
            "date"
                | "year"
                | "month"
                | "day"
                | "subtitle"
                | "entrysubtype"
                | "archive_units"
                | "archive_key"
                | "archive_name"
                | "archive_name_en"
        ) {
            return;
        }
        let Some((_, how)) = FIELDS.iter().find(|(n, _)| *n == name) else {
            // A field named as a CSL variable is ours, written for a variable
            // with no BibTeX home: read it back as that variable.
            if let Some(var) = Var::from_name(name).filter(|_| name != "language") {
                let v = match var.kind() {
                    crate::model::VarKind::Names => {
                        Value::Names(split_list(value).into_iter().map(parse_name).collect())
                    }
                    crate::model::VarKind::Date => Value::Date(bib_date(value)),
                    crate::model::VarKind::List => {
                        Value::List(to_text(value, false).split(", ").map(str::to_string).collect())
                    }
                    _ => Value::Text(Text::plain(to_text(value, true))),
                };
                if let std::collections::btree_map::Entry::Vacant(slot) = e.fields.entry(var) {
                    slot.insert(v);
                    return;
                }
            }
            if VERBATIM_EXTRA.contains(&name) {
                e.extra.insert(name.to_string(), Json::String(unescape_verbatim(value)));
                return;
            }
            let nocase = name.ends_with("title") || name.ends_with("titleaddon");
            let text = to_text(value, nocase);
            e.extra.insert(name.to_string(), Json::String(text.trim_end_matches(' ').to_string()));
            return;
        };
        // Literal lists: "A and B" -> "A; B", a protected "{and}" stays a word.
        let listed;
        let value = if LIST_FIELDS.contains(&name) {
            listed = split_list(value)
                .into_iter()
                .map(|item| item.replace("{and}", "and").replace("{AND}", "AND"))
                .collect::<Vec<_>>()
                .join("; ");
            listed.as_str()
        } else {
            value
        };
        let (var, v) = match *how {
            F::Text(var, nocase) => {
                (var, Value::Text(Text::plain(to_text(value, nocase).trim_end_matches(' '))))
            }
            F::Verbatim(var) => (var, Value::Text(Text::plain(unescape_verbatim(value)))),
            F::Names(var) => {
                let names = split_list(value).into_iter().map(parse_name).collect::<Vec<_>>();
                (var, Value::Names(names))
            }
            F::Date(var) => (var, Value::Date(bib_date(value))),
            F::Number => {
                let var = match e.kind {
                    EntryType::ArticleJournal
                    | EntryType::ArticleMagazine
                    | EntryType::ArticleNewspaper
                    | EntryType::Periodical => Var::Issue,
                    EntryType::Book
                    | EntryType::Chapter
                    | EntryType::PaperConference
                    | EntryType::EntryEncyclopedia
                    | EntryType::Pamphlet => Var::CollectionNumber,
                    _ => Var::Number,
                };
                (var, Value::Text(Text::plain(to_text(value, false))))
            }
            F::Institution => {
                if matches!(e.kind, EntryType::Thesis | EntryType::Report) {
                    (Var::Publisher, Value::Text(Text::plain(to_text(value, false))))
                } else {
                    e.extra.insert(name.to_string(), Json::String(to_text(value, false)));
                    return;
                }
            }
            F::Lang => {
                let v = to_text(value, false);
                match LANGS.iter().find(|(b, _)| b.eq_ignore_ascii_case(v.trim())) {
                    Some((_, tag)) => (Var::Language, Value::Text(Text::plain(*tag))),
                    None => {
                        self.diags.push(
                            Diagnostic::info(format!(
                                "`{name}`: language `{v}` not in the table; kept in extra"
                            ))
                            .at(
                                Span::new(self.base + span.start, self.base + span.end),
                                self.index,
                            ),
                        );
                        e.extra.insert(name.to_string(), Json::String(v));
                        return;
                    }
                }
            }
        };
        if var == Var::ContainerTitle && !e.fields.contains_key(&var) {
            let article = matches!(
                e.kind,
                EntryType::ArticleJournal
                    | EntryType::ArticleMagazine
                    | EntryType::ArticleNewspaper
                    | EntryType::Periodical
            );
            if (name == "booktitle") == article {
                let canonical = if name == "journal" { "journaltitle" } else { name };
                e.extra.insert("container-field".into(), Json::String(canonical.to_string()));
            }
        }
        if e.fields.contains_key(&var) {
            // A second field for the same variable (`journal` and `booktitle`):
            // keep it under its own name.
            let text = match &v {
                Value::Text(t) => Json::String(t.value.clone()),
                _ => Json::String(to_text(value, false)),
            };
            e.extra.insert(name.to_string(), text);
            return;
        }
        e.fields.insert(var, v);
    }

    #[allow(clippy::too_many_arguments)]
    fn date(
        &mut self,
        e: &mut Entry,
        date: Option<&str>,
        year: Option<&str>,
        month: Option<&str>,
        day: Option<&str>,
        values: &[FieldValue],
    ) {
        let span_of = |n: &str| {
            values.iter().find(|(k, _, _)| k == n).map(|(_, _, s)| s.clone()).unwrap_or(0..0)
        };
        if let Some(d) = date {
            let parsed = bib_date(d);
            if parsed.start.is_none() {
                // biblatex reads more than EDTF (times, `1034/`, `199X`): keep it as written.
                e.extra.insert("date".into(), Json::String(unescape_verbatim(d)));
            }
            e.set(Var::Issued, parsed);
            for (n, v) in [("year", year), ("month", month), ("day", day)] {
                if let Some(v) = v {
                    e.extra.insert(n.into(), Json::String(to_text(v, false)));
                }
            }
            return;
        }
        let Some(y) = year else {
            for (n, v) in [("month", month), ("day", day)] {
                if let Some(v) = v {
                    e.extra.insert(n.into(), Json::String(to_text(v, false)));
                }
            }
            return;
        };
        let y = to_text(y, false);
        let Ok(year) = y.trim().parse::<i32>() else {
            e.set(Var::Issued, Date::literal(y.trim()));
            for (n, v) in [("month", month), ("day", day)] {
                if let Some(v) = v {
                    e.extra.insert(n.into(), Json::String(to_text(v, false)));
                }
            }
            return;
        };
        let mut part = DatePart::year(year);
        if let Some(m) = month {
            let m = to_text(m, false);
            match month_number(&m) {
                Some(n) => part.month = Some(n),
                None => {
                    self.warn(
                        span_of("month"),
                        format!("month `{m}` not understood; kept in extra"),
                    );
                    e.extra.insert("month".into(), Json::String(m));
                }
            }
        }
        if let Some(d) = day {
            let d = to_text(d, false);
            match d.trim().parse::<u8>() {
                Ok(n @ 1..=31) if part.month.is_some() => part.day = Some(n),
                _ => {
                    e.extra.insert("day".into(), Json::String(d));
                }
            }
        }
        e.set(Var::Issued, Date::on(part));
    }

    fn archival(&mut self, e: &mut Entry, values: &[FieldValue]) {
        let get = |n: &str| lookup(values, n);
        let Some(units) = get("archive_units") else {
            for k in ["archive_key", "archive_name", "archive_name_en"] {
                if let Some(v) = get(k) {
                    e.extra.insert(k.into(), Json::String(to_text(v, false)));
                }
            }
            return;
        };
        let units: Vec<Unit> = to_text(units, false)
            .split(',')
            .filter_map(|u| {
                let (l, v) = u.split_once('=')?;
                Some(Unit { level: Level::from_name(l.trim()), value: v.trim().to_string() })
            })
            .collect();
        let text = |k: &str| get(k).map(|v| to_text(v, false));
        let a = Archival {
            archive: Archive {
                key: text("archive_key"),
                abbr: e.text(Var::Archive).map(str::to_string),
                name: text("archive_name"),
                name_en: text("archive_name_en"),
                place: e.text(Var::ArchivePlace).map(str::to_string),
            },
            units,
        };
        // Drop what the writer derives from the structure.
        let derived = [
            (Var::Archive, a.archive.abbr.clone()),
            (Var::ArchivePlace, a.archive.place.clone()),
            (Var::ArchiveLocation, Some(a.location())),
            (Var::CallNumber, Some(library_text(&a))),
            (Var::PublisherPlace, a.archive.place.clone()),
        ];
        for (var, v) in derived {
            if v.is_some() && e.text(var) == v.as_deref() {
                e.fields.remove(&var);
            }
        }
        e.archival = Some(a);
    }
}

/// TeX reads any run of white space (line breaks included) as one space.
fn collapse_space(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.trim().chars() {
        if c.is_ascii_whitespace() {
            space = true;
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    out
}

fn month_number(m: &str) -> Option<u8> {
    let t = m.trim().trim_end_matches('.');
    match t.parse::<u8>() {
        Ok(n) => (1..=12).contains(&n).then_some(n),
        Err(_) => crate::model::month_from_name(t),
    }
}

/// A date field: EDTF (whose `~` is "approximate", not a LaTeX tie), else a
/// literal.
fn bib_date(raw: &str) -> Date {
    Date::parse_edtf(&unescape_verbatim(raw))
        .unwrap_or_else(|| Date::literal(to_text(raw, false).trim()))
}

/// Verbatim fields keep their text; only escaped specials are unescaped.
fn unescape_verbatim(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if c == '\\' {
            if let Some(&n) = it.peek() {
                if "_%&#$~".contains(n) {
                    out.push(n);
                    it.next();
                    continue;
                }
            }
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Severity;

    fn read_ok(src: &str) -> Parsed {
        read(src, &ReadOptions::default()).unwrap()
    }

    #[test]
    fn one_bad_entry_does_not_stop_the_file() {
        let src = "@book{a, title = {A}}\n@article{\n  title = {No key},\n}\n@book{c, title = {C}\n@book{d, title = {D}}\n";
        let p = read_ok(src);
        let ids: Vec<&str> = p.library.entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["a", "d"]);
        let errors: Vec<(usize, usize)> = p
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| (d.line, d.column))
            .collect();
        assert_eq!(errors.len(), 2, "{:?}", p.diagnostics);
        assert_eq!(errors[1], (5, 1));
    }

    #[test]
    fn dates_from_date_or_year_month() {
        let p = read_ok("@book{a, year = 1950, month = feb, day = 3}\n@book{b, date = {1950-02-03/1950-02-05}}\n@book{c, year = {cop. 2002}}");
        let d = |i: usize| match p.library.entries[i].get(Var::Issued) {
            Some(Value::Date(d)) => d.clone(),
            other => panic!("{other:?}"),
        };
        assert_eq!(d(0).start, Some(DatePart::ymd(1950, 2, 3)));
        assert_eq!(d(1).end, Some(DatePart::ymd(1950, 2, 5)));
        assert_eq!(d(2).literal.as_deref(), Some("cop. 2002"));
        let p = read_ok("@book{a, date = {2002~}}");
        let Some(Value::Date(d)) = p.library.entries[0].get(Var::Issued) else { panic!() };
        assert!(d.approximate);
    }

    #[test]
    fn unknown_fields_and_types_are_kept() {
        let p =
            read_ok("@customc{k, title = {T}, foo = {B\\'ar}, crossref = {p}, langid = {russian}}");
        let e = &p.library.entries[0];
        assert_eq!(e.kind, EntryType::Document);
        assert_eq!(e.extra["entrytype"], "customc");
        assert_eq!(e.extra["foo"], "Bár");
        assert_eq!(e.extra["crossref"], "p");
        assert_eq!(e.text(Var::Language), Some("ru"));
    }

    #[test]
    fn percent_lines_are_comments() {
        let p = read_ok("%@book{x, title = {X}}\n@book{y, title = {Y}}");
        assert_eq!(p.library.entries.len(), 1);
    }
}
