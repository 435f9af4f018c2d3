//! The model itself as JSON (`json`): what refconv holds, nothing lost, valid
//! against `schemas/model.schema.json`.

mod read;
mod write;

pub use read::read;
pub use write::write;
