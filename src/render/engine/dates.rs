//! `cs:date`: localized and style-defined dates, ranges, seasons, BC years and
//! the year suffix.

use super::ctx::{Ctx, Mode};
use super::eval::{Vars, R};
use super::out::Out;
use hayagriva::citationberg::taxonomy::{DateVariable, OtherTerm, Term};
use hayagriva::citationberg::{
    Date, DateDayForm, DateMonthForm, DatePart, DatePartName, DateParts, DateStrongAnyForm,
    LongShortForm, TermForm,
};
use serde_json::Value as Json;

/// A date as CSL-JSON gives it: its start and, for a range, its end
/// (year, month, day; 0 for a part not given), or a literal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum DateValue {
    Parts([i32; 3], Option<[i32; 3]>),
    Literal(String),
}

/// A date part; out-of-range years are clamped so that no arithmetic on
/// them can overflow.
fn num(v: &Json) -> Option<i32> {
    let n: i64 = match v {
        Json::Number(n) => n.as_i64()?,
        Json::String(s) => s.trim().parse().ok()?,
        _ => return None,
    };
    Some(n.clamp(-99_999, 99_999) as i32)
}

fn parts_of(v: &Json) -> Option<[i32; 3]> {
    let a = v.as_array()?;
    let year = num(a.first()?)?;
    let month = a.get(1).and_then(num).unwrap_or(0);
    let day = a.get(2).and_then(num).unwrap_or(0);
    Some([year, month, day])
}

/// `2000-03-15`, `2000/2001`, `2000`.
fn parse_raw(raw: &str) -> Option<DateValue> {
    let one = |s: &str| -> Option<[i32; 3]> {
        let mut it = s.trim().split('-').map(|x| x.trim().parse::<i32>());
        let y = it.next()?.ok()?;
        let m = it.next().and_then(Result::ok).unwrap_or(0);
        let d = it.next().and_then(Result::ok).unwrap_or(0);
        Some([y.clamp(-99_999, 99_999), m, d])
    };
    match raw.split_once('/') {
        Some((a, b)) => Some(DateValue::Parts(one(a)?, one(b))),
        None => Some(DateValue::Parts(one(raw)?, None)),
    }
}

impl DateValue {
    pub(crate) fn from_json(v: &Json) -> Option<DateValue> {
        if let Some(parts) = v.get("date-parts").and_then(Json::as_array) {
            if let Some(start) = parts.first().and_then(parts_of) {
                let mut start = start;
                if let Some(season) = v.get("season").and_then(num) {
                    if start[1] == 0 {
                        start[1] = 12 + season.clamp(1, 4);
                    }
                }
                let end = parts.get(1).and_then(parts_of).filter(|e| *e != start);
                return Some(DateValue::Parts(start, end));
            }
        }
        if let Some(l) = v.get("literal").and_then(Json::as_str) {
            return Some(DateValue::Literal(l.to_string()));
        }
        if let Some(r) = v.get("raw").and_then(Json::as_str) {
            return parse_raw(r).or_else(|| Some(DateValue::Literal(r.to_string())));
        }
        None
    }

    /// The date without the parts not wanted (zeroed, as if never given).
    fn truncated(self, month: bool, day: bool) -> DateValue {
        let cut = |mut p: [i32; 3]| {
            if !month {
                p[1] = 0;
            }
            if !day || !month {
                p[2] = 0;
            }
            p
        };
        match self {
            DateValue::Parts(s, e) => DateValue::Parts(cut(s), e.map(cut)),
            l => l,
        }
    }

    /// A key that sorts dates in order (`None` for a literal).
    pub(crate) fn sort_key(&self) -> Option<String> {
        match self {
            DateValue::Parts(s, e) => {
                let k = |p: &[i32; 3]| format!("{:06}{:02}{:02}", p[0] + 100_000, p[1], p[2]);
                Some(match e {
                    Some(e) => format!("{}{}", k(s), k(e)),
                    None => k(s),
                })
            }
            DateValue::Literal(_) => None,
        }
    }
}

