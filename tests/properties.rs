//! Property tests on arbitrary Unicode: the text stages never panic, and
//! every span they report slices the original text (bytes and UTF-16) to
//! what it came from.
#![cfg(not(target_arch = "wasm32"))]

use arah::text::chrome::{chrome_spans, may_contain_chrome};
use arah::text::normalize::normalize;
use arah::text::sentences::sentences;
use arah::text::tokenize::tokenize;
use proptest::prelude::*;

/// Text mixing what real documents hold: Latin letters and mojibake,
/// punctuation, spaces of every kind, digits, other scripts, RTL, emoji and
/// their joiners, combining marks and controls.
fn messy_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "a",
        "Z",
        "kampanye",
        "Masing-masing",
        "-",
        "‑",
        ".",
        ",",
        "?",
        "!",
        "…",
        "'",
        "’",
        "\"",
        "“",
        "”",
        "(",
        ")",
        " ",
        "\n",
        "\r\n",
        "\t",
        "\u{00A0}",
        "\u{202F}",
        "\u{200B}",
        "\u{200D}",
        "\u{00AD}",
        "\u{FEFF}",
        "Â",
        "Ã©",
        "â€™",
        "â€",
        "0",
        "2017",
        "1.000",
        "3,5",
        "@",
        "#",
        "://",
        "www.",
        "http",
        "x@y.id",
        "東京",
        "Москва",
        "مرحبا",
        "؟",
        "। ",
        "नमस्ते",
        "\u{0301}",
        "😀",
        "👍🏽",
        "🇮🇩",
        "👨\u{200D}👩",
        "\u{FE0F}",
        "Ir.",
        "dkk.",
        "T.",
        "et",
        "al.",
        "\u{0000}",
        "\u{1F}",
        "\u{FFFD}",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|p| p.concat())
}

/// Messy text with lines of page chrome among it, and cue words at the
/// edges of lines.
fn page_text() -> impl Strategy<Value = String> {
    let chrome = prop::sample::select(vec![
        "ADVERTISEMENT",
        "ADVERTISEMENT ",
        "Baca juga:",
        "Baca juga: Kampanye",
        "(Baca: ",
        ")",
        "| ",
        "12 Komentar",
        "Penulis",
        "By Jane",
        " - Kompas.com",
        "14/08/2020",
        "WIB",
        "cookies",
        "Accept all",
        "\n",
    ]);
    let piece = prop_oneof![messy_text(), chrome.prop_map(str::to_owned)];
    prop::collection::vec(piece, 0..16).prop_map(|pieces| pieces.concat())
}

