//! TEI P5: the reader (our own output, GROBID, editions' `listBibl`, `msDesc`),
//! the writer (a whole `<TEI>` document or a `listBibl` fragment), the mapping
//! table they share, and the XML tree the reader builds ([`xmltree`]).

mod elements;
mod read;
mod table;
mod write;
mod xml;
pub mod xmltree;

pub use read::read;
pub use table::NS;
pub use write::{range, write, xml_id};
pub use xml::rich;
