//! A trained linear-chain CRF: its labels, the weights of (attribute, label) pairs
//! and of label transitions, Viterbi decoding, and its binary file form.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The file's first bytes.
const MAGIC: &[u8; 8] = b"RCCRF01\n";

/// A hasher for keys that are hashes already.
#[derive(Default, Clone, Copy)]
pub(super) struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// Attribute hash -> the range of its row's weights in `params`.
type AttrIndex = HashMap<u64, (u32, u32), BuildHasherDefault<Prehashed>>;

/// A linear-chain CRF model. Tokens are described by attributes (64-bit hashes of
/// feature strings, see [`attr`](super::attr)); each (attribute, label) pair seen in
/// training has a weight, and so has each label transition.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub(super) labels: Vec<String>,
    /// Attribute hashes, one per row, sorted.
    pub(super) hashes: Vec<u64>,
    /// Row `a`'s weights are `offsets[a]..offsets[a + 1]` of `param_labels`/`weights`.
    pub(super) offsets: Vec<u32>,
    pub(super) param_labels: Vec<u16>,
    pub(super) weights: Vec<f32>,
    /// `transitions[from * labels + to]`.
    pub(super) transitions: Vec<f32>,
    /// The same with each row padded to a multiple of eight labels (what Viterbi
    /// reads).
    padded: Vec<f32>,
    index: AttrIndex,
    /// (label, weight) of every weight, side by side: what tagging reads.
    params: Vec<(u16, f32)>,
}

/// Why a model file could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a refconv CRF model: {0}")]
pub struct ModelError(pub String);

impl Model {
    /// A model from its parts (rows sorted by hash).
    pub(super) fn from_parts(
        labels: Vec<String>,
        hashes: Vec<u64>,
        offsets: Vec<u32>,
        param_labels: Vec<u16>,
        weights: Vec<f32>,
        transitions: Vec<f32>,
    ) -> Model {
        let index =
            hashes.iter().enumerate().map(|(i, h)| (*h, (offsets[i], offsets[i + 1]))).collect();
        let params = param_labels.iter().copied().zip(weights.iter().copied()).collect();
        let n = labels.len();
        let lanes = n.div_ceil(8) * 8;
        let mut padded = vec![0f32; n * lanes];
        for from in 0..n {
            padded[from * lanes..from * lanes + n]
                .copy_from_slice(&transitions[from * n..(from + 1) * n]);
        }
        Model { labels, hashes, offsets, param_labels, weights, transitions, padded, index, params }
    }

    /// The label names, by label id.
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// The id of a label name.
    pub fn label_id(&self, name: &str) -> Option<u16> {
        self.labels.iter().position(|l| l == name).map(|i| i as u16)
    }

    /// How many (attribute, label) weights the model has.
    pub fn weight_count(&self) -> usize {
        self.weights.len()
    }

    /// How many attributes the model knows.
    pub fn attribute_count(&self) -> usize {
        self.hashes.len()
    }

    /// Adds the weights of the attributes `attrs` to `scores` (one per label).
    fn score_token(&self, attrs: &[u64], scores: &mut [f32]) {
        scores.iter_mut().for_each(|s| *s = 0.0);
        for h in attrs {
            if let Some(&(a, b)) = self.index.get(h) {
                for &(label, w) in &self.params[a as usize..b as usize] {
                    scores[label as usize] += w;
                }
            }
        }
    }

