//! The rendering elements: `cs:text`, `cs:number`, `cs:label`, `cs:group`,
//! `cs:choose` and macros; `cs:names` and `cs:date` have their own files.

use super::ctx::{Ctx, Mode};
use super::out::{quoted, rich, Out};
use hayagriva::citationberg::taxonomy::{
    DateVariable, Locator, NumberOrPageVariable, NumberVariable, OtherTerm, StandardVariable, Term,
    Variable,
};
use hayagriva::citationberg::{
    Affixes, ChooseBranch, ChooseMatch, Formatting, Group, Label, LabelPluralize,
    LayoutRenderingElement, LongShortForm, Number, NumberForm, PageRangeFormat, TermForm, Text,
    TextCase, TextTarget, VariablelessLabel,
};

/// What an element did with variables, for the group rule: a group is left
/// out when it calls variables and all of them are empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Vars {
    None,
    Some,
    Empty,
}

impl Vars {
    pub(crate) fn and(self, other: Vars) -> Vars {
        match (self, other) {
            (Vars::Some, _) | (_, Vars::Some) => Vars::Some,
            (Vars::Empty, _) | (_, Vars::Empty) => Vars::Empty,
            _ => Vars::None,
        }
    }
}

/// An element's output and what it did with variables.
pub(crate) struct R {
    pub out: Out,
    pub vars: Vars,
}

impl R {
    pub(crate) fn empty(vars: Vars) -> R {
        R { out: Out::default(), vars }
    }
}

