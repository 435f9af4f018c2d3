//! Writer of the native `json` format: the model itself, 2-space indent,
//! trailing newline (schema: `schemas/model.schema.json`).

use crate::diagnostics::Diagnostic;
use crate::error::Error;
use crate::model::Library;
use crate::options::WriteOptions;

/// Writes the model as JSON. Nothing is lost, so the list returned is empty.
pub fn write(
    lib: &Library,
    out: &mut dyn std::io::Write,
    _opts: &WriteOptions,
) -> Result<Vec<Diagnostic>, Error> {
    let mut buf = serde_json::to_vec_pretty(lib).map_err(std::io::Error::from)?;
    buf.push(b'\n');
    out.write_all(&buf)?;
    Ok(Vec::new())
}
