//! Keyword in context: every occurrence of a term with the N tokens on each
//! side, as spans of the original text so a reader sees the real wording
//! (punctuation and case included) and the browser can highlight it.
//! Occurrences inside page chrome are left out unless asked for, as the
//! counts leave them out; the context around an occurrence is the text as
//! it is.

use crate::error::ArahError;
use crate::text::chrome::{chrome_spans, ChromeCursor};
use crate::text::lexicon::require_stemmer;
use crate::text::normalize::NormalizedChars;
use crate::text::tokenize::{tokenize, Token, TokenKind};
use serde::Serialize;

/// Tokens of context either side of the keyword when no window is asked
/// for: the CLI's `--window`, the facade's and so the widget's default.
pub const DEFAULT_WINDOW: usize = 5;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KwicLine {
    /// Original text before the keyword, from the first token of the window.
    pub left: String,
    pub keyword: String,
    /// Original text after the keyword, to the last token of the window.
    pub right: String,
    /// Byte and UTF-16 span of the keyword in the original text.
    pub start: usize,
    pub end: usize,
    pub start_utf16: usize,
    pub end_utf16: usize,
}

/// Occurrences of any of `terms` (lowercase terms as the tokenizer makes
/// them; several for a whole group of forms) with `window` tokens of context
/// on each side, in text order; those in page chrome only with `keep_chrome`.
pub fn kwic<S: AsRef<str>>(
    text: &str,
    terms: &[S],
    window: usize,
    keep_chrome: bool,
) -> Vec<KwicLine> {
    kwic_where(text, window, keep_chrome, |token| {
        terms.iter().any(|t| t.as_ref() == token.term)
    })
}

/// Occurrences of every form whose stem is the stem of `word` (`kampanye`
/// finds `berkampanye` and `kampanyenya` too), as the grouped tables count them.
pub fn kwic_stem_group(
    text: &str,
    word: &str,
    window: usize,
    keep_chrome: bool,
) -> Result<Vec<KwicLine>, ArahError> {
    let stemmer = require_stemmer()?;
    let stem = stemmer.stem(word);
    Ok(kwic_where(text, window, keep_chrome, |token| {
        token.kind == TokenKind::Word && stemmer.stem(&token.term) == stem
    }))
}

fn kwic_where(
    text: &str,
    window: usize,
    keep_chrome: bool,
    wanted: impl Fn(&Token) -> bool,
) -> Vec<KwicLine> {
    let tokens = tokenize(text);
    let chrome = match keep_chrome {
        true => Vec::new(),
        false => chrome_spans(text),
    };
    let mut in_chrome = ChromeCursor::new(&chrome);
    tokens
        .iter()
        .enumerate()
        .filter(|(_, token)| in_chrome.covering(token.start).is_none() && wanted(token))
        .map(|(index, token)| {
            let first = &tokens[index.saturating_sub(window)];
            let last = &tokens[(index + window).min(tokens.len() - 1)];
            KwicLine {
                left: flatten(&text[first.start.min(token.start)..token.start]),
                keyword: text[token.start..token.end].to_owned(),
                right: flatten(&text[token.end..last.end.max(token.end)]),
                start: token.start,
                end: token.end,
                start_utf16: token.start_utf16,
                end_utf16: token.end_utf16,
            }
        })
        .collect()
}

/// Context as a reader should see it, on one line: normalized (mojibake
/// repaired, zero-width characters gone) and runs of whitespace (line
/// breaks, NBSP) made one space.
fn flatten(context: &str) -> String {
    let mut flat = String::with_capacity(context.len());
    let mut in_space = false;
    for c in NormalizedChars::new(context) {
        if c.ch.is_whitespace() {
            if !in_space {
                flat.push(' ');
            }
            in_space = true;
        } else {
            flat.push(c.ch);
            in_space = false;
        }
    }
    flat
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_is_the_original_wording() {
        let text = "Kampanye satu arah.\nPadahal, komunikasi DUA arah lebih baik!";
        let lines = kwic(text, &["arah"], 2, false);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].left, "Kampanye satu ");
        assert_eq!(lines[0].keyword, "arah");
        assert_eq!(lines[0].right, ". Padahal, komunikasi");
        assert_eq!(lines[1].left, "komunikasi DUA ");
        assert_eq!(lines[1].right, " lebih baik");
        assert_eq!(&text[lines[1].start..lines[1].end], "arah");
    }

    #[test]
    fn several_forms_and_edges_of_the_text() {
        let text = "Partai dan partai-partai, PARTAI";
        let lines = kwic(text, &["partai", "partai-partai"], 5, false);
        let keywords: Vec<&str> = lines.iter().map(|l| l.keyword.as_str()).collect();
        assert_eq!(keywords, ["Partai", "partai-partai", "PARTAI"]);
        assert_eq!(lines[0].left, "");
        assert_eq!(lines[2].right, "");
    }

    #[test]
    fn a_stem_group_finds_every_form() {
        let text = "Kampanye, berkampanye, kampanyenya; bukan kampus.";
        let lines = kwic_stem_group(text, "kampanye", 1, false).unwrap();
        let keywords: Vec<&str> = lines.iter().map(|l| l.keyword.as_str()).collect();
        assert_eq!(keywords, ["Kampanye", "berkampanye", "kampanyenya"]);
    }

    #[test]
    fn context_is_normalized_for_reading() {
        let text = "bersamaan.\u{c2}\u{a0}Kampanye itu \u{e2}\u{80}\u{9c}baik\u{e2}\u{80}\u{9d}";
        let lines = kwic(text, &["kampanye"], 3, false);
        assert_eq!(lines[0].left, "bersamaan. ");
        assert_eq!(lines[0].right, " itu “baik");
    }

    #[test]
    fn no_occurrence_no_lines() {
        assert!(kwic("media sosial", &["baliho"], 3, false).is_empty());
        assert!(kwic("", &["baliho"], 3, false).is_empty());
    }

    #[test]
    fn occurrences_in_page_chrome_only_when_kept() {
        let text = "Baca juga: Kampanye Baliho di Desa\nKampanye dialog dimulai.";
        let lines = kwic(text, &["kampanye"], 1, false);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].right, " dialog");
        assert_eq!(kwic(text, &["kampanye"], 1, true).len(), 2);
    }
}
