//! What a document's notes have said before: the repository of each collection
//! cited with one, and the short names a note defines for a unit ("American
//! Historical Association Papers, Manuscript Division, Library of Congress
//! (subsequently AHA Papers)", "… Box 3, Lot File 04 D 114, U.S. Department of
//! State (henceforth “Dissent Channel Package”)").
//!
//! Chicago-style notes cite in full once and shortly after: "Pearson Papers"
//! after "Lester Pearson Papers (Library and Archives Canada)", "“Dissent
//! Channel Package.”" alone after its definition. The short citation names no
//! repository; the memory gives it the one of the full citation, and reads a
//! short name printed alone as the unit it names.

use super::archival::Cited;
use super::found::{ArchiveRef, Found};
use super::registry::{strip_hereafter, Registry};
use crate::model::Level;

/// A unit a note cited with its repository, or named by a short name.
#[derive(Debug, Clone)]
struct Held {
    /// As printed (the short name, or the collection's name).
    printed: String,
    /// Its words, lower case.
    words: Vec<String>,
    level: Level,
    archive: Option<ArchiveRef>,
    /// Defined by a "henceforth" phrase: the name alone cites it.
    short: bool,
}

/// The memory of one document, filled note by note.
#[derive(Debug, Default)]
pub(super) struct Memory {
    held: Vec<Held>,
}

