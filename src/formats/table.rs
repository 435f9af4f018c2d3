//! The table of formats: names, file extensions, what each can do, and detection
//! by content.

use std::fmt;

/// A format `refconv` knows by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// Plain text: detect which of article / notes / refs it is.
    Text,
    /// A whole article as plain text: body, footnotes, reference list.
    Article,
    /// Footnotes, one numbered note per block.
    Notes,
    /// A numbered reference list.
    Refs,
    /// BibTeX.
    Bibtex,
    /// BibLaTeX.
    Biblatex,
    /// CSL-JSON items.
    CslJson,
    /// CSL-JSON Lines: one item per line.
    CslJsonl,
    /// CSL citation clusters (csl-citation.json).
    CslCitations,
    /// TEI P5 XML.
    Tei,
    /// The model itself, as JSON.
    Json,
    /// Labelled reference strings, AnyStyle's XML (training data).
    AnystyleXml,
    /// RIS, the tagged format of reference managers and databases.
    Ris,
    /// EndNote XML.
    EndnoteXml,
    /// MODS, the Library of Congress's XML for catalogue records.
    Mods,
    /// Formatted HTML: notes and bibliography in a citation style.
    Html,
    /// Formatted Markdown: notes as footnotes, the bibliography.
    Markdown,
}

/// Name, extensions, and what each direction can do, one row per format.
const TABLE: &[(Format, &str, &[&str], &str)] = &[
    (
        Format::Text,
        "text",
        &["txt", "text"],
        "plain text: article, notes or refs, detected; written: notes and bibliography in --style",
    ),
    (Format::Article, "article", &[], "a whole article as plain text"),
    (Format::Notes, "notes", &[], "footnotes, one numbered note per block"),
    (Format::Refs, "refs", &[], "a numbered reference list"),
    (Format::Bibtex, "bibtex", &["bib", "bibtex"], "BibTeX"),
    (Format::Biblatex, "biblatex", &["biblatex"], "BibLaTeX"),
    (Format::CslJson, "csl-json", &["json", "csljson"], "CSL-JSON items"),
    (
        Format::CslJsonl,
        "csl-jsonl",
        &["jsonl", "ndjson"],
        "CSL-JSON Lines: one item per line (streams in constant memory)",
    ),
    (
        Format::CslCitations,
        "csl-citations",
        &["citations.json"],
        "CSL citation clusters with locators",
    ),
    (Format::Tei, "tei", &["xml", "tei"], "TEI P5 XML"),
    (Format::Json, "json", &["refconv.json"], "the refconv model as JSON"),
    (
        Format::AnystyleXml,
        "anystyle-xml",
        &["anystyle.xml"],
        "labelled reference strings (AnyStyle's XML): to correct and train on",
    ),
    (Format::Ris, "ris", &["ris"], "RIS: what reference managers and databases import and export"),
    (
        Format::EndnoteXml,
        "endnote-xml",
        &["enl.xml"],
        "EndNote XML (EndNote's own export; also Zotero's and JabRef's)",
    ),
    (
        Format::Mods,
        "mods",
        &["mods", "mods.xml"],
        "MODS 3.x XML: library catalogues, digital libraries, bibutils",
    ),
    (Format::Html, "html", &["html", "htm"], "formatted notes and bibliography (--style), HTML"),
    (
        Format::Markdown,
        "markdown",
        &["md", "markdown"],
        "formatted notes (as footnotes) and bibliography (--style), Markdown",
    ),
];

