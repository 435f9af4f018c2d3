//! BibTeX / BibLaTeX reader.
//!
//! The `biblatex` crate's raw layer tokenises each entry (with spans); we split
//! the file into entries ourselves first, so that one bad entry is reported with
//! its line and column and the rest of the file is still read. Values are
//! decoded by [`super::latex`], names by [`super::names`]; `@string` macros
//! (and the month macros) are expanded, `#` concatenation joined. `crossref`,
//! `xdata` and every field with no model variable are kept in `extra` under
//! their own names, so that bib -> model -> bib loses nothing.

use super::blocks::{read_block, split_blocks, Block, BlockRead};
use crate::diagnostics::{Diagnostic, LineIndex, Span};
use crate::error::Error;
use crate::model::{ids, Entry};
use crate::options::{Parsed, ReadOptions};
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DatePart, EntryType, Value, Var};
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
