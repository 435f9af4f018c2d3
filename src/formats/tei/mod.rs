//! TEI P5: the reader (our own output, GROBID, editions' `listBibl`, `msDesc`),
//! the writer (a whole `<TEI>` document or a `listBibl` fragment), the mapping
//! table they share. The reader builds its tree with [`crate::xmltree`] (shared with
//! the readers of labelled reference strings).

mod edition;
mod elements;
mod inline;
mod read;
mod table;
mod text;
mod write;
mod xml;

pub use read::read;
pub use table::NS;
pub use write::write;
pub use xml::rich;
pub use xml::{range, xml_id};
