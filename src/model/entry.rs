//! Entries and their field values.

use super::archival::Archival;
use super::date::Date;
use super::kind::EntryType;
use super::name::Name;
use super::text::Text;
use super::var::{Var, VarKind};
use crate::diagnostics::Span;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// An arbitrary value of a field the model does not know (kept as JSON so that
/// nothing is lost, whatever its shape).
pub type ExtraValue = serde_json::Value;

/// One citable thing: a book, an article, a chapter, a newspaper issue, an
/// archival file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Unique within the library, stable, and safe as a BibTeX key.
    pub id: String,
    /// The type.
    #[serde(rename = "type")]
    pub kind: EntryType,
    /// Typed fields, keyed by CSL variable.
    #[serde(default, deserialize_with = "de_fields")]
    pub fields: BTreeMap<Var, Value>,
    /// The structured archival unit, for archival files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archival: Option<Archival>,
    /// Every field the model does not know, as read, under its name in the source
    /// format.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extra: BTreeMap<String, ExtraValue>,
    /// Where the entry came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

impl Entry {
    /// An entry with no fields.
    pub fn new(id: impl Into<String>, kind: EntryType) -> Entry {
        Entry {
            id: id.into(),
            kind,
            fields: BTreeMap::new(),
            archival: None,
            extra: BTreeMap::new(),
            source: None,
        }
    }

    /// A field's value.
    pub fn get(&self, var: Var) -> Option<&Value> {
        self.fields.get(&var)
    }

    /// A text or number field as plain text (the printed form).
    pub fn text(&self, var: Var) -> Option<&str> {
        match self.fields.get(&var)? {
            Value::Text(t) => Some(t.value.as_str()),
            _ => None,
        }
    }

    /// Keeps a value of a field the model does not know in `extra` under `key`;
    /// a key seen again becomes a list, in order.
    ///
    /// ```
    /// use refconv::{Entry, EntryType};
    /// let mut e = Entry::new("a", EntryType::Book);
    /// e.push_extra("L1", "a.pdf");
    /// e.push_extra("L1", "b.pdf");
    /// assert_eq!(e.extra["L1"], serde_json::json!(["a.pdf", "b.pdf"]));
    /// ```
    pub fn push_extra(&mut self, key: &str, value: impl Into<String>) {
        let v = ExtraValue::String(value.into());
        match self.extra.get_mut(key) {
            None => {
                self.extra.insert(key.to_string(), v);
            }
            Some(ExtraValue::Array(a)) => a.push(v),
            Some(old) => {
                let first = std::mem::take(old);
                *old = ExtraValue::Array(vec![first, v]);
            }
        }
    }

    /// Sets a field.
    pub fn set(&mut self, var: Var, value: impl Into<Value>) -> &mut Entry {
        self.fields.insert(var, value.into());
        self
    }
}

/// A field value. Its shape follows the variable's [`VarKind`]: text and number
/// variables hold [`Value::Text`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    /// Text, or a number variable kept as printed ("12", "40-42", "xii").
    Text(Text),
    /// Names, in order.
    Names(Vec<Name>),
    /// A date.
    Date(Date),
    /// A list of strings.
    List(Vec<String>),
}

impl Value {
    /// Reads a value of a variable of kind `kind` from its model-JSON form.
    pub fn from_json(kind: VarKind, v: serde_json::Value) -> Result<Value, serde_json::Error> {
        Ok(match kind {
            VarKind::Text | VarKind::Number => Value::Text(serde_json::from_value(v)?),
            VarKind::Names => Value::Names(serde_json::from_value(v)?),
            VarKind::Date => Value::Date(serde_json::from_value(v)?),
            VarKind::List => Value::List(serde_json::from_value(v)?),
        })
    }
}

fn de_fields<'de, D: serde::Deserializer<'de>>(d: D) -> Result<BTreeMap<Var, Value>, D::Error> {
    let raw = BTreeMap::<Var, serde_json::Value>::deserialize(d)?;
    raw.into_iter()
        .map(|(var, v)| {
            Value::from_json(var.kind(), v)
                .map(|v| (var, v))
                .map_err(|e| serde::de::Error::custom(format!("field `{}`: {e}", var.name())))
        })
        .collect()
}

impl Value {
    /// The kind of variable this value fits.
    pub fn kind(&self) -> VarKind {
        match self {
            Value::Text(_) => VarKind::Text,
            Value::Names(_) => VarKind::Names,
            Value::Date(_) => VarKind::Date,
            Value::List(_) => VarKind::List,
        }
    }

    /// Whether the value fits a variable of kind `kind`.
    pub fn fits(&self, kind: VarKind) -> bool {
        self.kind() == kind || (kind == VarKind::Number && matches!(self, Value::Text(_)))
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::Text(Text::plain(s))
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::Text(Text::plain(s))
    }
}

impl From<Text> for Value {
    fn from(t: Text) -> Value {
        Value::Text(t)
    }
}

impl From<Vec<Name>> for Value {
    fn from(n: Vec<Name>) -> Value {
        Value::Names(n)
    }
}

impl From<Date> for Value {
    fn from(d: Date) -> Value {
        Value::Date(d)
    }
}

/// Where something came from in the input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The byte span in the input.
    pub span: Span,
    /// The 1-based line of the span's start.
    pub line: usize,
    /// The raw text, kept by the plain-text readers (structured formats keep the span only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}
