//! One module per output format; each has
//! `write(&Library, &mut dyn Write, &WriteOptions) -> Result<Vec<Diagnostic>, Error>`,
//! returning what it could not represent.

pub mod bibtex;
pub mod csl_citations;
pub mod csl_json;
pub mod json;
pub mod tei;
pub mod zotero;