impl Format {
    /// Every format.
    pub const ALL: &'static [Format] = &[
        Format::Text,
        Format::Article,
        Format::Notes,
        Format::Refs,
        Format::Bibtex,
        Format::Biblatex,
        Format::CslJson,
        Format::CslJsonl,
        Format::CslCitations,
        Format::Tei,
        Format::Json,
        Format::AnystyleXml,
        Format::Ris,
        Format::EndnoteXml,
        Format::Mods,
        Format::Html,
        Format::Markdown,
    ];

    fn row(self) -> &'static (Format, &'static str, &'static [&'static str], &'static str) {
        TABLE.iter().find(|r| r.0 == self).unwrap_or(&TABLE[0])
    }

    /// The name used on the command line.
    ///
    /// ```
    /// assert_eq!(refconv::Format::CslJson.name(), "csl-json");
    /// ```
    pub fn name(self) -> &'static str {
        self.row().1
    }

    /// The file extensions (without the dot) that mean this format.
    pub fn extensions(self) -> &'static [&'static str] {
        self.row().2
    }

    /// The extension to give a file written in this format.
    pub fn file_extension(self) -> &'static str {
        match self {
            Format::Text | Format::Article | Format::Notes | Format::Refs => "txt",
            Format::Bibtex | Format::Biblatex => "bib",
            Format::CslJson | Format::CslCitations | Format::Json => "json",
            Format::CslJsonl => "jsonl",
            Format::Tei | Format::AnystyleXml | Format::EndnoteXml | Format::Mods => "xml",
            Format::Ris => "ris",
            Format::Html => "html",
            Format::Markdown => "md",
        }
    }

    /// A one-line description.
    pub fn description(self) -> &'static str {
        self.row().3
    }

    /// Looks a format up by name (case-insensitive; `csljson` and `csl_json` too).
    ///
    /// ```
    /// use refconv::Format;
    /// assert_eq!(Format::from_name("CSL-JSON"), Some(Format::CslJson));
    /// assert_eq!(Format::from_name("csljson"), Some(Format::CslJson));
    /// assert_eq!(Format::from_name("docx"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Format> {
        let n: String =
            name.chars().filter(|c| !matches!(c, '-' | '_')).collect::<String>().to_lowercase();
        TABLE.iter().find(|r| r.1.replace('-', "") == n).map(|r| r.0)
    }

    /// Guesses a format from a file name's extension (the longest match wins, so
    /// `x.citations.json` is `csl-citations` and `x.json` is `csl-json`).
    ///
    /// ```
    /// use refconv::Format;
    /// assert_eq!(Format::from_path("refs.BIB"), Some(Format::Bibtex));
    /// assert_eq!(Format::from_path("out.citations.json"), Some(Format::CslCitations));
    /// assert_eq!(Format::from_path("a.json"), Some(Format::CslJson));
    /// assert_eq!(Format::from_path("README"), None);
    /// ```
    pub fn from_path(path: &str) -> Option<Format> {
        let file = path.rsplit(['/', '\\']).next().unwrap_or(path).to_lowercase();
        TABLE
            .iter()
            .flat_map(|r| r.2.iter().map(move |e| (r.0, *e)))
            .filter(|(_, e)| file.len() > e.len() + 1 && file.ends_with(&format!(".{e}")))
            .max_by_key(|(_, e)| e.len())
            .map(|(f, _)| f)
    }

    /// Guesses a format from content: JSON (model or CSL), XML, BibTeX, else text.
    ///
    /// ```
    /// use refconv::Format;
    /// assert_eq!(Format::detect("[{\"id\": \"a\", \"type\": \"book\"}]"), Format::CslJson);
    /// assert_eq!(Format::detect("{\"entries\": []}"), Format::Json);
    /// assert_eq!(Format::detect("% x\n@book{a, title={T}}"), Format::Bibtex);
    /// assert_eq!(Format::detect("<?xml version=\"1.0\"?><TEI/>"), Format::Tei);
    /// assert_eq!(Format::detect("1 AVP RF. F. 0146."), Format::Text);
    /// ```
    pub fn detect(content: &str) -> Format {
        let t = content.trim_start_matches('\u{feff}').trim_start();
        if t.starts_with('[') {
            return Format::CslJson;
        }
        if let Some(rest) = t.strip_prefix('{') {
            let first_key = rest.trim_start();
            let looks_model = ["\"entries\"", "\"citations\"", "\"notes\"", "\"diagnostics\""]
                .iter()
                .any(|k| first_key.starts_with(k));
            if looks_model {
                return Format::Json;
            }
            // One complete object on the first line and another object after it.
            let mut lines = t.lines().filter(|l| !l.trim().is_empty());
            let first_whole = lines.next().is_some_and(|l| {
                serde_json::from_str::<serde_json::Value>(l).is_ok_and(|v| v.is_object())
            });
            if first_whole && lines.next().is_some_and(|l| l.trim_start().starts_with('{')) {
                return Format::CslJsonl;
            }
            return Format::CslJson;
        }
        if t.starts_with('<') {
            let head: String = t.chars().take(1000).collect();
            if head.contains("<dataset") && head.contains("<sequence") {
                return Format::AnystyleXml;
            }
            if head.contains("<records>") && head.contains("<record>") {
                return Format::EndnoteXml;
            }
            if head.contains("http://www.loc.gov/mods/v3")
                || ["<modsCollection", "<mods>", "<mods ", "<mods:mods"]
                    .iter()
                    .any(|m| head.contains(m))
            {
                return Format::Mods;
            }
            return Format::Tei;
        }
        if looks_ris(t) {
            return Format::Ris;
        }
        for line in t.lines() {
            let l = line.trim_start();
            if l.is_empty() || l.starts_with('%') {
                continue;
            }
            if l.starts_with('@') {
                return Format::Bibtex;
            }
            break;
        }
        if t.lines().take(200).any(|l| {
            let l = l.trim_start();
            l.starts_with('@')
                && l[1..].trim_start().chars().next().is_some_and(char::is_alphabetic)
                && l.contains(['{', '('])
        }) {
            return Format::Bibtex;
        }
        Format::Text
    }

    /// The format of an input whose format was not given: the file name's
    /// extension where it tells (`path`: `None` for standard input), else the
    /// content ([`Format::detect`]). A `.json` file may hold CSL-JSON, CSL-JSON Lines
    /// or the model, and a `.txt` file BibTeX: there the content decides.
    ///
    /// ```
    /// use refconv::Format;
    /// assert_eq!(Format::guess(Some("a.bib"), ""), Format::Bibtex);
    /// assert_eq!(Format::guess(Some("a.json"), "{\"entries\": []}"), Format::Json);
    /// assert_eq!(Format::guess(Some("a.txt"), "@book{a, title={T}}"), Format::Bibtex);
    /// assert_eq!(Format::guess(None, "<TEI/>"), Format::Tei);
    /// ```
    pub fn guess(path: Option<&str>, content: &str) -> Format {
        match path.and_then(Format::from_path) {
            Some(Format::Text | Format::CslJson | Format::Tei) | None => Format::detect(content),
            Some(f) => f,
        }
    }

    /// Whether `refconv` can read this format (in this build).
    pub fn can_read(self) -> bool {
        matches!(
            self,
            Format::Text
                | Format::Article
                | Format::Notes
                | Format::Refs
                | Format::Bibtex
                | Format::Biblatex
                | Format::CslJson
                | Format::CslJsonl
                | Format::Tei
                | Format::Json
                | Format::AnystyleXml
                | Format::Ris
                | Format::EndnoteXml
                | Format::Mods
        )
    }

    /// Whether `refconv` can write this format (in this build).
    pub fn can_write(self) -> bool {
        matches!(
            self,
            Format::Bibtex
                | Format::Biblatex
                | Format::CslJson
                | Format::CslJsonl
                | Format::CslCitations
                | Format::Tei
                | Format::Json
                | Format::AnystyleXml
                | Format::Ris
                | Format::Mods
                | Format::EndnoteXml
                | Format::Text
                | Format::Html
                | Format::Markdown
        )
    }
}

