//! Emoji as the tokenizer counts them (`text::emoji` decides which
//! characters are pictographs; this checks the tokens a reader gets).

use arah::text::emoji::is_pictographic;
use arah::text::tokenize::{for_each_token, TokenKind};

/// The tokens of `text` as (term, is it an emoji).
fn tokens(text: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    for_each_token(text, |t| {
        out.push((t.term.to_string(), t.kind == TokenKind::Emoji))
    });
    out
}

#[test]
fn symbols_are_not_emoji_and_text_default_emoji_are() {
    for symbol in ["✓", "❶", "➜", "→", "✗", "•", "—"] {
        let ch = symbol.chars().next().unwrap();
        assert!(!is_pictographic(ch), "{symbol}");
        assert!(
            tokens(&format!("ya {symbol} tidak"))
                .iter()
                .all(|(_, e)| !e),
            "{symbol}: {:?}",
            tokens(&format!("ya {symbol} tidak"))
        );
    }
    // One emoji token each, as the tokenizer counts them: text-default
    // ones, with and without U+FE0F, a face, a skin tone, a flag.
    for emoji in ["©", "™", "▶", "▶\u{FE0F}", "❤\u{FE0F}", "😀", "👍🏽", "🇮🇩"]
    {
        assert_eq!(
            tokens(&format!("ya {emoji} tidak")),
            [
                ("ya".to_string(), false),
                (emoji.to_string(), true),
                ("tidak".to_string(), false)
            ],
            "{emoji}"
        );
    }
}
