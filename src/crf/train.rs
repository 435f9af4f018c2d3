//! Training: the negative log-likelihood of the labelled sequences and its gradient
//! by forward-backward, minimised with OWL-QN (L-BFGS with an L1 term, Andrew & Gao
//! 2007) and an L2 term — the objective CRFsuite and Wapiti minimise. Deterministic:
//! the same examples and options give the same model bit for bit, whatever the
//! number of threads (the gradient is summed over fixed chunks in a fixed order).

use super::model::Model;
use super::owlqn::{minimise, Objective, Status};
use rayon::prelude::*;
use std::collections::HashMap;

/// One labelled sequence: each token's attribute hashes, its label, and how much
/// the sequence counts (1.0 for a real string; less for synthetic ones, say).
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    /// Attribute hashes of each token.
    pub tokens: Vec<Vec<u64>>,
    /// The label id of each token.
    pub labels: Vec<u16>,
    /// The weight of the sequence in the objective.
    pub weight: f64,
}

/// How to train.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// L1 coefficient: weights that do not earn their keep become exactly zero (a
    /// smaller model).
    pub c1: f64,
    /// L2 coefficient.
    pub c2: f64,
    /// Attributes seen fewer times than this are dropped.
    pub min_freq: u32,
    /// At most this many iterations.
    pub max_iterations: usize,
    /// Stop when the objective improved by less than this fraction over `period`
    /// iterations.
    pub epsilon: f64,
    /// See `epsilon`.
    pub period: usize,
    /// How many corrections L-BFGS keeps.
    pub memory: usize,
}

impl Default for TrainOptions {
    fn default() -> TrainOptions {
        TrainOptions {
            c1: 0.1,
            c2: 0.01,
            min_freq: 1,
            max_iterations: 300,
            epsilon: 1e-5,
            period: 10,
            memory: 6,
        }
    }
}

/// One iteration of training, for progress reports.
#[derive(Debug, Clone, Copy)]
pub struct Progress {
    /// The iteration (from 1).
    pub iteration: usize,
    /// The objective (negative log-likelihood plus regularisation).
    pub objective: f64,
    /// Weights that are not zero.
    pub active: usize,
    /// Evaluations of the objective so far.
    pub evaluations: usize,
}

/// The chunks the gradient is summed over (fixed, so the sum does not depend on
/// the number of threads).
const CHUNKS: usize = 16;

/// The examples as the objective sees them: attribute rows instead of hashes.
struct Data {
    labels: usize,
    /// Per example: its tokens' rows (flattened, with token bounds) and labels.
    examples: Vec<Seq>,
    /// Row `a`'s parameters are `offsets[a]..offsets[a + 1]`, one per label seen
    /// with it, labels ascending.
    offsets: Vec<u32>,
    param_labels: Vec<u16>,
    /// Parameters: the (row, label) weights, then the `labels × labels` transitions.
    n_params: usize,
    /// Empirical counts of every parameter.
    empirical: Vec<f64>,
    c2: f64,
}

struct Seq {
    rows: Vec<u32>,
    bounds: Vec<u32>,
    labels: Vec<u16>,
    weight: f64,
}

impl Seq {
    fn token(&self, t: usize) -> &[u32] {
        &self.rows[self.bounds[t] as usize..self.bounds[t + 1] as usize]
    }
}