/// The words of a short name, lower case, a hyphenated word one word.
fn short_words(s: &str) -> Vec<String> {
    s.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The quotes and stops around a name as printed.
fn bare(s: &str) -> &str {
    s.trim()
        .trim_matches(['“', '”', '"', '‘', '’', '\'', '«', '»', '„'])
        .trim_end_matches(['.', ','])
        .trim()
}

/// Whether the short name `short` names the unit `full`: its first word and at
/// least half of its words are a word of the unit or the initials of the
/// unit's words (`AHA Papers`: American Historical Association Papers; `DoS
/// P-Reels`: Department of State Microfilmed Central Files).
fn names(short: &[String], full: &str) -> bool {
    let fw = words(full);
    if short.is_empty() || fw.is_empty() {
        return false;
    }
    let initials: String = fw.iter().filter_map(|w| w.chars().next()).collect();
    let hit = |w: &String| {
        fw.contains(w)
            || (w.chars().count() >= 2
                && w.chars().all(char::is_alphabetic)
                && initials.contains(w.as_str()))
    };
    hit(&short[0]) && 2 * short.iter().filter(|w| hit(w)).count() >= short.len()
}

/// Short names defined in a text ("(henceforth “Dissent Channel Package”)"):
/// each with the char position of its bracket.
fn definitions(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (i, (b, open)) in text.char_indices().enumerate() {
        let close = match open {
            '(' => ')',
            '[' => ']',
            _ => continue,
        };
        let rest = &text[b + 1..];
        let Some((end, _)) = rest.char_indices().take(120).find(|&(_, x)| x == close) else {
            continue;
        };
        let inner = &rest[..end];
        let stripped = strip_hereafter(inner);
        // Only a definition with its words ("(LC)" defines an archive, read elsewhere).
        if stripped.len() == inner.len() {
            continue;
        }
        let name = bare(stripped);
        if !name.is_empty() && name.chars().count() <= 100 {
            out.push((i, name.to_string()));
        }
    }
    out
}

/// Whether `c[at..at + n]` stands as whole words.
fn whole(c: &[char], at: usize, n: usize) -> bool {
    let before = at > 0 && c[at - 1].is_alphanumeric();
    let after = c.get(at + n).is_some_and(|x| x.is_alphanumeric());
    !before && !after
}

impl Memory {
    /// Learns from one note: the collections it cites with a repository, and
    /// the short names it defines for the units of its citations.
    pub(super) fn learn(&mut self, text: &str, found: &[Found], registry: &Registry) {
        let archival = || {
            found.iter().filter_map(|f| match f {
                Found::Archival { archive, cited, .. } => Some((archive, cited)),
                _ => None,
            })
        };
        for (archive, cited) in archival() {
            let Some(a) = archive.as_ref().filter(|a| a.known.is_some()) else { continue };
            for (level, value) in &cited.units {
                if *level == Level::Collection && !self.held.iter().any(|h| h.printed == *value) {
                    let w = words(value);
                    if w.len() >= 2 {
                        self.held.push(Held {
                            printed: value.clone(),
                            words: w,
                            level: level.clone(),
                            archive: Some(a.clone()),
                            short: false,
                        });
                    }
                }
            }
        }
        for (at, name) in definitions(text) {
            let chars: Vec<char> = name.chars().collect();
            let archive_name =
                registry.mentions(&chars).iter().any(|m| m.start == 0 && m.end == chars.len());
            if archive_name || self.held.iter().any(|h| h.short && h.printed == name) {
                continue;
            }
            // The citation the definition follows: the last one begun before it.
            let Some((archive, cited)) = archival().rfind(|(_, c)| c.start < at) else {
                continue;
            };
            let sw = short_words(&name);
            let Some((level, _)) = cited.units.iter().find(|(_, v)| names(&sw, v)) else {
                continue;
            };
            self.held.push(Held {
                printed: name.clone(),
                words: sw,
                level: level.clone(),
                archive: archive.clone(),
                short: true,
            });
        }
    }

    /// Gives a citation with no repository the one its collection or short name
    /// was cited with before, and cites a short name printed alone.
    pub(super) fn apply(&self, text: &str, found: &mut Vec<Found>) {
        if self.held.is_empty() {
            return;
        }
        for f in found.iter_mut() {
            let Found::Archival { archive, cited, .. } = f else { continue };
            if archive.is_some() {
                continue;
            }
            let held = cited.units.iter_mut().find_map(|(level, value)| {
                let w = words(value);
                let h = self.held.iter().rev().find(|h| {
                    if h.short {
                        bare(value) == h.printed
                    } else {
                        // "Pearson Papers" after "Lester Pearson Papers".
                        *level == Level::Collection && w.len() >= 2 && h.words.ends_with(&w)
                    }
                })?;
                if h.short {
                    *level = h.level.clone();
                }
                Some(h)
            });
            if let Some(h) = held {
                archive.clone_from(&h.archive);
            }
        }
        let printed: Vec<&Held> =
            self.held.iter().filter(|h| h.short && text.contains(h.printed.as_str())).collect();
        if printed.is_empty() {
            return;
        }
        let c: Vec<char> = text.chars().collect();
        let mut added: Vec<Found> = Vec::new();
        for h in printed {
            let p: Vec<char> = h.printed.chars().collect();
            let n = p.len();
            let mut i = 0;
            while i + n <= c.len() {
                if c[i..i + n] != p[..] || !whole(&c, i, n) {
                    i += 1;
                    continue;
                }
                let inside = found.iter().chain(added.iter()).any(|f| match f {
                    Found::Archival { cited, .. } => i < cited.end && i + n > cited.start,
                    _ => false,
                });
                if !inside {
                    let cited = Cited {
                        units: vec![(h.level.clone(), h.printed.clone())],
                        start: i,
                        end: i + n,
                        ..Cited::default()
                    };
                    added.push(Found::Archival { archive: h.archive.clone(), cited, prefix: None });
                }
                i += n;
            }
        }
        for a in added {
            let Found::Archival { cited, .. } = &a else { continue };
            let at = found
                .iter()
                .position(
                    |f| matches!(f, Found::Archival { cited: c, .. } if c.start > cited.start),
                )
                .unwrap_or(found.len());
            found.insert(at, a);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_name_their_unit() {
        let w = |s: &str| short_words(s);
        assert!(names(&w("AHA Papers"), "American Historical Association Papers"));
        assert!(names(&w("Dissent Channel Package"), "Dissent Channel Package (1980)"));
        assert!(names(&w("DoS P-Reels"), "Department of State Microfilmed Central Files"));
        assert!(!names(&w("RG 59"), "59"));
        assert!(!names(&w("Oversight Committee"), "Lot File 04 D 114"));
    }

    #[test]
    fn definitions_in_brackets() {
        let d = definitions(
            "Box 3, Lot File 04 D 114, Department of State (henceforth “Dissent Channel Package”).",
        );
        assert_eq!(d[0].1, "Dissent Channel Package");
        let d = definitions("Library of Congress (subsequently AHA Papers).");
        assert_eq!(d[0].1, "AHA Papers");
        assert!(definitions("Library of Congress (LC).").is_empty());
    }
}
