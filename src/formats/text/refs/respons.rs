//! GOST's statement of responsibility, told apart by its role words. After the
//! title, ` / ` opens the statement and ` ; ` parts its groups, each group opened
//! by the role its names play (`/ А. М. Анисов ; ред. В. А. Смирнов ; пер. с англ.
//! Е. Шикаревой`). A model that labels the whole statement as one part (authors,
//! say) loses the editors and translators; here each group takes the label of its
//! role word. Used by `runon::repair_parts` only.

/// Role words that open a group, lower case, with the label the group's names take.
/// Longer words first where one begins another.
const ROLES: &[(&str, &str)] = &[
    ("под общей редакцией", "editor"),
    ("под общ. ред", "editor"),
    ("под редакцией", "editor"),
    ("под ред", "editor"),
    ("ответственные редакторы", "editor"),
    ("ответственный редактор", "editor"),
    ("отв. ред", "editor"),
    ("научные редакторы", "editor"),
    ("научный редактор", "editor"),
    ("науч. ред", "editor"),
    ("главный редактор", "editor"),
    ("гл. ред", "editor"),
    ("редакционная коллегия", "editor"),
    ("редкол", "editor"),
    ("редакторы", "editor"),
    ("редактор", "editor"),
    ("ред.", "editor"),
    ("edited by", "editor"),
    ("ed. by", "editor"),
    ("eds.", "editor"),
    ("ed.", "editor"),
    ("перевод", "translator"),
    ("пер.", "translator"),
    ("translated by", "translator"),
    ("transl.", "translator"),
    ("составители", "compiler"),
    ("составитель", "compiler"),
    ("сост.", "compiler"),
    ("compiled by", "compiler"),
    ("comp. by", "compiler"),
    // Ukrainian (ДСТУ 8302): `за ред.`, `за відповід. ред.`, `за науковою ред.`, `упоряд.`.
    ("за загальною редакцією", "editor"),
    ("за заг. ред", "editor"),
    ("за редакцією", "editor"),
    ("за ред", "editor"),
    ("за науковою ред", "editor"),
    ("за наук. ред", "editor"),
    ("за відповід. ред", "editor"),
    ("за відп. ред", "editor"),
    ("упорядники", "compiler"),
    ("упорядник", "compiler"),
    ("упоряд.", "compiler"),
    // The same in transliteration (References lists, any scheme).
    ("pod obs", "editor"),
    ("pod red", "editor"),
    ("otv. red", "editor"),
    ("otvetstvenn", "editor"),
    ("nauch. red", "editor"),
    ("redkol", "editor"),
    ("red.", "editor"),
    ("perevod", "translator"),
    ("per. s", "translator"),
    ("sostavitel", "compiler"),
    ("sost.", "compiler"),
    // Roles that name no author, editor or translator: kept as a note.
    ("предисловие", "note"),
    ("предисл.", "note"),
    ("послесловие", "note"),
    ("послесл.", "note"),
    ("вступительная статья", "note"),
    ("вступ. ст", "note"),
    ("комментарии", "note"),
    ("коммент.", "note"),
    ("примечания", "note"),
    ("примеч.", "note"),
    ("художник", "note"),
    ("худож.", "note"),
    ("foreword by", "note"),
    ("introduction by", "note"),
];

const NAME_LABELS: [&str; 4] = ["author", "editor", "translator", "compiler"];

/// The role a group opens with, or None.
pub(super) fn role(group: &str) -> Option<&'static str> {
    let g = group.trim_start_matches([' ', '/', '[', '(']).to_lowercase();
    ROLES.iter().find(|(w, _)| g.starts_with(w)).map(|&(_, l)| l)
}

/// An English role phrase ending in `by` that opens `part` (`Translated by`,
/// `Edited by`; any case): its length in bytes and the label its names take.
pub(super) fn role_by(part: &str) -> Option<(usize, &'static str)> {
    ROLES.iter().find_map(|&(w, l)| {
        let head = part.get(..w.len())?;
        let named = part[w.len()..].starts_with(' ');
        (w.ends_with(" by") && head.eq_ignore_ascii_case(w) && named).then_some((w.len() + 1, l))
    })
}

