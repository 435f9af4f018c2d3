//! What a style leaves out: the variables of an entry whose value cannot be found
//! in its formatted text (letters and digits compared, case aside), reported as
//! warnings like any writer's losses. The official GOST styles, for one, print
//! no archive: every archival entry says so.

use super::markup::Markup;
use crate::diagnostics::Diagnostic;
use crate::model::{strip_tags, Entry, Value, Var};

/// The variables checked: what a reader of the reference needs to find the work.
const CHECKED: &[Var] = &[
    Var::Author,
    Var::Editor,
    Var::Title,
    Var::ContainerTitle,
    Var::CollectionTitle,
    Var::Issued,
    Var::Volume,
    Var::Issue,
    Var::Page,
    Var::Publisher,
    Var::PublisherPlace,
    Var::Archive,
    Var::ArchiveLocation,
    Var::Doi,
];

/// Letters and digits, lower case.
fn fold(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// The formatted text of an entry as a reader sees it (tags and entities of HTML,
/// escapes of Markdown out).
fn visible(text: &str, markup: Markup) -> String {
    match markup {
        Markup::Text => text.to_string(),
        Markup::Markdown => text.replace('\\', ""),
        Markup::Html => strip_tags(text)
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&amp;", "&"),
    }
}

/// What must be found for a variable to count as printed: each family name of a
/// name list, the year of a date, the first number of a page range, the text
/// otherwise (or its short form, for a container).
fn needles(e: &Entry, var: Var) -> Vec<String> {
    let text_of = |v: Var| e.text(v).map(fold).filter(|s| !s.is_empty());
    // An archival file keeps its archive and units in the model's own structure,
    // which a CSL item carries as `archive` and `archive_location`.
    if let (Some(a), Var::Archive | Var::ArchiveLocation) = (&e.archival, var) {
        return match var {
            Var::Archive => a.archive.abbr.as_deref().or(a.archive.key.as_deref()).map(fold),
            _ => (!a.units.is_empty()).then(|| fold(&a.location())),
        }
        .into_iter()
        .chain(text_of(var))
        .take(1)
        .collect();
    }
    let found = match (var, e.get(var)) {
        (_, None) => Vec::new(),
        (_, Some(Value::Names(names))) => names
            .iter()
            .filter_map(|n| n.family.as_deref().or(n.literal.as_deref()))
            .map(fold)
            .filter(|s| !s.is_empty())
            .collect(),
        (_, Some(Value::Date(d))) => {
            d.start.as_ref().map(|s| s.year.abs().to_string()).into_iter().collect()
        }
        (Var::Page, Some(_)) => e
            .text(var)
            .and_then(|p| {
                let digits: String = p.chars().take_while(char::is_ascii_digit).collect();
                (!digits.is_empty()).then_some(digits)
            })
            .into_iter()
            .collect(),
        (Var::ContainerTitle, Some(_)) => {
            let short = text_of(Var::ContainerTitleShort);
            return text_of(var).into_iter().chain(short).take(1).collect();
        }
        (_, Some(_)) => text_of(var).into_iter().collect(),
    };
    found
}

/// A warning for an entry whose formatted `text` lacks some of its variables.
pub(super) fn dropped(e: &Entry, text: &str, markup: Markup, style: &str) -> Option<Diagnostic> {
    let shown = fold(&visible(text, markup));
    let short = fold(e.text(Var::ContainerTitleShort).unwrap_or_default());
    let missing: Vec<&str> = CHECKED
        .iter()
        .filter(|v| {
            let n = needles(e, **v);
            let container_short =
                **v == Var::ContainerTitle && !short.is_empty() && shown.contains(&short);
            !n.is_empty() && !container_short && n.iter().any(|x| !shown.contains(x.as_str()))
        })
        .map(|v| v.name())
        .collect();
    (!missing.is_empty()).then(|| {
        Diagnostic::warning(format!("the style `{style}` leaves out {}", missing.join(", ")))
            .entry(e.id.clone())
            .code("render-dropped")
            .hint("another style, or a structured format (csl-json, tei), keeps them")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EntryType;

    #[test]
    fn finds_what_the_text_lacks() {
        let mut e = Entry::new("a", EntryType::Manuscript);
        e.set(Var::Title, "Записка Молотову");
        e.set(Var::Archive, "АВП РФ");
        e.set(Var::ArchiveLocation, "Ф. 0146. Оп. 30");
        let d = dropped(&e, "1. Записка <i>Молотову</i>.", Markup::Html, "gost").unwrap();
        assert_eq!(d.message, "the style `gost` leaves out archive, archive_location");
        assert!(dropped(&e, "Записка Молотову // АВП РФ. Ф. 0146. Оп. 30.", Markup::Text, "x")
            .is_none());
    }
}