impl Ctx<'_> {
    /// Renders a list of elements joined by `delimiter`.
    pub(crate) fn seq(&self, elems: &[LayoutRenderingElement], delimiter: &str) -> R {
        let mut out = Out::default();
        let mut vars = Vars::None;
        let mut first = true;
        for e in elems {
            // A choice's branch is joined by the enclosing delimiter.
            let r = match e {
                LayoutRenderingElement::Choose(c) => self.choose(c, delimiter),
                e => self.elem(e),
            };
            vars = vars.and(r.vars);
            if r.out.is_empty() {
                continue;
            }
            if !first && !delimiter.is_empty() {
                out.push_str(delimiter, self.quote_punct());
            }
            first = false;
            out.append(r.out, self.quote_punct());
        }
        R { out, vars }
    }

    pub(crate) fn elem(&self, e: &LayoutRenderingElement) -> R {
        match e {
            LayoutRenderingElement::Text(t) => self.text(t),
            LayoutRenderingElement::Number(n) => self.number(n),
            LayoutRenderingElement::Label(l) => self.label(l),
            LayoutRenderingElement::Group(g) => self.group(g),
            LayoutRenderingElement::Choose(c) => self.choose(c, ""),
            LayoutRenderingElement::Names(n) => self.names(n),
            LayoutRenderingElement::Date(d) => self.date(d),
        }
    }

    fn choose(&self, c: &hayagriva::citationberg::Choose, delimiter: &str) -> R {
        for b in c.branches() {
            if self.test(b) {
                return self.seq(&b.children, delimiter);
            }
        }
        match &c.otherwise {
            Some(e) => self.seq(&e.children, delimiter),
            None => R::empty(Vars::None),
        }
    }

    /// Case, formatting, quotes and affixes around an element's content.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn finish(
        &self,
        out: Out,
        case: Option<TextCase>,
        fmt: &Formatting,
        affixes: &Affixes,
        quotes: bool,
        strip_periods: bool,
    ) -> Out {
        let english = self.english || out.0.iter().all(|p| p.fmt.term);
        self.finish_in(out, case, english, fmt, affixes, quotes, strip_periods)
    }

    /// [`Ctx::finish`], title and sentence case applied when `english` (a
    /// term's case is the style's, whatever the item's language).
    #[allow(clippy::too_many_arguments)]
    fn finish_in(
        &self,
        mut out: Out,
        case: Option<TextCase>,
        english: bool,
        fmt: &Formatting,
        affixes: &Affixes,
        quotes: bool,
        strip_periods: bool,
    ) -> Out {
        if out.is_empty() {
            return out;
        }
        if strip_periods {
            out.strip_periods();
        }
        if let Some(c) = case {
            out.case(c, english);
        }
        if quotes {
            out = quoted(out, self.loc.quotes());
        }
        out.format(fmt);
        self.affix(out, affixes)
    }

    pub(crate) fn affix(&self, out: Out, affixes: &Affixes) -> Out {
        if out.is_empty() {
            return out;
        }
        let mut whole = Out::text(affixes.prefix.clone().unwrap_or_default());
        whole.append(out, self.quote_punct());
        if let Some(s) = &affixes.suffix {
            whole.push_str(s, self.quote_punct());
        }
        whole
    }

    pub(crate) fn quote_punct(&self) -> bool {
        self.loc.punctuation_in_quote
    }

    fn text(&self, t: &Text) -> R {
        let (out, vars) = match &t.target {
            TextTarget::Variable { var, form } => {
                let out = self.variable_text(*var, *form);
                let vars = if out.is_empty() { Vars::Empty } else { Vars::Some };
                if vars == Vars::Some {
                    self.used(&var_name(*var));
                    if *form == LongShortForm::Short {
                        self.used(&format!("{}-short", var_name(*var)));
                    }
                }
                (out, vars)
            }
            TextTarget::Macro { name } => {
                let Some(m) = self.style.macros.iter().find(|m| &m.name == name) else {
                    return R::empty(Vars::None);
                };
                let r = self.seq(&m.children, "");
                // citeproc-js treats a macro as a group: nothing when it calls
                // variables and all are empty (a label beside an empty page),
                // and a value for the group around it when it prints (NLM's
                // lone `In`).
                if r.vars == Vars::Empty || r.out.is_empty() {
                    return R::empty(if r.vars == Vars::None { Vars::None } else { Vars::Empty });
                }
                (r.out, Vars::Some)
            }
            TextTarget::Term { term, form, plural } => {
                let s = self.loc.term(*term, *form, *plural).unwrap_or("");
                let mut o = Out::text(s);
                for p in &mut o.0 {
                    p.fmt.term = true;
                }
                // citeproc-js counts `no date` as a value: a group holding it
                // and only empty variables still prints.
                let stands_for_date = *term == Term::Other(OtherTerm::NoDate) && !o.is_empty();
                (o, if stands_for_date { Vars::Some } else { Vars::None })
            }
            TextTarget::Value { val } => (Out::text(val.clone()), Vars::None),
        };
        let out =
            self.finish(out, t.text_case, &t.formatting, &t.affixes, t.quotes, t.strip_periods);
        R { out, vars }
    }

    /// A variable printed by `cs:text`.
    fn variable_text(&self, var: Variable, form: LongShortForm) -> Out {
        let name = var_name(var);
        match var {
            Variable::Page(_) => match self.var("page") {
                Some(p) => Out::text(self.page_range(&p)),
                None => Out::default(),
            },
            Variable::Number(NumberVariable::Locator) => match &self.locator {
                Some((label, v)) if label == "page" => Out::text(self.page_range(v)),
                Some((_, v)) => Out::text(v.replace('-', "–")),
                None => Out::default(),
            },
            Variable::Number(NumberVariable::CitationNumber) => {
                Out::text(self.citation_number.map(|n| n.to_string()).unwrap_or_default())
            }
            Variable::Standard(StandardVariable::YearSuffix) => {
                Out::text(self.year_suffix.clone().unwrap_or_default())
            }
            Variable::Standard(
                StandardVariable::URL
                | StandardVariable::DOI
                | StandardVariable::PMID
                | StandardVariable::PMCID,
            ) => {
                let mut o = Out::text(self.var(&name).unwrap_or_default());
                for p in &mut o.0 {
                    p.fmt.nocase = true;
                }
                o
            }
            Variable::Standard(StandardVariable::Title) if form == LongShortForm::Short => {
                self.rich_var("title-short").or_else(|| self.rich_var("title")).unwrap_or_default()
            }
            Variable::Standard(StandardVariable::ContainerTitle)
                if form == LongShortForm::Short =>
            {
                self.rich_var("container-title-short")
                    .or_else(|| self.rich_var("container-title"))
                    .unwrap_or_default()
            }
            Variable::Date(_) | Variable::Name(_) => Out::default(),
            // `7-8` as a number range: an en dash.
            Variable::Number(_) => match self.var(&name) {
                Some(v) if is_numeric(&v) => Out::text(v.replace('-', "–")),
                Some(_) => self.rich_var(&name).unwrap_or_default(),
                None => Out::default(),
            },
            _ => self.rich_var(&name).unwrap_or_default(),
        }
    }

    /// A field's value as rich text.
    pub(crate) fn rich_var(&self, name: &str) -> Option<Out> {
        self.var(name).map(|v| rich(&v, self.loc.quotes()))
    }

    /// A page range in the style's page-range format, joined by an en dash.
    pub(crate) fn page_range(&self, v: &str) -> String {
        let delim =
            self.loc.term(Term::Other(OtherTerm::PageRangeDelimiter), TermForm::Long, false);
        let delim = delim.unwrap_or("–");
        let mut out = String::new();
        for (i, part) in v.split(", ").enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            let dash = part.find(['-', '–']);
            let Some(d) = dash else {
                out.push_str(part);
                continue;
            };
            let (a, b) = (part[..d].trim(), part[d..].trim_start_matches(['-', '–']).trim());
            let numeric = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
            let roman = |s: &str| !s.is_empty() && s.chars().all(|c| "ivxlcdmIVXLCDM".contains(c));
            let prefix = |s: &str| s.chars().take_while(|c| c.is_alphabetic()).collect::<String>();
            let prefixed = |s: &str| {
                let p = prefix(s);
                !p.is_empty() && numeric(&s[p.len()..])
            };
            if !(numeric(a) && numeric(b)) {
                // `cvi-cix`, `S213-S235` take a range dash; `110-N6` is kept
                // as printed.
                let format = self.style.settings.page_range_format;
                let same_prefix = prefixed(a) && prefixed(b) && prefix(a) == prefix(b);
                if same_prefix && format.is_some() {
                    // `B13-B14` in a page-range format: `B13–14`.
                    let p = prefix(a).len();
                    out.push_str(a);
                    out.push_str(delim);
                    out.push_str(&short_range(&a[p..], &b[p..], format));
                } else if roman(a) && roman(b) || same_prefix {
                    out.push_str(a);
                    out.push_str(delim);
                    out.push_str(b);
                } else {
                    out.push_str(a);
                    out.push('-');
                    out.push_str(b);
                }
                continue;
            }
            // `1100-23`: the end as a whole number first.
            let format = self.style.settings.page_range_format;
            let full_b = if b.len() < a.len() && format.is_some() {
                format!("{}{b}", &a[..a.len() - b.len()])
            } else {
                b.to_string()
            };
            out.push_str(a);
            out.push_str(delim);
            out.push_str(&short_range(a, &full_b, format));
        }
        out
    }

    fn number(&self, n: &Number) -> R {
        let name = var_name(n.variable.into());
        let value = match n.variable {
            NumberOrPageVariable::Number(NumberVariable::CitationNumber) => {
                self.citation_number.map(|n| n.to_string())
            }
            NumberOrPageVariable::Number(NumberVariable::Locator) => {
                self.locator.as_ref().map(|l| l.1.clone())
            }
            NumberOrPageVariable::Page(_) => self.var("page").map(|p| self.page_range(&p)),
            _ => self.var(&name),
        };
        let Some(value) = value else { return R::empty(Vars::Empty) };
        self.used(&name);
        let text = if is_numeric(&value) { self.numbers(&value, n.form) } else { value };
        let out =
            self.finish(Out::text(text), n.text_case, &n.formatting, &n.affixes, false, false);
        R { out, vars: Vars::Some }
    }

    /// Each number of a numeric value in a form; separators normalised.
    fn numbers(&self, v: &str, form: NumberForm) -> String {
        let mut out = String::new();
        let mut num = String::new();
        let flush = |num: &mut String, out: &mut String| {
            if num.is_empty() {
                return;
            }
            let digits: String = num.chars().filter(char::is_ascii_digit).collect();
            let plain = num.chars().all(|c| c.is_ascii_digit());
            match (digits.parse::<i32>(), form, plain) {
                (Ok(n), NumberForm::Ordinal, true) => {
                    out.push_str(&format!("{n}{}", self.loc.ordinal(n)))
                }
                (Ok(n), NumberForm::LongOrdinal, true) => out.push_str(&self.loc.long_ordinal(n)),
                (Ok(n), NumberForm::Roman, true) if n > 0 && n < 4000 => {
                    out.push_str(&roman(n as u32))
                }
                _ => out.push_str(num),
            }
            num.clear();
        };
        let mut chars = v.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '-' | '–' => {
                    flush(&mut num, &mut out);
                    out.push('–');
                }
                ',' | '&' => {
                    flush(&mut num, &mut out);
                    while chars.peek() == Some(&' ') {
                        chars.next();
                    }
                    out.push_str(if c == ',' { ", " } else { " & " });
                }
                ' ' => {}
                c => num.push(c),
            }
        }
        flush(&mut num, &mut out);
        let out = out.trim().to_string();
        out.replace("  ", " ").replace(" –", "–").replace("– ", "–")
    }

    fn label(&self, l: &Label) -> R {
        let var: Variable = l.variable.into();
        let value = match var {
            Variable::Number(NumberVariable::Locator) => self.locator.as_ref().map(|l| l.1.clone()),
            Variable::Page(_) => self.var("page"),
            _ => self.var(&var_name(var)),
        };
        // citeproc-js prints the label of an empty variable too, in the
        // singular (Harvard's `(24 vol)` with no `volume`); it is no variable
        // for the group around it.
        let value = value.unwrap_or_default();
        let term: Term = match var {
            Variable::Number(NumberVariable::Locator) => {
                let label = self.locator.as_ref().map(|l| l.0.as_str()).unwrap_or("page");
                match locator_term(label) {
                    Some(t) => t,
                    None => return R::empty(Vars::None),
                }
            }
            _ => l.variable.into(),
        };
        let out = self.label_text(term, &value, &l.label, var.is_number_of_variable());
        R { out, vars: Vars::None }
    }

    /// A label's text for a value: plural when the value holds several
    /// numbers (or, for a `number-of-` variable, is more than one).
    pub(crate) fn label_text(
        &self,
        term: Term,
        value: &str,
        l: &VariablelessLabel,
        count: bool,
    ) -> Out {
        let plural = match l.plural {
            LabelPluralize::Always => true,
            LabelPluralize::Never => false,
            LabelPluralize::Contextual if value.is_empty() => false,
            LabelPluralize::Contextual if count => {
                value.trim().parse::<i64>().map(|n| n > 1).unwrap_or(false)
            }
            LabelPluralize::Contextual => plural_value(value),
        };
        let s = self.loc.term(term, l.form, plural).unwrap_or("");
        let mut o = Out::text(s);
        o.0.iter_mut().for_each(|p| p.fmt.label = true);
        self.finish_in(o, l.text_case, true, &l.formatting, &l.affixes, false, l.strip_periods)
    }

    fn group(&self, g: &Group) -> R {
        let r = self.seq(&g.children, g.delimiter.as_deref().unwrap_or(""));
        if r.vars == Vars::Empty || r.out.is_empty() {
            return R::empty(if r.vars == Vars::None { Vars::None } else { Vars::Empty });
        }
        let fmt = Formatting {
            font_style: g.font_style,
            font_variant: g.font_variant,
            font_weight: g.font_weight,
            text_decoration: g.text_decoration,
            vertical_align: g.vertical_align,
        };
        let affixes = Affixes { prefix: g.prefix.clone(), suffix: g.suffix.clone() };
        let out = self.finish(r.out, None, &fmt, &affixes, false, false);
        // A nested group that prints counts as a value for the group around it
        // (citeproc-js: IEEE's `[Online]` beside an empty access date).
        R { out, vars: Vars::Some }
    }

    fn test(&self, b: &ChooseBranch) -> bool {
        let mut results: Vec<bool> = Vec::new();
        if let Some(d) = b.disambiguate {
            results.push(d == self.disambiguate);
        }
        if let Some(vs) = &b.is_numeric {
            for v in vs {
                results.push(self.var(&var_name(*v)).is_some_and(|s| is_numeric(&s)));
            }
        }
        if let Some(vs) = &b.is_uncertain_date {
            for v in vs {
                results.push(self.uncertain(*v));
            }
        }
        if let Some(ls) = &b.locator {
            for l in ls {
                let label = self.locator.as_ref().map(|x| x.0.as_str());
                results.push(label.is_some_and(|x| locator_term(x) == Some(Term::Locator(*l))));
            }
        }
        if let Some(ps) = &b.position {
            for p in ps {
                results.push(self.mode == Mode::Cite && self.position_is(*p));
            }
        }
        if let Some(ts) = &b.type_ {
            let kind = self.item.get("type").and_then(|t| t.as_str()).unwrap_or("");
            for t in ts {
                results.push(kind_name(t) == kind);
            }
        }
        if let Some(vs) = &b.variable {
            for v in vs {
                results.push(self.has(*v));
            }
        }
        match b.match_ {
            ChooseMatch::All => results.iter().all(|r| *r),
            ChooseMatch::Any => results.iter().any(|r| *r),
            ChooseMatch::None => results.iter().all(|r| !r),
        }
    }

    /// Whether a variable has a value (for `variable=` tests).
    /// A variable a substitute printed still counts as present here, as in
    /// citeproc-js (Chicago's `variable="archive …"` test on an untitled file).
    pub(crate) fn has(&self, v: Variable) -> bool {
        let held = std::mem::take(&mut *self.suppressed.borrow_mut());
        let found = self.has_unsuppressed(v);
        *self.suppressed.borrow_mut() = held;
        found
    }

    fn has_unsuppressed(&self, v: Variable) -> bool {
        match v {
            Variable::Number(NumberVariable::Locator) => self.locator.is_some(),
            Variable::Number(NumberVariable::CitationNumber) => self.citation_number.is_some(),
            Variable::Standard(StandardVariable::YearSuffix) => self.year_suffix.is_some(),
            Variable::Name(n) => !self.names_of(&n.to_string()).is_empty(),
            Variable::Date(d) => self.date_of(d).is_some(),
            _ => self.var(&var_name(v)).is_some(),
        }
    }

    fn uncertain(&self, v: DateVariable) -> bool {
        let Some(d) = self.item.get(&v.to_string()) else { return false };
        d.get("circa").is_some_and(|c| {
            c.as_bool().unwrap_or(false) || c.as_str().is_some_and(|s| !s.is_empty())
        })
    }
}

