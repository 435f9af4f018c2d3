//! Multilingual text: the form as printed, its language, and its translations and
//! transliterations.

use serde::{Deserialize, Serialize};

/// A text value. Serialized as a bare string when it has no language and no
/// variants, otherwise as an object.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Text {
    /// The text as printed (original script or transliteration), in CSL rich-text markup.
    pub value: String,
    /// The language of `value` (BCP 47: `ru`, `en`, `ru-Latn`).
    pub lang: Option<String>,
    /// Other forms: a bracketed translation ("[Militarists in the dock]"), a
    /// transliteration, the original script.
    pub variants: Vec<TextVariant>,
}

/// Another form of a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextVariant {
    /// What this form is.
    pub kind: VariantKind,
    /// Its language (BCP 47).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// The text.
    pub value: String,
}

/// How a variant relates to the printed form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum VariantKind {
    /// A translation into another language.
    Translation,
    /// The same words in another script.
    Transliteration,
    /// The original-script form, when the printed form is a transliteration.
    Original,
}

impl Text {
    /// Text with no language and no variants.
    pub fn plain(value: impl Into<String>) -> Text {
        Text { value: value.into(), lang: None, variants: Vec::new() }
    }

    /// The first variant of a kind (optionally of a language).
    pub fn variant(&self, kind: VariantKind, lang: Option<&str>) -> Option<&TextVariant> {
        self.variants
            .iter()
            .find(|v| v.kind == kind && (lang.is_none() || v.lang.as_deref() == lang))
    }
}

/// The text without `<...>` tags (CSL rich text, or HTML whose own `<` are
/// escaped).
pub(crate) fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// Whether a text has a Cyrillic letter.
pub(crate) fn has_cyrillic(s: &str) -> bool {
    s.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
}

#[derive(Serialize, Deserialize)]
#[serde(untagged, deny_unknown_fields)]
enum TextRepr {
    Plain(String),
    Full {
        value: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        lang: Option<String>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        variants: Vec<TextVariant>,
    },
}

impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.lang.is_none() && self.variants.is_empty() {
            s.serialize_str(&self.value)
        } else {
            TextRepr::Full {
                value: self.value.clone(),
                lang: self.lang.clone(),
                variants: self.variants.clone(),
            }
            .serialize(s)
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match TextRepr::deserialize(d)? {
            TextRepr::Plain(value) => Text::plain(value),
            TextRepr::Full { value, lang, variants } => Text { value, lang, variants },
        })
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::plain(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_a_bare_string() {
        let t = Text::plain("Pravda");
        assert_eq!(serde_json::to_string(&t).unwrap(), "\"Pravda\"");
        assert_eq!(serde_json::from_str::<Text>("\"Pravda\"").unwrap(), t);
    }

    #[test]
    fn multilingual_text_round_trips() {
        let t = Text {
            value: "Militaristy na skam'e podsudimykh".into(),
            lang: Some("ru-Latn".into()),
            variants: vec![TextVariant {
                kind: VariantKind::Translation,
                lang: Some("en".into()),
                value: "Militarists in the dock".into(),
            }],
        };
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(serde_json::from_str::<Text>(&json).unwrap(), t);
        assert!(t.variant(VariantKind::Translation, Some("en")).is_some());
    }
}
