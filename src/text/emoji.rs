//! Which characters are emoji, and which extend one (skin tones, variation
//! selectors, zero-width joiners): shared by normalization, which must keep
//! the joiners inside emoji sequences, and the tokenizer.

/// Extended pictographs: the emoji blocks and the older symbols used as emoji.
pub fn is_pictographic(ch: char) -> bool {
    matches!(ch,
        '\u{1F000}'..='\u{1FAFF}'
        | '\u{2600}'..='\u{27BF}'
        | '\u{2B00}'..='\u{2BFF}'
        | '\u{2300}'..='\u{23FF}'
        | '\u{3030}' | '\u{303D}' | '\u{3297}' | '\u{3299}'
    ) && !is_regional_indicator(ch)
        && !matches!(ch, '\u{1F3FB}'..='\u{1F3FF}')
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