/// The CSL-JSON key of a variable.
pub(crate) fn var_name(v: Variable) -> String {
    match v {
        Variable::Standard(StandardVariable::ArchivePlace) => "archive-place".into(),
        other => other.to_string(),
    }
}

/// The CSL-JSON name of an item type.
pub(crate) fn kind_name(k: &hayagriva::citationberg::taxonomy::Kind) -> String {
    serde_json::to_value(k).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

fn locator_term(label: &str) -> Option<Term> {
    let l: Locator = label.parse().ok()?;
    Some(Term::Locator(l))
}

/// CSL's numeric test: numbers, optionally with letters glued to them
/// (`2nd`, `L2`, `2a`), joined by `-`, `–`, `,` or `&`.
pub(crate) fn is_numeric(v: &str) -> bool {
    let v = v.trim();
    if v.is_empty() {
        return false;
    }
    v.split(['-', '–', ',', '&']).map(str::trim).all(|t| {
        // Small roman numerals count, as in citeproc-js (`xv, 628`; not `c`,
        // `mix` or capitals).
        let roman = !t.is_empty() && t.chars().all(|c| matches!(c, 'i' | 'v' | 'x' | 'l'));
        roman
            || !t.is_empty()
                && t.chars().any(|c| c.is_ascii_digit())
                && t.chars().all(|c| c.is_ascii_alphanumeric())
                && {
                    let letters_before = t.chars().take_while(|c| c.is_ascii_alphabetic()).count();
                    let rest = &t[letters_before..];
                    let digits = rest.chars().take_while(char::is_ascii_digit).count();
                    rest[digits..].chars().all(|c| c.is_ascii_alphabetic())
                }
    })
}

fn plural_value(v: &str) -> bool {
    let v = v.trim();
    v.contains(['-', '–', ',', '&']) && v.chars().filter(char::is_ascii_digit).count() > 1
        || v.contains(" and ")
}

fn roman(mut n: u32) -> String {
    let table = [
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    let mut out = String::new();
    for (v, s) in table {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

/// The end of a page range in a page-range format (`321–28`).
fn short_range(a: &str, b: &str, format: Option<PageRangeFormat>) -> String {
    let Some(format) = format else { return b.to_string() };
    if b.len() != a.len() {
        return b.to_string();
    }
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let minimal = &b[common.min(b.len().saturating_sub(1))..];
    match format {
        PageRangeFormat::Expanded => b.to_string(),
        PageRangeFormat::Minimal => minimal.to_string(),
        PageRangeFormat::MinimalTwo => {
            if minimal.len() < 2 && b.len() >= 2 {
                b[b.len() - 2..].to_string()
            } else {
                minimal.to_string()
            }
        }
        PageRangeFormat::Chicago15 | PageRangeFormat::Chicago16 => {
            let an: u32 = a.parse().unwrap_or(0);
            if an < 100 || an % 100 == 0 {
                b.to_string()
            } else if an % 100 < 10 {
                minimal.to_string()
            } else if matches!(format, PageRangeFormat::Chicago15)
                && a.len() == 4
                && minimal.len() > 2
            {
                b.to_string()
            } else if minimal.len() < 2 {
                b[b.len() - 2..].to_string()
            } else {
                minimal.to_string()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_values() {
        // As citeproc-js 2.4.63 tests them (small roman numerals count).
        for v in ["12", "2nd", "L2", "12-15", "2, 3", "2 & 3", "2a", "xv", "xv, 628", "iv-x"] {
            assert!(is_numeric(v), "{v}");
        }
        for v in ["second", "12 bis", "", "5th edn", "c", "mix", "XV", "628 p."] {
            assert!(!is_numeric(v), "{v}");
        }
    }

    #[test]
    fn page_range_formats() {
        assert_eq!(short_range("321", "328", Some(PageRangeFormat::Minimal)), "8");
        assert_eq!(short_range("321", "328", Some(PageRangeFormat::MinimalTwo)), "28");
        assert_eq!(short_range("321", "328", Some(PageRangeFormat::Chicago16)), "28");
        assert_eq!(short_range("101", "108", Some(PageRangeFormat::Chicago16)), "8");
        assert_eq!(short_range("100", "104", Some(PageRangeFormat::Chicago16)), "104");
        assert_eq!(short_range("321", "328", None), "328");
    }
}
