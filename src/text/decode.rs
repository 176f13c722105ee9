//! Bytes of a file to text: refuses binary files, reads invalid UTF-8
//! lossily and says so. Shared by the CLI and the widget (through the facade)
//! so both treat a bad file the same way.

use crate::error::ArahError;

/// Text decoded from bytes, with a warning when bytes had to be replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodedText {
    pub text: String,
    /// Set when the bytes were not valid UTF-8; says how many were replaced.
    pub warning: Option<String>,
}

/// Decodes `bytes` as UTF-8 text (a leading byte-order mark is dropped).
///
/// A file with NUL bytes, or one where more than one in ten characters is
/// invalid, is binary and is refused rather than analysed as noise.
pub fn decode_text(name: &str, bytes: &[u8]) -> Result<DecodedText, ArahError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.contains(&0) {
        return Err(ArahError::BinaryInput(name.to_owned()));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(DecodedText {
            text: text.to_owned(),
            warning: None,
        }),
        Err(_) => {
            let text = String::from_utf8_lossy(bytes).into_owned();
            let replaced = text.chars().filter(|&c| c == '\u{FFFD}').count();
            let total = text.chars().count().max(1);
            if replaced * 10 > total {
                return Err(ArahError::BinaryInput(name.to_owned()));
            }
            Ok(DecodedText {
                text,
                warning: Some(format!(
                    "{name} is not valid UTF-8: {replaced} invalid byte sequence(s) were replaced with \u{FFFD}"
                )),
            })
        }
    }
}

/// [`decode_text`] of bytes the caller gives up: valid UTF-8, what most
/// files are, becomes the text without a copy, so a large file costs its
/// size once (the CLI reads files of up to 256 MB).
pub fn decode_text_owned(name: &str, bytes: Vec<u8>) -> Result<DecodedText, ArahError> {
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.contains('\0') {
                return Err(ArahError::BinaryInput(name.to_owned()));
            }
            if text.starts_with('\u{FEFF}') {
                text.drain(..'\u{FEFF}'.len_utf8());
            }
            Ok(DecodedText {
                text,
                warning: None,
            })
        }
        Err(invalid) => decode_text(name, invalid.as_bytes()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_utf8_passes_without_warning() {
        let decoded = decode_text("a.txt", "kampanye é".as_bytes()).unwrap();
        assert_eq!(decoded.text, "kampanye é");
        assert_eq!(decoded.warning, None);
    }

    #[test]
    fn byte_order_mark_is_dropped() {
        let decoded = decode_text("a.txt", b"\xEF\xBB\xBFmedia").unwrap();
        assert_eq!(decoded.text, "media");
    }

    #[test]
    fn latin1_bytes_are_replaced_with_a_warning() {
        let decoded = decode_text("old.txt", b"caf\xE9 politik kampanye").unwrap();
        assert_eq!(decoded.text, "caf\u{FFFD} politik kampanye");
        let warning = decoded.warning.unwrap();
        assert!(
            warning.contains("old.txt") && warning.contains("1 invalid"),
            "{warning}"
        );
    }

    #[test]
    fn owned_bytes_are_judged_as_borrowed_ones() {
        let cases: [&[u8]; 5] = [
            b"\xEF\xBB\xBFmedia sosial",
            "kampanye é".as_bytes(),
            b"caf\xE9 politik kampanye",
            b"teks\0biner",
            b"",
        ];
        for bytes in cases {
            assert_eq!(
                decode_text_owned("a.txt", bytes.to_vec()),
                decode_text("a.txt", bytes)
            );
        }
    }

    #[test]
    fn nul_bytes_mean_binary() {
        let error = decode_text("x.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap_err();
        assert_eq!(error, ArahError::BinaryInput("x.png".into()));
    }

    #[test]
    fn mostly_invalid_bytes_mean_binary() {
        let noise: Vec<u8> = (0..200u8).map(|i| 0x80 | (i % 0x40)).collect();
        assert!(matches!(
            decode_text("n.bin", &noise),
            Err(ArahError::BinaryInput(_))
        ));
    }
}
