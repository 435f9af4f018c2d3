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
    /// The citation tradition when it is not the Russian one (`us`, `uk`, `de`,
    /// `at`, `fr`, `pl`, `jp`, `cn`); empty for the Russian one.
    pub tradition: String,
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
    /// Names and abbreviations of archives with a tradition, by their first
    /// word in lower case: (pattern, index into `known`, is a full name).
    anchors: std::collections::HashMap<String, Vec<(Vec<char>, usize, bool)>>,
}

/// An archive named in a text.
#[derive(Debug, Clone)]
pub struct Mention {
    /// Char range of the name or abbreviation.
    pub start: usize,
    /// End (exclusive), in chars.
    pub end: usize,
    /// The archive.
    pub known: Known,
    /// As printed.
    pub as_printed: String,
    /// A full name, not an abbreviation.
    pub is_name: bool,
}

/// The first word of a pattern or text at `i`, lower case (letters and digits).
fn first_word(c: &[char]) -> String {
    c.iter().take_while(|x| x.is_alphanumeric()).flat_map(|x| x.to_lowercase()).collect()
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

/// Words after a repository's name that make it a periodical's title.
const PERIODICAL_WORDS: &[&str] = &[
    "Bulletin",
    "Journal",
    "Review",
    "Quarterly",
    "Magazine",
    "Newsletter",
    "Gazette",
    "Yearbook",
];

impl Known {
    /// A repository the table does not list, named as printed: its key is
    /// empty, its place `*` (any short name after it may be its town).
    pub(super) fn unlisted(name: &str, tradition: &str) -> Known {
        Known {
            key: String::new(),
            variants: Vec::new(),
            name: name.to_string(),
            name_en: String::new(),
            other_names: Vec::new(),
            place: "*".to_string(),
            tradition: tradition.to_string(),
            folded_abbr: Vec::new(),
            folded_names: Vec::new(),
        }
    }
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
                        tradition: c.get(6).unwrap_or(&"").trim().to_string(),
                        folded_abbr: Vec::new(),
                        folded_names: Vec::new(),
                    }
                    .fold_all(),
                )
            })
            .collect();
        let mut r =
            Registry { known, sorted: Vec::new(), anchors: std::collections::HashMap::new() };
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
        self.anchors.clear();
        for (i, k) in self.known.iter().enumerate().filter(|(_, k)| !k.tradition.is_empty()) {
            let names = [&k.name, &k.name_en].into_iter().chain(k.other_names.iter());
            let all = k
                .variants
                .iter()
                .map(|v| (v, false))
                .chain(names.filter(|n| !n.is_empty()).map(|n| (n, true)));
            for (p, is_name) in all {
                let pc: Vec<char> = p.chars().collect();
                let w = first_word(&pc);
                if !w.is_empty() {
                    self.anchors.entry(w).or_default().push((pc, i, is_name));
                }
            }
        }
        for list in self.anchors.values_mut() {
            list.sort_by_key(|(p, _, _)| std::cmp::Reverse(p.len()));
        }
    }

    /// Archives with a tradition named in `c` (chars), longest match first at
    /// each word, without overlaps. Abbreviations match as printed (`AN`, not
    /// `an`), full names in any case but the first letter's.
    pub fn mentions(&self, c: &[char]) -> Vec<Mention> {
        let mut out = Vec::new();
        let mut word = String::new();
        let mut i = 0;
        while i < c.len() {
            let word_start = c[i].is_alphanumeric() && (i == 0 || !c[i - 1].is_alphanumeric());
            if !word_start {
                i += 1;
                continue;
            }
            // Every name and abbreviation begins as printed (its first letter is
            // compared exactly), so a word in lower case starts none of them.
            if c[i].is_lowercase() {
                i += c[i..].iter().take_while(|x| x.is_alphanumeric()).count().max(1);
                continue;
            }
            word.clear();
            word.extend(
                c[i..].iter().take_while(|x| x.is_alphanumeric()).flat_map(|x| x.to_lowercase()),
            );
            let hit = self.anchors.get(word.as_str()).and_then(|list| {
                list.iter().find(|(p, _, is_name)| {
                    let n = p.len();
                    if i + n > c.len() {
                        return false;
                    }
                    // An abbreviation printed in small caps comes out of a PDF as
                    // "Hhsta." for HHSTA: the first letter as printed, the rest in
                    // lower case, and its point.
                    let small_caps = !*is_name
                        && n >= 3
                        && p.iter().all(|x| x.is_uppercase())
                        && c.get(i + n) == Some(&'.');
                    let same = c[i..i + n].iter().zip(p).enumerate().all(|(k, (a, b))| {
                        a == b
                            || ((*is_name || small_caps)
                                && k > 0
                                && a.to_lowercase().eq(b.to_lowercase()))
                    });
                    let ends = p.last().is_some_and(|x| !x.is_alphanumeric())
                        || !c.get(i + n).is_some_and(|x| x.is_alphanumeric());
                    if !(same && ends) {
                        return false;
                    }
                    if !*is_name {
                        return true;
                    }
                    // A name that begins a periodical's title is not the repository
                    // ("Department of State Bulletin"), nor is one inside a longer
                    // name ("General Records of the Department of State").
                    let next: String = c[(i + n).min(c.len())..]
                        .iter()
                        .skip_while(|x| **x == ' ')
                        .take_while(|x| x.is_alphabetic())
                        .collect();
                    let before: String = c[i.saturating_sub(7)..i].iter().collect();
                    let inside = before.ends_with("of the ") || before.ends_with(" of ");
                    !PERIODICAL_WORDS.contains(&next.as_str()) && !inside
                })
            });
            match hit {
                Some((p, k, is_name)) => {
                    let end = i + p.len();
                    out.push(Mention {
                        start: i,
                        end,
                        known: self.known[*k].clone(),
                        as_printed: c[i..end].iter().collect(),
                        is_name: *is_name,
                    });
                    i = end;
                }
                None => i += c[i..].iter().take_while(|x| x.is_alphanumeric()).count().max(1),
            }
        }
        out
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
                tradition: String::new(),
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

/// The words that open a definition in brackets ("(hereafter GARF)", "(далее –
/// ГАРФ)", "(henceforth “Dissent Channel Package”)"), lower case, longer first.
pub(super) const HEREAFTER: &[&str] = &[
    "hereafter cited as",
    "henceforth cited as",
    "cited hereafter as",
    "cited henceforth as",
    "hereinafter",
    "hereafter",
    "henceforth",
    "subsequently",
    "cited as",
    "further",
    "далее",
    "дальше",
    "надалі",
    "далі",
    "im folgenden",
    "weiter",
    "dalej",
    "ci-après",
];

/// A definition in brackets without its "hereafter" words: `далее – ГАРФ`,
/// `далее: ГАРФ`, `hereafter GARF`, `further – GARF`, `im Folgenden: BArch`,
/// `далі – ЦДАВО`, `henceforth “Dissent Channel Package”`.
pub(super) fn strip_hereafter(abbr: &str) -> &str {
    let lower = abbr.to_lowercase();
    for w in HEREAFTER {
        if lower.starts_with(w) && abbr.is_char_boundary(w.len()) {
            let rest = abbr[w.len()..].trim_start_matches([' ', '–', '—', '-', ':', ',']);
            if !rest.is_empty() && rest.len() < abbr.len() {
                return rest.trim();
            }
        }
    }
    abbr
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
    fn archives_outside_russia_without_ambiguous_abbreviations() {
        let r = Registry::builtin();
        assert_eq!(r.by_abbr("MHS").unwrap().name_en, "Massachusetts Historical Society");
        assert_eq!(r.by_abbr("IOL").unwrap().key, "BL IOR");
        assert_eq!(
            r.by_name("Wisconsin Historical Society").unwrap().key,
            "Wisconsin Historical Society"
        );
        // Abbreviations shared by several archives, or by a Kew department, a
        // Roman numeral or a word, name none.
        for shared in ["LAB", "LV", "ARC", "APP", "NAS", "WHS", "AO", "ITS", "BAR", "FIG"] {
            assert!(r.by_abbr(shared).is_none(), "{shared}");
        }
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
