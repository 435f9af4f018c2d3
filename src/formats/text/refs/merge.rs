//! A list printed twice, in Cyrillic and in transliteration under the same
//! numbers: the two forms of a reference merged into one entry.

use super::script::is_cyrillic;
use crate::model::{Entry, TextVariant, Value, Var, VariantKind};

/// Merges the transliterated form of a reference into its Cyrillic form (in
/// either order): the titles and container titles get the other script as a
/// transliteration variant, its translations are kept, and the other printed
/// text is kept in `extra`. Returns false when the two are not such a pair.
pub(super) fn merge_script_pair(first: &mut Entry, second: &Entry) -> bool {
    let script = |e: &Entry| e.source.as_ref().and_then(|s| s.text.as_deref()).map(is_cyrillic);
    let (Some(a), Some(b)) = (script(first), script(second)) else { return false };
    let year = |e: &Entry| match e.get(Var::Issued) {
        Some(Value::Date(d)) => d.start.as_ref().map(|p| p.year),
        _ => None,
    };
    if a == b || matches!((year(first), year(second)), (Some(x), Some(y)) if x != y) {
        return false;
    }
    if !a {
        // Keep the Cyrillic entry as the main one.
        let latin = std::mem::replace(first, second.clone());
        let id = latin.id.clone();
        let number = latin.get(Var::CitationNumber).cloned();
        first.id = id;
        if let Some(n) = number {
            first.set(Var::CitationNumber, n);
        }
        return merge_into(first, &latin);
    }
    merge_into(first, second)
}

fn merge_into(cyr: &mut Entry, latin: &Entry) -> bool {
    for var in [Var::Title, Var::ContainerTitle] {
        let Some(Value::Text(lat)) = latin.get(var).cloned() else { continue };
        let Some(Value::Text(mut text)) = cyr.get(var).cloned() else {
            cyr.set(var, lat);
            continue;
        };
        text.variants.push(TextVariant {
            kind: VariantKind::Transliteration,
            lang: Some("ru-Latn".into()),
            value: lat.value.clone(),
        });
        text.variants
            .extend(lat.variants.iter().filter(|v| v.kind == VariantKind::Translation).cloned());
        cyr.set(var, text);
    }
    for (var, value) in &latin.fields {
        if cyr.get(*var).is_none() {
            cyr.set(*var, value.clone());
        }
    }
    if let Some(t) = latin.source.as_ref().and_then(|s| s.text.clone()) {
        cyr.extra.insert("transliterated-reference".into(), serde_json::Value::String(t));
    }
    cyr.set(Var::Language, "ru");
    true
}
