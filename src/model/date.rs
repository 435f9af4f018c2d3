//! Dates: parts, ranges, approximate and uncertain dates, seasons, literal dates,
//! and EDTF (level 0 and the common level 1 features) in and out.

use serde::{Deserialize, Serialize};

/// A date or a date range; or, when nothing could be parsed, a literal.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Date {
    /// The date, or the start of the range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<DatePart>,
    /// The end of the range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<DatePart>,
    /// "circa", EDTF `~`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub approximate: bool,
    /// EDTF `?`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub uncertain: bool,
    /// The date as printed, when it is not (only) parts: "(in press)", "13th cent".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub literal: Option<String>,
}

/// A year with optional month, day and season.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatePart {
    /// The year (astronomical: 0 = 1 BC, negative = BC).
    pub year: i32,
    /// 1..=12.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month: Option<u8>,
    /// 1..=31.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<u8>,
    /// A season in place of a month.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub season: Option<Season>,
}

pub(crate) const MONTHS_EN: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
pub(crate) const MONTHS_RU: &[&str] = &[
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
pub(crate) const MONTHS_RU_NOM: &[&str] = &[
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];

const MONTHS_FR: &[&str] = &[
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_DE: &[&str] = &[
    "januar",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
];
const MONTHS_FR_PLAIN: &[&str] = &[
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
];
const MONTHS_DE_PLAIN: &[&str] = &[
    "januar",
    "februar",
    "maerz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
];

/// Month names matched whole (no abbreviations: `ago`, `mar`, `lis` are words
/// too), one language or case per row, January first: Spanish, Italian,
/// Portuguese, Polish and Ukrainian (nominative and genitive), Czech (genitive).
const MONTHS_WHOLE: &[&str] = &[
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień",
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень",
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "ledna února března dubna května června července srpna září října listopadu prosince",
];

/// A month from its name: English ("February", "Feb."), Russian in the genitive
/// ("4 февраля", "1 янв.") or the nominative ("февраль"), French ("août") or
/// German ("März"); whole names in Spanish, Italian, Portuguese, Polish,
/// Ukrainian and Czech ("junio", "marca", "березня").
///
/// ```
/// use refconv::month_from_name;
/// assert_eq!(month_from_name("Feb."), Some(2));
/// assert_eq!(month_from_name("февраля"), Some(2));
/// assert_eq!(month_from_name("янв."), Some(1));
/// assert_eq!(month_from_name("Ma"), None);
/// assert_eq!(month_from_name("junio"), Some(6));
/// assert_eq!(month_from_name("березня"), Some(3));
/// assert_eq!(month_from_name("ago"), None);
/// ```
pub fn month_from_name(word: &str) -> Option<u8> {
    let w = word.trim().trim_end_matches(['.', ',']).to_lowercase();
    if w.chars().count() < 3 {
        return None;
    }
    // French and German names also as printed without their accents ("Decembre",
    // "Maerz"): tables of their own, so a lookup allocates nothing.
    [MONTHS_EN, MONTHS_RU, MONTHS_RU_NOM, MONTHS_FR, MONTHS_DE, MONTHS_FR_PLAIN, MONTHS_DE_PLAIN]
        .iter()
        .find_map(|table| table.iter().position(|m| *m == w || m.starts_with(&w)))
        .or_else(|| MONTHS_WHOLE.iter().find_map(|row| row.split(' ').position(|m| m == w)))
        .map(|i| i as u8 + 1)
}

/// A season.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Season {
    /// CSL season 1, EDTF 21.
    Spring,
    /// CSL season 2, EDTF 22.
    Summer,
    /// CSL season 3, EDTF 23.
    Autumn,
    /// CSL season 4, EDTF 24.
    Winter,
    /// A named term with no number ("Trinity term").
    Named(String),
}

impl Season {
    /// The CSL season number (1..=4).
    pub fn number(&self) -> Option<u8> {
        match self {
            Season::Spring => Some(1),
            Season::Summer => Some(2),
            Season::Autumn => Some(3),
            Season::Winter => Some(4),
            Season::Named(_) => None,
        }
    }

    /// From a CSL season number (1..=4), an EDTF season (21..=24), or a
    /// Zotero/citeproc-js pseudo-month (13..=16).
    pub fn from_number(n: i64) -> Option<Season> {
        Some(match n {
            1 | 13 | 21 => Season::Spring,
            2 | 14 | 22 => Season::Summer,
            3 | 15 | 23 => Season::Autumn,
            4 | 16 | 24 => Season::Winter,
            _ => return None,
        })
    }

    /// From a name ("Spring", "autumn", "fall") or a number written as text.
    pub fn from_text(s: &str) -> Season {
        let t = s.trim();
        if let Ok(n) = t.parse::<i64>() {
            if let Some(season) = Season::from_number(n) {
                return season;
            }
        }
        match t.to_lowercase().as_str() {
            "spring" | "весна" => Season::Spring,
            "summer" | "лето" => Season::Summer,
            "autumn" | "fall" | "осень" => Season::Autumn,
            "winter" | "зима" => Season::Winter,
            _ => Season::Named(t.to_string()),
        }
    }

    /// The model name ("spring") or the named term.
    pub fn name(&self) -> &str {
        match self {
            Season::Spring => "spring",
            Season::Summer => "summer",
            Season::Autumn => "autumn",
            Season::Winter => "winter",
            Season::Named(s) => s,
        }
    }
}

impl Serialize for Season {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for Season {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = std::borrow::Cow::<str>::deserialize(d)?;
        Ok(Season::from_text(&s))
    }
}

impl DatePart {
    /// A year.
    pub fn year(year: i32) -> DatePart {
        DatePart { year, ..DatePart::default() }
    }

    /// A full date.
    pub fn ymd(year: i32, month: u8, day: u8) -> DatePart {
        DatePart { year, month: Some(month), day: Some(day), season: None }
    }

    fn edtf(&self) -> String {
        let mut s = if (0..=9999).contains(&self.year) {
            format!("{:04}", self.year)
        } else if self.year < 0 && self.year > -10000 {
            format!("-{:04}", -(self.year as i64))
        } else {
            format!("Y{}", self.year)
        };
        if let Some(m) = self.month {
            s.push_str(&format!("-{m:02}"));
            if let Some(d) = self.day {
                s.push_str(&format!("-{d:02}"));
            }
        } else if let Some(n) = self.season.as_ref().and_then(Season::number) {
            s.push_str(&format!("-{}", 20 + n));
        }
        s
    }
}

impl Date {
    /// A single date.
    pub fn on(part: DatePart) -> Date {
        Date { start: Some(part), ..Date::default() }
    }

    /// A date known only as printed.
    pub fn literal(text: impl Into<String>) -> Date {
        Date { literal: Some(text.into()), ..Date::default() }
    }

    /// The date as EDTF, if it has parts and no named season.
    ///
    /// ```
    /// use refconv::{Date, DatePart};
    /// # fn run() -> Option<()> {
    /// let d = Date { start: Some(DatePart::ymd(1950, 2, 3)), ..Date::default() };
    /// assert_eq!(d.to_edtf().as_deref(), Some("1950-02-03"));
    /// let r = Date::parse_edtf("2011-05~/2012")?;
    /// assert_eq!(r.to_edtf().as_deref(), Some("2011-05~/2012~"));
    /// # Some(())
    /// # }
    /// # assert!(run().is_some());
    /// ```
    pub fn to_edtf(&self) -> Option<String> {
        let start = self.start.as_ref()?;
        if matches!(start.season, Some(Season::Named(_))) {
            return None;
        }
        let q = match (self.approximate, self.uncertain) {
            (true, true) => "%",
            (true, false) => "~",
            (false, true) => "?",
            (false, false) => "",
        };
        let mut s = start.edtf() + q;
        if let Some(end) = &self.end {
            s.push('/');
            s.push_str(&end.edtf());
            s.push_str(q);
        }
        Some(s)
    }

    /// Parses an EDTF date or interval ("1950", "1950-02-03", "2011-05~",
    /// "2004-10-01/2004-10-14", "1999-21"); `None` if it is not EDTF.
    ///
    /// ```
    /// use refconv::{Date, Season};
    /// # fn run() -> Option<()> {
    /// let d = Date::parse_edtf("1999-21")?;
    /// assert_eq!(d.start?.season, Some(Season::Spring));
    /// assert!(Date::parse_edtf("Bogus Date").is_none());
    /// # Some(())
    /// # }
    /// # assert!(run().is_some());
    /// ```
    pub fn parse_edtf(s: &str) -> Option<Date> {
        let s = s.trim();
        if s.is_empty() {
            return None;
        }
        let (a, b) = match s.split_once('/') {
            Some((a, b)) => (a, Some(b)),
            None => (s, None),
        };
        let mut date = Date::default();
        let (start, qa) = parse_edtf_part(a)?;
        date.start = Some(start);
        let mut quals = vec![qa];
        if let Some(b) = b {
            let (end, qb) = parse_edtf_part(b)?;
            date.end = Some(end);
            quals.push(qb);
        }
        date.approximate = quals.iter().any(|q| q.contains('~') || q.contains('%'));
        date.uncertain = quals.iter().any(|q| q.contains('?') || q.contains('%'));
        Some(date)
    }

    /// A date in words and numbers, as reference managers export it: a year of
    /// four digits with at most a month (or season) and a day, in any order, or a
    /// range of years; `None` for anything else.
    ///
    /// ```
    /// use refconv::Date;
    /// let d = |s| Date::parse_words(s).and_then(|d| d.to_edtf());
    /// assert_eq!(d("2005 Mar 12").as_deref(), Some("2005-03-12"));
    /// assert_eq!(d("Mar-Apr 2005").as_deref(), Some("2005-03"));
    /// assert_eq!(d("1984 - 1985").as_deref(), Some("1984/1985"));
    /// assert_eq!(d("2015/october").as_deref(), Some("2015-10"));
    /// assert_eq!(Date::parse_words("in press"), None);
    /// ```
    pub fn parse_words(v: &str) -> Option<Date> {
        let mut year = None;
        let mut end_year = None;
        let mut month = None;
        let mut season = None;
        let mut day = None;
        for w in v.split([' ', ',', '-', '.', '/']).filter(|w| !w.is_empty()) {
            if w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) && year.is_none() {
                year = w.parse::<i32>().ok();
            } else if w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) && end_year.is_none() {
                end_year = w.parse::<i32>().ok();
            } else if w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()) && day.is_none() {
                day = w.parse::<u8>().ok().filter(|d| (1..=31).contains(d));
                day?;
            } else if let Some(m) = month_from_name(w) {
                if month.is_none() {
                    month = Some(m);
                }
            } else if let Some(s) = season_word(w) {
                season = Some(s);
            } else {
                return None;
            }
        }
        let year = year?;
        let part = DatePart {
            year,
            month,
            day: day.filter(|_| month.is_some()),
            season: season.filter(|_| month.is_none()),
        };
        if day.is_some() && month.is_none() {
            return None;
        }
        // "1984 - 1985": a range of years.
        match end_year {
            Some(end) if part.month.is_none() && part.season.is_none() && end > year => {
                Some(Date { start: Some(part), end: Some(DatePart::year(end)), ..Date::default() })
            }
            Some(_) => None,
            None => Some(Date::on(part)),
        }
    }

    /// Whether the date has nothing at all.
    pub fn is_empty(&self) -> bool {
        self.start.is_none() && self.end.is_none() && self.literal.is_none()
    }
}

