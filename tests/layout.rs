//! The layout of `src/`, checked: no format imports another format (they meet in
//! `src/model/`), the model imports no format, the library never imports the CLI,
//! no cycle between files, and no file over 800 lines before its tests.
//!
//! Every path a file names — `use` declarations (nested groups, `self`, globs,
//! renames) and qualified paths in code (`crate::..`, `super::..`, `self::..`,
//! `refconv::..`, `child_module::..`) — is resolved to the file that defines the
//! item, following `pub use` re-exports, so that `crate::Entry` counts as a use
//! of `src/model/mod.rs`, not of `src/lib.rs`. Test code (`#[cfg(test)]` items),
//! comments and string literals are left out: tests may use anything.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// The longest a source file may be before its tests.
const MAX_LINES: usize = 800;

#[derive(Debug)]
struct File {
    /// `src/...`, with `/`.
    rel: String,
    /// "lib" or "bin".
    krate: &'static str,
    /// The module path in its crate.
    module: Vec<String>,
    /// The code with comments, strings and test items blanked out.
    code: String,
    /// The number of lines before the first `#[cfg(test)]`.
    lines_before_tests: usize,
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// Comments and string/char literals replaced by spaces (newlines kept).
fn strip_comments_and_strings(src: &str) -> String {
    let b = src.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    let blank = |out: &mut Vec<u8>, s: &[u8]| {
        out.extend(s.iter().map(|&c| if c == b'\n' { b'\n' } else { b' ' }));
    };
    while i < b.len() {
        let rest = &b[i..];
        if rest.starts_with(b"//") {
            let end = rest.iter().position(|&c| c == b'\n').unwrap_or(rest.len());
            blank(&mut out, &rest[..end]);
            i += end;
        } else if rest.starts_with(b"/*") {
            let end = src[i + 2..].find("*/").map_or(rest.len(), |e| e + 4);
            blank(&mut out, &rest[..end]);
            i += end;
        } else if rest.starts_with(b"r#\"") || rest.starts_with(b"r\"") {
            let hashes = rest[1..].iter().take_while(|&&c| c == b'#').count();
            let close: Vec<u8> =
                std::iter::once(b'"').chain(std::iter::repeat_n(b'#', hashes)).collect();
            let body = 2 + hashes;
            let end = rest[body..]
                .windows(close.len())
                .position(|w| w == close.as_slice())
                .map_or(rest.len(), |e| body + e + close.len());
            blank(&mut out, &rest[..end]);
            i += end;
        } else if rest[0] == b'"' {
            let mut j = 1;
            while j < rest.len() && rest[j] != b'"' {
                j += if rest[j] == b'\\' { 2 } else { 1 };
            }
            let end = (j + 1).min(rest.len());
            blank(&mut out, &rest[..end]);
            i += end;
        } else if rest[0] == b'\'' {
            // A char literal ('a', '\n', '\u{..}'), not a lifetime ('a).
            let lit = if rest.get(1) == Some(&b'\\') {
                rest.iter().skip(2).position(|&c| c == b'\'').map(|p| p + 3)
            } else {
                let ch = src[i + 1..].chars().next().map_or(1, char::len_utf8);
                (rest.get(1 + ch) == Some(&b'\'')).then_some(ch + 2)
            };
            match lit {
                Some(end) => {
                    blank(&mut out, &rest[..end]);
                    i += end;
                }
                None => {
                    out.push(b'\'');
                    i += 1;
                }
            }
        } else {
            out.push(rest[0]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The code with every `#[cfg(test)]` item blanked out (up to its closing brace or
/// semicolon).
fn strip_test_items(code: &str) -> String {
    let mut out = code.to_string();
    let mut from = 0;
    while let Some(at) = out[from..].find("#[cfg(test)]").map(|a| a + from) {
        let b = out.as_bytes();
        let mut i = at + "#[cfg(test)]".len();
        let mut depth = 0usize;
        while i < b.len() {
            match b[i] {
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        i += 1;
                        break;
                    }
                }
                b';' if depth == 0 => {
                    i += 1;
                    break;
                }
                _ => {}
            }
            i += 1;
        }
        let blanked: String =
            out[at..i].chars().map(|c| if c == '\n' { '\n' } else { ' ' }).collect();
        out.replace_range(at..i, &blanked);
        from = i;
    }
    out
}

fn load() -> Vec<File> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    rust_files(&root.join("src"), &mut paths);
    paths
        .iter()
        .map(|p| {
            let rel = p.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
            let src = std::fs::read_to_string(p).unwrap();
            let inner = rel.trim_start_matches("src/").trim_end_matches(".rs");
            let mut module: Vec<String> = inner.split('/').map(String::from).collect();
            if matches!(module.last().map(String::as_str), Some("mod" | "lib" | "main")) {
                module.pop();
            }
            let krate =
                if rel == "src/main.rs" || rel.starts_with("src/cli/") { "bin" } else { "lib" };
            let lines_before_tests =
                src.lines().take_while(|l| !l.contains("#[cfg(test)]")).count();
            let code = strip_test_items(&strip_comments_and_strings(&src));
            File { rel, krate, module, code, lines_before_tests }
        })
        .collect()
}

/// A `use` tree flattened: (path segments, alias); a glob ends in `*`.
fn use_paths(tree: &str) -> Vec<(Vec<String>, Option<String>)> {
    fn parse(s: &str, prefix: &[String], out: &mut Vec<(Vec<String>, Option<String>)>) {
        let s = s.trim();
        if s.is_empty() {
            return;
        }
        if let Some(open) = s.find('{') {
            let head = s[..open].trim().trim_end_matches("::");
            let mut p = prefix.to_vec();
            p.extend(head.split("::").map(str::trim).filter(|x| !x.is_empty()).map(String::from));
            let inner = &s[open + 1..s.rfind('}').unwrap_or(s.len())];
            let mut depth = 0;
            let mut start = 0;
            for (i, c) in inner.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        parse(&inner[start..i], &p, out);
                        start = i + 1;
                    }
                    _ => {}
                }
            }
            parse(&inner[start..], &p, out);
            return;
        }
        let (path, alias) = match s.split_once(" as ") {
            Some((p, a)) => (p.trim(), Some(a.trim().to_string())),
            None => (s, None),
        };
        let mut p = prefix.to_vec();
        for seg in path.split("::").map(str::trim) {
            if seg == "self" && !p.is_empty() {
                continue;
            }
            p.push(seg.to_string());
        }
        out.push((p, alias));
    }
    let mut out = Vec::new();
    parse(tree, &[], &mut out);
    out
}

