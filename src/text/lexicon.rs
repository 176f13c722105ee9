//! Which lowercase strings are known words: the stemmer's root lexicon (a
//! word whose stem is a root counts too) and the stopword lists. Used where
//! the text engine must not guess, such as splitting words that lost the
//! space between them.
//!
//! Natively the root lexicon is built in. The wasm build leaves it out of
//! the initial download (it is 12 KB gzipped) and the page installs it with
//! [`install_roots`] when a result says it was wanted: grouping word forms,
//! or a run-together word that only the roots can judge. Until then such a
//! word is left whole and [`take_roots_wanted`] reports it, so the page can
//! install the roots and analyse again to get the same result as the CLI.

use super::stem::Stemmer;
use super::stopwords::Stopwords;
use crate::error::ArahError;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

static STEMMER: OnceLock<Stemmer> = OnceLock::new();
static ROOTS_WANTED: AtomicBool = AtomicBool::new(false);

/// The Indonesian stemmer, when its root lexicon is available.
pub fn stemmer() -> Option<&'static Stemmer> {
    #[cfg(not(target_arch = "wasm32"))]
    return Some(STEMMER.get_or_init(Stemmer::indonesian));
    #[cfg(target_arch = "wasm32")]
    STEMMER.get()
}

/// The stemmer, or an error saying the root lexicon must be installed first.
pub fn require_stemmer() -> Result<&'static Stemmer, ArahError> {
    stemmer().ok_or_else(|| {
        ROOTS_WANTED.store(true, Ordering::Relaxed);
        ArahError::Lexicon("grouping word forms needs the root lexicon, which is not loaded".into())
    })
}

/// Installs the root lexicon from its front-coded text (`stem/roots.txt`).
/// Installing again keeps the first lexicon: results never change midway.
pub fn install_roots(list: &str) -> Result<(), ArahError> {
    if STEMMER.get().is_none() {
        let _ = STEMMER.set(Stemmer::from_front_coded(list)?);
    }
    Ok(())
}

/// Whether something since the last call needed the root lexicon while it
/// was missing; clears the flag.
pub fn take_roots_wanted() -> bool {
    ROOTS_WANTED.swap(false, Ordering::Relaxed)
}

fn function_words() -> &'static Stopwords {
    static WORDS: OnceLock<Stopwords> = OnceLock::new();
    WORDS.get_or_init(|| Stopwords::build(&["id", "en"], &[], &[]).unwrap_or_default())
}

pub fn is_known_word(term: &str) -> bool {
    is_known_word_in(term, stemmer())
}

/// Stopwords are always known; other words only through the stemmer's roots.
/// Without them the answer is "no", and the miss is recorded.
fn is_known_word_in(term: &str, stemmer: Option<&Stemmer>) -> bool {
    if function_words().contains(term) {
        return true;
    }
    match stemmer {
        Some(stemmer) => stemmer.is_root(term) || stemmer.is_root(&stemmer.stem(term)),
        None => {
            ROOTS_WANTED.store(true, Ordering::Relaxed);
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_roots_only_stopwords_are_known_and_the_miss_is_recorded() {
        take_roots_wanted();
        assert!(is_known_word_in("untuk", None));
        assert!(!take_roots_wanted(), "a stopword needs no roots");
        assert!(!is_known_word_in("penggunaan", None));
        assert!(take_roots_wanted());
        assert!(!take_roots_wanted(), "taking clears the flag");
        let roots = Stemmer::with_roots(["guna"]);
        assert!(is_known_word_in("penggunaan", Some(&roots)));
    }
}