fn season_word(w: &str) -> Option<Season> {
    match w.to_ascii_lowercase().as_str() {
        "spring" => Some(Season::Spring),
        "summer" => Some(Season::Summer),
        "autumn" | "fall" => Some(Season::Autumn),
        "winter" => Some(Season::Winter),
        _ => None,
    }
}

/// Parses one EDTF date; returns it and its qualifier suffix (`~`, `?`, `%`).
fn parse_edtf_part(s: &str) -> Option<(DatePart, &str)> {
    let body = s.trim_end_matches(['~', '?', '%']);
    let qual = &s[body.len()..];
    let (neg, digits) = match body.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, body.strip_prefix('Y').unwrap_or(body)),
    };
    let mut it = digits.split('-');
    let y = it.next()?;
    if y.is_empty()
        || !y.bytes().all(|b| b.is_ascii_digit())
        || (y.len() < 4 && !body.starts_with('Y'))
    {
        return None;
    }
    let mut year: i32 = y.parse().ok()?;
    if neg {
        year = -year;
    }
    let mut part = DatePart::year(year);
    if let Some(m) = it.next() {
        let m: u8 = two_digits(m)?;
        match m {
            1..=12 => part.month = Some(m),
            _ => part.season = Some(Season::from_number(m.into())?),
        }
        if let Some(d) = it.next() {
            let d = two_digits(d)?;
            if part.month.is_none() || !(1..=31).contains(&d) {
                return None;
            }
            part.day = Some(d);
        }
    }
    if it.next().is_some() {
        return None;
    }
    Some((part, qual))
}

fn two_digits(s: &str) -> Option<u8> {
    if s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edtf_round_trips() {
        for s in [
            "1950",
            "1950-02",
            "1950-02-03",
            "2011-05-25~/2012-06-26~",
            "2004-10-01/2004-10-14",
            "1999-21/2001-22",
            "-0044-03-15",
            "2001?",
            "2001%",
        ] {
            let d = Date::parse_edtf(s).unwrap_or_else(|| panic!("{s}"));
            assert_eq!(d.to_edtf().as_deref(), Some(s));
        }
    }

    #[test]
    fn non_edtf_is_refused() {
        for s in ["", "Bogus Date", "1950-13-01", "1950-02-32", "95", "1950-2", "1950-02-03-04"] {
            assert!(Date::parse_edtf(s).is_none(), "{s}");
        }
    }

    #[test]
    fn seasons_from_numbers_and_names() {
        assert_eq!(Season::from_number(13), Some(Season::Spring));
        assert_eq!(Season::from_number(24), Some(Season::Winter));
        assert_eq!(Season::from_text("Fall"), Season::Autumn);
        assert_eq!(Season::from_text("Trinity"), Season::Named("Trinity".into()));
    }
}
