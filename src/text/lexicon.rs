//! Which lowercase strings are known words: the stemmer's root lexicon (a
//! word whose stem is a root counts too) and the stopword lists. Used where
//! the text engine must not guess, such as splitting words that lost the
//! space between them.

use super::stem::Stemmer;
use super::stopwords::Stopwords;
use std::sync::OnceLock;

/// The built-in Indonesian stemmer, built once on first use.
pub fn stemmer() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(Stemmer::indonesian)
}

fn function_words() -> &'static Stopwords {
    static WORDS: OnceLock<Stopwords> = OnceLock::new();
    WORDS.get_or_init(|| Stopwords::build(&["id", "en"], &[], &[]).unwrap_or_default())
}

pub fn is_known_word(term: &str) -> bool {
    let stemmer = stemmer();
    function_words().contains(term) || stemmer.is_root(term) || stemmer.is_root(&stemmer.stem(term))
}
