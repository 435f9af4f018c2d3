//! RIS names: `Family, Given, Suffix` (the specification's form), a lone family
//! name, or a body written without a comma (taken whole).

use crate::model::Name;

/// Reads one name (see [`Name::parse_inverted`]).
pub(super) fn parse(v: &str) -> Name {
    Name::parse_inverted(v)
}

/// Writes one name the way [`parse`] reads it back; `None` for an empty name.
/// Particles go before the family name ("van Gogh, Vincent"), as RIS has no
/// place for them.
pub(super) fn write(n: &Name) -> Option<String> {
    if let Some(l) = &n.literal {
        return Some(l.clone());
    }
    let mut family = String::new();
    for p in [&n.dropping_particle, &n.particle].into_iter().flatten() {
        family.push_str(p);
        family.push(' ');
    }
    family.push_str(n.family.as_deref().unwrap_or(""));
    let family = family.trim();
    let given = n.given.as_deref().unwrap_or("").trim();
    let mut s = match (family.is_empty(), given.is_empty()) {
        (true, true) => return None,
        (false, true) if !family.contains(' ') => family.to_string(),
        (true, false) => format!(", {given}"),
        _ => format!("{family}, {given}"),
    };
    if let Some(suffix) = &n.suffix {
        s.push_str(", ");
        s.push_str(suffix);
    }
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_forms_real_files_have() {
        assert_eq!(parse("Doe, John, Jr.").suffix.as_deref(), Some("Jr."));
        assert_eq!(parse("Homerus").family.as_deref(), Some("Homerus"));
        assert_eq!(parse("De Vlinderstichting").literal.as_deref(), Some("De Vlinderstichting"));
        assert_eq!(parse("Baldwin,S.A.").given.as_deref(), Some("S.A."));
    }

    #[test]
    fn written_names_read_back() {
        for raw in
            ["Doe, John, Jr.", "Homerus", "De Vlinderstichting", "Baldwin, S.A.", "Иванов, И. И."]
        {
            let n = parse(raw);
            assert_eq!(parse(&write(&n).unwrap()), n, "{raw}");
        }
        let mut n = Name::person("Gogh", "Vincent");
        n.particle = Some("van".into());
        assert_eq!(write(&n).as_deref(), Some("van Gogh, Vincent"));
    }
}