/// The examples as the objective needs them, and the attribute hash of each row.
fn prepare(examples: &[Example], n_labels: usize, min_freq: u32, c2: f64) -> (Vec<u64>, Data) {
    // Attributes: counted, rare ones dropped, rows in hash order (deterministic).
    let mut freq: HashMap<u64, u32> = HashMap::new();
    for ex in examples {
        for tok in &ex.tokens {
            for h in tok {
                *freq.entry(*h).or_default() += 1;
            }
        }
    }
    let mut hashes: Vec<u64> =
        freq.into_iter().filter(|(_, n)| *n >= min_freq).map(|(h, _)| h).collect();
    hashes.sort_unstable();
    let row_of: HashMap<u64, u32> =
        hashes.iter().enumerate().map(|(i, h)| (*h, i as u32)).collect();
    // The labels seen with each row become its parameters.
    let mut pairs: Vec<(u32, u16)> = Vec::new();
    let mut seqs = Vec::with_capacity(examples.len());
    for ex in examples {
        let mut rows = Vec::new();
        let mut bounds = vec![0u32];
        for (tok, label) in ex.tokens.iter().zip(&ex.labels) {
            let start = rows.len();
            rows.extend(tok.iter().filter_map(|h| row_of.get(h).copied()));
            rows[start..].sort_unstable();
            // The same attribute twice on a token counts twice, as it would in the
            // model; keep duplicates.
            pairs.extend(rows[start..].iter().map(|r| (*r, *label)));
            bounds.push(rows.len() as u32);
        }
        seqs.push(Seq { rows, bounds, labels: ex.labels.clone(), weight: ex.weight });
    }
    pairs.sort_unstable();
    pairs.dedup();
    let mut offsets = vec![0u32; hashes.len() + 1];
    for (r, _) in &pairs {
        offsets[*r as usize + 1] += 1;
    }
    for i in 1..offsets.len() {
        offsets[i] += offsets[i - 1];
    }
    let param_labels: Vec<u16> = pairs.iter().map(|(_, l)| *l).collect();
    drop(pairs);
    let n_state = param_labels.len();
    let n_params = n_state + n_labels * n_labels;
    let mut data = Data {
        labels: n_labels,
        examples: seqs,
        offsets,
        param_labels,
        n_params,
        empirical: vec![0.0; n_params],
        c2,
    };
    let mut empirical = vec![0.0; n_params];
    for seq in &data.examples {
        for t in 0..seq.labels.len() {
            let y = seq.labels[t];
            for r in seq.token(t) {
                if let Some(k) = data.param(*r, y) {
                    empirical[k] += seq.weight;
                }
            }
            if t > 0 {
                empirical[n_state + seq.labels[t - 1] as usize * n_labels + y as usize] +=
                    seq.weight;
            }
        }
    }
    data.empirical = empirical;

    (hashes, data)
}

/// The objective of `examples` (for checking the gradient).
#[cfg(test)]
pub(super) fn probe(examples: &[Example], n_labels: usize, c2: f64) -> impl Objective {
    prepare(examples, n_labels, 1, c2).1
}

/// Trains a model for `labels` on `examples`; `progress` hears of every iteration.
pub fn train(
    labels: Vec<String>,
    examples: &[Example],
    opts: &TrainOptions,
    progress: &mut dyn FnMut(&Progress),
) -> Model {
    let (hashes, data) = prepare(examples, labels.len(), opts.min_freq, opts.c2);
    let n_state = data.param_labels.len();
    let n_params = data.n_params;
    let mut w = vec![0.0f64; n_params];
    let mut report = |s: &Status| {
        progress(&Progress {
            iteration: s.iteration,
            objective: s.objective,
            active: s.active,
            evaluations: s.evaluations,
        })
    };
    minimise(
        &data,
        &mut w,
        opts.c1,
        opts.memory,
        opts.max_iterations,
        opts.epsilon,
        opts.period,
        &mut report,
    );

    // Keep the weights that are not zero.
    let mut keep_hashes = Vec::new();
    let mut keep_offsets = vec![0u32];
    let mut keep_labels = Vec::new();
    let mut keep_weights = Vec::new();
    for (row, h) in hashes.iter().enumerate() {
        let (a, b) = (data.offsets[row] as usize, data.offsets[row + 1] as usize);
        let before = keep_weights.len();
        for (l, x) in data.param_labels[a..b].iter().zip(&w[a..b]) {
            if *x != 0.0 {
                keep_labels.push(*l);
                keep_weights.push(*x as f32);
            }
        }
        if keep_weights.len() > before {
            keep_hashes.push(*h);
            keep_offsets.push(keep_weights.len() as u32);
        }
    }
    let transitions = w[n_state..].iter().map(|x| *x as f32).collect();
    Model::from_parts(labels, keep_hashes, keep_offsets, keep_labels, keep_weights, transitions)
}

impl Data {
    /// The parameter of (row, label), if that pair was seen in training.
    fn param(&self, row: u32, label: u16) -> Option<usize> {
        let (a, b) = (self.offsets[row as usize] as usize, self.offsets[row as usize + 1] as usize);
        self.param_labels[a..b].binary_search(&label).ok().map(|i| a + i)
    }

