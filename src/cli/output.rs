//! Outputs: written through a temporary file renamed at the end, never over an input.

use anyhow::{Context, Result};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Runs `write` into a temporary file beside `path` (buffered), then renames it over
/// `path`; on any failure the temporary file is removed and `path` is untouched.
pub(super) fn write_file_atomically<T>(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<T, refconv::Error>,
) -> Result<T> {
    let tmp = temp_beside(path);
    let result = (|| -> Result<T> {
        let f =
            std::fs::File::create(&tmp).with_context(|| format!("creating `{}`", tmp.display()))?;
        let mut w = io::BufWriter::with_capacity(1 << 17, f);
        let value = write(&mut w).context("writing the output")?;
        w.flush().with_context(|| format!("writing `{}`", tmp.display()))?;
        drop(w);
        std::fs::rename(&tmp, path).with_context(|| format!("writing `{}`", path.display()))?;
        Ok(value)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Writes to a temporary file beside `path`, then renames it over `path`, so a
/// failed run never leaves a truncated output.
pub(super) fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    write_file_atomically(path, |w| w.write_all(bytes).map_err(refconv::Error::from))
}

/// The temporary file an output is written to before it is renamed over `path`.
fn temp_beside(path: &Path) -> PathBuf {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let file = path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    dir.join(format!(".{file}.refconv-{}.tmp", std::process::id()))
}

/// Whether two paths name the same existing file.
pub(super) fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

/// Refuses an output that is one of the inputs.
pub(super) fn refuse_overwrite(inputs: &[PathBuf], output: Option<&Path>) -> Result<()> {
    if let Some(out) = output {
        if inputs.iter().any(|i| same_file(i, out)) {
            anyhow::bail!("refusing to overwrite the input file `{}`", out.display());
        }
    }
    Ok(())
}

/// Runs `write` into the output file (atomically) or standard output (buffered);
/// a closed standard output is not an error (`None`: nothing more to do).
pub(super) fn write_output<T>(
    output: Option<&Path>,
    write: impl FnOnce(&mut dyn Write) -> Result<T, refconv::Error>,
) -> Result<Option<T>> {
    if let Some(path) = output {
        return write_file_atomically(path, write).map(Some);
    }
    let mut out = io::BufWriter::with_capacity(1 << 17, io::stdout().lock());
    match write(&mut out).and_then(|v| out.flush().map(|_| v).map_err(refconv::Error::from)) {
        Err(refconv::Error::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => Ok(None),
        Err(e) => Err(e).context("writing to standard output"),
        Ok(v) => Ok(Some(v)),
    }
}
