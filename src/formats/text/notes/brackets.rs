//! Bracketed references to the numbered list: "[15]", "[16-20]", "[29, pp.
//! 361–364]", "[8, p. 112; 9]", with their locators.

use super::found::Found;
use crate::model::Locator;

/// `[15]`, `[16-20]`, `[29, pp. 361–364]`, `[30, pp. 132–134; 31, emphasis added]`,
/// `[8, p. 112; 9]`, `[12, с. 45]`: (start, end, references) in chars.
pub(super) fn brackets(c: &[char]) -> Vec<(usize, usize, Vec<Found>)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        if c[i] != '[' {
            i += 1;
            continue;
        }
        let Some(close) = c[i..].iter().position(|&x| x == ']').map(|p| i + p) else { break };
        let inner: String = c[i + 1..close].iter().collect();
        if inner.trim_start().starts_with(|x: char| x.is_ascii_digit()) {
            let refs: Vec<Found> = bracket_items(&inner)
                .into_iter()
                .map(|(number, locator, suffix)| Found::CrossRef { number, locator, suffix })
                .collect();
            if !refs.is_empty() {
                out.push((i, close + 1, refs));
            }
        }
        i = close + 1;
    }
    out
}

/// The references in a bracket's text ("30, pp. 132–134; 31, emphasis added",
/// "16–20"): list number, locator and suffix, ranges expanded (the locator and
/// suffix go with the first number of a range).
pub(crate) fn bracket_items(inner: &str) -> Vec<(u32, Option<Locator>, Option<String>)> {
    let mut out = Vec::new();
    for part in inner.split(';') {
        let (head, tail) = match part.split_once(',') {
            Some((h, t)) => (h.trim(), Some(t.trim())),
            None => (part.trim(), None),
        };
        let nums: Vec<u32> = match head.split_once(['-', '–', '—']) {
            Some((a, b)) => match (a.trim().parse::<u32>(), b.trim().parse::<u32>()) {
                (Ok(a), Ok(b)) if a <= b && b - a < 200 => (a..=b).collect(),
                _ => Vec::new(),
            },
            None => head.parse::<u32>().map(|n| vec![n]).unwrap_or_default(),
        };
        let (locator, suffix) = match tail {
            Some(t) => page_locator(t),
            None => (None, None),
        };
        for (i, n) in nums.into_iter().enumerate() {
            out.push((
                n,
                if i == 0 { locator.clone() } else { None },
                if i == 0 { suffix.clone() } else { None },
            ));
        }
    }
    out
}

/// "pp. 361–364" / "p. 112" / "с. 45" / "т. 2, с. 14" / "emphasis added".
pub(crate) fn page_locator(t: &str) -> (Option<Locator>, Option<String>) {
    const PAGE: &[&str] = &["pp.", "p.", "с.", "c.", "s.", "S.", "С.", "стр."];
    const VOLUME: &[&str] = &["vol.", "v.", "т.", "Т.", "Vol."];
    let mut locator = None;
    let mut rest: Vec<String> = Vec::new();
    for piece in t.split(',').map(str::trim) {
        let lab = PAGE.iter().chain(VOLUME).find(|l| {
            piece.starts_with(*l)
                && piece[l.len()..].trim_start().starts_with(|x: char| x.is_ascii_digit())
        });
        match lab {
            Some(l) if locator.is_none() => {
                let label = if PAGE.contains(l) { "page" } else { "volume" };
                locator = Some(Locator {
                    label: label.into(),
                    value: piece[l.len()..].trim().to_string(),
                });
            }
            Some(l)
                if PAGE.contains(l) && locator.as_ref().is_some_and(|v| v.label == "volume") =>
            {
                // "т. 2, с. 14": CSL has one locator per cite, so the volume is the
                // locator and the page follows it as printed; a style then renders
                // "т. 2, с. 14" (ru) or "vol. 2, с. 14" (en), in the printed order.
                if let Some(v) = locator.as_mut() {
                    v.value = format!("{}, {}", v.value, piece);
                }
            }
            _ => rest.push(piece.to_string()),
        }
    }
    let suffix = (!rest.is_empty()).then(|| rest.join(", "));
    (locator, suffix)
}
