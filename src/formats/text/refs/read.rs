//! The `refs` reader: a numbered list into entries, and the diagnostics for
//! what could not be read.

use super::merge::merge_script_pair;

use super::segment::segment_with_skipped;
use super::tagger::{parse, parse_with};
use crate::crf::Model;
use crate::diagnostics::{Diagnostic, LineIndex, Span};
use crate::error::Error;
use crate::model::{Entry, Source, Var};
use crate::options::{Parsed, ReadOptions};

/// Reads a numbered reference list. Every numbered reference becomes an
/// entry (one whose parts cannot be found keeps its text as the title, with a
/// warning); a list printed twice, in Cyrillic and in transliteration under the
/// same numbers, is merged into one entry per number.
pub fn read(src: &str, opts: &ReadOptions) -> Result<Parsed, Error> {
    let index = LineIndex::new(src);
    let mut parsed = Parsed::default();
    let (refs, skipped) = segment_with_skipped(src);
    if refs.is_empty() {
        parsed.diagnostics.push(
            Diagnostic::warning("no numbered references found")
                .at(Span::new(0, 0), &index)
                .hint("each reference starts with its number: `1. `, `[2] ` or `3) `"),
        );
    }
    for span in skipped {
        parsed.diagnostics.push(
            Diagnostic::warning("text outside the numbered references is not read")
                .code("refs-unnumbered-text")
                .at(span, &index),
        );
    }
    let mut taken = std::collections::HashSet::new();
    let mut by_number: std::collections::HashMap<u32, usize> = std::collections::HashMap::new();
    let mut expected = None;
    for r in refs {
        let (mut e, found) = parse_numbered(r.number, &r.text, opts.refs_model.as_deref());
        if !r.printed {
            e.fields.remove(&Var::CitationNumber);
        }
        if !found {
            parsed.diagnostics.push(unparsed(r.span, &index));
        }
        e.source =
            Some(Source { span: r.span, line: index.line_col(r.span.start).0, text: Some(r.text) });
        if let Some(&i) = by_number.get(&r.number) {
            let first = &mut parsed.library.entries[i];
            if merge_script_pair(first, &e) {
                continue;
            }
            parsed.diagnostics.push(
                Diagnostic::warning(format!("reference number {} appears twice", r.number))
                    .code("refs-number-repeated")
                    .at(r.span, &index),
            );
        } else if r.printed && expected.is_some_and(|n| r.number != n) {
            parsed.diagnostics.push(
                Diagnostic::warning(format!(
                    "reference {} follows {}: is a reference missing or split?",
                    r.number,
                    expected.unwrap_or(0).saturating_sub(1)
                ))
                .code("refs-numbering-gap")
                .at(r.span, &index),
            );
        }
        expected = Some(r.number + 1);
        e.id = crate::model::ids::unique(&e.id, &taken);
        taken.insert(e.id.clone());
        by_number.entry(r.number).or_insert(parsed.library.entries.len());
        parsed.library.entries.push(e);
    }
    Ok(parsed)
}

/// One numbered reference: its entry (id `ref-N`, `citation-number` N) and
/// whether its parts were found; when not, its text is the entry's title.
pub(crate) fn parse_numbered(number: u32, text: &str, model: Option<&Model>) -> (Entry, bool) {
    let mut e = match model {
        Some(m) => parse_with(m, text),
        None => parse(text),
    };
    e.id = format!("ref-{number}");
    e.set(Var::CitationNumber, number.to_string());
    // Found: something that names the work and something that places it.
    let has = |vars: &[Var]| vars.iter().any(|v| e.get(*v).is_some());
    // A newspaper's issue is named by the newspaper alone (`Правда. 1950. 3 февраля.`).
    let named = has(&[Var::Title, Var::Author, Var::Editor])
        || has(&[Var::ContainerTitle]) && has(&[Var::Issued]);
    // A footnote's short reference places a work by its volume or page alone
    // (`R. de Lespinasse, Le Nivernois et les comtes de Nevers, t. I, p. 174.`).
    let short_note = has(&[Var::Title])
        && has(&[Var::Author, Var::Editor])
        && has(&[Var::Volume, Var::Page, Var::PublisherPlace, Var::Edition]);
    let found = named
        && (short_note
            || has(&[Var::Issued, Var::ContainerTitle, Var::Publisher, Var::Url, Var::Doi]));
    if !found {
        e.fields.remove(&Var::Title);
        e.set(Var::Title, text.to_string());
    }
    (e, found)
}

/// The warning for a reference whose parts could not be found.
pub(crate) fn unparsed(span: Span, index: &LineIndex) -> Diagnostic {
    Diagnostic::warning("could not find the parts of this reference; its text is kept as the title")
        .code("refs-unparsed")
        .at(span, index)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Var;

    #[test]
    fn a_short_footnote_reference_without_a_date_is_found() {
        let text = "R. de Lespinasse, Le Nivernois et les comtes de Nevers, t. I, p. 174.";
        let (e, found) = parse_numbered(3, text, None);
        assert!(found, "{e:?}");
        assert_ne!(e.text(Var::Title), Some(text));
    }

    #[test]
    fn odd_input_gives_entries_or_warnings_never_a_panic() {
        let odd = [
            "",
            "1.",
            "1. ",
            "[1] “",
            "2) «»",
            "1. In: ",
            "1. // ",
            "1. / / //",
            "1. С. ١٢٣–٤",
            "1. Smith, J. (2001). “",
            "1. A, B, C, D. E: F, 1999",
            "1. Иванов И.И. [и др.]",
            "1. pp. 1–",
            "1. 2010, 10, 1082",
            "1. «Стрельба»: . // . – . – С.",
        ];
        for src in odd {
            let p = read(src, &ReadOptions::default()).unwrap_or_default();
            let numbered = usize::from(src.starts_with(['1', '2', '[']) && src.len() > 2);
            assert_eq!(p.library.entries.len(), numbered, "{src:?}");
        }
        // Every char boundary of a real reference.
        let r = "5. Печатнов В.О. От союза – к вражде // Холодная война / отв. ред. Н.И. Егорова. М.: ОЛМА-ПРЕСС, 2003. С. 21–152.";
        for (i, _) in r.char_indices() {
            let _ = read(&r[..i], &ReadOptions::default());
        }
    }

    #[test]
    fn unparseable_text_is_kept_with_a_warning() {
        let p = read("1. Там же, passim\n", &ReadOptions::default()).unwrap();
        assert_eq!(p.library.entries[0].text(Var::Title), Some("Там же, passim"));
        assert_eq!(p.diagnostics[0].code.as_deref(), Some("refs-unparsed"));
    }
}
