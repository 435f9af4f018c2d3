//! LaTeX in field values <-> the model's text (Unicode with CSL rich-text markup).
//!
//! Reading: the `biblatex` crate has already turned accents and escapes into
//! Unicode and split case-protecting braces off as verbatim chunks; we turn the
//! rest (`~`, quotes, `\emph{}` and friends, `{\em ...}`) into Unicode and markup,
//! keep braces as `<span class="nocase">` in titles, and keep every command we do
//! not know as it was written (`\mkbibacro{NASA}`), so nothing is lost.
//!
//! Writing: markup back to LaTeX commands, special characters escaped, unknown
//! commands passed through; `ascii` writes accents as LaTeX escapes.

/// The rich-text markup <-> LaTeX command table, one row per case.
const FORMATS: &[(&str, &str, &str)] = &[
    // (opening tag, closing tag, LaTeX command)
    ("<i>", "</i>", "\\textit"),
    ("<b>", "</b>", "\\textbf"),
    ("<sup>", "</sup>", "\\textsuperscript"),
    ("<sub>", "</sub>", "\\textsubscript"),
    ("<span style=\"font-variant:small-caps;\">", "</span>", "\\textsc"),
];

/// Commands read as formatting (command, opening tag, closing tag).
const COMMANDS_IN: &[(&str, &str, &str)] = &[
    ("textit", "<i>", "</i>"),
    ("emph", "<i>", "</i>"),
    ("textsl", "<i>", "</i>"),
    ("mkbibemph", "<i>", "</i>"),
    ("mkbibitalic", "<i>", "</i>"),
    ("textbf", "<b>", "</b>"),
    ("mkbibbold", "<b>", "</b>"),
    ("textsuperscript", "<sup>", "</sup>"),
    ("mkbibsuperscript", "<sup>", "</sup>"),
    ("textsubscript", "<sub>", "</sub>"),
    ("textsc", "<span style=\"font-variant:small-caps;\">", "</span>"),
    ("enquote", "“", "”"),
    ("mkbibquote", "“", "”"),
    ("url", "", ""),
    ("textup", "", ""),
    ("textnormal", "", ""),
];

/// Declarations inside a group: `{\em text}`.
const DECLARATIONS: &[(&str, &str, &str)] = &[
    ("em", "<i>", "</i>"),
    ("it", "<i>", "</i>"),
    ("itshape", "<i>", "</i>"),
    ("sl", "<i>", "</i>"),
    ("bf", "<b>", "</b>"),
    ("bfseries", "<b>", "</b>"),
    ("sc", "<span style=\"font-variant:small-caps;\">", "</span>"),
    ("scshape", "<span style=\"font-variant:small-caps;\">", "</span>"),
];

