//! Input bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, and the legacy
//! encodings real `.bib` and text files still use (Windows-1251, KOI8-R, Windows-1252),
//! chosen by name or guessed from the bytes. Bytes the encoding cannot decode are an
//! error with their offset, never replacement characters (no mojibake in the output).
//! Old Mac line ends (a lone CR) become LF, which keeps every offset and gives the same
//! line numbers as LF and CRLF.

use crate::diagnostics::Diagnostic;
use encoding_rs::{DecoderResult, Encoding, KOI8_R, UTF_8, WINDOWS_1251, WINDOWS_1252};

/// Decoded input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text (a UTF-8 BOM, if any, is kept; the readers skip it).
    pub text: String,
    /// The encoding it was read in (WHATWG name, e.g. `windows-1251`).
    pub encoding: &'static str,
    /// Set when the encoding was guessed rather than UTF-8 or given: say so.
    pub note: Option<Diagnostic>,
}

/// Looks up an encoding by any of its WHATWG labels (`cp1251`, `koi8-r`, `utf-16le`,
/// `latin1`, ...).
///
/// ```
/// assert_eq!(refconv::encoding::by_label("cp1251"), Some("windows-1251"));
/// assert_eq!(refconv::encoding::by_label("klingon"), None);
/// ```
pub fn by_label(label: &str) -> Option<&'static str> {
    Encoding::for_label(label.trim().as_bytes()).map(Encoding::name)
}

/// Decodes `bytes`: in `label`'s encoding when given (a BOM still wins: it cannot
/// lie), else UTF-8, else UTF-16 by its BOM, else a guess among the legacy Cyrillic and
/// Western encodings, reported as a warning.
///
/// ```
/// use refconv::encoding::decode;
/// // "Иванов" in Windows-1251 and in KOI8-R.
/// assert_eq!(decode(b"\xc8\xe2\xe0\xed\xee\xe2", Some("cp1251")).unwrap().text, "Иванов");
/// let guessed = decode(b"\xe9\xd7\xc1\xce\xcf\xd7 \xe9. \xe9.", None).unwrap();
/// assert_eq!((guessed.text.as_str(), guessed.encoding), ("Иванов И. И.", "KOI8-R"));
/// assert!(guessed.note.is_some());
/// // Bytes that are not UTF-8 and look like no legacy text: an error with the offset.
/// assert_eq!(decode(b"ab\xffcd\x80", None).unwrap_err().message, "not valid UTF-8 at byte 2");
/// ```
pub fn decode(bytes: &[u8], label: Option<&str>) -> Result<Decoded, Box<Diagnostic>> {
    let given = match label {
        Some(l) => Some(Encoding::for_label(l.trim().as_bytes()).ok_or_else(|| {
            Box::new(Diagnostic::error(format!("unknown encoding `{l}`"))
                .hint("use a WHATWG label: utf-8, utf-16le, windows-1251 (cp1251), koi8-r, windows-1252 (latin1)"))
        })?),
        None => None,
    };
    let (enc, body, note) = match Encoding::for_bom(bytes) {
        Some((e, _)) if e == UTF_8 => (UTF_8, bytes, None),
        Some((e, bom)) => (e, &bytes[bom..], None),
        None => match given {
            Some(e) => (e, bytes, None),
            None => match std::str::from_utf8(bytes) {
                Ok(_) => (UTF_8, bytes, None),
                // An XML file that names its encoding (`<?xml … encoding="ISO-8859-1"?>`).
                Err(_) if xml_declared(bytes).is_some() => {
                    (xml_declared(bytes).unwrap_or(UTF_8), bytes, None)
                }
                Err(e) => match guess(bytes) {
                    Some(g) => {
                        let note = Diagnostic::warning(format!(
                            "not UTF-8 (byte {} is not); read as {} (guessed from the bytes)",
                            e.valid_up_to(),
                            g.name()
                        ))
                        .hint("give --encoding to choose another (cp1251, koi8-r, latin1, ...)");
                        (g, bytes, Some(note))
                    }
                    None => {
                        return Err(Box::new(Diagnostic::error(format!(
                            "not valid UTF-8 at byte {}",
                            e.valid_up_to()
                        ))
                        .hint("give --encoding (e.g. cp1251, koi8-r, latin1) or convert the file to UTF-8")))
                    }
                },
            },
        },
    };
    let offset = bytes.len() - body.len();
    let mut text = strict(enc, body).map_err(|at| {
        Box::new(
            Diagnostic::error(format!("not valid {} at byte {}", enc.name(), at + offset)).hint(
                "the file is in another encoding: give the right --encoding, or fix the bytes",
            ),
        )
    })?;
    if text.contains('\r') {
        text = lone_cr_to_lf(&text);
    }
    Ok(Decoded { text, encoding: enc.name(), note })
}

/// The encoding an XML declaration names, when it is one we know and not UTF-8.
fn xml_declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.strip_prefix(b"<?xml")?;
    let end = head.iter().take(200).position(|&b| b == b'>')?;
    let decl = std::str::from_utf8(&head[..end]).ok()?;
    let rest = &decl[decl.find("encoding")? + "encoding".len()..];
    let rest = rest.trim_start().strip_prefix('=')?.trim_start();
    let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let label = rest[1..].split(quote).next()?;
    Encoding::for_label(label.trim().as_bytes()).filter(|e| *e != UTF_8)
}

