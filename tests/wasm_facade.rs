//! The wasm facade in headless Chromium (`make test-wasm`): results arrive as
//! plain JavaScript objects and typed arrays, errors as real `Error`s with a
//! readable message.
#![cfg(target_arch = "wasm32")]

use arah::strategy::lexicon::{DEFAULT_EN, DEFAULT_ID};
use arah::wasm::{
    analyze, analyze_in_detail, check_lexicon, cloud, comparison_cloud, install_root_lexicon,
    keyness, kwic, read_text_file, roots_wanted, stem, strategy, term_cloud, tokenize,
};
use js_sys::{Array, Reflect, Uint32Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn js(json: &str) -> JsValue {
    js_sys::JSON::parse(json).expect("test JSON parses")
}

fn get(value: &JsValue, path: &str) -> JsValue {
    path.split('.')
        .fold(value.clone(), |v, key| match key.parse::<u32>() {
            Ok(index) => Reflect::get_u32(&v, index).unwrap(),
            Err(_) => Reflect::get(&v, &key.into()).unwrap(),
        })
}

/// The message of the `Error` an export returned.
#[track_caller]
fn message(result: Result<JsValue, wasm_bindgen::JsError>) -> String {
    let error: JsValue = result.expect_err("an error").into();
    assert!(
        error.is_instance_of::<js_sys::Error>(),
        "not an Error: {error:?}"
    );
    error.unchecked_into::<js_sys::Error>().message().into()
}

#[wasm_bindgen_test]
fn analyze_counts_terms_per_document_and_corpus() {
    let documents = js(
        r#"[{"title":"A","text":"Media sosial dan media."},{"title":"B","text":"Kampanye media"}]"#,
    );
    let result = analyze(documents, JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&result, "corpus.topTerms.0.term"), "media");
    assert_eq!(get(&result, "corpus.topTerms.0.count"), 3);
    assert_eq!(get(&result, "corpus.topTerms.0.documents"), 2);
    assert_eq!(get(&result, "documents.1.title"), "B");
    assert_eq!(get(&result, "documents.0.tokenCount"), 4);
    assert!(Array::is_array(&get(&result, "documents")));
}

#[wasm_bindgen_test]
fn analyze_in_detail_adds_tfidf_and_collocations() {
    let documents = js(
        r#"[{"title":"A","text":"Media sosial. Media sosial untuk kampanye. Baliho kampanye."},
            {"title":"B","text":"Media sosial dan dialog. Dialog warga."}]"#,
    );
    let plain = analyze(documents.clone(), JsValue::UNDEFINED).unwrap();
    assert!(get(&plain, "documents.0.tfidf").is_undefined());
    let result = analyze_in_detail(documents, JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&result, "documents.0.tfidf.0.term"), "kampanye");
    assert_eq!(get(&result, "documents.1.tfidf.0.term"), "dialog");
    assert_eq!(get(&result, "corpus.collocations.0.first"), "media");
    assert_eq!(get(&result, "corpus.collocations.0.second"), "sosial");
    assert_eq!(get(&result, "corpus.collocations.0.count"), 3);
}

