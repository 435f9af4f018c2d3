//! Personal and corporate names.

use serde::{Deserialize, Serialize};

/// Generational suffixes that exporters leave at the end of the given name.
const GENERATIONAL: &[&str] = &["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"];

/// A name: a person (family, given, particles, suffix) or a body (`literal`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Name {
    /// The family name ("Raginskii", "Иванов").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    /// Given names or initials ("M.Iu.", "И. И.").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub given: Option<String>,
    /// A particle that stays with the family name when sorting ("van" in "van Gogh"
    /// sorted under V): CSL `non-dropping-particle`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub particle: Option<String>,
    /// A particle dropped when sorting ("de" in "Alexis de Tocqueville"): CSL
    /// `dropping-particle`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dropping_particle: Option<String>,
    /// "Jr.", "III".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suffix: Option<String>,
    /// A name taken as a whole: an institution, or a name that must not be split.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub literal: Option<String>,
    /// The suffix is set off with a comma ("Sam Davis, Jr.").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub comma_suffix: bool,
    /// Render given after family even in Latin script.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub static_ordering: bool,
    /// The name's language or script, when it differs from the entry's (BCP 47).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

impl Name {
    /// A person's name.
    pub fn person(family: impl Into<String>, given: impl Into<String>) -> Name {
        Name { family: Some(family.into()), given: Some(given.into()), ..Name::default() }
    }

    /// A name taken as a whole (an institution).
    pub fn literal(name: impl Into<String>) -> Name {
        Name { literal: Some(name.into()), ..Name::default() }
    }

    /// A name as reference managers export it (RIS, EndNote XML): `Family, Given`
    /// or `Family, Given, Suffix`; one word alone is a family name, several words
    /// without a comma a name taken whole (a body), and more commas than the form
    /// has the whole as printed.
    ///
    /// ```
    /// use refconv::Name;
    /// assert_eq!(Name::parse_inverted("Doe, John, Jr.").suffix.as_deref(), Some("Jr."));
    /// assert_eq!(Name::parse_inverted("Author, Test Jr.").suffix.as_deref(), Some("Jr."));
    /// assert_eq!(Name::parse_inverted("Homerus").family.as_deref(), Some("Homerus"));
    /// assert!(Name::parse_inverted("World Health Organization").literal.is_some());
    /// ```
    pub fn parse_inverted(v: &str) -> Name {
        let v = v.trim();
        let parts: Vec<&str> = v.split(',').map(str::trim).collect();
        let person = |family: &str, given: &str, suffix: Option<&str>| {
            if family.is_empty() {
                return Name::literal(given);
            }
            Name {
                family: Some(family.to_string()),
                given: Some(given.to_string()).filter(|g| !g.is_empty()),
                suffix: suffix.filter(|s| !s.is_empty()).map(String::from),
                ..Name::default()
            }
        };
        match parts.as_slice() {
            [one] if one.contains(' ') => Name::literal(*one),
            [one] => Name { family: Some(one.to_string()), ..Name::default() },
            [family, given] => match given.rsplit_once(' ') {
                // "Doe, John Jr.": a generational suffix typed into the given name.
                Some((g, s)) if GENERATIONAL.contains(&s) && !g.trim().is_empty() => {
                    person(family, g.trim(), Some(s))
                }
                _ => person(family, given, None),
            },
            [family, given, suffix] => person(family, given, Some(suffix)),
            _ => Name::literal(v),
        }
    }

    /// The same name with the bare initials of its given name stopped ("John S"
    /// → "John S.", "J R" → "J. R."), as Zotero imports reference managers'
    /// names: a given-name word of one capital letter is an initial.
    ///
    /// ```
    /// use refconv::Name;
    /// let n = Name::person("Ahlquist", "John S").stop_initials();
    /// assert_eq!(n.given.as_deref(), Some("John S."));
    /// ```
    pub fn stop_initials(mut self) -> Name {
        if let Some(g) = &self.given {
            let is_initial = |w: &str| {
                let mut cs = w.chars();
                matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
            };
            if g.split(' ').any(is_initial) {
                let words: Vec<String> = g
                    .split(' ')
                    .map(|w| if is_initial(w) { format!("{w}.") } else { w.to_string() })
                    .collect();
                self.given = Some(words.join(" "));
            }
        }
        self
    }

    /// The name as reference managers export it, the inverse of
    /// [`Name::parse_inverted`]: `Family, Given[, Suffix]` (particles before the
    /// family name), a body whole; `None` for an empty name.
    ///
    /// ```
    /// use refconv::Name;
    /// let mut n = Name::person("Gogh", "Vincent");
    /// n.particle = Some("van".into());
    /// assert_eq!(n.to_inverted().as_deref(), Some("van Gogh, Vincent"));
    /// assert_eq!(Name::literal("WHO").to_inverted().as_deref(), Some("WHO"));
    /// ```
    pub fn to_inverted(&self) -> Option<String> {
        if let Some(l) = &self.literal {
            return Some(l.clone());
        }
        let mut family = String::new();
        for p in [&self.dropping_particle, &self.particle].into_iter().flatten() {
            family.push_str(p);
            family.push(' ');
        }
        family.push_str(self.family.as_deref().unwrap_or(""));
        let family = family.trim();
        let given = self.given.as_deref().unwrap_or("").trim();
        let mut s = match (family.is_empty(), given.is_empty()) {
            (true, true) => return None,
            (false, true) if !family.contains(' ') => family.to_string(),
            (true, false) => format!(", {given}"),
            _ => format!("{family}, {given}"),
        };
        if let Some(suffix) = &self.suffix {
            s.push_str(", ");
            s.push_str(suffix);
        }
        Some(s)
    }

    /// Whether nothing is set.
    pub fn is_empty(&self) -> bool {
        self.family.is_none()
            && self.given.is_none()
            && self.literal.is_none()
            && self.particle.is_none()
            && self.dropping_particle.is_none()
            && self.suffix.is_none()
    }
}
