//! How words are lowercased: character by character, as the tokenizer
//! lowercases terms. A leaf module (it imports nothing of the crate), so the
//! stopword lists, the lexicon and the tokenizer can all compare words a
//! caller typed with terms without importing one another.

/// `word` trimmed and lowercased the way the tokenizer lowercases terms
/// (character by character), for comparing words a caller typed with terms.
pub fn lowercase(word: &str) -> String {
    word.trim().chars().flat_map(char::to_lowercase).collect()
}

#[cfg(test)]
mod tests {
    use super::lowercase;

    #[test]
    fn trims_and_lowercases_each_character() {
        assert_eq!(lowercase("  Media SOSIAL\t"), "media sosial");
        assert_eq!(lowercase("İstanbul"), "i\u{307}stanbul");
        // Character by character: a word-final Σ is σ, not the ς that
        // `str::to_lowercase` writes.
        assert_eq!(lowercase("ΟΔΟΣ"), "οδοσ");
        assert_eq!("ΟΔΟΣ".to_lowercase(), "οδος");
    }
}