#[wasm_bindgen_test]
fn analyze_takes_options() {
    let documents = js(r#"[{"title":"A","text":"media media politik 2012"}]"#);
    let options = js(r#"{"extraStopwords":["media"],"includeNumbers":true,"top":1}"#);
    let result = analyze(documents, options).unwrap();
    let terms = get(&result, "corpus.topTerms");
    assert_eq!(Array::from(&terms).length(), 1);
    assert_eq!(get(&terms, "0.term"), "2012");
}

/// A value of the wrong kind is named by its field and item, with what it
/// takes and the kind it got, never serde's "invalid type: floating point".
#[wasm_bindgen_test]
fn input_errors_say_where_and_what() {
    let documents = js(r#"[{"title":"A","text":"x"},{"title":2,"text":"y"}]"#);
    assert_eq!(
        message(analyze(documents, JsValue::UNDEFINED)),
        "documents must be an array of { title, text } objects: \
         `title` of item 2: expected a string, found a number"
    );
    let one = || js(r#"[{"title":"A","text":"kampanye media"}]"#);
    for (options, expected) in [
        (
            r#"{"top":1.5}"#,
            "`top`: expected a whole number of 0 or more, found a number with a fraction",
        ),
        (
            r#"{"minChars":-1}"#,
            "`minChars`: expected a whole number of 0 or more, found a negative number",
        ),
        (
            r#"{"keepWords":"media"}"#,
            "`keepWords`: expected an array, found a string",
        ),
        (
            r#"{"keepWords":["media",3]}"#,
            "item 2 of `keepWords`: expected a string, found a number",
        ),
    ] {
        assert_eq!(
            message(analyze(one(), js(options))),
            format!("invalid options: {expected}"),
            "{options}"
        );
    }
    // Present but undefined is a value, as it was; an iterable is an array.
    let options = js("{}");
    Reflect::set(&options, &"top".into(), &JsValue::UNDEFINED).unwrap();
    assert_eq!(
        message(analyze(one(), options)),
        "invalid options: `top`: expected a whole number of 0 or more, found undefined"
    );
    let options = js("{}");
    let set = js_sys::Set::new(&js(r#"["media"]"#));
    Reflect::set(&options, &"extraStopwords".into(), &set).unwrap();
    let terms = get(&analyze(one(), options).unwrap(), "corpus.topTerms");
    assert_eq!(Array::from(&terms).length(), 1);
    assert_eq!(
        get(&terms, "0.term").as_string().as_deref(),
        Some("kampanye")
    );
    let rows = js(r#"[{"term":"kampanye"}]"#);
    assert_eq!(
        message(term_cloud(rows, JsValue::UNDEFINED, false, None, 0)),
        "terms must be an array of { term, count } rows, as analyze returns them: \
         item 1: missing field `count`"
    );
    let words = js(r#"[{"text":"a","weight":1}]"#);
    let scale = message(cloud(words.clone(), js(r#"{"scale":3}"#), false, None, 0));
    assert_eq!(
        scale,
        "invalid options: `scale`: expected one of `linear`, `sqrt`, `log`, found a number"
    );
    let scale = message(cloud(words, js(r#"{"scale":"huge"}"#), false, None, 0));
    assert!(
        scale.starts_with("invalid options: `scale`: unknown variant `huge`"),
        "{scale}"
    );
}

#[wasm_bindgen_test]
fn analyze_errors_are_readable() {
    let empty = message(analyze(
        js(r#"[{"title":"A","text":"  "}]"#),
        JsValue::UNDEFINED,
    ));
    assert!(empty.contains("no text to analyse"), "{empty}");
    let not_array = message(analyze(js(r#"{"title":"A"}"#), JsValue::UNDEFINED));
    assert!(
        not_array.starts_with("documents must be an array"),
        "{not_array}"
    );
    let typo = message(analyze(
        js(r#"[{"title":"A","text":"x"}]"#),
        js(r#"{"stopwords":[]}"#),
    ));
    assert!(
        typo.contains("unknown option `stopwords`") && typo.contains("extraStopwords"),
        "{typo}"
    );
    let language = message(analyze(
        js(r#"[{"title":"A","text":"x"}]"#),
        js(r#"{"stopwordLanguages":["xx"]}"#),
    ));
    assert!(
        language.contains("no stopword list for language \"xx\""),
        "{language}"
    );
}

#[wasm_bindgen_test]
fn cloud_returns_svg_and_placed_words() {
    let words = js(r#"[{"text":"kampanye","weight":9},{"text":"<b>media</b>","weight":4}]"#);
    let result = cloud(
        words,
        js(r#"{"width":400,"height":300,"seed":3}"#),
        true,
        None,
        0,
    )
    .unwrap();
    let svg = get(&result, "svg").as_string().unwrap();
    assert!(svg.starts_with("<svg"));
    assert!(svg.contains("&lt;b&gt;media&lt;/b&gt;"), "{svg}");
    assert_eq!(get(&result, "words.0.text"), "kampanye");
    assert_eq!(Array::from(&get(&result, "dropped")).length(), 0);
}

#[wasm_bindgen_test]
fn a_term_table_draws_the_cloud_of_its_counts() {
    let analysis = analyze(
        js(r#"[{"title":"a","text":"kampanye kampanye kampanye media media sosial"}]"#),
        js(r#"{"groupByStem":true}"#),
    )
    .unwrap();
    let options = r#"{"width":400,"height":300,"seed":5}"#;
    let from_table = term_cloud(
        get(&analysis, "corpus.topTerms"),
        js(options),
        false,
        None,
        0,
    )
    .unwrap();
    // The same cloud from words written out by hand: each term weighs its count.
    let by_hand = cloud(
        js(r#"[{"text":"kampanye","weight":3},{"text":"media","weight":2},{"text":"sosial","weight":1}]"#),
        js(options),
        false,
        None,
        0,
    )
    .unwrap();
    assert_eq!(
        get(&from_table, "svg").as_string(),
        get(&by_hand, "svg").as_string()
    );
    let message = message(term_cloud(
        js(r#"[{"term":"kampanye"}]"#),
        JsValue::UNDEFINED,
        false,
        None,
        0,
    ));
    assert!(
        message.starts_with("terms must be an array of { term, count } rows"),
        "{message}"
    );
}

#[wasm_bindgen_test]
fn cloud_draws_the_words_real_glyphs_in_the_browser() {
    // In a monospaced font every letter advances alike: the browser's glyphs
    // give "iiii" and "MMMM" one width, the built-in estimate does not.
    let words = js(r#"[{"text":"iiii","weight":2},{"text":"MMMM","weight":2}]"#);
    let options = || js(r#"{"width":400,"height":300,"fontFamily":"monospace"}"#);
    let relative_widths = |result: &JsValue| {
        let width = |text: &str| {
            Array::from(&get(result, "words"))
                .iter()
                .find(|w| get(w, "text") == text)
                .map(|w| get(&w, "width").as_f64().unwrap() / get(&w, "fontSize").as_f64().unwrap())
                .unwrap()
        };
        width("iiii") / width("MMMM")
    };
    let drawn = cloud(words.clone(), options(), true, None, 0).unwrap();
    assert!(
        (relative_widths(&drawn) - 1.0).abs() < 0.01,
        "{}",
        relative_widths(&drawn)
    );
    let estimated = cloud(words.clone(), options(), false, None, 0).unwrap();
    assert!(
        relative_widths(&estimated) < 0.7,
        "{}",
        relative_widths(&estimated)
    );
    let none = message(cloud(js("[]"), JsValue::UNDEFINED, true, None, 0));
    assert!(none.contains("no words left to show"), "{none}");
    let bad = message(cloud(words.clone(), js(r#"{"width":-5}"#), true, None, 0));
    assert!(bad.contains("width must be between"), "{bad}");
    let weight = message(cloud(
        js(r#"[{"text":"a","weight":-1}]"#),
        JsValue::UNDEFINED,
        true,
        None,
        0,
    ));
    assert!(weight.contains("weight"), "{weight}");
    // maxWords: the heaviest are drawn, the rest counted as omitted.
    let three = js(r#"[{"text":"a","weight":1},{"text":"b","weight":3},{"text":"c","weight":2}]"#);
    let two = cloud(three, js(r#"{"maxWords":2}"#), true, None, 0).unwrap();
    let texts: Vec<JsValue> = Array::from(&get(&two, "words"))
        .iter()
        .map(|w| get(&w, "text"))
        .collect();
    assert_eq!(texts, vec![JsValue::from("b"), JsValue::from("c")]);
    assert_eq!(get(&two, "omitted"), 1);
}

#[wasm_bindgen_test]
fn cloud_keeps_to_a_shape_and_reports_one_without_room() {
    let words = js(r#"[{"text":"kampanye","weight":3},{"text":"media","weight":2}]"#);
    let options = || js(r#"{"width":200,"height":100}"#);
    // Only the right half of the area is free.
    let right_half: Vec<u8> = (0..50 * 20)
        .map(|i| if i % 50 >= 25 { 255 } else { 0 })
        .collect();
    let result = cloud(words.clone(), options(), true, Some(right_half), 50).unwrap();
    let placed = Array::from(&get(&result, "words"));
    assert!(placed.length() >= 1);
    for word in placed.iter() {
        assert!(
            get(&word, "x").as_f64().unwrap() >= 99.0,
            "a word left the shape"
        );
    }
    let full = message(cloud(words.clone(), options(), true, Some(vec![0; 7]), 2));
    assert!(full.contains("whole rows"), "{full}");
    let no_room = cloud(words, options(), true, Some(vec![0; 100]), 10).unwrap();
    assert_eq!(Array::from(&get(&no_room, "words")).length(), 0);
    assert_eq!(Array::from(&get(&no_room, "dropped")).length(), 2);
}

#[wasm_bindgen_test]
fn tokenize_gives_utf16_offsets_as_typed_arrays() {
    let text = "😀 Masing-masing";
    let spans = tokenize(text).unwrap();
    let start: Uint32Array = get(&spans, "startUtf16").unchecked_into();
    let end: Uint32Array = get(&spans, "endUtf16").unchecked_into();
    assert_eq!(start.to_vec(), vec![0, 3]);
    assert_eq!(end.to_vec(), vec![2, 16]);
    let bytes: Uint32Array = get(&spans, "start").unchecked_into();
    assert_eq!(bytes.to_vec(), vec![0, 5]);
    assert_eq!(get(&spans, "terms.1"), "masing-masing");
    assert_eq!(get(&spans, "kinds.0"), "emoji");
    assert_eq!(get(&spans, "kinds.1"), "word");
}

#[wasm_bindgen_test]
fn decode_text_warns_and_refuses() {
    let latin1 = read_text_file("old.txt", b"kampanye politik caf\xe9").unwrap();
    assert_eq!(get(&latin1, "text"), "kampanye politik caf\u{FFFD}");
    assert!(get(&latin1, "warning")
        .as_string()
        .unwrap()
        .contains("not valid UTF-8"));
    let clean = read_text_file("new.txt", "café".as_bytes()).unwrap();
    assert!(get(&clean, "warning").is_undefined());
    let binary = message(read_text_file("x.png", b"\x89PNG\0\0"));
    assert!(
        binary.contains("x.png looks like a binary file"),
        "{binary}"
    );
}

#[wasm_bindgen_test]
fn compare_gives_keyness_rows_and_a_chart() {
    let documents = js(r#"[
        {"title":"Baliho","text":"baliho baliho baliho iklan iklan iklan media"},
        {"title":"Dialog","text":"dialog dialog dialog balas balas balas media"}
    ]"#);
    let result = keyness(documents.clone(), js(r#"{"target":[1],"top":5}"#)).unwrap();
    assert_eq!(get(&result, "target"), "Dialog");
    assert_eq!(get(&result, "terms.0.term"), "balas");
    assert!(get(&result, "terms.0.logLikelihood").as_f64().unwrap() > 0.0);
    let svg = get(&result, "svg").as_string().unwrap();
    assert!(
        svg.starts_with("<svg") && svg.contains("more in Dialog"),
        "{svg}"
    );
    let unknown = message(keyness(documents.clone(), js(r#"{"targets":[1]}"#)));
    assert!(unknown.contains("unknown option `targets`"), "{unknown}");
    let missing = message(keyness(documents, js(r#"{"target":[5]}"#)));
    assert!(
        missing.contains("target document 5 does not exist"),
        "{missing}"
    );
}

#[wasm_bindgen_test]
fn kwic_gives_lines_with_utf16_offsets() {
    let text = "😀 Kampanye satu arah; dua ARAH.";
    let lines = kwic(text, js(r#"["arah"]"#), Some(2), JsValue::UNDEFINED).unwrap();
    assert_eq!(Array::from(&lines).length(), 2);
    assert_eq!(get(&lines, "1.keyword"), "ARAH");
    // The emoji is two UTF-16 code units: JavaScript can slice with these.
    let start = get(&lines, "0.startUtf16").as_f64().unwrap() as u32;
    let js_text = js_sys::JsString::from(text);
    assert_eq!(js_text.substring(start, start + 4), "arah");
    assert!(message(kwic(text, js("[1]"), Some(2), JsValue::UNDEFINED))
        .contains("terms must be an array of strings"));
}

#[wasm_bindgen_test]
fn page_chrome_is_passed_over_unless_kept() {
    let documents = js(
        r#"[{"title":"A","text":"ADVERTISEMENT\nBaca juga: Kampanye Baliho di Desa\nKampanye dialog warga."}]"#,
    );
    let terms = |options: &str| {
        let result = analyze(documents.clone(), js(options)).unwrap();
        let terms = Array::from(&get(&result, "corpus.topTerms"));
        terms
            .iter()
            .map(|t| get(&t, "term").as_string().unwrap())
            .collect::<Vec<_>>()
    };
    let plain = terms("{}");
    assert!(!plain.contains(&"advertisement".to_owned()) && !plain.contains(&"baca".to_owned()));
    let kept = terms(r#"{"keepChrome":true}"#);
    assert!(kept.contains(&"advertisement".to_owned()) && kept.contains(&"baca".to_owned()));
    let text = "Baca juga: Kampanye Baliho di Desa\nKampanye dialog.";
    let lines = |options: &str| {
        Array::from(&kwic(text, js(r#"["kampanye"]"#), Some(2), js(options)).unwrap()).length()
    };
    assert_eq!((lines("{}"), lines(r#"{"keepChrome":true}"#)), (1, 2));
    let scored = strategy(documents.clone(), default_lexicons(), JsValue::UNDEFINED).unwrap();
    assert_eq!(
        get(&scored, "documents.0.sentences.0.chrome"),
        "advertisement"
    );
    assert_eq!(
        get(&scored, "documents.0.sentences.1.chrome"),
        "related-link"
    );
    assert!(get(&scored, "documents.0.sentences.2.chrome").is_undefined());
    let kept = strategy(
        documents.clone(),
        default_lexicons(),
        js(r#"{"keepChrome":true}"#),
    )
    .unwrap();
    assert!(get(&kept, "documents.0.sentences.0.chrome").is_undefined());
    let typo = message(strategy(
        documents,
        default_lexicons(),
        js(r#"{"keepCrome":true}"#),
    ));
    assert!(
        typo.contains("unknown option `keepCrome`") && typo.contains("keepChrome"),
        "{typo}"
    );
}

fn default_lexicons() -> JsValue {
    Array::of2(&DEFAULT_ID.into(), &DEFAULT_EN.into()).into()
}

/// Markers matched as written, so the result is the same with or without
/// the root lexicon (which another test installs at some point).
#[wasm_bindgen_test]
fn strategy_labels_sentences_and_documents_with_evidence() {
    let documents = js(r#"[
        {"title":"Broadcast","text":"😀 Tim memasang baliho. Belum ada dialog dengan warga."},
        {"title":"Dialogue","text":"Kami membalas komentar warga. Ada sesi tanya jawab. Cuaca cerah."}
    ]"#);
    let result = strategy(documents, default_lexicons(), JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&result, "documents.0.file"), "Broadcast");
    assert_eq!(get(&result, "documents.0.label"), "one-way");
    assert_eq!(get(&result, "documents.0.balance"), -1);
    assert_eq!(get(&result, "documents.1.label"), "two-way");
    assert_eq!(get(&result, "documents.1.twoWaySentences"), 2);
    assert_eq!(get(&result, "documents.1.sentences.2.label"), "neither");
    assert_eq!(get(&result, "ranking.0"), 0);
    // "belum ada dialog": the two-way marker is negated into one-way.
    let negated = get(&result, "documents.0.sentences.1.evidence.0");
    assert_eq!(get(&negated, "rule"), "negation");
    assert_eq!(get(&negated, "side"), "one-way");
    assert_eq!(get(&negated, "text"), "dialog");
    // UTF-16 offsets slice the JavaScript string (the emoji is two units).
    let start = get(&negated, "startUtf16").as_f64().unwrap() as u32;
    let end = get(&negated, "endUtf16").as_f64().unwrap() as u32;
    let text = js_sys::JsString::from(get(&result, "documents.0.sentences.1.text"));
    let sentence_start = get(&result, "documents.0.sentences.1.startUtf16")
        .as_f64()
        .unwrap() as u32;
    assert_eq!(
        text.substring(start - sentence_start, end - sentence_start),
        "dialog"
    );
    let svg = get(&result, "svg").as_string().unwrap();
    assert!(
        svg.starts_with("<svg") && svg.contains("arah-strip"),
        "{svg}"
    );
    assert_eq!(svg.matches("data-start=").count(), 5);
}

#[wasm_bindgen_test]
fn strategy_takes_an_edited_lexicon() {
    let documents = js(r#"[{"title":"A","text":"Kami menggelar lesehan dengan warga."}]"#);
    let plain = strategy(documents.clone(), default_lexicons(), JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&plain, "documents.0.sentences.0.label"), "neither");
    let own = r#"{"entries": [{"phrase": "lesehan", "side": "two-way", "weight": 2}]}"#;
    let edited = strategy(
        documents,
        Array::of1(&own.into()).into(),
        JsValue::UNDEFINED,
    )
    .unwrap();
    assert_eq!(get(&edited, "documents.0.sentences.0.label"), "two-way");
    assert_eq!(get(&edited, "documents.0.twoWay"), 2);
    let checked = check_lexicon(own.into()).unwrap();
    assert_eq!(get(&checked, "entries"), 1);
    let merged = check_lexicon(default_lexicons()).unwrap();
    assert!(get(&merged, "entries").as_f64().unwrap() > 300.0);
    assert!(get(&merged, "categories").as_f64().unwrap() > 5.0);
    // The merged text reads back as one lexicon file.
    let again = check_lexicon(get(&merged, "json")).unwrap();
    assert_eq!(get(&again, "entries"), get(&merged, "entries"));
}

#[wasm_bindgen_test]
fn malformed_lexicons_are_errors_naming_the_place() {
    let documents = js(r#"[{"title":"A","text":"Dialog."}]"#);
    let broken = "{\n  \"entries\": [\n    {\"phrase\": \"dialog\",}\n  ]\n}";
    let error = message(check_lexicon(broken.into()));
    assert!(
        error.starts_with("strategy lexicon: malformed JSON at line 3, column"),
        "{error}"
    );
    let error = message(strategy(
        documents.clone(),
        Array::of1(&broken.into()).into(),
        JsValue::UNDEFINED,
    ));
    assert!(error.contains("line 3, column"), "{error}");
    // With several files the error says which one.
    let error = message(check_lexicon(
        Array::of2(&DEFAULT_ID.into(), &broken.into()).into(),
    ));
    assert!(
        error.starts_with("strategy lexicon file 2: malformed JSON at line 3"),
        "{error}"
    );
    let weight = message(check_lexicon(
        r#"{"entries": [{"phrase": "dialog", "side": "two-way", "weight": "x"}]}"#.into(),
    ));
    assert!(weight.contains("weight must be a number"), "{weight}");
    let none = message(strategy(documents.clone(), js("[]"), JsValue::UNDEFINED));
    assert!(none.contains("no strategy lexicon given"), "{none}");
    let wrong = message(strategy(documents, js("[1]"), JsValue::UNDEFINED));
    assert!(wrong.contains("lexicons must be an array"), "{wrong}");
}

/// One test owns the lazily installed root lexicon, so no other test can
/// install it first.
#[wasm_bindgen_test]
fn root_lexicon_is_installed_on_demand() {
    roots_wanted();
    let documents = js(r#"[{"title":"A","text":"ProsesPenggunaan media sosial berkampanye"}]"#);
    let before = analyze(documents.clone(), JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&before, "corpus.topTerms.0.term"), "berkampanye");
    let terms = |result: &JsValue| -> Vec<String> {
        Array::from(&get(result, "corpus.topTerms"))
            .iter()
            .map(|t| get(&t, "term").as_string().unwrap())
            .collect()
    };
    assert!(terms(&before).contains(&"prosespenggunaan".to_owned()));
    assert!(roots_wanted(), "the run-together word needed the roots");
    let grouping = message(stem(js(r#"["berkampanye"]"#)));
    assert!(grouping.contains("root lexicon"), "{grouping}");
    assert!(roots_wanted());

    let bad = install_root_lexicon("kampanye\n").unwrap_err();
    let bad: JsValue = bad.into();
    let bad: String = bad.unchecked_into::<js_sys::Error>().message().into();
    assert!(bad.contains("line 1"), "{bad}");

    install_root_lexicon(include_str!("../src/text/stem/roots.txt")).unwrap();
    let after = analyze(documents, JsValue::UNDEFINED).unwrap();
    assert!(!roots_wanted());
    let after = terms(&after);
    assert!(after.contains(&"proses".to_owned()) && after.contains(&"penggunaan".to_owned()));
    let stems = stem(js(r#"["Berkampanye","media"]"#)).unwrap();
    assert_eq!(get(&stems, "0"), "kampanye");
    assert_eq!(get(&stems, "1"), "media");
    let forms = js(r#"[{"title":"A","text":"kampanye berkampanye kampanye"}]"#);
    let grouped = analyze(forms, js(r#"{"groupByStem":true}"#)).unwrap();
    let members = Array::from(&get(&grouped, "corpus.topTerms.0.members"));
    let members: Vec<String> = members.iter().map(|m| m.as_string().unwrap()).collect();
    assert_eq!(members, ["kampanye", "berkampanye"]);
}

#[wasm_bindgen_test]
fn a_comparison_cloud_puts_words_in_the_group_that_uses_them_most() {
    let documents = js(r#"[
        {"title":"A","text":"baliho baliho baliho baliho baliho baliho media media media media"},
        {"title":"B","text":"dialog dialog dialog dialog dialog media media media media media"}
    ]"#);
    let cloud = comparison_cloud(
        documents,
        JsValue::UNDEFINED,
        js(r#"{"width":400,"height":300}"#),
        false,
    )
    .unwrap();
    let words = get(&cloud, "words");
    let by_text = |text: &str| {
        Array::from(&words)
            .iter()
            .find(|w| get(w, "text") == text)
            .unwrap_or_else(|| panic!("{text} missing"))
    };
    assert_eq!(get(&by_text("baliho"), "group"), 0);
    assert_eq!(get(&by_text("dialog"), "group"), 1);
    // media: 40 % of group 0, 50 % of group 1: it goes to 1, by the excess.
    assert_eq!(get(&by_text("media"), "group"), 1);
    assert_eq!(get(&cloud, "groups.0"), "A");
    let one = js(r#"[{"title":"A","text":"baliho"}]"#);
    let bad = message(comparison_cloud(
        one,
        JsValue::UNDEFINED,
        JsValue::UNDEFINED,
        false,
    ));
    assert!(bad.contains("two or more documents"), "{bad}");
}
