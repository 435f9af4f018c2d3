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
    n.to_inverted()
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