/// GOST's notes area after the extent (`– Библиогр.: с. 120–125.`, `– Прил.: с. 98.`,
/// `– Указ.: с. 300.`, `– Загл. с экрана.`): not names, whatever the model said.
const NOTES: [&str; 7] =
    ["библиогр", "прил.", "указ.", "рез. ", "загл. с", "доп. тираж", "библиография"];

/// A names part that is a note of GOST's notes area, relabelled; None otherwise.
pub(super) fn note(label: &'static str, part: &str) -> Option<&'static str> {
    if !NAME_LABELS.contains(&label) {
        return None;
    }
    // Lower case only the few letters the notes' words are compared with.
    let l: String = part
        .trim_start_matches(['–', '—', '-', ' ', '.'])
        .chars()
        .take(12)
        .flat_map(char::to_lowercase)
        .collect();
    NOTES.iter().any(|w| l.starts_with(w)).then_some("note")
}

/// A names part whose ` ; `-parted groups name roles, as one part per run of
/// groups of one role; None when no group after the first opens with a role word
/// (a list of names parted by semicolons stays one part).
pub(super) fn split<'a>(
    label: &'static str,
    part: &'a str,
) -> Option<Vec<(&'static str, &'a str)>> {
    if !NAME_LABELS.contains(&label) || !part.contains(';') {
        return None;
    }
    let mut groups: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    for (i, _) in part.match_indices(';') {
        groups.push((start, i + 1));
        start = i + 1;
    }
    groups.push((start, part.len()));
    if !groups.iter().skip(1).any(|&(a, b)| role(&part[a..b]).is_some()) {
        return None;
    }
    // Groups without a role word are the statement's authors.
    let mut out: Vec<(&'static str, usize, usize)> = Vec::new();
    for (a, b) in groups {
        let l = role(&part[a..b]).unwrap_or("author");
        match out.last_mut() {
            Some(last) if last.0 == l => last.2 = b,
            _ => out.push((l, a, b)),
        }
    }
    Some(out.into_iter().map(|(l, a, b)| (l, &part[a..b])).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_take_the_label_of_their_role_word() {
        let p = "/ А. М. Анисов ; ред. В. А. Смирнов. –";
        assert_eq!(
            split("author", p).unwrap(),
            vec![("author", "/ А. М. Анисов ;"), ("editor", " ред. В. А. Смирнов. –")]
        );
        let p = "Д. И. Блохинцев ; составитель Н. А. Коненкова ; ответственные редакторы И. П. \
                 Базаров, Д. А. Славнов";
        let labels: Vec<&str> = split("editor", p).unwrap().iter().map(|x| x.0).collect();
        assert_eq!(labels, ["author", "compiler", "editor"]);
        let p = "Шон Кэрролл ; перевод с английского Е. Шикаревой ; предисловие А. Б. Иванова";
        let labels: Vec<&str> = split("author", p).unwrap().iter().map(|x| x.0).collect();
        assert_eq!(labels, ["author", "translator", "note"]);
    }

    #[test]
    fn notes_are_not_names() {
        assert_eq!(note("editor", "Прил.: с. 98–120. –"), Some("note"));
        assert_eq!(note("author", "– Библиогр.: с. 5"), Some("note"));
        assert_eq!(note("author", "Прилуцкий А. Б."), None);
        assert_eq!(note("title", "Библиография"), None);
    }

    #[test]
    fn names_parted_by_semicolons_stay_one_part() {
        assert_eq!(split("author", "Smith, J.; Doe, A.; Roe, B."), None);
        assert_eq!(split("title", "A ; ред. B"), None);
        assert_eq!(split("author", "Иванов И. И."), None);
    }
}
