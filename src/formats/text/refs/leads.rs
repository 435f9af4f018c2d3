//! The words that open a part and are no part of its value: `In:`, `//`,
//! `В кн.:`, `Available at:`, `DOI:`; a host's `dans` or `nel`.

/// Opening words a part of that label carries: "In:", "//", "под ред.", "ed. by".
const PREFIXES: &[&str] = &[
    "//",
    "In:",
    "In ",
    "in:",
    "in ",
    "В кн.:",
    "В кн.",
    "В сб.:",
    "В сб.",
    "В его кн.:",
    "В ее кн.:",
    "В её кн.:",
    "В:",
    "V kn.:",
    "V sb.:",
    "У кн.:",
    "У зб.:",
    "Dans ",
    "En:",
    "Im:",
    "Available at:",
    "Available from:",
    "Retrieved from",
    "URL:",
    "URL :",
    "Режим доступа:",
    "DOI:",
    "doi:",
    "DOI",
    "ISBN",
    "ISBN:",
];

pub(super) fn strip_prefixes(mut s: &str) -> &str {
    loop {
        let before = s;
        for p in PREFIXES {
            if let Some(r) = s.strip_prefix(p) {
                s = r.trim_start();
            }
        }
        if s == before {
            return s;
        }
    }
}

/// The lead word of a host in French or Italian notes (`dans`, `dans :`, `nel`),
/// which only a journal's or a collection's part carries (a title may begin
/// with `dans`).
pub(super) fn strip_host_lead(s: &str) -> &str {
    let t = s.trim_start();
    ["dans", "Dans", "nel", "Nel"]
        .iter()
        .find_map(|w| t.strip_prefix(w).filter(|r| r.starts_with(' ')))
        .map_or(t, |r| r.trim_start().strip_prefix(": ").unwrap_or(r.trim_start()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leads_go_and_the_rest_stays() {
        assert_eq!(strip_prefixes("In: // Вопросы истории"), "Вопросы истории");
        assert_eq!(strip_host_lead("dans : Encyclopédie théologique"), "Encyclopédie théologique");
        assert_eq!(strip_host_lead("nel Giornale Storico"), "Giornale Storico");
        assert_eq!(strip_host_lead("Dans les Mémoires"), "les Mémoires");
        assert_eq!(strip_host_lead("Dansk Tidsskrift"), "Dansk Tidsskrift");
    }
}
