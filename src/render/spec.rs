//! What a caller asks formatted output for: the style, the transliteration
//! scheme of the References list (kept apart so that the options need nothing
//! else of the renderer).

/// A citation style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StyleSpec {
    /// A style by name: `gost` (refconv's GOST R 7.0.5 footnotes) or a CSL style
    /// refconv carries (`apa`, `chicago-notes`, `ieee`, `gost-r-7-0-5-2008-numeric`, ...;
    /// see [`super::style_names`]).
    Named(String),
    /// A CSL 1.0.2 style: the XML of a `.csl` file (independent, or dependent on a
    /// style refconv carries).
    Csl(String),
}

impl Default for StyleSpec {
    fn default() -> Self {
        StyleSpec::Named("gost".into())
    }
}

/// A transliteration scheme of the References list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// BS 2979 without diacritics ("BSI", translit.ru).
    Bsi,
    /// BGN/PCGN (й → y).
    Bgn,
    /// ALA-LC without diacritics.
    Lc,
    /// GOST 7.79-2000 System B.
    Gost779b,
}

impl std::str::FromStr for Scheme {
    type Err = String;
    fn from_str(s: &str) -> Result<Scheme, String> {
        Ok(match s.to_ascii_lowercase().as_str() {
            "bsi" | "bs" | "bs-2979" => Scheme::Bsi,
            "bgn" | "bgn-pcgn" | "pcgn" => Scheme::Bgn,
            "lc" | "ala-lc" | "loc" => Scheme::Lc,
            "gost-7.79b" | "gost" | "gost-7.79" | "gost779b" => Scheme::Gost779b,
            other => return Err(format!("unknown scheme `{other}` (bsi, bgn, lc, gost-7.79b)")),
        })
    }
}