/// Turns a field value (chunks re-joined: verbatim chunks in braces, math in `$`)
/// into model text. `nocase` keeps top-level braces as `<span class="nocase">`.
///
/// ```
/// use refconv::formats::bibtex::latex::to_text;
/// assert_eq!(to_text("The {NASA} \\emph{way}", true), "The <span class=\"nocase\">NASA</span> <i>way</i>");
/// assert_eq!(to_text("Ф.~0146 ``x''", false), "Ф.\u{a0}0146 “x”");
/// assert_eq!(to_text("\\mkbibacro{NASA} $x^2$", true), "\\mkbibacro{NASA} $x^2$");
/// ```
pub fn to_text(s: &str, nocase: bool) -> String {
    // Most values have nothing to decode: no braces, commands, math, ties, or
    // doubled quotes and dashes. Take them as they are.
    let b = s.as_bytes();
    let plain = !b.iter().any(|c| matches!(c, b'{' | b'}' | b'\\' | b'$' | b'~'))
        && !b.windows(2).any(|w| matches!(w, b"``" | b"''" | b"--"));
    if plain {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    read_seq(&chars, &mut i, &mut out, nocase, 0);
    out
}

fn read_seq(c: &[char], i: &mut usize, out: &mut String, nocase: bool, depth: usize) {
    while *i < c.len() {
        match c[*i] {
            '}' if depth > 0 => return,
            '{' => {
                *i += 1;
                read_group(c, i, out, nocase, depth);
            }
            '\\' => read_command(c, i, out, nocase, depth),
            '$' => {
                // Math is kept as written.
                let start = *i;
                *i += 1;
                while *i < c.len() && c[*i] != '$' {
                    *i += if c[*i] == '\\' { 2 } else { 1 };
                }
                *i = (*i + 1).min(c.len());
                out.extend(&c[start..*i]);
            }
            '~' => {
                out.push('\u{a0}');
                *i += 1;
            }
            '`' if c.get(*i + 1) == Some(&'`') => {
                out.push('“');
                *i += 2;
            }
            '\'' if c.get(*i + 1) == Some(&'\'') => {
                out.push('”');
                *i += 2;
            }
            '-' if c.get(*i + 1) == Some(&'-') && c.get(*i + 2) == Some(&'-') => {
                out.push('—');
                *i += 3;
            }
            '-' if c.get(*i + 1) == Some(&'-') => {
                out.push('–');
                *i += 2;
            }
            ch => {
                out.push(ch);
                *i += 1;
            }
        }
    }
}

/// After `{`: a declaration group (`{\em x}`), or case protection.
fn read_group(c: &[char], i: &mut usize, out: &mut String, nocase: bool, depth: usize) {
    if c.get(*i) == Some(&'\\') {
        let name = command_name(c, *i + 1);
        if let Some((_, open, close)) = DECLARATIONS.iter().find(|d| d.0 == name) {
            *i += 1 + name.chars().count();
            while c.get(*i) == Some(&' ') {
                *i += 1;
            }
            out.push_str(open);
            read_seq(c, i, out, false, depth + 1);
            out.push_str(close);
            *i += 1;
            return;
        }
    }
    let protect = nocase && depth == 0 && !(c.get(*i) == Some(&'\\') && is_special(c, *i + 1));
    if protect {
        out.push_str("<span class=\"nocase\">");
    }
    read_seq(c, i, out, false, depth + 1);
    if protect {
        out.push_str("</span>");
    }
    *i += 1; // the closing brace
}

fn command_name(c: &[char], from: usize) -> String {
    c[from.min(c.len())..].iter().take_while(|ch| ch.is_ascii_alphabetic()).collect()
}

/// Text-producing commands with no argument, one row per case.
const SYMBOLS: &[(&str, &str)] = &[
    ("ss", "ß"),
    ("SS", "SS"),
    ("ae", "æ"),
    ("AE", "Æ"),
    ("oe", "œ"),
    ("OE", "Œ"),
    ("o", "ø"),
    ("O", "Ø"),
    ("aa", "å"),
    ("AA", "Å"),
    ("l", "ł"),
    ("L", "Ł"),
    ("i", "ı"),
    ("j", "ȷ"),
    ("textasciitilde", "~"),
    ("textasciicircum", "^"),
    ("textbackslash", "\\"),
    ("textbar", "|"),
    ("textless", "<"),
    ("textgreater", ">"),
    ("textendash", "–"),
    ("textemdash", "—"),
    ("textquoteleft", "‘"),
    ("textquoteright", "’"),
    ("textquotedblleft", "“"),
    ("textquotedblright", "”"),
    ("guillemotleft", "«"),
    ("guillemotright", "»"),
    ("ldots", "…"),
    ("dots", "…"),
    ("textellipsis", "…"),
    ("S", "§"),
    ("P", "¶"),
    ("copyright", "©"),
    ("textregistered", "®"),
    ("texttrademark", "™"),
    ("textdegree", "°"),
    ("textnumero", "№"),
    ("No", "№"),
    ("nobreakspace", "\u{a0}"),
    ("textunderscore", "_"),
    ("textdollar", "$"),
    ("&", "&"),
];

/// Accent commands and the combining character each stands for.
const ACCENTS: &[(char, char)] = &[
    ('\'', '\u{301}'),
    ('`', '\u{300}'),
    ('^', '\u{302}'),
    ('"', '\u{308}'),
    ('~', '\u{303}'),
    ('=', '\u{304}'),
    ('.', '\u{307}'),
    ('u', '\u{306}'),
    ('v', '\u{30c}'),
    ('H', '\u{30b}'),
    ('c', '\u{327}'),
    ('k', '\u{328}'),
    ('r', '\u{30a}'),
    ('d', '\u{323}'),
    ('b', '\u{331}'),
];

/// The letter `base` with accent `accent` (a LaTeX accent command), precomposed
/// where the table knows it.
fn accented(base: char, accent: char) -> String {
    for (b, marks) in ACCENTED {
        if *b == base || (base == 'ı' && *b == 'i') {
            if let Some((ch, _)) = marks.iter().find(|(_, a)| *a == accent) {
                return ch.to_string();
            }
        }
    }
    let mark = ACCENTS.iter().find(|(a, _)| *a == accent).map_or('\u{301}', |(_, m)| *m);
    format!("{base}{mark}")
}

/// Whether the command at `c[from]` (after the backslash) is an accent or a
/// symbol, so that a group it starts is a "special character", not case protection.
fn is_special(c: &[char], from: usize) -> bool {
    match c.get(from) {
        Some(ch) if !ch.is_ascii_alphabetic() => ACCENTS.iter().any(|(a, _)| a == ch),
        Some(_) => {
            let name = command_name(c, from);
            SYMBOLS.iter().any(|(n, _)| *n == name)
                || (name.chars().count() == 1 && ACCENTS.iter().any(|(a, _)| name.starts_with(*a)))
        }
        None => false,
    }
}

fn read_command(c: &[char], i: &mut usize, out: &mut String, nocase: bool, depth: usize) {
    let name = command_name(c, *i + 1);
    let first = c.get(*i + 1).copied();
    // Accents: \'e \'{e} \"{\i} \v c
    let accent = match first {
        Some(a) if !a.is_ascii_alphabetic() && ACCENTS.iter().any(|(x, _)| *x == a) => Some((a, 1)),
        Some(a) if name.chars().count() == 1 && ACCENTS.iter().any(|(x, _)| *x == a) => {
            // A letter accent (\u, \v, \c ...) is followed by a brace or a space.
            match c.get(*i + 2) {
                Some('{') | Some(' ') => Some((a, 1)),
                _ => None,
            }
        }
        _ => None,
    };
    if let Some((a, len)) = accent {
        let mut j = *i + 1 + len;
        while c.get(j) == Some(&' ') {
            j += 1;
        }
        let (base, end) = match c.get(j) {
            Some('{') => {
                let mut k = j + 1;
                let mut inner = String::new();
                while k < c.len() && c[k] != '}' {
                    inner.push(c[k]);
                    k += 1;
                }
                let base = match inner.trim() {
                    "\\i" => Some('ı'),
                    "\\j" => Some('ȷ'),
                    t => {
                        let mut it = t.chars();
                        match (it.next(), it.next()) {
                            (Some(b), None) => Some(b),
                            _ => None,
                        }
                    }
                };
                (base, k + 1)
            }
            Some('\\')
                if matches!(c.get(j + 1), Some('i') | Some('j'))
                    && !c.get(j + 2).is_some_and(|x| x.is_ascii_alphabetic()) =>
            {
                (Some(if c[j + 1] == 'i' { 'ı' } else { 'ȷ' }), j + 2)
            }
            Some(&b) if b.is_alphabetic() => (Some(b), j + 1),
            _ => (None, j),
        };
        if let Some(b) = base {
            out.push_str(&accented(b, a));
            *i = end;
            return;
        }
    }
    if name.is_empty() {
        // A control symbol: `\&`, `\%`, `\$`, `\{`, `\,` ...
        match first {
            Some(ch) if "&%$#_{}".contains(ch) => out.push(ch),
            Some(',') => out.push('\u{2009}'),
            Some(' ') => out.push(' '),
            Some('-') => {} // a discretionary hyphen
            Some(ch) => {
                out.push('\\');
                out.push(ch);
            }
            None => out.push('\\'),
        }
        *i += 2;
        return;
    }
    let mut after = *i + 1 + name.chars().count();
    // `\enquote*{...}`: the star belongs to the command.
    let star = c.get(after) == Some(&'*');
    if star {
        after += 1;
    }
    if let Some((_, text)) = SYMBOLS.iter().find(|(n, _)| *n == name && !star) {
        out.push_str(text);
        *i = after;
        // `\ss{}` or `\ss ` end the command.
        if c.get(*i) == Some(&'{') && c.get(*i + 1) == Some(&'}') {
            *i += 2;
        } else if c.get(*i) == Some(&' ') {
            *i += 1;
        }
        return;
    }
    if c.get(after) == Some(&'{') {
        if let Some((_, open, close)) = COMMANDS_IN.iter().find(|d| d.0 == name) {
            *i = after + 1;
            out.push_str(open);
            read_seq(c, i, out, false, depth + 1);
            out.push_str(close);
            *i += 1;
            return;
        }
    }
    // Unknown: keep the command and its braced arguments exactly as written.
    out.push('\\');
    out.push_str(&name);
    if star {
        out.push('*');
    }
    *i = after;
    while c.get(*i) == Some(&'{') {
        let start = *i;
        let mut d = 0usize;
        while *i < c.len() {
            match c[*i] {
                '\\' => *i += 1,
                '{' => d += 1,
                '}' => {
                    d -= 1;
                    if d == 0 {
                        *i += 1;
                        break;
                    }
                }
                _ => {}
            }
            *i += 1;
        }
        out.extend(&c[start..(*i).min(c.len())]);
    }
    let _ = nocase;
}

/// Writes model text as a BibTeX field value (without the outer braces).
///
/// ```
/// use refconv::formats::bibtex::latex::from_text;
/// assert_eq!(from_text("The <span class=\"nocase\">NASA</span> <i>way</i> & 100%", false), "The {NASA} \\textit{way} \\& 100\\%");
/// assert_eq!(from_text("Ф.\u{a0}0146 \\mkbibacro{NASA} $x^2$", false), "Ф.~0146 \\mkbibacro{NASA} $x^2$");
/// assert_eq!(from_text("Café — “x”", true), "Caf{\\'e} --- ``x''");
/// ```
pub fn from_text(s: &str, ascii: bool) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut stack: Vec<&str> = Vec::new();
    let c: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < c.len() {
        let rest: String = c[i..c.len().min(i + 48)].iter().collect();
        if c[i] == '<' {
            if let Some((open, close, cmd)) = FORMATS.iter().find(|f| rest.starts_with(f.0)) {
                out.push_str(cmd);
                out.push('{');
                stack.push(close);
                i += open.chars().count();
                continue;
            }
            if rest.starts_with("<span class=\"nocase\">") {
                out.push('{');
                stack.push("</span>");
                i += "<span class=\"nocase\">".chars().count();
                continue;
            }
            if let Some(close) = stack.last() {
                if rest.starts_with(close) {
                    out.push('}');
                    i += close.chars().count();
                    stack.pop();
                    continue;
                }
            }
        }
        match c[i] {
            '\\' if c.get(i + 1).is_some_and(|ch| ch.is_ascii_alphabetic()) => {
                // A command kept from the input: pass it and its arguments through.
                out.push('\\');
                i += 1;
                while i < c.len() && c[i].is_ascii_alphabetic() {
                    out.push(c[i]);
                    i += 1;
                }
                if c.get(i) == Some(&'*') {
                    out.push('*');
                    i += 1;
                }
                // Its braced arguments, when they are balanced.
                while c.get(i) == Some(&'{') {
                    let Some(end) = group_end(&c, i) else { break };
                    out.extend(&c[i..end]);
                    i = end;
                }
                continue;
            }
            '$' => {
                // Math, as the reader kept it: up to the next unescaped `$`.
                let mut j = i + 1;
                while j < c.len() && c[j] != '$' {
                    j += if c[j] == '\\' { 2 } else { 1 };
                }
                if j < c.len() {
                    out.extend(&c[i..=j]);
                    i = j + 1;
                } else {
                    out.push_str("\\$");
                    i += 1;
                }
                continue;
            }
            '\\' => out.push_str("\\textbackslash{}"),
            '&' | '%' | '#' | '_' | '{' | '}' => {
                out.push('\\');
                out.push(c[i]);
            }
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            '\u{a0}' => out.push('~'),
            ch if ascii && !ch.is_ascii() => out.push_str(&ascii_escape(ch)),
            ch => out.push(ch),
        }
        i += 1;
    }
    for _ in stack {
        out.push('}');
    }
    out
}