    /// The most likely label sequence (Viterbi) for tokens described by their
    /// attribute hashes; empty for no tokens.
    pub fn tag(&self, tokens: &[Vec<u64>]) -> Vec<u16> {
        let n = self.labels.len();
        if tokens.is_empty() || n == 0 {
            return Vec::new();
        }
        let mut score = vec![0f32; n];
        let mut delta = vec![0f32; n];
        let mut next = vec![0f32; n];
        let mut back = vec![0u16; tokens.len() * n];
        self.score_token(&tokens[0], &mut delta);
        let lanes = self.padded.len() / n.max(1);
        for (t, attrs) in tokens.iter().enumerate().skip(1) {
            self.score_token(attrs, &mut score);
            // Eight target labels at a time, in registers, over every source label
            // (rows padded to a multiple of eight): a compare and two selects the
            // compiler vectorises. Strictly greater, so that a tie keeps the first
            // source label with the best score.
            for c in (0..lanes).step_by(8) {
                let mut best = [f32::NEG_INFINITY; 8];
                let mut arg = [0u32; 8];
                for (from, &d) in delta.iter().enumerate() {
                    let row = &self.padded[from * lanes + c..from * lanes + c + 8];
                    for i in 0..8 {
                        let s = d + row[i];
                        let better = s > best[i];
                        best[i] = if better { s } else { best[i] };
                        arg[i] = if better { from as u32 } else { arg[i] };
                    }
                }
                for i in 0..8.min(n - c) {
                    next[c + i] = best[i] + score[c + i];
                    back[t * n + c + i] = arg[i] as u16;
                }
            }
            std::mem::swap(&mut delta, &mut next);
        }
        let mut last = 0u16;
        let mut best = f32::NEG_INFINITY;
        for (l, s) in delta.iter().enumerate() {
            if *s > best {
                best = *s;
                last = l as u16;
            }
        }
        let mut out = vec![0u16; tokens.len()];
        out[tokens.len() - 1] = last;
        for t in (1..tokens.len()).rev() {
            last = back[t * n + last as usize];
            out[t - 1] = last;
        }
        out
    }

    /// The model as bytes (little-endian; see [`Model::from_bytes`]).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(
            64 + self.hashes.len() * 12 + self.weights.len() * 6 + self.transitions.len() * 4,
        );
        out.extend_from_slice(MAGIC);
        put_u32(&mut out, self.labels.len() as u32);
        for l in &self.labels {
            put_u32(&mut out, l.len() as u32);
            out.extend_from_slice(l.as_bytes());
        }
        put_u32(&mut out, self.hashes.len() as u32);
        put_u32(&mut out, self.weights.len() as u32);
        for h in &self.hashes {
            out.extend_from_slice(&h.to_le_bytes());
        }
        for o in &self.offsets {
            put_u32(&mut out, *o);
        }
        for l in &self.param_labels {
            out.extend_from_slice(&l.to_le_bytes());
        }
        for w in self.weights.iter().chain(&self.transitions) {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out
    }

    /// Reads a model written by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(MAGIC.len())? != MAGIC {
            return Err(ModelError("wrong magic bytes".into()));
        }
        let n_labels = r.u32()? as usize;
        if n_labels == 0 || n_labels > u16::MAX as usize {
            return Err(ModelError(format!("{n_labels} labels")));
        }
        let mut labels = Vec::with_capacity(n_labels);
        for _ in 0..n_labels {
            let len = r.u32()? as usize;
            let s = std::str::from_utf8(r.take(len)?)
                .map_err(|_| ModelError("a label is not UTF-8".into()))?;
            labels.push(s.to_string());
        }
        let n_attrs = r.u32()? as usize;
        let n_weights = r.u32()? as usize;
        let need = n_attrs * 8 + (n_attrs + 1) * 4 + n_weights * 6 + n_labels * n_labels * 4;
        if r.bytes.len() - r.at != need {
            return Err(ModelError(format!(
                "{} bytes of weights, {need} expected",
                r.bytes.len() - r.at
            )));
        }
        let hashes: Vec<u64> = (0..n_attrs).map(|_| r.u64()).collect::<Result<_, _>>()?;
        let offsets: Vec<u32> = (0..=n_attrs).map(|_| r.u32()).collect::<Result<_, _>>()?;
        let param_labels: Vec<u16> = (0..n_weights).map(|_| r.u16()).collect::<Result<_, _>>()?;
        let weights: Vec<f32> = (0..n_weights).map(|_| r.f32()).collect::<Result<_, _>>()?;
        let transitions: Vec<f32> =
            (0..n_labels * n_labels).map(|_| r.f32()).collect::<Result<_, _>>()?;
        let offsets_ok = offsets.first() == Some(&0)
            && offsets.windows(2).all(|w| w[0] <= w[1])
            && offsets.last().is_some_and(|o| *o as usize == n_weights);
        if !offsets_ok || param_labels.iter().any(|l| *l as usize >= n_labels) {
            return Err(ModelError("inconsistent weight table".into()));
        }
        Ok(Model::from_parts(labels, hashes, offsets, param_labels, weights, transitions))
    }
}

