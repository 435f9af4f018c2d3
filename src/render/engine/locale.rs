//! Terms, date formats and options of a locale, looked up the CSL way: the
//! style's own `cs:locale` for the language, then for its base language, then
//! without a language; then the locale file, the base language's default
//! dialect, and `en-US`.

use hayagriva::citationberg::taxonomy::{OtherTerm, Term};
use hayagriva::citationberg::{Date, DateForm, Locale, OrdinalLookup, TermForm};

/// The locales to look a term up in, first to last.
pub(crate) struct Locales<'a> {
    chain: Vec<&'a Locale>,
    /// `(open, close, open inner, close inner)`.
    pub quotes: (String, String, String, String),
    pub punctuation_in_quote: bool,
    pub limit_day_ordinals: bool,
    pub lang: String,
}

/// The default dialect of a base language (CSL's `locales.json` primary
/// dialects, for the languages whose default is not `xx-XX`).
fn primary_dialect(base: &str) -> String {
    match base {
        "en" => "en-US".into(),
        "ar" => "ar".into(),
        "cs" => "cs-CZ".into(),
        "da" => "da-DK".into(),
        "el" => "el-GR".into(),
        "et" => "et-EE".into(),
        "fa" => "fa-IR".into(),
        "he" => "he-IL".into(),
        "ja" => "ja-JP".into(),
        "ko" => "ko-KR".into(),
        "nb" => "nb-NO".into(),
        "nn" => "nn-NO".into(),
        "pt" => "pt-PT".into(),
        "sv" => "sv-SE".into(),
        "uk" => "uk-UA".into(),
        "vi" => "vi-VN".into(),
        "zh" => "zh-CN".into(),
        b => format!("{b}-{}", b.to_uppercase()),
    }
}

impl<'a> Locales<'a> {
    pub(crate) fn new(lang: &str, style: &'a [Locale], files: &'a [Locale]) -> Locales<'a> {
        let base = lang.split('-').next().unwrap_or(lang).to_string();
        let code = |l: &Locale| l.lang.as_ref().map(|c| c.0.clone());
        let mut chain: Vec<&Locale> = Vec::new();
        for want in [Some(lang.to_string()), Some(base.clone()), None] {
            chain.extend(style.iter().filter(|l| code(l) == want));
        }
        for want in [lang.to_string(), primary_dialect(&base), "en-US".to_string()] {
            chain.extend(files.iter().filter(|l| code(l).as_deref() == Some(want.as_str())));
        }
        let mut me = Locales {
            chain,
            quotes: Default::default(),
            punctuation_in_quote: false,
            limit_day_ordinals: false,
            lang: lang.to_string(),
        };
        let q = |t: OtherTerm, d: &str| {
            me.term(Term::Other(t), TermForm::Long, false).unwrap_or(d).to_string()
        };
        let quotes = (
            q(OtherTerm::OpenQuote, "“"),
            q(OtherTerm::CloseQuote, "”"),
            q(OtherTerm::OpenInnerQuote, "‘"),
            q(OtherTerm::CloseInnerQuote, "’"),
        );
        me.quotes = quotes;
        me.punctuation_in_quote = me
            .chain
            .iter()
            .find_map(|l| l.style_options.and_then(|o| o.punctuation_in_quote))
            .unwrap_or(false);
        me.limit_day_ordinals = me
            .chain
            .iter()
            .find_map(|l| l.style_options.and_then(|o| o.limit_day_ordinals_to_day_1))
            .unwrap_or(false);
        me
    }

    pub(crate) fn quotes(&self) -> (&str, &str, &str, &str) {
        (&self.quotes.0, &self.quotes.1, &self.quotes.2, &self.quotes.3)
    }

    /// A term in a form (falling back to the forms CSL names), singular or
    /// plural. `None` when no locale defines it; `Some("")` when one defines it
    /// empty.
    pub(crate) fn term(&self, term: Term, form: TermForm, plural: bool) -> Option<&'a str> {
        let mut form = Some(form);
        while let Some(f) = form {
            for l in &self.chain {
                if let Some(t) = l.term(term, f) {
                    let s = if plural { t.multiple() } else { t.single() };
                    if let Some(s) = s {
                        return Some(s);
                    }
                }
            }
            form = f.fallback();
        }
        None
    }

    /// The locale's date format of a form.
    pub(crate) fn date(&self, form: DateForm) -> Option<&'a Date> {
        self.chain.iter().flat_map(|l| l.date.iter()).find(|d| d.form == Some(form))
    }

    /// An ordinal suffix for `n`: the first locale in the chain that has
    /// ordinal terms decides.
    pub(crate) fn ordinal(&self, n: i32) -> String {
        for l in &self.chain {
            if let Some(look) = l.ordinals() {
                if let Some(s) = look.lookup(n, None) {
                    return s.to_string();
                }
            }
        }
        let _ = OrdinalLookup::empty();
        String::new()
    }

    /// A long ordinal (`first`) for 1–10, else the ordinal.
    pub(crate) fn long_ordinal(&self, n: i32) -> String {
        for l in &self.chain {
            if let Some(look) = l.ordinals() {
                if let Some(s) = look.lookup_long(n) {
                    return s.to_string();
                }
            }
        }
        format!("{n}{}", self.ordinal(n))
    }
}
