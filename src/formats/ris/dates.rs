//! RIS dates: `YYYY/MM/DD/other` (`PY`, `Y1`, `DA`, `Y2`), with any part empty
//! (`2005///`), and the forms real exports put there instead (`2005-03-12`,
//! `2005 Mar 12`, `March 2005`, `Spring 2005`).

use crate::model::{Date, DatePart};

/// Reads a date; the second value says what was not kept, if anything.
pub(super) fn parse(v: &str) -> (Date, Option<String>) {
    let v = v.trim();
    if let Some(d) = slashed(v) {
        return d;
    }
    if let Some(d) = Date::parse_edtf(v) {
        return (d, None);
    }
    if let Some(d) = Date::parse_words(v) {
        return (d, None);
    }
    (Date::literal(v), None)
}

/// `YYYY/MM/DD/other`; the other part is kept when it is an EDTF date (what our
/// writer puts there for a range) and reported otherwise.
fn slashed(v: &str) -> Option<(Date, Option<String>)> {
    let mut it = v.splitn(4, '/');
    let y = it.next()?.trim();
    let m = it.next()?.trim();
    let d = it.next().unwrap_or("").trim();
    let other = it.next().unwrap_or("").trim();
    if y.len() != 4 || !y.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let num = |s: &str, max: u8| -> Option<Option<u8>> {
        if s.is_empty() {
            return Some(None);
        }
        let n: u8 = s.parse().ok()?;
        (1..=max).contains(&n).then_some(Some(n))
    };
    let month = num(m, 12)?;
    let day = num(d, 31)?;
    if !other.is_empty() {
        if let Some(full) = Date::parse_edtf(other) {
            return Some((full, None));
        }
    }
    let year: i32 = y.parse().ok()?;
    let part = DatePart { year, month, day: day.filter(|_| month.is_some()), season: None };
    let note =
        (!other.is_empty()).then(|| format!("the date's free-text part `{other}` is not kept"));
    Some((Date::on(part), note))
}

/// The `PY` value (the year) and the `DA` value (`YYYY/MM/DD/`, or the EDTF of a
/// range or qualified date in the free-text part, or the literal) of a date.
pub(super) fn write(d: &Date) -> (Option<String>, Option<String>) {
    let Some(start) = &d.start else {
        return (d.literal.clone(), None);
    };
    let py = Some(format!("{:04}", start.year)).filter(|_| (0..=9999).contains(&start.year));
    let plain = d.end.is_none()
        && !d.approximate
        && !d.uncertain
        && d.literal.is_none()
        && start.season.is_none();
    if plain {
        let da = start.month.map(|m| match start.day {
            Some(day) => format!("{:04}/{m:02}/{day:02}/", start.year),
            None => format!("{:04}/{m:02}//", start.year),
        });
        return (py, da);
    }
    match d.to_edtf() {
        Some(edtf) if d.literal.is_none() => (py, Some(format!("{:04}///{edtf}", start.year))),
        _ => (d.literal.clone().or(py), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edtf(v: &str) -> String {
        let (d, _) = parse(v);
        d.to_edtf().unwrap_or_else(|| format!("literal {:?}", d.literal))
    }

    #[test]
    fn reads_what_exports_write() {
        assert_eq!(edtf("2005/03/12/other"), "2005-03-12");
        assert_eq!(edtf("2005///"), "2005");
        assert_eq!(edtf("2005/03"), "2005-03");
        assert_eq!(edtf("2005-03-12"), "2005-03-12");
        assert_eq!(edtf("2005 Mar 12"), "2005-03-12");
        assert_eq!(edtf("March 2005"), "2005-03");
        assert_eq!(edtf("Spring 2005"), "2005-21");
        assert_eq!(edtf("in press"), "literal Some(\"in press\")");
        assert_eq!(edtf("1984 - 1985"), "1984/1985");
        assert_eq!(edtf("2015/october"), "2015-10");
        assert!(parse("2005/03/12/Spring meeting").1.is_some());
    }

    #[test]
    fn written_dates_read_back() {
        for v in ["2005-03-12", "2005-03", "2005", "2004-10-01/2004-10-14", "1950~"] {
            let d = Date::parse_edtf(v).unwrap();
            let (py, da) = write(&d);
            let back = parse(da.as_deref().or(py.as_deref()).unwrap()).0;
            assert_eq!(back, d, "{v}");
        }
    }
}