/// The `use` declarations of a file: (is `pub`, tree).
fn uses(code: &str) -> Vec<(bool, String)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = code[from..].find("use ").map(|a| a + from) {
        from = at + 4;
        let before = code[..at].trim_end();
        let word_start = at == 0 || !code.as_bytes()[at - 1].is_ascii_alphanumeric();
        let stmt_start = before.is_empty() || before.ends_with([';', '{', '}', ')', ']']);
        let is_pub = before.ends_with("pub") || before.ends_with(')') && before.contains("pub(");
        if !word_start || !(stmt_start || before.ends_with("pub")) {
            continue;
        }
        let Some(end) = code[from..].find(';') else { break };
        out.push((is_pub, code[from..from + end].split_whitespace().collect::<Vec<_>>().join(" ")));
        from += end;
    }
    out
}

struct Tree<'a> {
    files: &'a [File],
    by_module: HashMap<(&'static str, Vec<String>), usize>,
}

impl Tree<'_> {
    fn module_file(&self, krate: &'static str, module: &[String]) -> Option<usize> {
        self.by_module.get(&(krate, module.to_vec())).copied()
    }

    fn defines(&self, file: usize, name: &str) -> bool {
        let code = &self.files[file].code;
        ["fn", "struct", "enum", "const", "static", "type", "trait", "mod", "union"].iter().any(
            |kw| {
                let pat = format!("{kw} {name}");
                code.match_indices(&pat).any(|(i, _)| {
                    let after = code[i + pat.len()..].chars().next();
                    let before = code[..i].chars().next_back();
                    !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
                        && !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                })
            },
        )
    }

    /// The file defining the item `path` names, seen from file `from`.
    fn resolve(&self, from: usize, path: &[String], depth: usize) -> Option<usize> {
        let f = &self.files[from];
        let (mut krate, mut module): (&'static str, Vec<String>) = (f.krate, f.module.clone());
        // Inside a file, `self`/`super` count from the file's module.
        let mut rest = path;
        match rest.first().map(String::as_str) {
            Some("crate") => {
                module.clear();
                rest = &rest[1..];
            }
            Some("refconv") if f.krate == "bin" => {
                krate = "lib";
                module.clear();
                rest = &rest[1..];
            }
            Some("self") => rest = &rest[1..],
            Some("super") => {
                while rest.first().map(String::as_str) == Some("super") {
                    module.pop();
                    rest = &rest[1..];
                }
            }
            Some(_) => {
                // A child module of this one (`mod x;` here), else an extern crate.
                let mut child = module.clone();
                child.push(rest[0].clone());
                self.module_file(krate, &child)?;
            }
            None => return None,
        }
        let mut file = self.module_file(krate, &module)?;
        while let Some(seg) = rest.first() {
            let mut child = module.clone();
            child.push(seg.clone());
            match self.module_file(krate, &child) {
                Some(c) => {
                    module = child;
                    file = c;
                    rest = &rest[1..];
                }
                None => break,
            }
        }
        let Some(item) = rest.first() else { return Some(file) };
        if depth > 8 || item == "*" || self.defines(file, item) {
            return Some(file);
        }
        // A re-export: follow it.
        for (is_pub, tree) in uses(&self.files[file].code) {
            if !is_pub {
                continue;
            }
            for (p, alias) in use_paths(&tree) {
                let name = alias.as_ref().or(p.last());
                if name == Some(item) {
                    let mut target = p.clone();
                    target.extend(rest[1..].iter().cloned());
                    return self.resolve(file, &target, depth + 1).or(Some(file));
                }
                if p.last().map(String::as_str) == Some("*") {
                    let mut target = p[..p.len() - 1].to_vec();
                    target.extend(rest.iter().cloned());
                    if let Some(t) = self.resolve(file, &target, depth + 1) {
                        if self.defines(t, item) {
                            return Some(t);
                        }
                    }
                }
            }
        }
        Some(file)
    }
}

