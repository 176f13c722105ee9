//! The terms stage: which tokens become counted terms, and the key each is
//! counted under. A word's informal spelling is read as its standard word
//! when asked (`yg` as `yang`), stopwords, numbers and short tokens are left
//! out, and with grouping by stem a word is keyed by its stem (`berkampanye`
//! under `kampanye`). Counting (`stats::counts`) and collocations apply it;
//! it judges one distinct form at a time, so its cost is per form, not per
//! token.

use super::chrome::Chrome;
use super::stem::Stemmer;
use super::stopwords::Stopwords;
use super::tokenize::TokenKind;
use super::{lexicon, slang};
use std::borrow::Cow;

/// Which tokens become counted terms, and how they are keyed.
#[derive(Debug, Clone)]
pub struct TermFilter {
    pub stopwords: Stopwords,
    /// Count tokens made only of digits (`2012`, `1`)? Off by default: years
    /// and list numbers crowd out the words in a cloud.
    pub include_numbers: bool,
    /// Shortest term counted, in characters.
    pub min_chars: usize,
    /// Count word forms under their stem.
    pub group_by_stem: bool,
    /// Read informal spellings as their standard word (`yg` as `yang`).
    pub normalize_slang: bool,
    /// Count the words of page chrome ("ADVERTISEMENT", "Baca juga", bylines)
    /// too; off by default.
    pub keep_chrome: bool,
}

impl TermFilter {
    /// Words, hashtags and mentions are terms; numbers only when asked for;
    /// abbreviations, URLs, emails and emoji are not.
    pub fn accepts(&self, term: &str, kind: TokenKind) -> bool {
        match kind {
            TokenKind::Word | TokenKind::Hashtag | TokenKind::Mention => {}
            TokenKind::Number if self.include_numbers => {}
            _ => return false,
        }
        if term.chars().nth(self.min_chars.saturating_sub(1)).is_none() {
            return false;
        }
        !self.stopwords.contains(term)
    }

    /// The page chrome of `text` that counting passes over: none when the
    /// filter keeps it.
    pub fn chrome_of(&self, text: &str) -> Vec<Chrome> {
        match self.keep_chrome {
            true => Vec::new(),
            false => chrome_spans_here(text),
        }
    }
}

/// The page chrome of `text`. The first screen's wasm carries only the
/// quick test: where the text may hold chrome, it records that the whole
/// stage is wanted (`text::chrome::take_views_wanted`) and the page counts
/// again with the views module, which has it: the same result as the CLI's.
#[cfg(not(all(target_arch = "wasm32", not(feature = "views"))))]
fn chrome_spans_here(text: &str) -> Vec<Chrome> {
    crate::text::chrome::chrome_spans(text)
}

#[cfg(all(target_arch = "wasm32", not(feature = "views")))]
fn chrome_spans_here(text: &str) -> Vec<Chrome> {
    if crate::text::chrome::may_contain_chrome(text) {
        crate::text::chrome::want_views();
    }
    Vec::new()
}

impl TermFilter {
    /// The keys of this filter's terms, with the stemmer looked up once.
    pub fn keys(&self) -> TermKeys<'_> {
        TermKeys {
            filter: self,
            stemmer: self.group_by_stem.then(lexicon::stemmer).flatten(),
        }
    }
}

/// [`TermFilter::key`]'s work with the stemmer at hand.
#[derive(Clone, Copy)]
pub struct TermKeys<'a> {
    filter: &'a TermFilter,
    /// Present when grouping by stem and the root lexicon is there.
    stemmer: Option<&'static Stemmer>,
}

impl TermKeys<'_> {
    /// Are words keyed by their stem (grouping asked for and the roots
    /// available)?
    pub fn groups_by_stem(&self) -> bool {
        self.stemmer.is_some()
    }

    /// The key a token's `form` (its lowercased term) of `kind` is counted
    /// under, or `None` when it is not counted: slang read as the standard
    /// word (words only), the filter applied, then words stemmed.
    pub fn key<'f>(&self, form: &'f str, kind: TokenKind) -> Option<Cow<'f, str>> {
        let term = match self.filter.normalize_slang && kind == TokenKind::Word {
            true => slang::standard_form(form).unwrap_or(form),
            false => form,
        };
        if !self.filter.accepts(term, kind) {
            return None;
        }
        Some(match (self.stemmer, kind) {
            (Some(stemmer), TokenKind::Word) => stemmer.stem(term),
            _ => Cow::Borrowed(term),
        })
    }
}

/// The filter the tests of terms and counts start from: Indonesian
/// stopwords, words of two characters or more, nothing else.
#[cfg(test)]
pub(crate) fn test_filter() -> TermFilter {
    TermFilter {
        stopwords: Stopwords::build(&["id"], &[], &[]).unwrap(),
        include_numbers: false,
        min_chars: 2,
        group_by_stem: false,
        normalize_slang: false,
        keep_chrome: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filter() -> TermFilter {
        test_filter()
    }

    #[test]
    fn keys_follow_the_filter() {
        let plain = filter();
        let keys = plain.keys();
        assert!(!keys.groups_by_stem());
        assert_eq!(
            keys.key("kampanye", TokenKind::Word).as_deref(),
            Some("kampanye")
        );
        assert_eq!(keys.key("dan", TokenKind::Word), None, "a stopword");
        assert_eq!(keys.key("z", TokenKind::Word), None, "too short");
        assert_eq!(keys.key("2024", TokenKind::Number), None, "numbers are off");
        assert_eq!(keys.key("dkk.", TokenKind::Abbreviation), None);
        assert_eq!(keys.key("yg", TokenKind::Word).as_deref(), Some("yg"));
        assert_eq!(
            keys.key("#pemilu", TokenKind::Hashtag).as_deref(),
            Some("#pemilu")
        );
    }

    #[test]
    fn slang_is_read_before_stopwords_and_stems_key_words_only() {
        let grouped = TermFilter {
            normalize_slang: true,
            group_by_stem: true,
            include_numbers: true,
            ..filter()
        };
        let keys = grouped.keys();
        assert!(keys.groups_by_stem());
        // yg is yang, a stopword; utk is untuk, also one.
        assert_eq!(keys.key("yg", TokenKind::Word), None);
        assert_eq!(
            keys.key("berkampanye", TokenKind::Word).as_deref(),
            Some("kampanye")
        );
        assert_eq!(
            keys.key("#berkampanye", TokenKind::Hashtag).as_deref(),
            Some("#berkampanye")
        );
        assert_eq!(keys.key("2024", TokenKind::Number).as_deref(), Some("2024"));
        // Slang is read in words only.
        assert_eq!(keys.key("yg", TokenKind::Hashtag).as_deref(), Some("yg"));
    }
}
