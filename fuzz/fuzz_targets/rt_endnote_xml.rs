//! Round trip: read EndNote XML, write it, read the output back (see shared/round_trip.rs).
#![no_main]

#[path = "shared/round_trip.rs"]
mod round_trip;

use libfuzzer_sys::fuzz_target;
use refconv::Format;

fuzz_target!(|data: &[u8]| round_trip::round_trip(Format::EndnoteXml, Format::EndnoteXml, data));