/// Every file a file names, resolved.
fn edges(tree: &Tree) -> BTreeMap<usize, BTreeSet<usize>> {
    let mut out: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for (i, f) in tree.files.iter().enumerate() {
        let mut paths: Vec<Vec<String>> = Vec::new();
        for (_, t) in uses(&f.code) {
            paths.extend(use_paths(&t).into_iter().map(|(p, _)| p));
        }
        // Qualified paths in code: `a::b::c` runs of identifiers.
        let code = f.code.as_bytes();
        let mut j = 0;
        while j < code.len() {
            let starts_word = code[j].is_ascii_alphabetic() || code[j] == b'_';
            let after_word = j > 0 && (code[j - 1].is_ascii_alphanumeric() || code[j - 1] == b'_');
            if !starts_word || after_word {
                j += 1;
                continue;
            }
            let mut k = j;
            let mut segs = Vec::new();
            loop {
                let s = k;
                while k < code.len() && (code[k].is_ascii_alphanumeric() || code[k] == b'_') {
                    k += 1;
                }
                segs.push(f.code[s..k].to_string());
                if f.code[k..].starts_with("::")
                    && code.get(k + 2).is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_')
                {
                    k += 2;
                } else {
                    break;
                }
            }
            // `a::b::{..}` and `a::b::*` are `use` groups, read by `use_paths`.
            let group = f.code[k..].starts_with("::{") || f.code[k..].starts_with("::*");
            if segs.len() > 1 && !group {
                paths.push(segs);
            }
            j = k.max(j + 1);
        }
        for p in paths {
            if let Some(t) = tree.resolve(i, &p, 0) {
                if t != i {
                    out.entry(i).or_default().insert(t);
                }
            }
        }
    }
    out
}

/// The format folder of a file (`src/formats/<name>/...`), if any.
fn format_of(rel: &str) -> Option<&str> {
    let rest = rel.strip_prefix("src/formats/")?;
    rest.split_once('/').map(|(f, _)| f)
}

/// Strongly connected components with more than one file (Tarjan).
fn cycles(n: usize, edges: &BTreeMap<usize, BTreeSet<usize>>) -> Vec<Vec<usize>> {
    struct St<'a> {
        edges: &'a BTreeMap<usize, BTreeSet<usize>>,
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on: Vec<bool>,
        stack: Vec<usize>,
        next: usize,
        out: Vec<Vec<usize>>,
    }
    fn visit(s: &mut St, v: usize) {
        s.index[v] = Some(s.next);
        s.low[v] = s.next;
        s.next += 1;
        s.stack.push(v);
        s.on[v] = true;
        for &w in s.edges.get(&v).into_iter().flatten() {
            match s.index[w] {
                None => {
                    visit(s, w);
                    s.low[v] = s.low[v].min(s.low[w]);
                }
                Some(iw) if s.on[w] => s.low[v] = s.low[v].min(iw),
                _ => {}
            }
        }
        if Some(s.low[v]) == s.index[v] {
            let mut comp = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on[w] = false;
                comp.push(w);
                if w == v {
                    break;
                }
            }
            if comp.len() > 1 {
                s.out.push(comp);
            }
        }
    }
    let mut s = St {
        edges,
        index: vec![None; n],
        low: vec![0; n],
        on: vec![false; n],
        stack: Vec::new(),
        next: 0,
        out: Vec::new(),
    };
    for v in 0..n {
        if s.index[v].is_none() {
            visit(&mut s, v);
        }
    }
    s.out
}

