//! Sentences, with spans into the original text. A sentence ends at `.`, `!`,
//! `?` (also `؟` and `。`) with any closing quotes or brackets after it,
//! at a blank line, and after a heading line (`Abstrak`, `KESIMPULAN`):
//! a short line without final punctuation. It does not end after an
//! abbreviation (`dkk.`, `Ir.`), an initial (`T.`), inside a number
//! (`1.000`, `3.5`) or inside a URL or email, which the tokenizer already
//! knows: a full stop that its token swallowed is no boundary.

use super::normalize::{NormalizedChars, SourceChar};
use super::tokenize::{for_each_token, TokenKind};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub start_utf16: usize,
    pub end_utf16: usize,
}

/// Longest line, in words, that can be a heading without final punctuation.
const MAX_HEADING_WORDS: usize = 8;

/// Sentences of `text` in order, trimmed of surrounding whitespace.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let protected = protected_stops(text);
    let chars: Vec<SourceChar> = NormalizedChars::new(text).collect();
    let mut splitter = Splitter {
        text,
        out: Vec::new(),
        start: None,
    };
    let mut i = 0;
    while i < chars.len() {
        let c = &chars[i];
        if !c.ch.is_whitespace() && splitter.start.is_none() {
            splitter.start = Some(c.clone());
        }
        if is_terminal(c.ch) && protected.binary_search(&c.bytes.start).is_err() {
            // Take the whole run of terminal marks and closing quotes.
            let mut end = i;
            while end + 1 < chars.len()
                && (is_terminal(chars[end + 1].ch) || is_closing(chars[end + 1].ch))
            {
                end += 1;
            }
            if ends_sentence(&chars[i..=end], &chars[end + 1..]) {
                splitter.close(&chars[end]);
            }
            i = end + 1;
            continue;
        }
        if c.ch == '\n' {
            let blank_line_follows = chars[i + 1..]
                .iter()
                .take_while(|n| n.ch != '\n')
                .all(|n| n.ch.is_whitespace());
            if splitter.start.is_some()
                && (blank_line_follows || splitter.line_is_heading(&chars, i))
            {
                let last = chars[..i].iter().rposition(|p| !p.ch.is_whitespace());
                if let Some(last) = last {
                    splitter.close(&chars[last]);
                }
            }
        }
        i += 1;
    }
    if let Some(last) = chars.iter().rposition(|c| !c.ch.is_whitespace()) {
        if splitter.start.is_some() {
            splitter.close(&chars[last]);
        }
    }
    splitter.out
}

struct Splitter<'a> {
    text: &'a str,
    out: Vec<Sentence>,
    start: Option<SourceChar>,
}

impl Splitter<'_> {
    /// Ends the current sentence at `last`; a stretch of punctuation alone
    /// is no sentence.
    fn close(&mut self, last: &SourceChar) {
        if let Some(first) = self.start.take() {
            let span = &self.text[first.bytes.start..last.bytes.end.max(first.bytes.start)];
            if span.chars().any(char::is_alphanumeric) {
                self.out.push(Sentence {
                    start: first.bytes.start,
                    end: last.bytes.end,
                    start_utf16: first.utf16.start,
                    end_utf16: last.utf16.end,
                });
            }
        }
    }

    /// The line ending at `newline` started the current sentence, is short
    /// and has no final punctuation: a heading such as `Pendahuluan`.
    fn line_is_heading(&self, chars: &[SourceChar], newline: usize) -> bool {
        let Some(start) = &self.start else {
            return false;
        };
        let line_start = chars[..newline]
            .iter()
            .rposition(|c| c.ch == '\n')
            .map_or(0, |p| p + 1);
        let sentence_starts_line = chars[line_start..newline]
            .iter()
            .find(|c| !c.ch.is_whitespace())
            .is_some_and(|c| c.bytes.start == start.bytes.start);
        let line: String = chars[line_start..newline].iter().map(|c| c.ch).collect();
        let words = line.split_whitespace().count();
        let last = line.trim_end().chars().last();
        // A line wrapped inside a sentence goes on in lower case.
        let continues = chars[newline..]
            .iter()
            .find(|c| !c.ch.is_whitespace())
            .is_some_and(|c| c.ch.is_lowercase());
        sentence_starts_line
            && !continues
            && (1..=MAX_HEADING_WORDS).contains(&words)
            && last.is_some_and(|ch| ch.is_alphanumeric())
            && line.trim_start().starts_with(char::is_uppercase)
    }
}

