//! The helpers the stages build their regular expressions with ([`re`],
//! [`re_lazy`] and the `rx!` macro, which defines a function returning a
//! pattern compiled once), and the year pattern they all use.

use regex::Regex;
use std::sync::OnceLock;

pub(super) fn re(cell: &'static OnceLock<Regex>, pat: &str) -> &'static Regex {
    cell.get_or_init(|| {
        Regex::new(pat).unwrap_or_else(|e| {
            // A pattern of ours that does not compile is a bug: loud in tests,
            // in release builds a pattern that never matches.
            debug_assert!(false, "bad pattern {pat}: {e}");
            Regex::new("$^").unwrap_or_else(|_| unreachable!("`$^` is a valid pattern"))
        })
    })
}

/// [`re`] with a pattern built only the first time.
pub(super) fn re_lazy(
    cell: &'static OnceLock<Regex>,
    pat: impl FnOnce() -> String,
) -> &'static Regex {
    if let Some(r) = cell.get() {
        return r;
    }
    re(cell, &pat())
}

macro_rules! rx {
    ($vis:vis $name:ident, $pat:expr) => {
        $vis fn $name() -> &'static Regex {
            static CELL: OnceLock<Regex> = OnceLock::new();
            re(&CELL, $pat)
        }
    };
}

pub(super) use rx;

rx!(pub(super) year_re, r"\b(1[5-9]\d\d|20\d\d)\b");
