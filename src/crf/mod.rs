//! A linear-chain conditional random field: the sequence labeller behind the
//! trained readers of printed text. Tokens are described by attributes — strings
//! such as `w=Moscow` or `shape=Xx.` hashed to 64 bits by [`attr`] — and the model
//! keeps a weight for each (attribute, label) pair seen in training and for each
//! pair of adjacent labels. [`train`] fits the weights (OWL-QN: L1 + L2
//! regularised likelihood, deterministic); [`Model::tag`] labels a sequence
//! (Viterbi). Models are bytes ([`Model::to_bytes`], [`Model::from_bytes`]), so a
//! reader can carry one in the binary.
//!
//! ```
//! use refconv::crf::{attr, train, Example, TrainOptions};
//! // Label numbers (1) apart from words (0).
//! let tok = |s: &str| vec![attr("w", s), attr("digit", &s.chars().all(|c| c.is_ascii_digit()).to_string())];
//! let ex = |words: &[&str]| Example {
//!     tokens: words.iter().map(|w| tok(w)).collect(),
//!     labels: words.iter().map(|w| u16::from(w.chars().all(|c| c.is_ascii_digit()))).collect(),
//!     weight: 1.0,
//! };
//! let data = vec![ex(&["vol", "12", "no", "3"]), ex(&["pages", "45", "to", "67"])];
//! let model = train(vec!["word".into(), "number".into()], &data, &TrainOptions::default(), &mut |_| {});
//! assert_eq!(model.tag(&[tok("issue"), tok("7")]), vec![0, 1]);
//! ```

mod model;
mod owlqn;
mod train;

pub use model::{Model, ModelError};
pub use train::{train, Example, Progress, TrainOptions};

/// The hash of an attribute: a feature name and its value (FNV-1a, 64 bits, so
/// the same on every machine).
pub fn attr(name: &str, value: &str) -> u64 {
    let mut h = Attr::new(name);
    h.push_str(value);
    h.finish()
}

/// An attribute hash built piece by piece (no string allocated).
#[derive(Debug, Clone, Copy)]
pub struct Attr(u64);

impl Attr {
    const PRIME: u64 = 0x0000_0100_0000_01b3;

    /// Starts an attribute named `name`.
    pub fn new(name: &str) -> Attr {
        let mut a = Attr(0xcbf2_9ce4_8422_2325);
        a.push_str(name);
        a.push_byte(0x1f);
        a
    }

    /// Adds a byte.
    pub fn push_byte(&mut self, b: u8) {
        self.0 ^= u64::from(b);
        self.0 = self.0.wrapping_mul(Attr::PRIME);
    }

    /// Adds the bytes of a string.
    pub fn push_str(&mut self, s: &str) {
        for b in s.bytes() {
            self.push_byte(b);
        }
    }

    /// Adds a character.
    pub fn push_char(&mut self, c: char) {
        let mut buf = [0u8; 4];
        self.push_str(c.encode_utf8(&mut buf));
    }

    /// The hash.
    pub fn finish(self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A toy task with label dependencies: B-I-I chunks, where "the" starts a chunk.
    fn toy() -> (Vec<String>, Vec<Example>) {
        let words = ["the", "cat", "sat", "on", "the", "mat", "a", "dog", "the", "end"];
        let gold = [0u16, 1, 2, 2, 0, 1, 2, 2, 0, 1];
        let tokens: Vec<Vec<u64>> = words.iter().map(|w| vec![attr("w", w)]).collect();
        let ex = Example { tokens, labels: gold.to_vec(), weight: 1.0 };
        (vec!["B".into(), "I".into(), "O".into()], vec![ex.clone(), ex])
    }

    #[test]
    fn learns_the_training_data_and_is_deterministic() {
        let (labels, data) = toy();
        let opts = TrainOptions { c1: 0.0, c2: 0.001, ..TrainOptions::default() };
        let m = train(labels.clone(), &data, &opts, &mut |_| {});
        assert_eq!(m.tag(&data[0].tokens), data[0].labels);
        let again = train(labels, &data, &opts, &mut |_| {});
        assert_eq!(m.to_bytes(), again.to_bytes());
    }

    #[test]
    fn l1_makes_weights_zero_and_the_model_round_trips() {
        let (labels, data) = toy();
        let dense = train(
            labels.clone(),
            &data,
            &TrainOptions { c1: 0.0, ..TrainOptions::default() },
            &mut |_| {},
        );
        let sparse =
            train(labels, &data, &TrainOptions { c1: 1.0, ..TrainOptions::default() }, &mut |_| {});
        assert!(sparse.weight_count() < dense.weight_count());
        let bytes = sparse.to_bytes();
        assert_eq!(Model::from_bytes(&bytes).unwrap(), sparse);
        assert!(Model::from_bytes(&bytes[..bytes.len() - 1]).is_err());
        assert!(Model::from_bytes(b"junk").is_err());
    }

    #[test]
    fn the_gradient_is_the_derivative_of_the_objective() {
        use super::owlqn::Objective;
        let (labels, data) = toy();
        let _ = labels;
        let probe = train::probe(&data, 3, 0.01);
        let n = probe.dimension();
        let w: Vec<f64> = (0..n).map(|i| ((i * 7919) % 13) as f64 / 10.0 - 0.6).collect();
        let mut g = vec![0.0; n];
        let f0 = probe.evaluate(&w, &mut g);
        let mut scratch = vec![0.0; n];
        for i in 0..n {
            let mut w2 = w.clone();
            w2[i] += 1e-6;
            let f1 = probe.evaluate(&w2, &mut scratch);
            let numeric = (f1 - f0) / 1e-6;
            assert!(
                (numeric - g[i]).abs() < 1e-3 * (1.0 + g[i].abs()),
                "param {i}: {numeric} vs {}",
                g[i]
            );
        }
    }

    #[test]
    fn attributes_hash_the_same_piece_by_piece() {
        let mut a = Attr::new("w");
        a.push_char('М');
        a.push_str("осква");
        assert_eq!(a.finish(), attr("w", "Москва"));
        assert_ne!(attr("w", "ab"), attr("wa", "b"));
    }
}