/// Abbreviations that often close a sentence: their stop may end it.
const SENTENCE_FINAL_ABBREVIATIONS: [&str; 4] = ["dll.", "dsb.", "dst.", "etc."];

/// Byte positions of full stops that belong to a token (abbreviations,
/// initials, numbers, URLs, emails), as the tokenizer reads them; in
/// ascending order, since tokens come in text order.
fn protected_stops(text: &str) -> Vec<usize> {
    let mut protected = Vec::new();
    for_each_token(text, |token| {
        if token.kind == TokenKind::Abbreviation
            && SENTENCE_FINAL_ABBREVIATIONS.contains(&token.term)
        {
            return;
        }
        let inner = &text[token.bytes.0..token.bytes.1];
        protected.extend(
            inner
                .char_indices()
                .filter(|&(_, ch)| ch == '.')
                .map(|(offset, _)| token.bytes.0 + offset),
        );
    });
    protected
}

fn is_terminal(ch: char) -> bool {
    matches!(ch, '.' | '!' | '?' | '…' | '؟' | '。' | '！' | '？')
}

fn is_closing(ch: char) -> bool {
    matches!(ch, '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '」')
}

/// A run of terminal marks ends the sentence, except an ellipsis that the
/// sentence goes on after (`kata… lalu`): one ends it only before a capital,
/// a new line or the end of the text.
fn ends_sentence(run: &[SourceChar], following: &[SourceChar]) -> bool {
    let is_ellipsis =
        run.iter().any(|c| c.ch == '…') || run.iter().filter(|c| c.ch == '.').count() >= 3;
    if !is_ellipsis {
        return true;
    }
    for c in following {
        if c.ch == '\n' {
            return true;
        }
        if !c.ch.is_whitespace() {
            return !c.ch.is_lowercase();
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        sentences(text)
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    /// Table-driven: (text, expected sentences as they stand in the text).
    macro_rules! test_sentences {
        ($($name:ident: $input:expr => [$($sentence:expr),* $(,)?];)*) => {$(
            #[test]
            fn $name() {
                let expected: Vec<&str> = vec![$($sentence),*];
                assert_eq!(texts($input), expected, "text: {:?}", $input);
            }
        )*};
    }

    test_sentences! {
        two_sentences: "Kampanye dimulai. Pemilih datang." => ["Kampanye dimulai.", "Pemilih datang."];
        question_and_exclamation: "Apa itu? Ayo coblos! Selesai" => ["Apa itu?", "Ayo coblos!", "Selesai"];
        closing_quote_kept: "Ia berkata \"satu arah.\" Lalu pergi." => ["Ia berkata \"satu arah.\"", "Lalu pergi."];
        lost_space_after_stop: "Omong Kosong.Dalam Tulisan Ini" => ["Omong Kosong.", "Dalam Tulisan Ini"];
        lost_space_with_mojibake: "Menarik Bukan?\u{00C2}\nBahwa ada" => ["Menarik Bukan?", "Bahwa ada"];
        lowercase_after_stop_still_ends: "melalui media sosial. kampanye yang" => ["melalui media sosial.", "kampanye yang"];
        abbreviation_dkk: "Hasan dkk. menulis buku. Bagus." => ["Hasan dkk. menulis buku.", "Bagus."];
        abbreviation_title_joined: "Oleh Ir.Joko widodo dan Basuki T.Purnama Melawan Fauzi." => ["Oleh Ir.Joko widodo dan Basuki T.Purnama Melawan Fauzi."];
        initial_with_space: "Basuki T. Purnama menang." => ["Basuki T. Purnama menang."];
        degree: "Budi, S.H. menulis. Lalu" => ["Budi, S.H. menulis.", "Lalu"];
        et_al: "Graham et al. menemukan pola. Benar." => ["Graham et al. menemukan pola.", "Benar."];
        dll_ends_a_sentence: "baliho, iklan, dll. Namun dialog" => ["baliho, iklan, dll.", "Namun dialog"];
        decimals: "Naik 3.5 persen. Turun 1.000 suara." => ["Naik 3.5 persen.", "Turun 1.000 suara."];
        url_inside: "Lihat www.kpu.go.id untuk data. Selesai." => ["Lihat www.kpu.go.id untuk data.", "Selesai."];
        email_inside: "Tulis ke info@kpu.go.id segera. Ya." => ["Tulis ke info@kpu.go.id segera.", "Ya."];
        ellipsis_continues: "Kami... mendengar. Ya" => ["Kami... mendengar.", "Ya"];
        ellipsis_ends: "Tunggu… Kami datang." => ["Tunggu…", "Kami datang."];
        heading_line: "Abstrak\nTeknologi informasi maju." => ["Abstrak", "Teknologi informasi maju."];
        upper_heading: "hasil akhir.\nKESIMPULAN\nMedia sosial efektif." => ["hasil akhir.", "KESIMPULAN", "Media sosial efektif."];
        two_word_heading: "Hasil dan Pembahasan\nData menunjukkan" => ["Hasil dan Pembahasan", "Data menunjukkan"];
        wrapped_line_is_not_a_heading: "Kampanye yang dilakukan oleh para\ncalon terus berlangsung." => ["Kampanye yang dilakukan oleh para\ncalon terus berlangsung."];
        blank_line_ends: "tanpa titik\n\nparagraf baru" => ["tanpa titik", "paragraf baru"];
        crlf: "Satu.\r\nDua.\r\n" => ["Satu.", "Dua."];
        arabic_question: "ما هذا؟ لا شيء." => ["ما هذا؟", "لا شيء."];
        cjk_stop: "東京です。大阪です。" => ["東京です。", "大阪です。"];
        emoji_sentence: "Mantap 👍! Ayo." => ["Mantap 👍!", "Ayo."];
        multiple_marks: "Benarkah?! Ya." => ["Benarkah?!", "Ya."];
        empty: "" => [];
        whitespace_only: "  \n\t " => [];
        punctuation_only: "... ?!" => [];
    }

    #[test]
    fn a_long_sentence_without_punctuation_is_one() {
        let text = "kata ".repeat(20_000);
        assert_eq!(texts(&text), [text.trim_end()]);
    }

    #[test]
    fn utf16_spans_match_byte_spans() {
        let text = "😀 Satu arah. Dua arah? “Ya.” Â Selesai…";
        let utf16: Vec<u16> = text.encode_utf16().collect();
        for s in sentences(text) {
            let from_utf16 = String::from_utf16(&utf16[s.start_utf16..s.end_utf16]).unwrap();
            assert_eq!(from_utf16, &text[s.start..s.end]);
        }
    }

    #[test]
    fn reference_documents_split_where_a_reader_would() {
        let document = include_str!("../../www/corpus/002_92436bb8d9535eba.txt");
        let found = texts(document);
        assert_eq!(found[0], "Abstrak");
        assert!(found.contains(&"Pendahuluan"), "{found:?}");
        let first = include_str!("../../www/corpus/000_385cd6622f47b7f1.txt");
        let found = texts(first);
        assert!(found
            .iter()
            .any(|s| s.contains("Ir.Joko widodo") && s.contains("T.Purnama Melawan")));
        assert!(
            found.contains(&"Lalu Apa itu Post Truth dalam Pola Politik?"),
            "{found:?}"
        );
    }
}
