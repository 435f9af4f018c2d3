//! The archive registry (`archives.tsv`, kept as data) and the archives a
//! document defines itself ("Foreign Policy Archive of the Russian Federation
//! (AVP RF)").

use crate::model::Archive;

/// One known archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    /// The usual Latin abbreviation.
    pub key: String,
    /// Abbreviations as cited.
    pub variants: Vec<String>,
    /// The full name in the archive's language.
    pub name: String,
    /// The full name in English.
    pub name_en: String,
    /// Other spellings of the full name.
    pub other_names: Vec<String>,
    /// The city.
    pub place: String,
    /// Folded abbreviations (key and variants), for lookups.
    folded_abbr: Vec<String>,
    /// Folded full names (all spellings), for lookups.
    folded_names: Vec<String>,
}

impl Known {
    fn fold_all(mut self) -> Known {
        self.folded_abbr =
            std::iter::once(&self.key).chain(self.variants.iter()).map(|v| fold(v)).collect();
        self.folded_names = [&self.name, &self.name_en]
            .into_iter()
            .chain(self.other_names.iter())
            .filter(|n| !n.is_empty())
            .map(|n| fold(n.trim_start_matches("The ")))
            .collect();
        self
    }
}

/// The registry: the table shipped with refconv, and what a document defines.
#[derive(Debug, Clone)]
pub struct Registry {
    known: Vec<Known>,
    /// (variant, index into `known`), longest variant first.
    sorted: Vec<(String, usize)>,
}

const TABLE: &str = include_str!("archives.tsv");

impl Default for Registry {
    fn default() -> Self {
        Registry::builtin()
    }
}

/// Compares abbreviations and names loosely: case, dots, spaces and the
/// apostrophes of transliteration do not matter.
pub(crate) fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ё' { 'е' } else { c })
        .collect()
}

impl Registry {
    /// The table shipped with refconv (`src/formats/text/notes/archives.tsv`).
    pub fn builtin() -> Registry {
        let known = TABLE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let c: Vec<&str> = l.split('\t').collect();
                let list = |s: &str| {
                    s.split('|')
                        .map(str::trim)
                        .filter(|x| !x.is_empty())
                        .map(String::from)
                        .collect()
                };
                Some(
                    Known {
                        key: c.first()?.trim().to_string(),
                        variants: list(c.get(1)?),
                        name: c.get(2)?.trim().to_string(),
                        name_en: c.get(3)?.trim().to_string(),
                        other_names: list(c.get(4).unwrap_or(&"")),
                        place: c.get(5).unwrap_or(&"").trim().to_string(),
                        folded_abbr: Vec::new(),
                        folded_names: Vec::new(),
                    }
                    .fold_all(),
                )
            })
            .collect();
        let mut r = Registry { known, sorted: Vec::new() };
        r.sort();
        r
    }

    fn sort(&mut self) {
        let mut v: Vec<(String, usize)> = self
            .known
            .iter()
            .enumerate()
            .flat_map(|(i, k)| k.variants.iter().map(move |x| (x.clone(), i)))
            .collect();
        v.sort_by_key(|(x, _)| std::cmp::Reverse(x.chars().count()));
        self.sorted = v;
    }

    /// The archive an abbreviation stands for.
    pub fn by_abbr(&self, abbr: &str) -> Option<&Known> {
        let f = fold(abbr);
        if f.is_empty() {
            return None;
        }
        self.known.iter().find(|k| k.folded_abbr.contains(&f))
    }

    /// The archive a full name stands for (any of its spellings).
    pub fn by_name(&self, name: &str) -> Option<&Known> {
        let f = fold(name.trim_start_matches("The ").trim_start_matches("the "));
        if f.len() < 6 {
            return None;
        }
        self.known.iter().find(|k| k.folded_names.contains(&f))
    }

    /// Learns an archive the document defines: "Full Name (ABBR)". If the
    /// abbreviation is known, nothing changes; otherwise it is added.
    pub fn learn(&mut self, abbr: &str, name: &str) {
        if self.by_abbr(abbr).is_some() {
            return;
        }
        if let Some(k) = self.by_name(name).cloned() {
            // A known archive under a new abbreviation.
            if let Some(entry) = self.known.iter_mut().find(|x| x.key == k.key) {
                entry.variants.push(abbr.to_string());
                entry.folded_abbr.push(fold(abbr));
            }
            self.sort();
            return;
        }
        self.known.push(
            Known {
                key: abbr.to_string(),
                variants: vec![abbr.to_string()],
                name: name.to_string(),
                name_en: String::new(),
                other_names: Vec::new(),
                place: String::new(),
                folded_abbr: Vec::new(),
                folded_names: Vec::new(),
            }
            .fold_all(),
        );
        self.sort();
    }

    /// Every abbreviation variant, longest first (for finding archives in text).
    pub fn variants(&self) -> impl Iterator<Item = (&str, &Known)> {
        self.sorted.iter().map(|(v, i)| (v.as_str(), &self.known[*i]))
    }
}

impl Known {
    /// The model's archive, with the abbreviation as cited.
    pub fn archive(&self, as_cited: &str) -> Archive {
        let opt = |s: &str| (!s.is_empty()).then(|| s.to_string());
        Archive {
            key: Some(self.key.clone()),
            abbr: Some(as_cited.to_string()),
            name: opt(&self.name),
            name_en: opt(&self.name_en),
            place: opt(&self.place),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_in_both_scripts_and_full_names() {
        let r = Registry::builtin();
        assert_eq!(r.by_abbr("ГАРФ").unwrap().key, "GARF");
        assert_eq!(r.by_abbr("AVP RF").unwrap().key, "AVP RF");
        assert_eq!(r.by_abbr("АП РФ").unwrap().key, "APRF");
        assert_eq!(r.by_abbr("ЦАМО РФ").unwrap().key, "TsAMO RF");
        assert_eq!(
            r.by_name("Foreign Policy Archive of the Russian Federation").unwrap().key,
            "AVP RF"
        );
        assert_eq!(
            r.by_name("Российский государственный архив древних актов").unwrap().key,
            "RGADA"
        );
        assert!(r.by_abbr("XYZ").is_none());
    }

    #[test]
    fn documents_define_archives() {
        let mut r = Registry::builtin();
        r.learn("ГАПК", "Государственный архив Приморского края");
        assert_eq!(r.by_abbr("ГАПК").unwrap().name, "Государственный архив Приморского края");
        r.learn("AVPR", "Foreign Policy Archive of the Russian Federation");
        assert_eq!(r.by_abbr("AVPR").unwrap().key, "AVP RF");
    }
}
