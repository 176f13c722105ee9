//! Bytes of a text file to text, for the CLI: UTF-16 by its byte-order mark,
//! UTF-8 (with or without one), and Windows-1252 when the bytes are not valid
//! UTF-8 — what Word, Excel and old Windows editors save. The binary-file
//! refusal is the library's (`decode_text`, shared with the widget), so a
//! file the widget refuses the CLI refuses too.

use arah::text::decode::decode_text;
use arah::ArahError;
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// Text read from a file, and which encoding it was read as when that was
/// not plain UTF-8 (for a note on stderr).
pub struct DecodedFile {
    pub text: String,
    pub read_as: Option<String>,
}

/// Decodes `bytes` of the file `name`; a binary file is an error.
pub fn decode(name: &str, bytes: &[u8]) -> Result<DecodedFile, ArahError> {
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(name, rest, UTF_16LE);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(name, rest, UTF_16BE);
    }
    let utf8 = decode_text(name, bytes)?;
    if utf8.warning.is_none() {
        return Ok(DecodedFile {
            text: utf8.text,
            read_as: None,
        });
    }
    // Not valid UTF-8 yet few bad bytes (decode_text would have refused
    // noise): a single-byte encoding, and Windows-1252 is the one that
    // Windows software writes for Indonesian and English (a superset of
    // Latin-1 for every printable byte).
    let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
    Ok(DecodedFile {
        text: text.into_owned(),
        read_as: Some(format!("{name}: read as Windows-1252 (not valid UTF-8)")),
    })
}

/// UTF-16 after its byte-order mark; NUL characters still mean binary.
fn utf16(name: &str, bytes: &[u8], encoding: &'static Encoding) -> Result<DecodedFile, ArahError> {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    // decode_text refuses NUL (a UTF-32 file, or binary data behind the
    // mark) as it would in a UTF-8 file.
    let text = decode_text(name, text.as_bytes())?.text;
    let replaced = match had_errors {
        true => ", invalid code units replaced with \u{FFFD}",
        false => "",
    };
    Ok(DecodedFile {
        text,
        read_as: Some(format!(
            "{name}: read as {} (byte-order mark){replaced}",
            encoding.name()
        )),
    })
}
