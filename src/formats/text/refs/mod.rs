//! Numbered reference lists (`refs` format). (This commit only moves the reader into
//! its folder, so that its history follows it; the next splits it by stage.)

mod names;

pub use names::{parse, read, segment, RawRef};
pub(crate) use names::{parse_numbered, unparsed};
