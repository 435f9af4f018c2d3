//! Sort keys of `cs:sort`: variables and macros, empty keys last.

use super::ctx::{Ctx, Mode};
use super::eval::var_name;
use hayagriva::citationberg::taxonomy::{NumberVariable, Variable};
use hayagriva::citationberg::{SortDirection, SortKey};
use std::cmp::Ordering;

/// One key's value: `None` when empty (sorted last either way).
pub(crate) type Key = Option<String>;

impl Ctx<'_> {
    pub(crate) fn sort_key(&self, key: &SortKey) -> Key {
        let s = match key {
            SortKey::Variable { variable, .. } => self.variable_key(*variable),
            SortKey::MacroName { name, names_min, names_use_first, .. } => {
                let m = self.style.macros.iter().find(|m| &m.name == name)?;
                let mut ctx = self.fork(Mode::Sort);
                if let (Some(min), Some(first)) = (names_min, names_use_first) {
                    ctx.sort_names = Some((*min as usize, *first as usize));
                }
                let r = ctx.seq(&m.children, "");
                let text = r.out.plain();
                (!text.trim().is_empty()).then(|| pad_numbers(&text))
            }
        };
        s.map(|s| fold(&s)).filter(|s| !s.is_empty())
    }

    fn variable_key(&self, v: Variable) -> Key {
        match v {
            Variable::Name(n) => {
                let persons = self.names_of(&n.to_string());
                if persons.is_empty() {
                    return None;
                }
                let keys: Vec<String> = persons
                    .iter()
                    .map(|p| match &p.literal {
                        Some(l) => l.clone(),
                        None => [&p.family, &p.non_dropping, &p.dropping, &p.given, &p.suffix]
                            .iter()
                            .filter(|s| !s.is_empty())
                            .map(|s| s.as_str())
                            .collect::<Vec<_>>()
                            .join(" "),
                    })
                    .collect();
                Some(keys.join(", "))
            }
            Variable::Date(d) => self.date_of(d).and_then(|d| d.sort_key().or(Some(String::new()))),
            Variable::Number(NumberVariable::CitationNumber) => {
                self.citation_number.map(|n| format!("{n:08}"))
            }
            Variable::Number(_) | Variable::Page(_) => {
                self.var(&var_name(v)).map(|s| pad_numbers(&s))
            }
            _ => self.var(&var_name(v)),
        }
    }
}

/// Numbers padded so that they sort as numbers (`9` before `10`).
fn pad_numbers(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut digits = String::new();
    for c in s.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else {
            if !digits.is_empty() {
                out.push_str(&format!("{digits:0>8}"));
                digits.clear();
            }
            out.push(c);
        }
    }
    if !digits.is_empty() {
        out.push_str(&format!("{digits:0>8}"));
    }
    out
}

/// A key compared the way citeproc-js's collator compares (`Intl.Collator`
/// with `sensitivity: "base", ignorePunctuation: true`): case, accents,
/// spaces, punctuation and markup aside.
fn fold(s: &str) -> String {
    crate::model::strip_tags(s)
        .chars()
        .filter(|c| !c.is_whitespace() && !is_punctuation(*c))
        .flat_map(char::to_lowercase)
        .map(base_letter)
        .collect()
}

/// Unicode punctuation (general category P), which the collator ignores;
/// symbols such as `+` or `$` still count.
fn is_punctuation(c: char) -> bool {
    matches!(c,
        '!'..='#' | '%'..='*' | ','..='/' | ':' | ';' | '?' | '@' | '['..=']' | '_' | '{' | '}'
        | '\u{a1}' | '\u{a7}' | '\u{ab}' | '\u{b6}' | '\u{b7}' | '\u{bb}' | '\u{bf}'
        | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{2043}' | '\u{2045}'..='\u{2051}'
        | '\u{2053}'..='\u{205e}' | '\u{2e00}'..='\u{2e4f}' | '\u{3001}'..='\u{3003}'
        | '\u{3008}'..='\u{3011}' | '\u{3014}'..='\u{301f}' | '\u{ff01}'..='\u{ff03}'
        | '\u{ff05}'..='\u{ff0a}' | '\u{ff0c}'..='\u{ff0f}' | '\u{ff1a}' | '\u{ff1b}'
        | '\u{ff1f}' | '\u{ff20}' | '\u{ff3b}'..='\u{ff3d}')
}

/// A Latin letter without its accent.
fn base_letter(c: char) -> char {
    match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è'..='ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì'..='ï' | 'ī' | 'į' | 'ı' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò'..='ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ù'..='ü' | 'ū' | 'ů' | 'ű' | 'ų' => 'u',
        'ý' | 'ÿ' => 'y',
        'ś' | 'š' | 'ş' => 's',
        'ź' | 'ż' | 'ž' => 'z',
        'ł' => 'l',
        'ř' => 'r',
        'ť' | 'ţ' => 't',
        'ď' => 'd',
        'ё' => 'е',
        c => c,
    }
}

/// Compares two lists of keys by the sort's directions; empty keys last.
pub(crate) fn compare(a: &[Key], b: &[Key], keys: &[SortKey]) -> Ordering {
    for ((x, y), k) in a.iter().zip(b).zip(keys) {
        let o = match (x, y) {
            (None, None) => Ordering::Equal,
            (None, Some(_)) => Ordering::Greater,
            (Some(_), None) => Ordering::Less,
            (Some(x), Some(y)) => {
                let o = x.cmp(y);
                if k.sort_direction() == SortDirection::Descending {
                    o.reverse()
                } else {
                    o
                }
            }
        };
        if o != Ordering::Equal {
            return o;
        }
    }
    Ordering::Equal
}