    /// Negative log-likelihood of one chunk of sequences, and its model
    /// expectations added to `grad`.
    fn chunk(&self, w: &[f64], seqs: &[Seq], grad: &mut [f64]) -> f64 {
        let n = self.labels;
        let n_state = self.param_labels.len();
        let trans = &w[n_state..];
        let texp: Vec<f64> = trans.iter().map(|x| x.exp()).collect();
        let mut loss = 0.0;
        let (mut phi, mut alpha, mut beta, mut scale, mut score) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for seq in seqs {
            let len = seq.labels.len();
            if len == 0 {
                continue;
            }
            score.clear();
            score.resize(len * n, 0.0f64);
            for t in 0..len {
                let s = &mut score[t * n..(t + 1) * n];
                for r in seq.token(t) {
                    let (a, b) = (
                        self.offsets[*r as usize] as usize,
                        self.offsets[*r as usize + 1] as usize,
                    );
                    for (l, x) in self.param_labels[a..b].iter().zip(&w[a..b]) {
                        s[*l as usize] += x;
                    }
                }
            }
            // Potentials, each position scaled by its largest score.
            phi.clear();
            phi.resize(len * n, 0.0f64);
            let mut log_max = 0.0;
            for t in 0..len {
                let s = &score[t * n..(t + 1) * n];
                let m = s.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                log_max += m;
                for l in 0..n {
                    phi[t * n + l] = (s[l] - m).exp();
                }
            }
            // Forward, normalised at every position.
            alpha.clear();
            alpha.resize(len * n, 0.0f64);
            scale.clear();
            scale.resize(len, 0.0f64);
            for t in 0..len {
                for j in 0..n {
                    let inflow = if t == 0 {
                        1.0
                    } else {
                        let prev = &alpha[(t - 1) * n..t * n];
                        (0..n).map(|i| prev[i] * texp[i * n + j]).sum()
                    };
                    alpha[t * n + j] = inflow * phi[t * n + j];
                }
                let c: f64 = alpha[t * n..(t + 1) * n].iter().sum();
                let c = if c > 0.0 { c } else { f64::MIN_POSITIVE };
                scale[t] = c;
                alpha[t * n..(t + 1) * n].iter_mut().for_each(|a| *a /= c);
            }
            // Backward, with the same scales.
            beta.clear();
            beta.resize(len * n, 0.0f64);
            beta[(len - 1) * n..].iter_mut().for_each(|b| *b = 1.0);
            for t in (0..len - 1).rev() {
                for i in 0..n {
                    let mut s = 0.0;
                    for j in 0..n {
                        s += texp[i * n + j] * phi[(t + 1) * n + j] * beta[(t + 1) * n + j];
                    }
                    beta[t * n + i] = s / scale[t + 1];
                }
            }
            let log_z = log_max + scale.iter().map(|c| c.ln()).sum::<f64>();
            let mut gold = 0.0;
            for t in 0..len {
                let y = seq.labels[t] as usize;
                gold += score[t * n + y];
                if t > 0 {
                    gold += trans[seq.labels[t - 1] as usize * n + y];
                }
            }
            loss += seq.weight * (log_z - gold);
            // Expectations.
            for t in 0..len {
                for r in seq.token(t) {
                    let (a, b) = (
                        self.offsets[*r as usize] as usize,
                        self.offsets[*r as usize + 1] as usize,
                    );
                    for (l, g) in self.param_labels[a..b].iter().zip(&mut grad[a..b]) {
                        let l = *l as usize;
                        *g += seq.weight * alpha[t * n + l] * beta[t * n + l];
                    }
                }
                if t > 0 {
                    for i in 0..n {
                        let ai = alpha[(t - 1) * n + i];
                        if ai == 0.0 {
                            continue;
                        }
                        for j in 0..n {
                            grad[n_state + i * n + j] += seq.weight
                                * ai
                                * texp[i * n + j]
                                * phi[t * n + j]
                                * beta[t * n + j]
                                / scale[t];
                        }
                    }
                }
            }
        }
        loss
    }
}

impl Objective for Data {
    fn dimension(&self) -> usize {
        self.n_params
    }

    fn evaluate(&self, w: &[f64], grad: &mut [f64]) -> f64 {
        let per = self.examples.len().div_ceil(CHUNKS).max(1);
        let parts: Vec<(f64, Vec<f64>)> = self
            .examples
            .par_chunks(per)
            .map(|seqs| {
                let mut g = vec![0.0; self.n_params];
                let loss = self.chunk(w, seqs, &mut g);
                (loss, g)
            })
            .collect();
        grad.iter_mut().zip(&self.empirical).for_each(|(g, e)| *g = -e);
        let mut loss = 0.0;
        for (l, g) in &parts {
            loss += l;
            grad.iter_mut().zip(g).for_each(|(a, b)| *a += b);
        }
        if self.c2 > 0.0 {
            for (g, x) in grad.iter_mut().zip(w) {
                loss += self.c2 * x * x;
                *g += 2.0 * self.c2 * x;
            }
        }
        loss
    }
}
