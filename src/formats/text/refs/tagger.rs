//! The trained parser: a reference string tokenised, described by its features,
//! labelled by the CRF, and the labelled parts normalised into an entry; and the
//! training of such a model from labelled strings.

use super::features::features;
use super::labelled::Labelled;
use super::labels::{id, LABELS};
use super::normalise;
use super::parse::parse_rules;
use super::script::is_cyrillic;
use super::tokens::tokenize;
use crate::crf::{self, Example, Model, Progress, TrainOptions};
use crate::model::Entry;
use std::sync::OnceLock;

/// refconv's own reference model (built by `tests/train/build-model.sh` from the
/// labelled data it names), read once.
pub fn default_model() -> Option<&'static Model> {
    static MODEL: OnceLock<Option<Model>> = OnceLock::new();
    MODEL.get_or_init(|| Model::from_bytes(include_bytes!("refs.crf")).ok()).as_ref()
}

/// Whether a reference is printed as GOST or as the transliterated "References"
/// of Russian journals: Cyrillic, `//` hosts, `. – ` areas, `(in Russian)`,
/// `Publ.`.
pub fn gost_like(raw: &str) -> bool {
    is_cyrillic(raw)
        || [
            " // ",
            ". – ",
            ". — ",
            "(in Russian)",
            "(In Russ",
            " Publ.",
            " Publ,",
            "[Elektronnyi resurs]",
        ]
        .iter()
        .any(|m| raw.contains(m))
}

/// Parses one reference with the trained model (which has the hand-written
/// rules' reading among its features); the rules alone when no model is
/// compiled in. The model reads GOST and transliterated references too: trained
/// with real and synthetic GOST strings it was measured better on them than the
/// rules (see docs/refs-accuracy.md); `gost_like` still tells them apart for
/// whoever wants to route them.
///
/// ```
/// use refconv::{formats::text::refs, Var};
/// let e = refs::parse("Smith, J. (1999). A history of things. London: Penguin.");
/// assert_eq!(e.text(Var::Publisher), Some("Penguin"));
/// let e = refs::parse("Иванов И. И. История России. М.: Наука, 2010. 543 с.");
/// assert_eq!(e.text(Var::NumberOfPages), Some("543"));
/// ```
pub fn parse(raw: &str) -> Entry {
    match default_model() {
        Some(m) => parse_with(m, raw),
        None => parse_rules(raw),
    }
}

/// Labels `text` with `model`: its parts, each a run of tokens with one label
/// (from the first token's start to the last one's end).
pub fn label(model: &Model, text: &str) -> Labelled {
    let tokens = tokenize(text);
    let tags = model.tag(&features(text, &tokens));
    let note = id("note").unwrap_or(0);
    let ours: Vec<u16> = model.labels().iter().map(|l| id(l).unwrap_or(note)).collect();
    let mut out = Labelled { text: text.to_string(), spans: Vec::new() };
    for (t, tag) in tokens.iter().zip(tags) {
        let l = ours.get(tag as usize).copied().unwrap_or(note);
        match out.spans.last_mut() {
            Some(last) if last.0 == l => last.2 = t.end,
            _ => out.spans.push((l, t.start, t.end)),
        }
    }
    out
}

/// Parses one reference with `model`.
pub fn parse_with(model: &Model, raw: &str) -> Entry {
    // As a list's references are (`segment.rs`): one string read alone is
    // cleaned the same way, so that both paths read it alike.
    normalise::entry(&label(model, &super::script::clean(raw.trim())))
}

/// Labelled strings as CRF training examples, each counting `weight`.
pub fn examples(refs: &[Labelled], weight: f64) -> Vec<Example> {
    refs.iter()
        .map(|r| {
            let tokens = tokenize(&r.text);
            Example { tokens: features(&r.text, &tokens), labels: r.token_labels(&tokens), weight }
        })
        .filter(|e| !e.labels.is_empty())
        .collect()
}

/// Trains a reference model on labelled strings (each set with its weight).
pub fn train(
    sets: &[(Vec<Labelled>, f64)],
    opts: &TrainOptions,
    progress: &mut dyn FnMut(&Progress),
) -> Model {
    let mut all = Vec::new();
    for (refs, weight) in sets {
        all.extend(examples(refs, *weight));
    }
    let labels = LABELS.iter().map(|l| l.to_string()).collect();
    crf::train(labels, &all, opts, progress)
}

#[cfg(test)]
mod tests {
    use super::super::labelled::read_anystyle;
    use super::*;
    use crate::model::Var;

    #[test]
    fn trains_on_labelled_strings_and_parses_what_it_learned() {
        let xml = r#"<dataset>
<sequence><author>Иванов И. И.</author><title>История России.</title><location>М. :</location><publisher>Наука,</publisher><date>2010.</date></sequence>
<sequence><author>Петров П. П.</author><title>Война и мир.</title><location>Л. :</location><publisher>Прогресс,</publisher><date>1980.</date></sequence>
<sequence><author>Smith, J.</author><title>A history.</title><location>London:</location><publisher>Penguin,</publisher><date>1999.</date></sequence>
</dataset>"#;
        let refs = read_anystyle(xml).unwrap();
        let opts = TrainOptions { c1: 0.0, c2: 0.01, ..TrainOptions::default() };
        let model = train(&[(refs.clone(), 1.0)], &opts, &mut |_| {});
        assert_eq!(label(&model, &refs[0].text), refs[0]);
        let e = parse_with(&model, "Сидоров С. С. Слово о полку. М. : Наука, 1975.");
        assert_eq!(e.text(Var::Publisher), Some("Наука"));
        assert_eq!(e.text(Var::PublisherPlace), Some("М."));
    }
}
