//! `cs:names`: name order and particles, initials, et al., `and`, labels and
//! substitutes.

use super::ctx::{Ctx, Mode};
use super::eval::{Vars, R};
use super::out::Out;
use hayagriva::citationberg::taxonomy::{OtherTerm, Term};
use hayagriva::citationberg::{
    DelimiterBehavior, DemoteNonDroppingParticle, EtAlTerm, Name, NameAnd, NameAsSortOrder,
    NameForm, NameLabelPosition, NameOptions, Names, TermForm, ToAffixes, ToFormatting,
};
use serde_json::Value as Json;

/// One person or body, its parts as CSL-JSON gives them (particles parsed out
/// of the family and given names when the item has them inline).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Person {
    pub family: String,
    pub given: String,
    pub dropping: String,
    pub non_dropping: String,
    pub suffix: String,
    pub comma_suffix: bool,
    pub literal: Option<String>,
}

impl Person {
    pub(crate) fn from_json(v: &Json) -> Option<Person> {
        let s = |k: &str| {
            let t = v.get(k).and_then(Json::as_str).unwrap_or("").trim();
            t.replace('\'', "’")
        };
        let mut p = Person {
            family: s("family"),
            given: s("given"),
            dropping: s("dropping-particle"),
            non_dropping: s("non-dropping-particle"),
            suffix: s("suffix"),
            comma_suffix: v.get("comma-suffix").is_some_and(|c| c.as_bool() == Some(true)),
            literal: None,
        };
        if p.family.is_empty() {
            let lit = s("literal");
            let lit = if lit.is_empty() { p.given.clone() } else { lit };
            if lit.is_empty() {
                return None;
            }
            p.literal = Some(lit);
            return Some(p);
        }
        let mut parse = v.get("parse-names").is_none_or(|x| x.as_bool() != Some(false));
        // `"van Happel"`: a quoted family name is taken as it is.
        if p.family.len() > 2 && p.family.starts_with('"') && p.family.ends_with('"') {
            p.family = p.family[1..p.family.len() - 1].to_string();
            parse = false;
        }
        if parse && p.non_dropping.is_empty() {
            // `van Gogh`, `d'Alembert`: lower-case words before the family name.
            let words: Vec<&str> = p.family.split(' ').collect();
            let n = words
                .iter()
                .take(words.len().saturating_sub(1))
                .take_while(|w| w.chars().next().is_some_and(char::is_lowercase))
                .count();
            if n > 0 {
                p.non_dropping = words[..n].join(" ");
                p.family = words[n..].join(" ");
            } else if let Some((part, rest)) = apostrophe_particle(&p.family) {
                p.non_dropping = part;
                p.family = rest;
            }
        }
        if parse && p.dropping.is_empty() {
            // `Givenname de`: lower-case words after the given names.
            let words: Vec<&str> = p.given.split(' ').collect();
            let n = words
                .iter()
                .rev()
                .take(words.len().saturating_sub(1))
                .take_while(|w| w.chars().next().is_some_and(char::is_lowercase))
                .count();
            if n > 0 {
                p.dropping = words[words.len() - n..].join(" ");
                p.given = words[..words.len() - n].join(" ");
            }
        }
        Some(p)
    }

    /// A CJK name, written family first without a space.
    fn eastern(&self) -> bool {
        self.family.chars().chain(self.given.chars()).any(|c| {
            matches!(c as u32, 0x3040..=0x30ff | 0x3400..=0x9fff | 0xac00..=0xd7af | 0xf900..=0xfaff)
        })
    }
}

/// `d'Alembert` → (`d'`, `Alembert`).
fn apostrophe_particle(family: &str) -> Option<(String, String)> {
    let i = family.find('’')?;
    let head = &family[..i];
    (head.len() <= 3 && head.chars().all(char::is_lowercase) && !head.is_empty()).then(|| {
        let cut = i + family[i..].chars().next().map_or(1, char::len_utf8);
        (family[..cut].to_string(), family[cut..].to_string())
    })
}

