//! Normalization as a stream of characters that remember where they came from.
//!
//! Instead of building a cleaned copy of the text plus an offset map, the
//! tokenizer reads [`NormalizedChars`]: each item is one normalized character
//! together with the byte and UTF-16 span of the original text it replaces.
//! A repaired mojibake sequence such as `â€™` becomes one `’` whose span covers
//! all three original characters, so highlights in the browser land exactly.
//!
//! Repairs done here:
//! - UTF-8 that was decoded as Windows-1252 / Latin-1 (`Ã©` → `é`,
//!   `â€œ` → `“`, `â€”` → `—`);
//! - a stray `Â` before a space, an NBSP or the end of a line: the remains of
//!   an NBSP (bytes C2 A0) read as cp1252 whose second half was later lost or
//!   turned into a space;
//! - NBSP and the other Unicode space characters become a plain space;
//! - zero-width characters and soft hyphens are dropped, except the joiner
//!   inside an emoji sequence (👨‍👩‍👧), which is part of the emoji;
//! - a Latin letter followed by combining diacritics is composed as NFC
//!   composes it (`e` + U+0301 → `é`, see `compose.rs`).

use super::compose::compose;
use super::emoji::{continues_emoji, is_pictographic};
use std::ops::Range;

/// One normalized character and the span of original text it stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceChar {
    pub ch: char,
    /// Byte range in the original text.
    pub bytes: Range<usize>,
    /// UTF-16 code unit range in the original text (what JavaScript indexes).
    pub utf16: Range<usize>,
}

/// Iterator of normalized characters over an original text.
pub struct NormalizedChars<'a> {
    text: &'a str,
    byte: usize,
    utf16: usize,
    /// The last character given out belongs to an emoji.
    after_emoji: bool,
}

impl<'a> NormalizedChars<'a> {
    pub fn new(text: &'a str) -> Self {
        NormalizedChars {
            text,
            byte: 0,
            utf16: 0,
            after_emoji: false,
        }
    }

    fn emit(&mut self, ch: char, byte_len: usize, utf16_len: usize) -> SourceChar {
        self.after_emoji = is_pictographic(ch) || continues_emoji(ch, self.after_emoji);
        let item = SourceChar {
            ch,
            bytes: self.byte..self.byte + byte_len,
            utf16: self.utf16..self.utf16 + utf16_len,
        };
        self.skip(byte_len, utf16_len);
        item
    }

    /// Byte and UTF-16 offsets of the next original character.
    pub fn position(&self) -> (usize, usize) {
        (self.byte, self.utf16)
    }

    /// Passes over `len` bytes of ASCII without handing them out: for a
    /// caller that read them straight from the text, since normalization
    /// never changes ASCII (a combining mark after it is the caller's check).
    pub fn skip_ascii(&mut self, len: usize) {
        debug_assert!(self.text.as_bytes()[self.byte..self.byte + len].is_ascii());
        self.after_emoji = false;
        self.skip(len, len);
    }

    fn skip(&mut self, byte_len: usize, utf16_len: usize) {
        self.byte += byte_len;
        self.utf16 += utf16_len;
    }
}

impl Iterator for NormalizedChars<'_> {
    type Item = SourceChar;

    fn next(&mut self) -> Option<SourceChar> {
        let item = self.next_uncomposed()?;
        Some(self.absorb_combining_marks(item))
    }
}

