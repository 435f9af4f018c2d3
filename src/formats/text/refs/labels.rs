//! The labels of the trained reference parser: AnyStyle's, plus what GOST
//! references need, and how the labels of other labelled data map onto them.

/// The labels, by id (the order is the model's).
pub const LABELS: &[&str] = &[
    "citation-number",
    "author",
    "editor",
    "translator",
    "compiler",
    "title",
    "volume-title",
    "container-title",
    "journal",
    "collection-title",
    "collection-number",
    "edition",
    "location",
    "publisher",
    "date",
    "volume",
    "pages",
    "number-of-volumes",
    "medium",
    "genre",
    "url",
    "accessed",
    "doi",
    "isbn",
    "note",
    "director",
    "producer",
    "source",
];

/// The id of a label of ours.
pub fn id(label: &str) -> Option<u16> {
    LABELS.iter().position(|l| *l == label).map(|i| i as u16)
}

/// An AnyStyle (or CORA) label as ours: AnyStyle's 23 labels are ours; CORA's
/// `booktitle` is a container, `institution` a publisher, `tech` a genre.
pub fn from_anystyle(label: &str) -> Option<&'static str> {
    let ours = match label {
        "booktitle" => "container-title",
        "institution" => "publisher",
        "tech" => "genre",
        "dataset" => "note",
        other => return LABELS.iter().find(|l| **l == other).copied(),
    };
    Some(ours)
}

/// A GROBID TEI element (name and its `level`/`unit`/`type` attribute) as our
/// label. `title[@level=m]` is the container when the reference also has an
/// article title (`has_analytic`), else the title.
pub fn from_grobid(name: &str, kind: Option<&str>, has_analytic: bool) -> Option<&'static str> {
    Some(match (name, kind) {
        ("author", _) => "author",
        ("editor", _) => "editor",
        ("title", Some("a")) => "title",
        ("title", Some("j")) => "journal",
        ("title", Some("m")) if has_analytic => "container-title",
        ("title", Some("m")) => "title",
        ("title", Some("s")) => "collection-title",
        ("title", _) => "title",
        ("date", _) => "date",
        ("biblScope", Some("volume" | "vol" | "issue")) => "volume",
        ("biblScope", Some("page" | "pp")) => "pages",
        ("biblScope", _) => "volume",
        ("publisher", _) => "publisher",
        ("orgName", Some("collaboration")) => "author",
        ("orgName", _) => "publisher",
        ("pubPlace" | "pubplace", _) => "location",
        ("note", Some("report")) => "genre",
        ("note", _) => "note",
        ("idno", Some("DOI" | "doi")) => "doi",
        ("idno", Some("ISBN" | "isbn")) => "isbn",
        ("idno", _) => "note",
        ("ptr" | "ref" | "url", _) => "url",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_mapped_label_is_ours() {
        for l in ["author", "booktitle", "institution", "tech", "journal", "pages", "dataset"] {
            assert!(from_anystyle(l).and_then(id).is_some(), "{l}");
        }
        assert_eq!(from_anystyle("nonsense"), None);
        for (n, k) in [("title", Some("m")), ("biblScope", Some("issue")), ("idno", Some("arxiv"))]
        {
            assert!(from_grobid(n, k, true).and_then(id).is_some(), "{n}");
        }
        assert_eq!(from_grobid("title", Some("m"), false), Some("title"));
        assert_eq!(from_grobid("lb", None, true), None);
        assert!(LABELS.len() < 64);
    }
}