impl Ctx<'_> {
    pub(crate) fn date_of(&self, v: DateVariable) -> Option<DateValue> {
        let name = v.to_string();
        if self.suppressed.borrow().contains(&name) {
            return None;
        }
        self.item.get(&name).and_then(DateValue::from_json)
    }

    pub(crate) fn date(&self, d: &Date) -> R {
        let Some(var) = d.variable else { return R::empty(Vars::None) };
        let Some(value) = self.date_of(var) else { return R::empty(Vars::Empty) };
        self.used(&var.to_string());
        if self.mode == Mode::Sort {
            // Only the parts the element prints sort, as in citeproc-js
            // (APA's `date-parts="year"` key leaves same-year items to the title).
            let (month, day) = match d.form {
                Some(_) => {
                    let which = d.parts.unwrap_or(DateParts::YearMonthDay);
                    (which.has_month(), which.has_day())
                }
                None if d.date_part.is_empty() => (true, true),
                None => (
                    d.date_part.iter().any(|p| p.name == DatePartName::Month),
                    d.date_part.iter().any(|p| p.name == DatePartName::Day),
                ),
            };
            let value = value.truncated(month, day);
            return R { out: Out::text(value.sort_key().unwrap_or_default()), vars: Vars::Some };
        }
        let (start, end) = match value {
            DateValue::Literal(l) => {
                let out =
                    self.finish(Out::text(l), d.text_case, &d.formatting, &d.affixes, false, false);
                return R { out, vars: Vars::Some };
            }
            DateValue::Parts(s, e) => (s, e),
        };
        let (parts, delimiter) = self.date_parts(d);
        // citeproc-js puts an implicit suffix after the first year printed,
        // whatever the date (an undated web page's access date takes it).
        let want_suffix = self.implicit_suffix();
        let mut out = if let Some(end) = end {
            self.range(&parts, delimiter, start, end)
        } else {
            self.parts(&parts, delimiter, start)
        };
        if want_suffix && parts.iter().any(|p| p.name == DatePartName::Year) {
            if let Some(s) = &self.year_suffix {
                if !self.suffix_done.replace(true) {
                    append_after_year(&mut out, s, end.map_or(start[0], |e| e[0]));
                }
            }
        }
        let out = self.finish(out, d.text_case, &d.formatting, &d.affixes, false, false);
        R { out, vars: Vars::Some }
    }

    /// The parts to print and their delimiter: the locale's for a localized
    /// date (limited by `date-parts`, overridden by the style's parts), else
    /// the style's.
    fn date_parts<'d>(&'d self, d: &'d Date) -> (Vec<DatePart>, &'d str) {
        let Some(form) = d.form else {
            return (d.date_part.clone(), d.delimiter.as_deref().unwrap_or(""));
        };
        let Some(local) = self.loc.date(form) else {
            return (d.date_part.clone(), d.delimiter.as_deref().unwrap_or(""));
        };
        let which = d.parts.unwrap_or(DateParts::YearMonthDay);
        let parts = local
            .date_part
            .iter()
            .filter(|p| match p.name {
                DatePartName::Year => true,
                DatePartName::Month => which.has_month(),
                DatePartName::Day => which.has_day(),
            })
            .map(|p| {
                let mut p = p.clone();
                if let Some(o) = d.date_part.iter().find(|o| o.name == p.name) {
                    let affixes = p.affixes.clone();
                    p = o.clone();
                    p.affixes = affixes;
                }
                p
            })
            .collect();
        (parts, local.delimiter.as_deref().unwrap_or(""))
    }

    fn parts(&self, parts: &[DatePart], delimiter: &str, date: [i32; 3]) -> Out {
        let mut out = Out::default();
        let mut first = true;
        for p in parts {
            let o = self.part(p, date);
            if o.is_empty() {
                continue;
            }
            if !first {
                out.push_str(delimiter, false);
            }
            first = false;
            out.append(o, false);
        }
        out
    }

    /// A range: the parts from the largest one that differs on are printed
    /// for both ends, joined by that part's range delimiter.
    fn range(&self, parts: &[DatePart], delimiter: &str, s: [i32; 3], e: [i32; 3]) -> Out {
        let differ = if s[0] != e[0] {
            DatePartName::Year
        } else if s[1] != e[1] {
            DatePartName::Month
        } else {
            DatePartName::Day
        };
        let level = |n: DatePartName| match n {
            DatePartName::Year => 0,
            DatePartName::Month => 1,
            DatePartName::Day => 2,
        };
        let ranged: Vec<bool> = parts.iter().map(|p| level(p.name) >= level(differ)).collect();
        let range_delim = parts
            .iter()
            .find(|p| p.name == differ)
            .and_then(|p| p.range_delimiter.clone())
            .unwrap_or_else(|| "–".to_string());
        let first = ranged.iter().position(|r| *r);
        let last = ranged.iter().rposition(|r| *r);
        let (Some(first), Some(last)) = (first, last) else {
            return self.parts(parts, delimiter, s);
        };
        let contiguous = ranged[first..=last].iter().all(|r| *r);
        if !contiguous || differ == DatePartName::Year {
            let mut out = self.parts(parts, delimiter, s);
            // `100–44 BC`: an era both ends share is printed once.
            let (a, b) = (self.era(s[0]), self.era(e[0]));
            if let (Some(a), Some(b)) = (a, b) {
                if a == b {
                    if let Some(p) = out.0.iter_mut().rev().find(|p| p.text.contains(a)) {
                        if let Some(i) = p.text.rfind(a) {
                            p.text.replace_range(i..i + a.len(), "");
                        }
                    }
                }
            }
            let end = self.parts(parts, delimiter, e);
            // The affixes of the outer parts are not doubled at the dash.
            out.0.retain(|_| true);
            let mut plain = out;
            trim_end_space(&mut plain);
            plain.push_str(&range_delim, false);
            plain.append(end, false);
            return plain;
        }
        let mut out = Out::default();
        let mut started = false;
        let mut push = |o: Out, out: &mut Out| {
            if o.is_empty() {
                return;
            }
            if started {
                out.push_str(delimiter, false);
            }
            started = true;
            out.append(o, false);
        };
        for p in &parts[..first] {
            push(self.part(p, s), &mut out);
        }
        let mut mid = self.parts(&parts[first..=last], delimiter, s);
        trim_end_space(&mut mid);
        mid.push_str(&range_delim, false);
        mid.append(self.parts(&parts[first..=last], delimiter, e), false);
        push(mid, &mut out);
        for p in &parts[last + 1..] {
            push(self.part(p, s), &mut out);
        }
        out
    }

    fn part(&self, p: &DatePart, date: [i32; 3]) -> Out {
        let [year, month, day] = date;
        let text = match p.form() {
            DateStrongAnyForm::Year(form) => {
                if year == 0 && month == 0 {
                    return Out::default();
                }
                let mut y = if year < 0 { (-year).to_string() } else { year.to_string() };
                if form == LongShortForm::Short && year > 0 {
                    y = format!("{:02}", year % 100);
                }
                if let Some(era) = self.era(year) {
                    y.push_str(era);
                }
                y
            }
            DateStrongAnyForm::Month(form) => {
                if month == 0 {
                    return Out::default();
                }
                if month > 12 {
                    let season = match month {
                        13 | 21 => OtherTerm::Season01,
                        14 | 22 => OtherTerm::Season02,
                        15 | 23 => OtherTerm::Season03,
                        _ => OtherTerm::Season04,
                    };
                    self.loc
                        .term(Term::Other(season), TermForm::Long, false)
                        .unwrap_or("")
                        .to_string()
                } else {
                    match form {
                        DateMonthForm::Numeric => month.to_string(),
                        DateMonthForm::NumericLeadingZeros => format!("{month:02}"),
                        DateMonthForm::Long | DateMonthForm::Short => {
                            let term = OtherTerm::month((month - 1) as u8).map(Term::Other);
                            let f = if form == DateMonthForm::Short {
                                TermForm::Short
                            } else {
                                TermForm::Long
                            };
                            term.and_then(|t| self.loc.term(t, f, false)).unwrap_or("").to_string()
                        }
                    }
                }
            }
            DateStrongAnyForm::Day(form) => {
                if day == 0 {
                    return Out::default();
                }
                match form {
                    DateDayForm::Numeric => day.to_string(),
                    DateDayForm::NumericLeadingZeros => format!("{day:02}"),
                    DateDayForm::Ordinal => {
                        if self.loc.limit_day_ordinals && day != 1 {
                            day.to_string()
                        } else {
                            format!("{day}{}", self.loc.ordinal(day))
                        }
                    }
                }
            }
        };
        self.finish(Out::text(text), p.text_case, &p.formatting, &p.affixes, false, p.strip_periods)
    }
}