/// RIS: a `TY  - ` line among the first lines, before any line that is neither a
/// tag line, blank, nor a record number ("1.").
fn looks_ris(t: &str) -> bool {
    for line in t.lines().take(50) {
        let l = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
        let b = l.as_bytes();
        if l.is_empty() || l.trim_end_matches('.').bytes().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let tagged = b.len() >= 5
            && b[0].is_ascii_uppercase()
            && (b[1].is_ascii_uppercase() || b[1].is_ascii_digit())
            && b[2] == b' '
            && (b[3] == b'-' || (b[3] == b' ' && b[4] == b'-'));
        if !tagged {
            return false;
        }
        if l.starts_with("TY") {
            return true;
        }
    }
    false
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Format, String> {
        Format::from_name(s).ok_or_else(|| {
            let names: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
            format!("unknown format `{s}` (one of: {})", names.join(", "))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_has_a_row_and_a_name() {
        for f in Format::ALL {
            assert_eq!(Format::from_name(f.name()), Some(*f));
            assert_eq!(f.row().0, *f);
        }
        assert_eq!(TABLE.len(), Format::ALL.len());
    }

    #[test]
    fn detects_csl_object_vs_model() {
        assert_eq!(Format::detect("{\n  \"id\": \"x\",\n  \"type\": \"book\"\n}"), Format::CslJson);
        assert_eq!(
            Format::detect("\u{feff}{\n  \"entries\": [\n {\"id\": \"x\", \"type\": \"book\"}]}"),
            Format::Json
        );
        assert_eq!(Format::detect("Some text\n\n@book{a,\n}"), Format::Bibtex);
        assert_eq!(
            Format::detect("{\"id\": \"a\", \"type\": \"book\"}\n{\"id\": \"b\"}\n"),
            Format::CslJsonl
        );
    }
}
