//! EndNote XML dates: `dates/year` with `dates/pub-dates/date`, and the access
//! date; shared by the reader and the writer (which checks that what it writes
//! reads back).

use crate::model::{Date, DatePart};

/// An access date: ISO or EndNote's `2020/03/12`, words ("Mar 12, 2020"), else
/// as written.
pub(super) fn access_date(v: &str) -> Date {
    Date::parse_edtf(&v.replace('/', "-"))
        .or_else(|| Date::parse_words(v))
        .unwrap_or_else(|| Date::literal(v))
}

/// The date: `pub-dates/date` when it is a date of its own, or completed with
/// the year ("Mar 12" + 2009); else the year.
pub(super) fn issued(year: Option<&str>, full: Option<&str>) -> Option<Date> {
    let y: Option<i32> = year.and_then(|y| y.trim().get(..4)).and_then(|y| y.parse().ok());
    if let Some(f) = full {
        let alone = Date::parse_edtf(&f.replace('/', "-"))
            .or_else(|| Date::parse_words(f))
            .filter(|d| d.start.as_ref().is_some_and(|s| s.month.is_some() || s.season.is_some()));
        if let Some(d) = alone {
            return Some(d);
        }
        if let Some(y) = y {
            if let Some(d) = Date::parse_words(&format!("{f} {y}")).filter(|d| {
                d.start.as_ref().is_some_and(|s| s.month.is_some() || s.season.is_some())
            }) {
                return Some(d);
            }
        }
    }
    match (y, year) {
        (Some(y), Some(raw)) if raw.trim().len() == 4 => Some(Date::on(DatePart::year(y))),
        (_, Some(raw)) => Some(Date::parse_words(raw).unwrap_or_else(|| Date::literal(raw.trim()))),
        (_, None) => full.map(Date::literal),
    }
}