fn check_spans(text: &str, start: usize, end: usize, start16: usize, end16: usize) {
    assert!(
        start < end && end <= text.len(),
        "bad byte span {start}..{end}"
    );
    assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let from_utf16 =
        String::from_utf16(&utf16[start16..end16]).expect("UTF-16 span on code point boundaries");
    assert_eq!(from_utf16, &text[start..end]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn tokens_slice_the_original(text in messy_text()) {
        for token in tokenize(&text) {
            check_spans(&text, token.start, token.end, token.start_utf16, token.end_utf16);
            prop_assert!(!token.term.is_empty());
            prop_assert!(!token.term.chars().any(char::is_whitespace) || token.term == "et al.");
        }
    }

    #[test]
    fn sentences_slice_the_original_in_order(text in messy_text()) {
        let mut previous_end = 0;
        for sentence in sentences(&text) {
            check_spans(&text, sentence.start, sentence.end, sentence.start_utf16, sentence.end_utf16);
            prop_assert!(sentence.start >= previous_end);
            previous_end = sentence.end;
        }
    }

    #[test]
    fn normalizing_never_grows_whitespace_into_words(text in messy_text()) {
        let normalized = normalize(&text);
        prop_assert!(normalized.chars().count() <= text.chars().count());
    }

    #[test]
    fn page_chrome_slices_the_original_in_order(text in page_text()) {
        let mut previous_end = 0;
        for chrome in chrome_spans(&text) {
            check_spans(&text, chrome.start, chrome.end, chrome.start_utf16, chrome.end_utf16);
            prop_assert!(chrome.start >= previous_end);
            prop_assert!(!text[chrome.start..chrome.end].contains('\n'));
            previous_end = chrome.end;
        }
    }

    /// The first screen's quick test never misses chrome the stage finds:
    /// it decides whether the whole stage is loaded.
    #[test]
    fn the_quick_test_never_misses_chrome(text in page_text()) {
        for line in text.lines() {
            if !chrome_spans(line).is_empty() {
                prop_assert!(may_contain_chrome(line), "{:?}", line);
            }
        }
    }

    #[test]
    fn arbitrary_strings_do_not_panic(text in any::<String>()) {
        let _ = tokenize(&text);
        let _ = sentences(&text);
        let _ = chrome_spans(&text);
    }
}

#[test]
fn twenty_megabytes_without_whitespace() {
    let text = "kata,".repeat(4_000_000);
    assert_eq!(text.len(), 20_000_000);
    let mut count = 0;
    arah::text::tokenize::for_each_token(&text, |token| {
        assert_eq!(token.term, "kata");
        count += 1;
    });
    assert_eq!(count, 4_000_000);
}

#[test]
fn a_one_megabyte_word() {
    let word = "kampanye".repeat(131_072);
    let tokens = tokenize(&word);
    assert_eq!(tokens.len(), 1);
    assert_eq!((tokens[0].start, tokens[0].end), (0, word.len()));
}

/// Strings of any characters, weighted towards those markup and XML care
/// about: the markup characters, C0 and C1 controls, U+FFFE and U+FFFF,
/// and letters, so that the tokenizer makes terms of them.
fn hostile_text() -> impl Strategy<Value = String> {
    let special = prop::sample::select(vec![
        '<',
        '>',
        '&',
        '"',
        '\'',
        '\0',
        '\u{1}',
        '\u{b}',
        '\u{1b}',
        '\u{7f}',
        '\u{85}',
        '\u{FFFE}',
        '\u{FFFF}',
        '\u{FFFD}',
        '\u{FEFF}',
        '\u{10FFFF}',
        '\u{1FFFE}',
        '\t',
        '\n',
        '\r',
        ' ',
    ]);
    let letters = prop::sample::select("kampanyemdiol".chars().collect::<Vec<_>>());
    prop::collection::vec(prop_oneof![special, letters, any::<char>()], 0..40)
        .prop_map(|chars| chars.into_iter().collect())
}

/// Parses `svg` as XML, as the browser's DOMParser and resvg do: a
/// character XML forbids, an unescaped `<` or `&`, or an unclosed element
/// is an error.
fn assert_xml(svg: &str, renderer: &str) -> Result<(), TestCaseError> {
    let parsed = roxmltree::Document::parse(svg);
    prop_assert!(
        parsed.is_ok(),
        "{renderer} wrote invalid XML ({:?}): {svg}",
        parsed.err()
    );
    Ok(())
}

/// Two documents of hostile titles and texts, with words enough to count.
fn hostile_documents(titles: [String; 2], texts: [String; 2]) -> Vec<arah::Document> {
    titles
        .into_iter()
        .zip(texts)
        .enumerate()
        .map(|(i, (title, text))| arah::Document {
            title,
            text: format!("{text} kampanye media {} {text}", ["kami", "anda"][i]),
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_svg_is_well_formed_xml(
        titles in [hostile_text(), hostile_text()],
        texts in [hostile_text(), hostile_text()],
        word in hostile_text(),
        font in hostile_text(),
    ) {
        use arah::cloud::compare::comparison_cloud_words;
        use arah::cloud::layout::layout_estimated;
        use arah::render::{cloud_svg::cloud_svg, keyness_svg::keyness_svg, strategy_svg::strategy_svg};

        let documents = hostile_documents(titles, texts);
        let keyness = arah::comparison::compare(
            &documents,
            &arah::comparison::CompareOptions { target: vec![0], ..Default::default() },
        );
        if let Ok(comparison) = keyness {
            assert_xml(&keyness_svg(&comparison), "keyness_svg")?;
        }
        let report = arah::strategy::analyze_strategy(
            &documents,
            strategy_lexicon(),
            &arah::strategy::StrategyOptions::default(),
        );
        assert_xml(&strategy_svg(&report), "strategy_svg")?;

        let mut words = comparison_cloud_words(&documents, &arah::AnalyzeOptions::default()).unwrap();
        words.push(arah::CloudWord { text: word.clone(), weight: 1.0, members: vec![word], group: Some(0), ..Default::default() });
        let options = arah::CloudOptions {
            groups: documents.iter().map(|d| d.title.clone()).collect(),
            font_family: font,
            ..Default::default()
        };
        if let Ok(layout) = layout_estimated(&words, &options) {
            assert_xml(&cloud_svg(&layout), "cloud_svg")?;
        }
    }
}

fn strategy_lexicon() -> &'static arah::strategy::Lexicon {
    static LEXICON: std::sync::OnceLock<arah::strategy::Lexicon> = std::sync::OnceLock::new();
    LEXICON.get_or_init(arah::strategy::Lexicon::default_lexicon)
}