/// Decodes without replacement; `Err(offset)` of the first malformed byte sequence.
fn strict(enc: &'static Encoding, bytes: &[u8]) -> Result<String, usize> {
    if enc == UTF_8 {
        return std::str::from_utf8(bytes).map(str::to_string).map_err(|e| e.valid_up_to());
    }
    let mut decoder = enc.new_decoder_without_bom_handling();
    let cap = decoder
        .max_utf8_buffer_length_without_replacement(bytes.len())
        .unwrap_or(bytes.len() * 3 + 16);
    let mut out = String::with_capacity(cap);
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut out, true);
    match result {
        DecoderResult::InputEmpty => Ok(out),
        DecoderResult::Malformed(bad, after) => {
            Err(read.saturating_sub(after as usize + bad as usize))
        }
        DecoderResult::OutputFull => Err(read),
    }
}

/// Picks a legacy single-byte encoding for bytes that are not UTF-8: Cyrillic words
/// are runs of high bytes (Windows-1251 has lowercase letters at E0–FF, KOI8-R at
/// C0–DF, and running text is mostly lowercase); Western text has accented letters one
/// at a time between ASCII ones. `None` when the bytes look like neither.
fn guess(bytes: &[u8]) -> Option<&'static Encoding> {
    let high = bytes.iter().filter(|b| **b >= 0x80).count();
    if high == 0 {
        return None;
    }
    let letters = bytes.iter().filter(|b| **b >= 0xC0).count();
    let in_runs = bytes.windows(2).filter(|w| w[0] >= 0x80 && w[1] >= 0x80).count();
    if letters * 10 >= high * 6 && in_runs * 2 >= high {
        let upper_half = bytes.iter().filter(|b| **b >= 0xE0).count();
        let lower_half = letters - upper_half;
        return Some(if upper_half >= lower_half { WINDOWS_1251 } else { KOI8_R });
    }
    // Western: accented letters (C0–FF) one at a time, each next to an ASCII letter.
    let beside_ascii_letter = bytes
        .iter()
        .enumerate()
        .filter(|(i, b)| {
            **b >= 0xC0
                && [i.checked_sub(1), Some(i + 1)]
                    .into_iter()
                    .flatten()
                    .any(|j| bytes.get(j).is_some_and(u8::is_ascii_alphabetic))
        })
        .count();
    (in_runs * 4 < high && letters * 10 >= high * 8 && beside_ascii_letter * 10 >= high * 8)
        .then_some(WINDOWS_1252)
}

/// A lone CR (old Mac line end) becomes LF; CRLF stays (the readers handle it).
fn lone_cr_to_lf(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if c == '\r' && b.get(i + 1) != Some(&b'\n') {
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

/// UTF-16 with a BOM, for the tests.
#[cfg(test)]
fn utf16(s: &str, big_endian: bool) -> Vec<u8> {
    let mut v = if big_endian { vec![0xFE, 0xFF] } else { vec![0xFF, 0xFE] };
    for u in s.encode_utf16() {
        let b = if big_endian { u.to_be_bytes() } else { u.to_le_bytes() };
        v.extend_from_slice(&b);
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    const RU: &str =
        "@book{ivanov,\n  author = {Иванов, Иван Иванович},\n  title = {История дипломатии},\n}\n";

    #[test]
    fn legacy_cyrillic_is_guessed_and_said() {
        for enc in [WINDOWS_1251, KOI8_R] {
            let (bytes, _, bad) = enc.encode(RU);
            assert!(!bad);
            let d = decode(&bytes, None).unwrap();
            assert_eq!(d.text, RU, "{}", enc.name());
            assert_eq!(d.encoding, enc.name());
            assert!(d.note.as_ref().is_some_and(|n| n.message.contains(enc.name())));
        }
    }

    #[test]
    fn western_latin1_is_not_taken_for_cyrillic() {
        let s = "@book{a, author = {Dupré, Hélène}, title = {Études sur l'été}}\n";
        let (bytes, _, _) = WINDOWS_1252.encode(s);
        assert_eq!(decode(&bytes, None).unwrap().text, s);
    }

    #[test]
    fn utf16_by_bom_and_utf8_bom_kept() {
        assert_eq!(decode(&utf16(RU, false), None).unwrap().text, RU);
        assert_eq!(decode(&utf16(RU, true), Some("cp1251")).unwrap().text, RU, "a BOM wins");
        let with_bom = [b"\xEF\xBB\xBF".as_slice(), RU.as_bytes()].concat();
        assert_eq!(decode(&with_bom, None).unwrap().text, format!("\u{feff}{RU}"));
    }

    #[test]
    fn given_encoding_and_bad_bytes_with_offset() {
        let (bytes, _, _) = WINDOWS_1251.encode(RU);
        assert_eq!(decode(&bytes, Some("windows-1251")).unwrap().text, RU);
        // The single-byte encodings have a character for every byte; UTF-8 does not.
        let e = decode(b"abc\xff", Some("utf-8")).unwrap_err();
        assert_eq!(e.message, "not valid UTF-8 at byte 3");
        let e = decode(b"ab", Some("ebcdic-klingon")).unwrap_err();
        assert!(e.message.contains("unknown encoding"));
        let e = decode(&[0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00], None).unwrap_err();
        assert_eq!(e.message, "not valid UTF-16LE at byte 2", "a lone surrogate");
    }

    #[test]
    fn line_ends_keep_offsets() {
        let d = decode(b"a\rb\r\nc\n", None).unwrap();
        assert_eq!(d.text, "a\nb\r\nc\n");
    }
}