impl NormalizedChars<'_> {
    /// Composes `item` with the combining diacritics right after it, as long
    /// as NFC has a precomposed character; the span grows to cover them.
    fn absorb_combining_marks(&mut self, mut item: SourceChar) -> SourceChar {
        loop {
            let rest = &self.text[self.byte..];
            // U+0300–U+036F are the two-byte sequences starting 0xCC or 0xCD:
            // one byte compare keeps plain text on the fast path.
            if !matches!(rest.as_bytes().first(), Some(0xCC | 0xCD)) {
                return item;
            }
            let Some(composed) = rest.chars().next().and_then(|mark| compose(item.ch, mark)) else {
                return item;
            };
            item.ch = composed;
            item.bytes.end += 2;
            item.utf16.end += 1;
            self.skip(2, 1);
        }
    }

    fn next_uncomposed(&mut self) -> Option<SourceChar> {
        loop {
            let rest = &self.text[self.byte..];
            let ch = rest.chars().next()?;
            let (len, len16) = (ch.len_utf8(), ch.len_utf16());
            // ASCII is never touched: the fast path for nearly every character.
            if ch.is_ascii() {
                // No ASCII character is or continues an emoji.
                let item = SourceChar {
                    ch,
                    bytes: self.byte..self.byte + 1,
                    utf16: self.utf16..self.utf16 + 1,
                };
                self.after_emoji = false;
                self.skip(1, 1);
                return Some(item);
            }
            if ch == '\u{200D}' && self.after_emoji {
                return Some(self.emit(ch, len, len16));
            }
            if is_dropped(ch) {
                self.skip(len, len16);
                continue;
            }
            if ch == 'Â' && is_stray_nbsp_lead(&rest[len..]) {
                self.skip(len, len16);
                continue;
            }
            if let Some((repaired, consumed, consumed16)) = repair_mojibake(rest) {
                return Some(self.emit(repaired, consumed, consumed16));
            }
            let ch = if is_unicode_space(ch) { ' ' } else { ch };
            return Some(self.emit(ch, len, len16));
        }
    }
}

/// The whole text normalized, for callers that want a string (CLI, tests).
pub fn normalize(text: &str) -> String {
    NormalizedChars::new(text).map(|c| c.ch).collect()
}