#[test]
fn formats_meet_only_in_the_model_and_nothing_cycles() {
    let files = load();
    let by_module =
        files.iter().enumerate().map(|(i, f)| ((f.krate, f.module.clone()), i)).collect();
    let tree = Tree { files: &files, by_module };
    let edges = edges(&tree);
    let name = |i: usize| files[i].rel.as_str();
    let mut problems = Vec::new();
    let mut count = 0;
    for (&a, targets) in &edges {
        for &b in targets {
            count += 1;
            let (fa, fb) = (format_of(name(a)), format_of(name(b)));
            if fa.is_some() && fb.is_some() && fa != fb {
                problems.push(format!("format imports another format: {} -> {}", name(a), name(b)));
            }
            if files[a].krate == "lib" && files[b].krate == "bin" {
                problems.push(format!("the library imports the CLI: {} -> {}", name(a), name(b)));
            }
            let low_level = name(a).starts_with("src/model/")
                || ["src/diagnostics.rs", "src/options.rs", "src/encoding.rs"].contains(&name(a));
            if low_level && (name(b).starts_with("src/formats/") || name(b) == "src/stream.rs") {
                problems.push(format!("the model imports a format: {} -> {}", name(a), name(b)));
            }
        }
    }
    for c in cycles(files.len(), &edges) {
        let names: Vec<&str> = c.iter().map(|&i| name(i)).collect();
        problems.push(format!("a cycle between files: {}", names.join(" <-> ")));
    }
    for f in &files {
        if f.lines_before_tests > MAX_LINES {
            problems.push(format!(
                "{}: {} lines before its tests (at most {MAX_LINES})",
                f.rel, f.lines_before_tests
            ));
        }
    }
    // The checker itself must see the layout: every format folder, its edges.
    let formats: BTreeSet<&str> = files.iter().filter_map(|f| format_of(&f.rel)).collect();
    assert_eq!(
        formats,
        ["bibtex", "csl_json", "endnote_xml", "json", "mods", "ris", "tei", "text"]
            .into_iter()
            .collect()
    );
    let edge = |a: &str, b: &str| {
        let find = |n: &str| files.iter().position(|f| f.rel == n).unwrap();
        edges.get(&find(a)).is_some_and(|t| t.contains(&find(b)))
    };
    assert!(edge("src/formats/bibtex/entry.rs", "src/formats/bibtex/table.rs"));
    assert!(edge("src/formats/bibtex/entry.rs", "src/model/entry.rs"));
    assert!(edge("src/formats/bibtex/entry.rs", "src/model/ids.rs"));
    assert!(edge("src/formats/bibtex/read.rs", "src/formats/bibtex/blocks.rs"));
    assert!(edge("src/formats/mod.rs", "src/formats/tei/read.rs"));
    assert!(edge("src/cli/stream.rs", "src/stream.rs"));
    assert!(edge("src/error.rs", "src/formats/table.rs"));
    assert!(!edge("src/formats/bibtex/read.rs", "src/lib.rs"));
    eprintln!("layout: {} files, {count} edges between files", files.len());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_checker_reads_use_trees_and_blanks_tests_and_strings() {
    let got = use_paths("crate::model::{self, ids::unique, Entry as E, inner::{A, b::*}}");
    let paths: Vec<String> = got
        .iter()
        .map(|(p, a)| {
            format!("{}{}", p.join("::"), a.as_ref().map_or(String::new(), |a| format!(" as {a}")))
        })
        .collect();
    assert_eq!(
        paths,
        [
            "crate::model",
            "crate::model::ids::unique",
            "crate::model::Entry as E",
            "crate::model::inner::A",
            "crate::model::inner::b::*"
        ]
    );
    let code = strip_test_items(&strip_comments_and_strings(
        "use a::b; // crate::x\nlet s = \"crate::y\"; let c = '\"';\n#[cfg(test)]\nmod tests { use crate::z; }\nfn f<'a>() {}",
    ));
    assert!(!code.contains("crate::x") && !code.contains("crate::y") && !code.contains("crate::z"));
    assert!(code.contains("use a::b;") && code.contains("fn f<'a>()"));
    assert_eq!(uses("pub(crate) use x::y;\nuse z;").len(), 2);
}
