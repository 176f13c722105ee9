//! The tokenizer: runs of letters and digits of any script, read from the
//! normalized character stream, with hyphenated words (`masing-masing`,
//! `beramai-ramai`, `e-mail`) kept whole.
//!
//! Every token carries its byte and UTF-16 span in the *original* text and its
//! term: the lowercased normalized form that counts and clouds are built on.

use super::normalize::{NormalizedChars, SourceChar};
use serde::Serialize;

/// A token borrowed from the tokenizer's buffer, for callers that only look.
#[derive(Debug, Clone, Copy)]
pub struct TokenRef<'a> {
    pub term: &'a str,
    pub bytes: (usize, usize),
    pub utf16: (usize, usize),
}

/// An owned token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Token {
    pub term: String,
    /// Byte offsets `[start, end)` into the original text.
    pub start: usize,
    pub end: usize,
    /// UTF-16 offsets `[start, end)` into the original text.
    pub start_utf16: usize,
    pub end_utf16: usize,
}

/// All tokens of `text`.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    for_each_token(text, |token| {
        tokens.push(Token {
            term: token.term.to_owned(),
            start: token.bytes.0,
            end: token.bytes.1,
            start_utf16: token.utf16.0,
            end_utf16: token.utf16.1,
        })
    });
    tokens
}

/// Calls `visit` for each token of `text` without allocating per token:
/// the term lives in one reused buffer.
pub fn for_each_token(text: &str, mut visit: impl FnMut(TokenRef<'_>)) {
    let mut term = String::new();
    let mut start: Option<SourceChar> = None;
    let mut last: Option<SourceChar> = None;
    // A hyphen seen right after a word character; it joins only if a word
    // character follows it.
    let mut pending_hyphen = false;

    let mut finish = |term: &mut String, start: &mut Option<SourceChar>, last: &SourceChar| {
        if let Some(first) = start.take() {
            visit(TokenRef {
                term,
                bytes: (first.bytes.start, last.bytes.end),
                utf16: (first.utf16.start, last.utf16.end),
            });
        }
        term.clear();
    };

    for c in NormalizedChars::new(text) {
        if is_word_char(c.ch) {
            if std::mem::take(&mut pending_hyphen) {
                // Every hyphen variant is spelled `-` in terms, so `masing‑masing`
                // (non-breaking hyphen) counts with `masing-masing`.
                term.push('-');
            }
            if start.is_none() {
                start = Some(c.clone());
            }
            push_lowercase(&mut term, c.ch);
            last = Some(c);
        } else if is_hyphen(c.ch) && start.is_some() && !pending_hyphen {
            pending_hyphen = true;
        } else {
            pending_hyphen = false;
            if let Some(end) = last.take() {
                finish(&mut term, &mut start, &end);
            }
        }
    }
    if let Some(end) = last.take() {
        finish(&mut term, &mut start, &end);
    }
}

fn is_word_char(ch: char) -> bool {
    ch.is_alphanumeric()
}

fn is_hyphen(ch: char) -> bool {
    matches!(ch, '-' | '\u{2010}' | '\u{2011}')
}

fn push_lowercase(term: &mut String, ch: char) {
    if ch.is_ascii() {
        term.push(ch.to_ascii_lowercase());
    } else {
        term.extend(ch.to_lowercase());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str) -> Vec<String> {
        tokenize(text).into_iter().map(|t| t.term).collect()
    }

    /// Table-driven: each row is (text, expected terms).
    macro_rules! test_tokenize {
        ($($name:ident: $input:expr => [$($term:expr),* $(,)?];)*) => {$(
            #[test]
            fn $name() {
                let expected: Vec<&str> = vec![$($term),*];
                assert_eq!(terms($input), expected);
            }
        )*};
    }

    test_tokenize! {
        words_are_lowercased: "Media Sosial" => ["media", "sosial"];
        punctuation_splits: "politik,kampanye.pemilu" => ["politik", "kampanye", "pemilu"];
        reduplication_kept_whole: "Oleh Masing-masing Tim" => ["oleh", "masing-masing", "tim"];
        reduplication_with_affix: "beramai-ramai datang" => ["beramai-ramai", "datang"];
        non_breaking_hyphen_spelled_plainly: "masing\u{2011}masing" => ["masing-masing"];
        dangling_hyphen_dropped: "satu- dua -tiga" => ["satu", "dua", "tiga"];
        double_hyphen_splits: "a--b" => ["a", "b"];
        digits_are_tokens: "Tahun 2012 Nomor 1" => ["tahun", "2012", "nomor", "1"];
        letters_and_digits_join: "Gen Z 4G" => ["gen", "z", "4g"];
        other_scripts: "Ελλάδα и Москва 東京" => ["ελλάδα", "и", "москва", "東京"];
        mojibake_space_splits: "Bukan?Â Bahwa" => ["bukan", "bahwa"];
        nbsp_splits: "media\u{00A0}sosial" => ["media", "sosial"];
        zero_width_inside_word_joins: "kam\u{200B}panye" => ["kampanye"];
        apostrophe_splits: "Jokowi's" => ["jokowi", "s"];
        html_is_just_text: "<script>alert(1)</script>" => ["script", "alert", "1", "script"];
        empty_text: "" => [];
        only_punctuation: "?!... -- ;" => [];
    }

    #[test]
    fn offsets_slice_the_original_text() {
        let text = "Â Masing\u{00AD}-masing\u{00A0}😀 kampanyeâ€™ ok";
        for token in tokenize(text) {
            let original = &text[token.start..token.end];
            assert_eq!(
                crate::text::normalize::normalize(original).to_lowercase(),
                token.term,
            );
            let utf16: Vec<u16> = text.encode_utf16().collect();
            let from_utf16 =
                String::from_utf16(&utf16[token.start_utf16..token.end_utf16]).unwrap();
            assert_eq!(from_utf16, original);
        }
    }

    #[test]
    fn token_spans_exclude_surrounding_mojibake_and_spaces() {
        let text = "kata\u{00C2}\u{00A0}lain";
        let tokens = tokenize(text);
        assert_eq!(&text[tokens[0].start..tokens[0].end], "kata");
        assert_eq!(&text[tokens[1].start..tokens[1].end], "lain");
    }
}