fn is_dropped(ch: char) -> bool {
    matches!(
        ch,
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

fn is_unicode_space(ch: char) -> bool {
    matches!(
        ch,
        '\u{00A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// `Â` followed by whitespace or the end of the text is what is left of an
/// NBSP that went through a cp1252 reader; a real `Â` starts a word.
fn is_stray_nbsp_lead(after: &str) -> bool {
    after.chars().next().is_none_or(char::is_whitespace)
}

/// Tries to read the start of `text` as UTF-8 bytes that were decoded as
/// cp1252. Returns the repaired character and how much original text it used.
fn repair_mojibake(text: &str) -> Option<(char, usize, usize)> {
    let mut chars = text.chars();
    let lead = cp1252_byte(chars.next()?)?;
    let continuation_count = match lead {
        0xC2..=0xDF => 1,
        0xE0..=0xEF => 2,
        0xF0..=0xF4 => 3,
        _ => return None,
    };
    let mut bytes = [lead, 0, 0, 0];
    let mut consumed = text.chars().next()?.len_utf8();
    let mut consumed16 = 1;
    for slot in bytes.iter_mut().skip(1).take(continuation_count) {
        let ch = chars.next()?;
        let byte = cp1252_byte(ch).filter(|b| (0x80..=0xBF).contains(b))?;
        *slot = byte;
        consumed += ch.len_utf8();
        consumed16 += ch.len_utf16();
    }
    let decoded = std::str::from_utf8(&bytes[..=continuation_count]).ok()?;
    let repaired = decoded.chars().next()?;
    Some((repaired, consumed, consumed16))
}

/// The byte that a Windows-1252 (or, for its five holes, Latin-1) decoder
/// turned into `ch`, if any.
fn cp1252_byte(ch: char) -> Option<u8> {
    let code = ch as u32;
    if code <= 0xFF {
        return Some(code as u8);
    }
    const HIGH: [(char, u8); 27] = [
        ('€', 0x80),
        ('‚', 0x82),
        ('ƒ', 0x83),
        ('„', 0x84),
        ('…', 0x85),
        ('†', 0x86),
        ('‡', 0x87),
        ('ˆ', 0x88),
        ('‰', 0x89),
        ('Š', 0x8A),
        ('‹', 0x8B),
        ('Œ', 0x8C),
        ('Ž', 0x8E),
        ('‘', 0x91),
        ('’', 0x92),
        ('“', 0x93),
        ('”', 0x94),
        ('•', 0x95),
        ('–', 0x96),
        ('—', 0x97),
        ('˜', 0x98),
        ('™', 0x99),
        ('š', 0x9A),
        ('›', 0x9B),
        ('œ', 0x9C),
        ('ž', 0x9E),
        ('Ÿ', 0x9F),
    ];
    HIGH.iter().find(|(c, _)| *c == ch).map(|(_, b)| *b)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Table-driven: each row is (original, expected normalized text).
    macro_rules! test_normalize {
        ($($name:ident: $input:expr => $expected:expr;)*) => {$(
            #[test]
            fn $name() {
                assert_eq!(normalize($input), $expected);
            }
        )*};
    }

    test_normalize! {
        plain_ascii_untouched: "Media sosial 2012." => "Media sosial 2012.";
        stray_a_circumflex_before_space: "Bukan? Â Post" => "Bukan?  Post";
        stray_a_circumflex_at_line_end: "Bukan?Â\nBahwa" => "Bukan?\nBahwa";
        stray_a_circumflex_at_text_end: "digalakan.Â" => "digalakan.";
        a_circumflex_with_nbsp: "kata\u{00C2}\u{00A0}lain" => "kata lain";
        real_a_circumflex_kept: "Âge" => "Âge";
        nbsp_becomes_space: "media\u{00A0}sosial" => "media sosial";
        narrow_nbsp_and_ideographic_space: "a\u{202F}b\u{3000}c" => "a b c";
        zero_width_dropped: "kam\u{200B}pa\u{FEFF}nye" => "kampanye";
        joiner_dropped_between_letters: "kam\u{200D}panye" => "kampanye";
        joiner_kept_inside_emoji: "👨\u{200D}👩\u{200D}👧" => "👨\u{200D}👩\u{200D}👧";
        soft_hyphen_dropped: "kam\u{00AD}panye" => "kampanye";
        right_quote_repaired: "Jokowiâ€™s" => "Jokowi’s";
        left_double_quote_repaired: "â€œsatu arahâ€" => "“satu arahâ€";
        em_dash_repaired: "a â€” b" => "a — b";
        en_dash_repaired: "2012â€“2014" => "2012–2014";
        latin_letter_repaired: "cafÃ©" => "café";
        indonesian_text_untouched: "Pemilihan Kepala Daerah" => "Pemilihan Kepala Daerah";
        real_e_acute_kept: "café" => "café";
        decomposed_e_acute_composed: "cafe\u{301} kopi" => "café kopi";
        two_marks_compose_in_turn: "u\u{308}\u{304}" => "ǖ";
        uncomposable_mark_kept: "q\u{301}" => "q\u{301}";
        mark_without_base_kept: "\u{301}a" => "\u{301}a";
    }

    #[test]
    fn repaired_char_spans_all_of_its_mojibake() {
        let text = "xâ€™y";
        let chars: Vec<SourceChar> = NormalizedChars::new(text).collect();
        assert_eq!(chars.len(), 3);
        assert_eq!(chars[1].ch, '’');
        assert_eq!(&text[chars[1].bytes.clone()], "â€™");
        assert_eq!(chars[1].utf16, 1..4);
        assert_eq!(chars[2].bytes.start, text.len() - 1);
        assert_eq!(chars[2].utf16, 4..5);
    }

    #[test]
    fn composed_char_spans_letter_and_mark() {
        let text = "xe\u{301}y";
        let chars: Vec<SourceChar> = NormalizedChars::new(text).collect();
        assert_eq!(chars[1].ch, 'é');
        assert_eq!(chars[1].bytes, 1..4);
        assert_eq!(chars[1].utf16, 1..3);
        assert_eq!(chars[2].bytes, 4..5);
    }

    #[test]
    fn utf16_offsets_count_surrogate_pairs() {
        let text = "😀 a";
        let chars: Vec<SourceChar> = NormalizedChars::new(text).collect();
        assert_eq!(chars[0].utf16, 0..2);
        assert_eq!(chars[2].utf16, 3..4);
        assert_eq!(chars[2].bytes, 5..6);
    }
}
