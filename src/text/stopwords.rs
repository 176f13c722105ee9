//! Stopword lists: Indonesian and English data files compiled into the
//! binary, combined by language and extended or trimmed by the caller.
//!
//! The lists deliberately leave out the marker words of the strategy analysis
//! (satu, dua, arah, tanya, jawab, kami, kita, anda, ...): see the header of
//! each data file.

use super::case::lowercase;
use crate::error::ArahError;
use crate::hash::TermSet;

// The data files without their comment lines (see build.rs).
const INDONESIAN: &str = include_str!(concat!(env!("OUT_DIR"), "/stopwords-id.txt"));
const ENGLISH: &str = include_str!(concat!(env!("OUT_DIR"), "/stopwords-en.txt"));

/// Languages with a built-in list, by ISO 639-1 code.
pub const LANGUAGES: [&str; 2] = ["id", "en"];

fn builtin_list(language: &str) -> Option<&'static str> {
    match language {
        "id" => Some(INDONESIAN),
        "en" => Some(ENGLISH),
        _ => None,
    }
}

/// Words of a data file (its comments already removed by build.rs): one
/// per line.
fn words_of(list: &str) -> impl Iterator<Item = &str> {
    list.lines().map(str::trim).filter(|line| !line.is_empty())
}

/// The set of terms to leave out of counts and clouds.
#[derive(Debug, Clone, Default)]
pub struct Stopwords {
    words: TermSet<String>,
}

impl Stopwords {
    /// No stopwords at all.
    pub fn none() -> Self {
        Self::default()
    }

    /// The built-in lists of `languages`, plus `extra`, minus `keep`.
    /// Extra and kept words are compared as lowercase terms.
    pub fn build<S: AsRef<str>>(
        languages: &[S],
        extra: &[S],
        keep: &[S],
    ) -> Result<Self, ArahError> {
        let mut words = TermSet::default();
        for language in languages {
            let language = language.as_ref();
            let list = builtin_list(language).ok_or_else(|| {
                ArahError::InvalidOption(format!(
                    "no stopword list for language \"{language}\"; available: {}",
                    LANGUAGES.join(", ")
                ))
            })?;
            words.extend(words_of(list).map(str::to_owned));
        }
        words.extend(extra.iter().map(|w| lowercase(w.as_ref())));
        for word in keep {
            words.remove(&lowercase(word.as_ref()));
        }
        words.remove("");
        Ok(Stopwords { words })
    }

    pub fn contains(&self, term: &str) -> bool {
        self.words.contains(term)
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MARKERS: [&str; 10] = [
        "satu", "dua", "arah", "tanya", "jawab", "kami", "kita", "anda", "dengar", "balas",
    ];

    #[test]
    fn indonesian_list_is_large_and_clean() {
        let words: Vec<&str> = words_of(INDONESIAN).collect();
        assert!(
            words.len() >= 300,
            "only {} Indonesian stopwords",
            words.len()
        );
        for word in &words {
            assert_eq!(*word, word.to_lowercase(), "{word} is not lowercase");
        }
        let unique: std::collections::HashSet<&&str> = words.iter().collect();
        assert_eq!(unique.len(), words.len(), "duplicate stopwords");
    }

    #[test]
    fn marker_words_are_never_stopwords() {
        let all = Stopwords::build(&["id", "en"], &[], &[]).unwrap();
        for marker in MARKERS {
            assert!(!all.contains(marker), "{marker} must not be a stopword");
        }
    }

    #[test]
    fn common_function_words_are_stopwords() {
        let all = Stopwords::build(&["id", "en"], &[], &[]).unwrap();
        for word in ["yang", "dan", "di", "dengan", "untuk", "the", "and", "of"] {
            assert!(all.contains(word), "{word} should be a stopword");
        }
    }

    #[test]
    fn callers_add_and_keep_words() {
        let list = Stopwords::build(&["id"], &["Tahun", " DKI "], &["yang"]).unwrap();
        assert!(list.contains("tahun"));
        assert!(list.contains("dki"));
        assert!(!list.contains("yang"));
        assert!(list.contains("dan"));
    }

    #[test]
    fn unknown_language_is_a_clear_error() {
        let error = Stopwords::build(&["xx"], &[], &[]).unwrap_err();
        assert!(error.to_string().contains("\"xx\""), "{error}");
    }
}
