//! TEI P5: the reader (our own output, GROBID, editions' `listBibl`, `msDesc`),
//! the writer (a whole `<TEI>` document or a `listBibl` fragment), the mapping
//! table they share. The reader builds its tree with [`crate::xmltree`] (shared with
//! the readers of labelled reference strings).

mod elements;
mod read;
mod table;
mod write;
mod xml;

pub use read::read;
pub use table::NS;
pub use write::{range, write, xml_id};
pub use xml::rich;