/// Given names that are initials only (`B.-X.`, `J.Q.`), written `B. X.` as
/// citeproc-js writes them when a style does not initialise.
fn spaced_initials(given: &str) -> Option<String> {
    let parts: Vec<&str> = given.split([' ', '-', '.']).filter(|p| !p.is_empty()).collect();
    let all_initials = given.contains('.')
        && parts.len() > 1
        && parts.iter().all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase));
    all_initials.then(|| parts.iter().map(|p| format!("{p}.")).collect::<Vec<_>>().join(" "))
}

/// Joins name parts with spaces, except after a particle ending in an
/// apostrophe or hyphen.
fn join(parts: &[&str]) -> String {
    let mut out = String::new();
    for p in parts.iter().filter(|p| !p.is_empty()) {
        if !out.is_empty() && !out.ends_with(['\'', '’', '-']) {
            out.push(' ');
        }
        out.push_str(p);
    }
    out
}

impl Ctx<'_> {
    /// The persons of a name variable.
    pub(crate) fn names_of(&self, var: &str) -> Vec<Person> {
        if self.suppressed.borrow().iter().any(|s| s == var) {
            return Vec::new();
        }
        match self.item.get(var) {
            Some(Json::Array(a)) => a.iter().filter_map(Person::from_json).collect(),
            _ => Vec::new(),
        }
    }

    /// `cs:names`. The first one of a bibliography entry also keeps what it
    /// names (every name, or the text its substitute printed), which the
    /// entry after compares for `subsequent-author-substitute`.
    pub(crate) fn names(&self, n: &Names) -> R {
        // A bare `cs:names` inside a substitute (also inside a `cs:choose`
        // there) takes the options and children of the one it stands in for.
        let inherited = self.names_parent.borrow().as_ref().map(|p| p.from_names_substitute(n));
        let n = inherited.as_ref().unwrap_or(n);
        let named = n.variable.iter().any(|v| !self.names_of(&v.to_string()).is_empty());
        let top = self.mode == Mode::Bib && named && !self.names_started.get();
        if top {
            self.names_started.set(true);
        }
        let r = self.names_inner(n, top);
        // A first `cs:names` that printed its substitute (a title) is the
        // entry's first names all the same: no later one is replaced.
        if self.mode == Mode::Bib && !r.out.is_empty() {
            self.names_started.set(true);
        }
        if top || self.mode == Mode::Bib && !r.out.is_empty() && self.first_names.borrow().is_none()
        {
            let all: Vec<Vec<Person>> = n
                .variable
                .iter()
                .map(|v| self.names_of(&v.to_string()))
                .filter(|p| !p.is_empty())
                .collect();
            let key = if !all.is_empty() {
                format!("{all:?}")
            } else if !r.out.is_empty() {
                format!("text:{}", r.out.plain())
            } else {
                String::new()
            };
            *self.first_names.borrow_mut() = Some(key);
        }
        r
    }

    fn names_inner(&self, n: &Names, top: bool) -> R {
        let mut out = Out::default();
        let mut any = false;
        let own = n.options().names_delimiter;
        let delim = own.as_deref().or(self.name_options.names_delimiter.as_deref()).unwrap_or("");
        let vars: Vec<String> = n.variable.iter().map(|v| v.to_string()).collect();
        let mut parts: Vec<Out> = Vec::new();
        let mut count = 0usize;
        // An editor who is also the translator is named once, with the
        // combined term.
        let mut vars = vars;
        if vars.iter().any(|v| v == "editor") && vars.iter().any(|v| v == "translator") {
            let (e, t) = (self.names_of("editor"), self.names_of("translator"));
            if !e.is_empty() && e == t {
                vars.retain(|v| v != "translator");
                vars.iter_mut()
                    .filter(|v| *v == "editor")
                    .for_each(|v| *v = "editortranslator".into());
            }
        }
        for var in &vars {
            let real = if var == "editortranslator" { "editor" } else { var.as_str() };
            let persons = self.names_of(real);
            if persons.is_empty() {
                continue;
            }
            any = true;
            self.used(real);
            // `subsequent-author-substitute` stands for the names; their
            // label stays (`———, editor`), as in citeproc-js.
            let instead = self.substitute_names.as_deref().filter(|_| top);
            let (o, c) = self.name_list(n, var, &persons, instead);
            count += c;
            parts.push(o);
        }
        if !any {
            if let Some(sub) = n.substitute() {
                let parent = self.names_parent.replace(Some(n.clone()));
                let mut found = None;
                for child in &sub.children {
                    self.recording.borrow_mut().push(Vec::new());
                    let r = self.elem(child);
                    let used = self.recording.borrow_mut().pop().unwrap_or_default();
                    if !r.out.is_empty() {
                        self.suppressed.borrow_mut().extend(used);
                        found = Some(r.out);
                        break;
                    }
                }
                *self.names_parent.borrow_mut() = parent;
                if let Some(out) = found {
                    return R { out, vars: Vars::Some };
                }
            }
            return R::empty(Vars::Empty);
        }
        if n.name().is_some_and(|x| x.form == Some(NameForm::Count))
            || self.name_options.name_form == Some(NameForm::Count)
                && n.name().is_none_or(|x| x.form.is_none())
        {
            let out = if count == 0 { Out::default() } else { Out::text(count.to_string()) };
            return R { out, vars: Vars::Some };
        }
        for (i, p) in parts.into_iter().enumerate() {
            if i > 0 {
                out.push_str(delim, self.quote_punct());
            }
            out.append(p, self.quote_punct());
        }
        let fmt = n.to_formatting();
        let affixes = n.to_affixes();
        let out = self.finish(out, None, &fmt, &affixes, false, false);
        R { out, vars: Vars::Some }
    }

    /// One variable's names with its label; and how many names it has shown.
    fn name_list(
        &self,
        n: &Names,
        var: &str,
        persons: &[Person],
        instead: Option<&str>,
    ) -> (Out, usize) {
        let default_name = Name::default();
        let name = n.name().unwrap_or(&default_name);
        let inherited = self.name_options.apply(&n.options());
        let opts = name.options(&inherited);
        let total = persons.len();
        let (min, first) = if self.subsequent_cite() {
            (
                opts.et_al_subsequent_min.or(opts.et_al_min),
                opts.et_al_subsequent_use_first.or(opts.et_al_use_first),
            )
        } else {
            (opts.et_al_min, opts.et_al_use_first)
        };
        let mut shown = match (min, first) {
            (Some(min), Some(first)) if total >= min as usize => (first as usize).max(1),
            _ => total,
        };
        if self.mode == Mode::Sort {
            if let Some((min, first)) = self.sort_names {
                shown = if total >= min { first.max(1) } else { total };
            }
        }
        shown = (shown + self.add_names).min(total);
        let form = if self.mode == Mode::Sort { NameForm::Long } else { opts.form };
        if form == NameForm::Count {
            return (Out::default(), shown);
        }
        let and = match opts.and {
            Some(NameAnd::Text) => {
                self.loc.term(Term::Other(OtherTerm::And), TermForm::Long, false)
            }
            Some(NameAnd::Symbol) => Some("&"),
            None => None,
        };
        let mut out = Out::default();
        let qp = self.quote_punct();
        let inverted = |i: usize| match opts.name_as_sort_order {
            Some(NameAsSortOrder::All) => true,
            Some(NameAsSortOrder::First) => i == 0,
            None => false,
        } || self.mode == Mode::Sort;
        for (i, p) in persons.iter().take(shown).enumerate() {
            if i > 0 {
                let last = i + 1 == shown && shown == total;
                let before_last = last && and.is_some();
                // Two names, the last a body (`Malone, N. J. & U.S. Bureau of
                // the Census`): no delimiter before `and`, as citeproc-js.
                let body_pair = shown == 2 && p.literal.is_some();
                let use_delim = if before_last && body_pair {
                    false
                } else if before_last {
                    match opts.delimiter_precedes_last {
                        DelimiterBehavior::Contextual => shown >= 3,
                        DelimiterBehavior::AfterInvertedName => inverted(i - 1),
                        DelimiterBehavior::Always => true,
                        DelimiterBehavior::Never => false,
                    }
                } else {
                    true
                };
                if use_delim {
                    out.push_str(opts.delimiter, qp);
                } else {
                    out.push_str(" ", qp);
                }
                if before_last {
                    out.push_str(and.unwrap_or(""), qp);
                    out.push_str(" ", qp);
                }
            }
            let o = self.person(p, name, &opts, inverted(i), form, i);
            out.append(o, qp);
        }
        if shown < total {
            if opts.et_al_use_last && total > shown + 1 {
                out.push_str(opts.delimiter, qp);
                out.push_str("… ", qp);
                let o = self.person(
                    &persons[total - 1],
                    name,
                    &opts,
                    inverted(total - 1),
                    form,
                    total - 1,
                );
                out.append(o, qp);
            } else {
                let et_al = n.et_al();
                let term: Term = et_al.map(|e| e.term).unwrap_or(EtAlTerm::EtAl).into();
                let s = self.loc.term(term, TermForm::Long, false).unwrap_or("et al.");
                if !s.is_empty() && self.mode != Mode::Sort {
                    let use_delim = match opts.delimiter_precedes_et_al {
                        DelimiterBehavior::Contextual => shown >= 2,
                        DelimiterBehavior::AfterInvertedName => inverted(shown - 1),
                        DelimiterBehavior::Always => true,
                        DelimiterBehavior::Never => false,
                    };
                    out.push_str(if use_delim { opts.delimiter } else { " " }, qp);
                    let mut e = Out::text(s);
                    if let Some(et) = et_al {
                        e.format(&et.formatting);
                    }
                    out.append(e, qp);
                }
            }
        }
        if let Some(s) = instead {
            out = Out::text(s.to_string());
        }
        let name_fmt = name.to_formatting();
        let mut out = self.finish(out, None, &name_fmt, &name.to_affixes(), false, false);
        if self.mode != Mode::Sort {
            if let Some((label, pos)) = n.label() {
                // With no `cs:name`, the label follows the names.
                let pos = if n.name().is_none() { NameLabelPosition::AfterName } else { pos };
                let term =
                    serde_json::from_value::<hayagriva::citationberg::taxonomy::NameVariable>(
                        Json::String(var.to_string()),
                    )
                    .ok()
                    .map(Term::NameVariable);
                if let Some(term) = term {
                    // Plural for several names, et al. included (`Kino, A., et
                    // al., editors`), as citeproc-js.
                    let count = if total > 1 { "2" } else { "1" };
                    let l = self.label_text(term, count, label, true);
                    out = match pos {
                        NameLabelPosition::AfterName => {
                            let mut o = out;
                            o.append(l, qp);
                            o
                        }
                        NameLabelPosition::BeforeName => {
                            let mut o = l;
                            o.append(out, qp);
                            o
                        }
                    };
                }
            }
        }
        (out, shown)
    }

    /// One name.
    fn person(
        &self,
        p: &Person,
        name: &Name,
        opts: &NameOptions<'_>,
        inverted: bool,
        form: NameForm,
        index: usize,
    ) -> Out {
        if let Some(l) = &p.literal {
            return Out::text(l.clone());
        }
        let demote = self.style.settings.demote_non_dropping_particle;
        let given_part = name.name_part_given();
        let family_part = name.name_part_family();
        let level = self.given_levels.get(index).copied().unwrap_or(0);
        let given = self.given(&p.given, opts, level);
        let form = if level > 0 && form == NameForm::Short { NameForm::Long } else { form };
        let part = |text: String, np: Option<&hayagriva::citationberg::NamePart>| -> Out {
            let o = Out::text(text);
            match np {
                Some(np) => self.finish(o, np.text_case, &np.formatting, &np.affixes, false, false),
                None => o,
            }
        };
        let qp = self.quote_punct();
        let mut out = Out::default();
        if form == NameForm::Short {
            let fam =
                if demote == DemoteNonDroppingParticle::DisplayAndSort && self.mode == Mode::Sort {
                    p.family.clone()
                } else {
                    join(&[&p.non_dropping, &p.family])
                };
            return part(fam, family_part);
        }
        if p.eastern() {
            out.append(part(p.family.clone(), family_part), qp);
            out.append(part(given, given_part), qp);
            return out;
        }
        if !inverted {
            let g = join(&[&given, &p.dropping]);
            let f = join(&[&p.non_dropping, &p.family]);
            let mut o = part(g, given_part);
            if !o.is_empty() {
                o.push_str(" ", qp);
            }
            o.append(part(f, family_part), qp);
            if !p.suffix.is_empty() {
                o.push_str(if p.comma_suffix { ", " } else { " " }, qp);
                o.push_str(&p.suffix, qp);
            }
            return o;
        }
        let sep = opts.sort_separator;
        let (fam, giv) = if demote == DemoteNonDroppingParticle::DisplayAndSort {
            (p.family.clone(), join(&[&given, &p.dropping, &p.non_dropping]))
        } else {
            (join(&[&p.non_dropping, &p.family]), join(&[&given, &p.dropping]))
        };
        if self.mode == Mode::Sort {
            return Out::text(join(&[&p.family, &p.non_dropping, &p.dropping, &given, &p.suffix]));
        }
        out.append(part(fam, family_part), qp);
        if !giv.is_empty() {
            out.push_str(sep, qp);
            out.append(part(giv, given_part), qp);
        }
        if !p.suffix.is_empty() {
            out.push_str(sep, qp);
            out.push_str(&p.suffix, qp);
        }
        out
    }

    /// Given names, initialised as the options say.
    fn given(&self, given: &str, opts: &NameOptions<'_>, level: u8) -> String {
        // A name expanded to tell it apart gets initials first (always under
        // the `*-with-initials` rules), its full given names next.
        let with = match level {
            0 => opts.initialize_with,
            1 if self.expand_initials_only => Some(opts.initialize_with.unwrap_or(". ")),
            1 => opts.initialize_with,
            _ => None,
        };
        let Some(with) = with else {
            return spaced_initials(given).unwrap_or_else(|| given.to_string());
        };
        let hyphen = self.style.settings.initialize_with_hyphen;
        let mut out = String::new();
        for word in given.split_whitespace() {
            let pieces: Vec<&str> = word.split('-').filter(|s| !s.is_empty()).collect();
            let mut w = String::new();
            for (k, piece) in pieces.iter().enumerate() {
                let letters: String = piece.chars().filter(|c| *c != '.').collect();
                let is_initial = piece.ends_with('.') && letters.chars().count() <= 3
                    || letters.chars().count() == 1;
                let lower = piece.chars().next().is_some_and(char::is_lowercase);
                if k > 0 {
                    let initialised = opts.initialize || is_initial;
                    if hyphen || !initialised {
                        w = w.trim_end().to_string();
                        w.push('-');
                    }
                }
                if lower && !is_initial {
                    w.push_str(piece);
                    w.push(' ');
                } else if is_initial {
                    // `J.`, `Ph.`, `J`: kept as the initial it is.
                    let dotted: Vec<&str> = piece.split('.').filter(|s| !s.is_empty()).collect();
                    for d in dotted {
                        w.push_str(d);
                        w.push_str(with);
                    }
                } else if opts.initialize {
                    w.extend(piece.chars().next());
                    w.push_str(with);
                } else {
                    w.push_str(piece);
                    w.push(' ');
                }
            }
            out.push_str(&w);
        }
        out.trim_end().to_string()
    }
}
