//! Which characters are emoji, and which extend one (skin tones, variation
//! selectors, zero-width joiners): shared by normalization, which must keep
//! the joiners inside emoji sequences, the sentence splitter and the
//! tokenizer.
//!
//! A pictograph is a character with Unicode's `Extended_Pictographic`
//! property (UTS #51), from the table `scripts/gen_emoji.py` writes from
//! emoji-data.txt. That property, not `Emoji_Presentation`, because a
//! tokenizer must find an emoji wherever a writer used one: it is the
//! property Unicode's own segmentation rules (UAX #29: a zero-width joiner
//! binds two pictographs) are written with; it holds the emoji whose default
//! look is text, which people type as emoji with or without U+FE0F (© ™ ▶ ❤
//! ☺), where `Emoji_Presentation` has only the colourful-by-default ones and
//! would miss them; it leaves out what only builds an emoji (skin tones,
//! regional indicators), which `Emoji_Presentation` lists as if they stood
//! alone; and it reserves the unassigned code points of the pictographic
//! blocks, so emoji newer than the table still count. Ordinary symbols that
//! share the old blocks (✓ ❶ ➜, box drawing, arrows) are not pictographs.
//! (The `Emoji` property is wider still: it has # * and the digits.)

include!("emoji_table.rs");

/// An `Extended_Pictographic` character (never ASCII; © U+00A9 is the first).
pub fn is_pictographic(ch: char) -> bool {
    let code = ch as u32;
    let mut table = EXTENDED_PICTOGRAPHIC.iter();
    let mut first = 0;
    while table.len() > 0 {
        first += base128(&mut table);
        if code < first {
            return false;
        }
        let last = first + base128(&mut table);
        if code <= last {
            return true;
        }
        first = last + 1;
    }
    false
}

/// The next number of the table: big-endian base 128, the high bit of each
/// byte but the last set.
fn base128(bytes: &mut std::slice::Iter<'_, u8>) -> u32 {
    let mut number = 0;
    for &byte in bytes {
        number = number << 7 | u32::from(byte & 0x7F);
        if byte < 0x80 {
            break;
        }
    }
    number
}

pub fn is_regional_indicator(ch: char) -> bool {
    matches!(ch, '\u{1F1E6}'..='\u{1F1FF}')
}

/// Characters that extend an emoji: variation selector, skin tones, keycap,
/// tags, a second flag letter, and a pictograph after a zero-width joiner.
pub fn continues_emoji(ch: char, after_joiner: bool) -> bool {
    matches!(ch,
        '\u{FE0F}' | '\u{FE0E}' | '\u{200D}' | '\u{20E3}'
        | '\u{1F3FB}'..='\u{1F3FF}'
        | '\u{E0020}'..='\u{E007F}'
    ) || is_regional_indicator(ch)
        || (after_joiner && is_pictographic(ch))
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn range_edges_are_exact() {
        // From emoji-data.txt 15.0: 2614..2685 and 2690..2705 are pictographic,
        // 2686..268F (dice-like circles) are not; 1F3FA is, 1F3FB (a skin
        // tone) is not; 1FFFD is the last; nothing ASCII is.
        for (code, pictographic) in [
            (0x2614, true),
            (0x2685, true),
            (0x2686, false),
            (0x268F, false),
            (0x2690, true),
            (0x1F3FA, true),
            (0x1F3FB, false),
            (0x1F400, true),
            (0x1FFFD, true),
            (0x1FFFE, false),
            (0xA8, false),
            (0xA9, true),
            (0xAA, false),
        ] {
            let ch = char::from_u32(code).unwrap();
            assert_eq!(is_pictographic(ch), pictographic, "U+{code:04X}");
        }
        assert!((0..0x80u8).all(|b| !is_pictographic(char::from(b))));
    }

    /// The checked-in table against Unicode's file, read here by its own
    /// parser (not the script's), code point by code point. Debian's
    /// `unicode-data` package has the file (scripts/setup.sh installs it);
    /// where it is absent the test says so and passes, except under CI.
    #[test]
    fn table_equals_emoji_data() {
        let path = "/usr/share/unicode/emoji/emoji-data.txt";
        let Ok(data) = std::fs::read_to_string(path) else {
            assert!(
                std::env::var_os("CI").is_none(),
                "{path} is missing: apt-get install unicode-data"
            );
            eprintln!("{path} is missing (apt-get install unicode-data); not compared");
            return;
        };
        let mut expected = vec![false; 0x110000];
        for line in data.lines() {
            let fields: Vec<&str> = line.split('#').next().unwrap().split(';').collect();
            if fields.len() != 2 || fields[1].trim() != "Extended_Pictographic" {
                continue;
            }
            let (first, last) = match fields[0].trim().split_once("..") {
                Some((a, b)) => (a, b),
                None => (fields[0].trim(), fields[0].trim()),
            };
            let first = u32::from_str_radix(first, 16).unwrap();
            let last = u32::from_str_radix(last, 16).unwrap();
            for code in first..=last {
                expected[code as usize] = true;
            }
        }
        assert!(expected.iter().filter(|&&p| p).count() > 3000);
        for (code, &pictographic) in expected.iter().enumerate() {
            if let Some(ch) = char::from_u32(code as u32) {
                assert_eq!(
                    is_pictographic(ch),
                    pictographic,
                    "U+{code:04X}: run python3 scripts/gen_emoji.py"
                );
            }
        }
    }
}
