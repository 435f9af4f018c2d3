//! `crossref` / `xdata` inheritance, for the writers of formats that have no
//! such links (CSL-JSON, TEI): the fields a child entry gets from its parents,
//! following biblatex's default inheritance (title -> booktitle for parts of
//! books and articles of periodicals, author -> bookauthor; everything else
//! under the same name when the child lacks it).

use super::entry::{Entry, Value};
use super::kind::EntryType;
use super::var::Var;
use std::collections::{BTreeMap, HashMap};

/// Fields a child never takes from a parent.
const NOT_INHERITED: &[Var] = &[Var::TitleShort, Var::CitationKey, Var::CitationLabel];

/// The parent keys of an entry: `crossref`, then each `xdata` key.
pub fn parents(e: &Entry) -> Vec<String> {
    let mut out = Vec::new();
    for key in ["crossref", "xdata"] {
        if let Some(serde_json::Value::String(s)) = e.extra.get(key) {
            out.extend(s.split(',').map(|k| k.trim().to_string()).filter(|k| !k.is_empty()));
        }
    }
    out
}

/// The fields `e` inherits from its parents in `index` (id -> entry), which it
/// does not have itself.
///
/// ```
/// use refconv::{Entry, EntryType, Var, model::inherit::inherited};
/// let mut book = Entry::new("book", EntryType::Book);
/// book.set(Var::Title, "Collected Essays").set(Var::Publisher, "Nauka");
/// let mut ch = Entry::new("ch", EntryType::Chapter);
/// ch.set(Var::Title, "An Essay");
/// ch.extra.insert("crossref".into(), "book".into());
/// let index = [("book", &book), ("ch", &ch)].into_iter().collect();
/// let got = inherited(&ch, &index);
/// assert_eq!(got.get(&Var::ContainerTitle).and_then(|v| match v { refconv::Value::Text(t) => Some(t.value.as_str()), _ => None }), Some("Collected Essays"));
/// assert!(got.contains_key(&Var::Publisher));
/// ```
pub fn inherited(e: &Entry, index: &HashMap<&str, &Entry>) -> BTreeMap<Var, Value> {
    let mut out = BTreeMap::new();
    collect(e, e, index, &mut out, 0);
    out
}

fn collect(
    child: &Entry,
    e: &Entry,
    index: &HashMap<&str, &Entry>,
    out: &mut BTreeMap<Var, Value>,
    depth: usize,
) {
    if depth > 4 {
        return;
    }
    for key in parents(e) {
        let Some(parent) = index.get(key.as_str()).copied() else { continue };
        if parent.id == child.id {
            continue;
        }
        let part_of_book =
            matches!(
                child.kind,
                EntryType::Chapter | EntryType::PaperConference | EntryType::EntryEncyclopedia
            ) && !matches!(parent.kind, EntryType::Chapter | EntryType::PaperConference);
        let article_of_periodical = matches!(
            child.kind,
            EntryType::ArticleJournal | EntryType::ArticleMagazine | EntryType::ArticleNewspaper
        ) && parent.kind == EntryType::Periodical;
        for (var, value) in &parent.fields {
            if NOT_INHERITED.contains(var) {
                continue;
            }
            let targets: &[Var] = match var {
                Var::Title if part_of_book || article_of_periodical => &[Var::ContainerTitle],
                Var::Author if part_of_book => &[Var::ContainerAuthor, Var::Author],
                v => std::slice::from_ref(v),
            };
            for t in targets {
                if !child.fields.contains_key(t) && !out.contains_key(t) {
                    out.insert(*t, value.clone());
                }
            }
        }
        collect(child, parent, index, out, depth + 1);
    }
}
