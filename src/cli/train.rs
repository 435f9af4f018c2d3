//! `refconv train`: a reference-parsing model from labelled strings.

use super::args::TrainArgs;
use super::output::write_atomically;
use super::report::Status;
use anyhow::{bail, Context, Result};
use refconv::crf::TrainOptions;
use refconv::formats::text::refs::{read_labelled, train, Labelled};
use std::collections::HashSet;
use std::time::Instant;

fn load(path: &std::path::Path) -> Result<Vec<Labelled>> {
    let src =
        std::fs::read_to_string(path).with_context(|| format!("reading `{}`", path.display()))?;
    read_labelled(&src)
        .map_err(|d| anyhow::anyhow!("{}:{}:{}: {}", path.display(), d.line, d.column, d.message))
}

/// The comparison form of a string for `--exclude`: letters and digits, lower
/// case (a test string in other capitals or punctuation is still left out).
fn key(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Runs `train`.
pub(super) fn train_model(args: TrainArgs) -> Result<Status> {
    if args.inputs.is_empty() {
        bail!("give labelled files (AnyStyle XML or GROBID TEI) to train on");
    }
    let mut excluded = HashSet::new();
    for path in &args.exclude {
        excluded.extend(load(path)?.iter().map(|r| key(&r.text)));
    }
    let mut sets = Vec::new();
    let mut seen = HashSet::new();
    let (mut total, mut dropped, mut repeated) = (0, 0, 0);
    for input in &args.inputs {
        let (path, weight) =
            match input.rsplit_once('=').and_then(|(p, w)| Some((p, w.parse::<f64>().ok()?))) {
                Some((p, w)) => (std::path::PathBuf::from(p), w),
                None => (std::path::PathBuf::from(input), 1.0),
            };
        let refs = load(&path)?;
        let n = refs.len();
        let kept: Vec<Labelled> = refs
            .into_iter()
            .filter(|r| {
                let k = key(&r.text);
                if excluded.contains(&k) {
                    dropped += 1;
                    false
                } else if !seen.insert(r.text.split_whitespace().collect::<Vec<_>>().join(" ")) {
                    // A repeat is the same string; a variant in other capitals or
                    // punctuation (tests/train/augment.py) is more to learn from.
                    repeated += 1;
                    false
                } else {
                    true
                }
            })
            .collect();
        total += kept.len();
        if !args.quiet {
            eprintln!("{}: {n} strings, {} kept (weight {weight})", path.display(), kept.len());
        }
        sets.push((kept, weight));
    }
    if !args.quiet {
        eprintln!("training on {total} strings ({dropped} also in --exclude files and {repeated} repeats left out)");
    }
    let opts = TrainOptions {
        c1: args.c1,
        c2: args.c2,
        min_freq: args.min_freq,
        max_iterations: args.max_iterations,
        ..TrainOptions::default()
    };
    let started = Instant::now();
    let quiet = args.quiet;
    let model = train(&sets, &opts, &mut |p| {
        if !quiet {
            eprintln!(
                "iteration {:>3}: objective {:.2}, {} active weights, {:.0} s",
                p.iteration,
                p.objective,
                p.active,
                started.elapsed().as_secs_f64()
            );
        }
    });
    let bytes = model.to_bytes();
    write_atomically(&args.output, &bytes)?;
    if !quiet {
        eprintln!(
            "{}: {} attributes, {} weights, {} bytes, {:.0} s",
            args.output.display(),
            model.attribute_count(),
            model.weight_count(),
            bytes.len(),
            started.elapsed().as_secs_f64()
        );
    }
    Ok(Status::Ok)
}
