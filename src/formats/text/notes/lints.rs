//! Lints across notes: one path under two archives, short forms of fuller
//! citations, garbled citations the document can explain.

use super::archival::Cited;
use super::entries::Cx;
use super::found::ArchiveRef;
use super::registry::fold;
use super::segment::RawNote;
use crate::diagnostics::Diagnostic;
use crate::model::{Level, Locator};
use std::collections::HashMap;

/// Citations by (archive key, last unit): one index into the citations seen per
/// distinct path.
type ByLast<'a> = HashMap<(&'a str, Option<&'a (Level, String)>), Vec<usize>>;

impl Cx<'_> {
    /// Lints across notes: one path under two archives, short forms of fuller
    /// citations, garbled citations the document can explain.
    pub(super) fn cross_lints(&mut self, seen: &[(u32, ArchiveRef, Cited)], notes: &[RawNote]) {
        let by_number: HashMap<u32, &RawNote> = notes.iter().map(|n| (n.number, n)).collect();
        let paths: Vec<String> = seen
            .iter()
            .map(|(_, _, c)| c.units.iter().map(|(l, v)| format!("{}={v}|", l.name())).collect())
            .collect();
        // An archive the registry does not know is one archive in either script
        // (`Arkhiv UFSB po RME` and `Архив УФСБ по РМЭ`): keys compared transliterated.
        let keys: Vec<String> = seen.iter().map(|(_, a, _)| fold(&latin(&a.key()))).collect();
        // Citations by path, and by (archive, last unit) for short forms.
        // (path) -> archive key -> the notes citing it; (archive, last unit) -> one
        // citation per distinct path.
        let mut by_path: HashMap<&str, HashMap<&str, Vec<u32>>> = HashMap::new();
        let mut by_last: ByLast<'_> = HashMap::new();
        for (i, (n, _, c)) in seen.iter().enumerate() {
            by_path
                .entry(paths[i].as_str())
                .or_default()
                .entry(keys[i].as_str())
                .or_default()
                .push(*n);
            let group = by_last.entry((keys[i].as_str(), c.units.last())).or_default();
            if !group.iter().any(|&j| paths[j] == paths[i]) {
                group.push(i);
            }
        }
        for (i, (n, a, c)) in seen.iter().enumerate() {
            let Some(raw) = by_number.get(n).copied() else { continue };
            // The same path under another archive.
            let group = &by_path[paths[i].as_str()];
            let same_archive = group.get(keys[i].as_str()).map_or(0, Vec::len);
            let other = group
                .iter()
                .filter(|(k, _)| **k != keys[i].as_str())
                .max_by_key(|(_, ns)| ns.len());
            if let (Some((other_key, other_notes)), true) = (other, c.units.len() >= 2) {
                if other_notes.len() >= same_archive {
                    let Some(other) = seen
                        .iter()
                        .zip(&keys)
                        .find(|(_, k)| k.as_str() == *other_key)
                        .map(|(x, _)| &x.1)
                    else {
                        continue;
                    };
                    let mut in_notes: Vec<String> =
                        other_notes.iter().take(5).map(u32::to_string).collect();
                    if other_notes.len() > 5 {
                        in_notes.push(format!("{} more", other_notes.len() - 5));
                    }
                    let d = self
                        .at(
                            raw,
                            Diagnostic::warning(format!(
                                "{} is cited under {} in notes {}; is `{}` here a slip?",
                                units_text(&c.units),
                                other.as_printed,
                                in_notes.join(", "),
                                a.as_printed
                            )),
                        )
                        .code("archive-mismatch")
                        .hint(format!("probably {}. {}", other.as_printed, units_text(&c.units)));
                    self.diags.push(d);
                }
            }
            // A short form: the same archive and file, a level missing that a fuller
            // citation elsewhere has.
            if !c.issues.iter().any(|x| x.code == "repeated-label") {
                let fuller =
                    by_last[&(keys[i].as_str(), c.units.last())].iter().copied().find(|&j| {
                        seen[j].0 != *n
                            && seen[j].2.units.len() > c.units.len()
                            && is_subsequence(&c.units, &seen[j].2.units)
                    });
                if let Some(j) = fuller {
                    let (m, _, full) = &seen[j];
                    let d = self
                        .at(
                            raw,
                            Diagnostic::info(format!(
                                "short form: note {m} cites the same file as {}",
                                units_text(&full.units)
                            )),
                        )
                        .code("short-form")
                        .hint(format!("{} {}", a.as_printed, units_text(&full.units)));
                    self.diags.push(d);
                }
            }
            // Garbled: labels repeated or units after the folios; find a citation
            // of the same archive whose values, in order, are these values.
            if c.garbled && !c.folios.is_empty() {
                self.garbled(raw, a, c, seen, &keys, &keys[i]);
            }
        }
    }

    fn garbled(
        &mut self,
        raw: &RawNote,
        a: &ArchiveRef,
        c: &Cited,
        seen: &[(u32, ArchiveRef, Cited)],
        keys: &[String],
        key: &str,
    ) {
        let candidates: Vec<&(u32, ArchiveRef, Cited)> = seen
            .iter()
            .zip(keys)
            .filter(|(_, k)| k.as_str() == key)
            .map(|(x, _)| x)
            .filter(|(m, _, d)| {
                *m != raw.number
                    && !d.issues.iter().any(|i| i.code == "repeated-label")
                    && d.units.len() + 1 == c.values.len()
                    && d.units.iter().zip(&c.values).all(|((_, v), w)| v == w)
            })
            .collect();
        let Some((m, _, full)) = candidates.first() else { return };
        let leaf = c.values.last().cloned().unwrap_or_default();
        let reading = format!("{}. {}. L. {leaf}", a.as_printed, units_text(&full.units));
        // Use the reading the document supports: the note points at that file.
        let units = full.units.clone();
        let id = self.archival_entry(Some(a), &units, raw);
        let mut old = None;
        if let Some(cit) = self.lib.citations.iter_mut().rev().find(|x| x.note == raw.number) {
            if let Some(item) = cit.items.first_mut() {
                old = Some(std::mem::replace(&mut item.entry, id));
                item.locator = Some(Locator { label: "folio".into(), value: leaf });
            }
        }
        let d = self
            .at(
                raw,
                Diagnostic::warning(format!(
                    "garbled unit labels; the values match note {m}: read as `{reading}`"
                )),
            )
            .code("garbled")
            .hint(format!("check the original: probably `{reading}`"));
        self.diags.push(d);
        // The entry made from the garbled labels may now be unused: drop it.
        if let Some(old) = old {
            let used = self.lib.citations.iter().any(|c| c.items.iter().any(|i| i.entry == old));
            if !used {
                self.lib.entries.retain(|e| e.id != old);
                self.by_key.retain(|_, v| *v != old);
                self.taken.remove(&old);
            }
        }
    }
}

fn is_subsequence(short: &[(Level, String)], long: &[(Level, String)]) -> bool {
    let mut it = long.iter();
    short.iter().all(|s| it.any(|l| l == s))
}

/// "F. 0146. Op. 30. P. 282. D. 29".
fn units_text(units: &[(Level, String)]) -> String {
    units
        .iter()
        .map(|(l, v)| match l.abbr() {
            "" => v.clone(),
            a => format!("{a} {v}"),
        })
        .collect::<Vec<_>>()
        .join(". ")
}

/// Cyrillic letters in Latin script (for comparing archive names across scripts).
fn latin(s: &str) -> String {
    s.chars()
        .map(|c| match crate::model::ids::translit(c) {
            Some(t) if matches!(c, 'А'..='я' | 'Ё' | 'ё') => t.to_string(),
            _ => c.to_string(),
        })
        .collect()
}