/// The index after the `}` closing the group that opens at `c[open]`, skipping
/// escaped characters; `None` if it does not close or holds markup.
fn group_end(c: &[char], open: usize) -> Option<usize> {
    let mut d = 0usize;
    let mut i = open;
    while i < c.len() {
        match c[i] {
            '\\' => i += 1,
            '<' => return None,
            '{' => d += 1,
            '}' => {
                d -= 1;
                if d == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// A character as an ASCII LaTeX escape, or itself if there is none.
fn ascii_escape(ch: char) -> String {
    let special = match ch {
        '–' => "--",
        '—' => "---",
        '“' => "``",
        '”' => "''",
        '‘' => "`",
        '’' => "'",
        '…' => "\\ldots{}",
        'ß' => "{\\ss}",
        'æ' => "{\\ae}",
        'Æ' => "{\\AE}",
        'ø' => "{\\o}",
        'Ø' => "{\\O}",
        'œ' => "{\\oe}",
        'Œ' => "{\\OE}",
        'ł' => "{\\l}",
        'Ł' => "{\\L}",
        'ı' => "{\\i}",
        '\u{2009}' => "\\,",
        _ => "",
    };
    if !special.is_empty() {
        return special.to_string();
    }
    for (base, marks) in ACCENTED {
        for (accented, accent) in marks.iter() {
            if *accented == ch {
                let b = if *base == 'i' && *accent != 'c' {
                    "\\i".to_string()
                } else {
                    base.to_string()
                };
                return if accent.is_ascii_alphabetic() {
                    format!("{{\\{accent} {b}}}")
                } else {
                    format!("{{\\{accent}{b}}}")
                };
            }
        }
    }
    ch.to_string()
}

/// Accented Latin letters: (base, [(letter, accent command)]).
const ACCENTED: &[(char, &[(char, char)])] = &[
    (
        'a',
        &[
            ('á', '\''),
            ('à', '`'),
            ('â', '^'),
            ('ä', '"'),
            ('ã', '~'),
            ('å', 'r'),
            ('ā', '='),
            ('ă', 'u'),
            ('ą', 'k'),
        ],
    ),
    (
        'A',
        &[
            ('Á', '\''),
            ('À', '`'),
            ('Â', '^'),
            ('Ä', '"'),
            ('Ã', '~'),
            ('Å', 'r'),
            ('Ā', '='),
            ('Ă', 'u'),
            ('Ą', 'k'),
        ],
    ),
    ('c', &[('ç', 'c'), ('ć', '\''), ('č', 'v')]),
    ('C', &[('Ç', 'c'), ('Ć', '\''), ('Č', 'v')]),
    ('d', &[('ď', 'v')]),
    (
        'e',
        &[
            ('é', '\''),
            ('è', '`'),
            ('ê', '^'),
            ('ë', '"'),
            ('ē', '='),
            ('ě', 'v'),
            ('ę', 'k'),
            ('ė', '.'),
        ],
    ),
    (
        'E',
        &[
            ('É', '\''),
            ('È', '`'),
            ('Ê', '^'),
            ('Ë', '"'),
            ('Ē', '='),
            ('Ě', 'v'),
            ('Ę', 'k'),
            ('Ė', '.'),
        ],
    ),
    ('g', &[('ğ', 'u')]),
    ('i', &[('í', '\''), ('ì', '`'), ('î', '^'), ('ï', '"'), ('ī', '=')]),
    ('I', &[('Í', '\''), ('Ì', '`'), ('Î', '^'), ('Ï', '"'), ('Ī', '='), ('İ', '.')]),
    ('n', &[('ñ', '~'), ('ń', '\''), ('ň', 'v')]),
    ('N', &[('Ñ', '~'), ('Ń', '\''), ('Ň', 'v')]),
    ('o', &[('ó', '\''), ('ò', '`'), ('ô', '^'), ('ö', '"'), ('õ', '~'), ('ō', '='), ('ő', 'H')]),
    ('O', &[('Ó', '\''), ('Ò', '`'), ('Ô', '^'), ('Ö', '"'), ('Õ', '~'), ('Ō', '='), ('Ő', 'H')]),
    ('r', &[('ř', 'v'), ('ŕ', '\'')]),
    ('R', &[('Ř', 'v')]),
    ('s', &[('ś', '\''), ('š', 'v'), ('ş', 'c')]),
    ('S', &[('Ś', '\''), ('Š', 'v'), ('Ş', 'c')]),
    ('t', &[('ť', 'v'), ('ţ', 'c')]),
    ('T', &[('Ť', 'v')]),
    ('u', &[('ú', '\''), ('ù', '`'), ('û', '^'), ('ü', '"'), ('ū', '='), ('ů', 'r'), ('ű', 'H')]),
    ('U', &[('Ú', '\''), ('Ù', '`'), ('Û', '^'), ('Ü', '"'), ('Ū', '='), ('Ů', 'r'), ('Ű', 'H')]),
    ('y', &[('ý', '\''), ('ÿ', '"')]),
    ('Y', &[('Ý', '\''), ('Ÿ', '"')]),
    ('z', &[('ź', '\''), ('ž', 'v'), ('ż', '.')]),
    ('Z', &[('Ź', '\''), ('Ž', 'v'), ('Ż', '.')]),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_round_trips_through_latex() {
        for s in [
            "Plain text",
            "The <span class=\"nocase\">NASA</span> <i>way</i>",
            "AT&T 100% #1 a_b {braces} ~tilde^caret back\\slash",
            "Ф.\u{a0}0146 – “quote”",
            "<b>bold <i>both</i></b> and <sup>2</sup>",
            "\\mkbibacro{NASA} and $x^2$",
        ] {
            let latex = from_text(s, false);
            assert_eq!(to_text(&latex, true), s, "via {latex}");
        }
    }

    #[test]
    fn declarations_and_nested_groups() {
        assert_eq!(
            to_text("{\\em Das} {Kapital}", true),
            "<i>Das</i> <span class=\"nocase\">Kapital</span>"
        );
        assert_eq!(to_text("\\textit{a {B} c}", true), "<i>a B c</i>");
        assert_eq!(to_text("{{Whole}}", true), "<span class=\"nocase\">Whole</span>");
    }

    #[test]
    fn ascii_escapes() {
        assert_eq!(from_text("Müller, Łódź, ß", true), "M{\\\"u}ller, {\\L}{\\'o}d{\\'z}, {\\ss}");
        assert_eq!(from_text("Иванов", true), "Иванов");
    }
}

#[cfg(test)]
mod decode_tests {
    use super::*;

    #[test]
    fn accents_in_every_spelling() {
        for (latex, text) in [
            ("caf\\'e", "café"),
            ("caf\\'{e}", "café"),
            ("caf{\\'e}", "café"),
            ("{\\\"o}", "ö"),
            ("\\\"{u}", "ü"),
            ("\\v{c}", "č"),
            ("\\v c", "č"),
            ("\\'\\i", "í"),
            ("\\\"{\\i}", "ï"),
            ("\\c{c}", "ç"),
            ("{\\ss}", "ß"),
            ("\\ss{}x", "ßx"),
            ("\\o", "ø"),
            ("{\\'E}mile", "Émile"),
            ("\\textasciitilde{}", "~"),
            ("\\textbackslash{}", "\\"),
            ("{\\~ Z}elly", "Z\u{303}elly"),
            ("\\enquote*{Hello world}", "“Hello world”"),
            ("a\\,b", "a\u{2009}b"),
            ("a\\&b 50\\% \\$5 \\{x\\}", "a&b 50% $5 {x}"),
        ] {
            assert_eq!(to_text(latex, true), text, "{latex}");
        }
    }

    #[test]
    fn accent_groups_are_not_case_protection() {
        assert_eq!(
            to_text("{\\\"O}sterreich {UN}", true),
            "Österreich <span class=\"nocase\">UN</span>"
        );
    }
}
