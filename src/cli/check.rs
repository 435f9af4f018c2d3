//! `refconv check` (what is wrong with the inputs) and `refconv formats`.

use super::args::{CheckArgs, ReportFormat};
use super::input::{print_diagnostics, read_inputs};
use super::report::{shown, Status};
use anyhow::Result;
use refconv::{Format, Severity};
use std::io::{self, Write};

/// Runs `check`: the diagnostics of every input, for people or as JSON lines.
pub(super) fn check(args: CheckArgs) -> Result<Status> {
    let inputs = read_inputs(&args.input);
    match args.format {
        ReportFormat::Human => {
            print_diagnostics(&inputs, args.input.verbose, false);
            let mut out = io::stdout().lock();
            for i in &inputs {
                let count = |s| i.diagnostics.iter().filter(|d| d.severity == s).count();
                let line = format!(
                    "{}: {} entries, {} errors, {} warnings\n",
                    i.name,
                    i.library.entries.len(),
                    count(Severity::Error),
                    count(Severity::Warning)
                );
                if let Err(e) = out.write_all(line.as_bytes()) {
                    if e.kind() == io::ErrorKind::BrokenPipe {
                        break;
                    }
                    return Err(e.into());
                }
            }
        }
        ReportFormat::Json => {
            let mut out = io::stdout().lock();
            for i in &inputs {
                for d in i.diagnostics.iter().filter(|d| shown(d, true, false)) {
                    let mut v = serde_json::to_value(d)?;
                    if let Some(o) = v.as_object_mut() {
                        o.insert("file".into(), serde_json::Value::String(i.name.clone()));
                        o.entry("note").or_insert(serde_json::Value::Null);
                    }
                    let mut line = serde_json::to_vec(&v)?;
                    line.push(b'\n');
                    if let Err(e) = out.write_all(&line) {
                        if e.kind() == io::ErrorKind::BrokenPipe {
                            return Ok(inputs.iter().map(|i| i.status).max().unwrap_or(Status::Ok));
                        }
                        return Err(e.into());
                    }
                }
            }
        }
    }
    Ok(inputs.iter().map(|i| i.status).max().unwrap_or(Status::Ok))
}

/// Runs `formats`: a table of what this build reads and writes.
pub(super) fn formats() -> Result<Status> {
    let mut s = String::from("FORMAT         READ  WRITE  EXTENSIONS                DESCRIPTION\n");
    for f in Format::ALL {
        let yes = |b: bool| if b { "yes" } else { "-" };
        let exts: Vec<String> = f.extensions().iter().map(|e| format!(".{e}")).collect();
        s.push_str(&format!(
            "{:<14} {:<5} {:<6} {:<25} {}\n",
            f.name(),
            yes(f.can_read()),
            yes(f.can_write()),
            exts.join(" "),
            f.description()
        ));
    }
    s.push_str("\nSTYLES (--style, for text, html, markdown; or a .csl file)\n");
    let mut line = String::new();
    for name in refconv::render::style_names() {
        if line.len() + name.len() > 95 {
            s.push_str(line.trim_end());
            s.push('\n');
            line.clear();
        }
        line.push_str(name);
        line.push(' ');
    }
    s.push_str(line.trim_end());
    s.push('\n');
    let mut out = io::stdout().lock();
    match out.write_all(s.as_bytes()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(Status::Ok),
    }
}
