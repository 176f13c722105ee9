//! The tokenizer and the sentence splitter read abbreviations from one list
//! (`text::abbreviations`): this checks what each of them does with every
//! entry, written as texts write it, so that a stop the splitter keeps
//! inside a sentence is also kept inside its token.

use arah::text::abbreviations::{abbreviations, Placement};
use arah::text::sentences::sentences;
use arah::text::tokenize::{tokenize, TokenKind};

/// `entry` as it opens a name or a sentence: each piece capitalized
/// (`Ir`, `Et Al`, `S.H`); the splitter and tokenizer ignore case.
fn capitalized(entry: &str) -> String {
    let mut out = String::new();
    let mut start = true;
    for ch in entry.chars() {
        out.extend(if start {
            ch.to_uppercase().collect::<Vec<_>>()
        } else {
            vec![ch]
        });
        start = ch == '.' || ch == ' ';
    }
    out
}

/// The sentences of `text`, as their texts.
fn sentence_texts(text: &str) -> Vec<&str> {
    sentences(text)
        .iter()
        .map(|s| text[s.start..s.end].trim())
        .collect()
}

#[test]
fn the_splitter_keeps_every_entrys_stop_inside_a_sentence() {
    for (entry, placement) in abbreviations() {
        let entry = std::str::from_utf8(entry).unwrap();
        for form in [entry.to_string(), capitalized(entry)] {
            let before_lower = format!("Kata {form}. lanjut di sini.");
            assert_eq!(sentence_texts(&before_lower).len(), 1, "{before_lower:?}");
            // Before a capital, only a trailing abbreviation may end the sentence.
            let before_capital = format!("Kata {form}. Budi datang.");
            let expected = match placement {
                Placement::Leading => 1,
                Placement::Trailing => 2,
            };
            assert_eq!(
                sentence_texts(&before_capital).len(),
                expected,
                "{before_capital:?}"
            );
        }
    }
}

#[test]
fn the_tokenizer_keeps_the_stop_of_every_entry_in_its_token() {
    for (entry, _) in abbreviations() {
        let entry = std::str::from_utf8(entry).unwrap();
        // Entries with inner stops reach the tokenizer as capital initials
        // (`S.H.`); only those of one letter a piece are initials.
        let pieces_are_initials = entry.split('.').all(|piece| piece.len() == 1);
        let forms: Vec<String> = if !entry.contains('.') {
            vec![entry.to_string(), capitalized(entry), entry.to_uppercase()]
        } else if pieces_are_initials {
            vec![entry.to_uppercase()]
        } else {
            continue;
        };
        for form in forms {
            let text = format!("oleh {form}. lanjut");
            let stop = text.find(&format!("{form}.")).unwrap() + form.len();
            let tokens = tokenize(&text);
            let holder = tokens.iter().find(|t| t.start <= stop && stop < t.end);
            assert!(
                holder.is_some_and(|t| t.kind == TokenKind::Abbreviation),
                "{text:?}: the stop after {form} is not in an abbreviation token: {tokens:?}"
            );
        }
    }
}

#[test]
fn a_word_that_is_no_entry_leaves_its_stop_to_the_sentence() {
    let text = "Mereka datang. Budi pulang.";
    assert_eq!(sentence_texts(text), ["Mereka datang.", "Budi pulang."]);
    let tokens = tokenize(text);
    assert!(tokens
        .iter()
        .all(|t| t.kind == TokenKind::Word && !t.term.contains('.')));
}