impl Ctx<'_> {
    /// The era printed after a year: BC for a negative year, AD for one
    /// below 1000.
    fn era(&self, year: i32) -> Option<&str> {
        let (term, default) = match year {
            y if y < 0 => (OtherTerm::Bc, "BC"),
            1..=999 => (OtherTerm::Ad, "AD"),
            _ => return None,
        };
        Some(self.loc.term(Term::Other(term), TermForm::Long, false).unwrap_or(default))
    }
}

fn trim_end_space(o: &mut Out) {
    if let Some(last) = o.0.iter_mut().rev().find(|p| !p.text.is_empty()) {
        let t = last.text.trim_end().len();
        last.text.truncate(t);
    }
}

/// Puts the year suffix right after the year's digits.
fn append_after_year(out: &mut Out, suffix: &str, year: i32) {
    let y = year.abs().to_string();
    for p in out.0.iter_mut().rev() {
        if let Some(i) = p.text.rfind(&y) {
            p.text.insert_str(i + y.len(), suffix);
            return;
        }
    }
    out.push_str(suffix, false);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extreme_years_are_clamped_not_overflowed() {
        let v: Json = serde_json::json!({"date-parts": [[-2147483648i64, 1, 1]]});
        let key = DateValue::from_json(&v).and_then(|d| d.sort_key());
        assert_eq!(key.as_deref(), Some("0000010101"));
        let raw = serde_json::json!({"raw": "2147483647-01"});
        assert_eq!(DateValue::from_json(&raw), Some(DateValue::Parts([99_999, 1, 0], None)));
    }
}
