//! Bytes of a text file to text, for the CLI: UTF-16 by its byte-order mark,
//! UTF-8 (with or without one), and Windows-1252 when the bytes are not valid
//! UTF-8 — what Word, Excel and old Windows editors save. UTF-8 with a few
//! damaged bytes stays UTF-8, read as the library reads it. The binary-file
//! refusal is the library's (`decode_text`, shared with the widget), so a
//! file the widget refuses the CLI refuses too.

use arah::text::decode::{decode_text, decode_text_owned};
use arah::ArahError;
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// Text read from a file, and what stderr should say about how.
pub struct DecodedFile {
    pub text: String,
    /// A fact: the encoding a byte-order mark named.
    pub note: Option<String>,
    /// A guess or a repair: Windows-1252 assumed, bytes replaced.
    pub warning: Option<String>,
}

/// Decodes `bytes` of the file `name`; a binary file is an error.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<DecodedFile, ArahError> {
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(name, rest, UTF_16LE);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(name, rest, UTF_16BE);
    }
    // Valid UTF-8, most files: the bytes become the text, not a copy of it
    // (a text file costs its size once, not twice, while it is counted).
    if std::str::from_utf8(&bytes).is_ok() {
        return Ok(DecodedFile {
            text: decode_text_owned(name, bytes)?.text,
            note: None,
            warning: None,
        });
    }
    let bytes = bytes.as_slice();
    let utf8 = decode_text(name, bytes)?;
    if utf8.warning.is_none() || is_damaged_utf8(bytes) {
        return Ok(DecodedFile {
            text: utf8.text,
            note: None,
            warning: utf8.warning,
        });
    }
    // Not valid UTF-8 yet few bad bytes (decode_text would have refused
    // noise): a single-byte encoding, and Windows-1252 is the one that
    // Windows software writes for Indonesian and English (a superset of
    // Latin-1 for every printable byte).
    let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
    Ok(DecodedFile {
        text: text.into_owned(),
        note: None,
        warning: Some(format!("{name}: read as Windows-1252 (not valid UTF-8)")),
    })
}

/// More well-formed multi-byte UTF-8 characters than broken sequences: a
/// UTF-8 file with some damage (cut, or a paste of another encoding), which
/// Windows-1252 would turn into mojibake. In Windows-1252 text the bytes
/// above 127 are almost never valid UTF-8.
fn is_damaged_utf8(bytes: &[u8]) -> bool {
    let (mut multibyte, mut broken) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        broken += usize::from(!chunk.invalid().is_empty());
    }
    multibyte > broken
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
        note: Some(format!(
            "{name}: read as {} (byte-order mark){replaced}",
            encoding.name()
        )),
        warning: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_is_read_when_the_bytes_are_not_utf8() {
        let decoded = decode(
            "a.txt",
            b"caf\xE9 politik: \x93dua arah\x94 di media".to_vec(),
        )
        .unwrap();
        assert_eq!(
            decoded.text,
            "caf\u{E9} politik: \u{201C}dua arah\u{201D} di media"
        );
        assert!(decoded.warning.unwrap().contains("read as Windows-1252"));
    }

    #[test]
    fn damaged_utf8_stays_utf8() {
        let decoded = decode("a.txt", "café – kampanye \u{201C}x\u{201D} ".into()).unwrap();
        assert_eq!(decoded.warning, None);
        let mut cut = "café – kampanye politik".as_bytes().to_vec();
        cut.push(0xE2);
        let decoded = decode("a.txt", cut).unwrap();
        assert_eq!(decoded.text, "café – kampanye politik\u{FFFD}");
        assert!(decoded.warning.unwrap().contains("not valid UTF-8"));
    }

    #[test]
    fn utf16_is_read_by_its_byte_order_mark() {
        let decoded = decode("a.txt", b"\xFE\xFF\x00k\x00a\x00m".to_vec()).unwrap();
        assert_eq!(decoded.text, "kam");
        assert!(decoded.note.unwrap().contains("read as UTF-16BE"));
    }
}