fn put_u32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self.at.checked_add(n).filter(|e| *e <= self.bytes.len());
        let end = end.ok_or_else(|| ModelError("truncated".into()))?;
        let s = &self.bytes[self.at..end];
        self.at = end;
        Ok(s)
    }
    fn array<const N: usize>(&mut self) -> Result<[u8; N], ModelError> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }
    fn u16(&mut self) -> Result<u16, ModelError> {
        self.array().map(u16::from_le_bytes)
    }
    fn u32(&mut self) -> Result<u32, ModelError> {
        self.array().map(u32::from_le_bytes)
    }
    fn u64(&mut self) -> Result<u64, ModelError> {
        self.array().map(u64::from_le_bytes)
    }
    fn f32(&mut self) -> Result<f32, ModelError> {
        self.array().map(f32::from_le_bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A model of `n` labels and `attrs` attributes with pseudo-random weights
    /// (a fixed linear congruential sequence), rounded so that ties happen.
    fn model(n: usize, attrs: u64, seed: u64) -> Model {
        let mut x = seed;
        let mut next = move || {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            ((x >> 33) % 7) as f32 - 3.0
        };
        let labels = (0..n).map(|i| format!("l{i}")).collect();
        let hashes: Vec<u64> = (0..attrs).collect();
        let mut offsets = vec![0u32];
        let (mut param_labels, mut weights) = (Vec::new(), Vec::new());
        for _ in 0..attrs {
            for l in 0..n {
                param_labels.push(l as u16);
                weights.push(next());
            }
            offsets.push(weights.len() as u32);
        }
        let transitions = (0..n * n).map(|_| next()).collect();
        Model::from_parts(labels, hashes, offsets, param_labels, weights, transitions)
    }

    /// The best sequence by trying every one (the first in order among equals).
    fn exhaustive(m: &Model, tokens: &[Vec<u64>]) -> Vec<u16> {
        let n = m.labels.len();
        let mut scores = vec![vec![0f32; n]; tokens.len()];
        for (t, attrs) in tokens.iter().enumerate() {
            m.score_token(attrs, &mut scores[t]);
        }
        let total = n.pow(tokens.len() as u32);
        let (mut best, mut best_seq) = (f32::NEG_INFINITY, Vec::new());
        for code in 0..total {
            let seq: Vec<u16> =
                (0..tokens.len()).map(|t| (code / n.pow(t as u32) % n) as u16).collect();
            let mut s = scores[0][seq[0] as usize];
            for t in 1..seq.len() {
                s += m.transitions[seq[t - 1] as usize * n + seq[t] as usize];
                s += scores[t][seq[t] as usize];
            }
            if s > best {
                (best, best_seq) = (s, seq);
            }
        }
        best_seq
    }

    fn score_of(m: &Model, tokens: &[Vec<u64>], seq: &[u16]) -> f32 {
        let n = m.labels.len();
        let mut out = 0.0;
        for (t, attrs) in tokens.iter().enumerate() {
            let mut s = vec![0f32; n];
            m.score_token(attrs, &mut s);
            out += s[seq[t] as usize];
            if t > 0 {
                out += m.transitions[seq[t - 1] as usize * n + seq[t] as usize];
            }
        }
        out
    }

    #[test]
    fn viterbi_finds_the_best_sequence_for_any_label_count() {
        for (n, seed) in [(1, 1), (3, 2), (8, 3), (9, 4), (11, 5), (17, 6)] {
            let m = model(n, 6, seed);
            for len in 1..=4usize {
                let tokens: Vec<Vec<u64>> =
                    (0..len).map(|t| vec![t as u64 % 6, (t as u64 * 5 + 1) % 6]).collect();
                let got = m.tag(&tokens);
                let want = exhaustive(&m, &tokens);
                assert_eq!(got.len(), len);
                // Equal scores may be reached by two sequences; the score is what counts.
                assert_eq!(score_of(&m, &tokens, &got), score_of(&m, &tokens, &want), "n={n}");
            }
        }
        assert!(model(5, 2, 9).tag(&[]).is_empty());
    }

    #[test]
    fn the_model_round_trips_through_bytes() {
        let m = model(11, 4, 7);
        assert_eq!(Model::from_bytes(&m.to_bytes()).ok(), Some(m));
    }
}
