//! `arah strategy` as a user runs it: the JSON shape with offsets into each
//! file, the readable table, the SVG, and one-line errors with exit status 1
//! for a bad lexicon. Native only: it parses the SVG with roxmltree, a
//! native dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use std::path::PathBuf;

fn scratch_file(name: &str, text: &str) -> String {
    scratch(name, text.as_bytes()).to_str().unwrap().to_owned()
}

#[test]
fn json_offsets_point_into_each_file() {
    let mut args = vec!["strategy", "--json"];
    args.extend(CORPUS);
    let output = arah(&args);
    assert!(output.status.success(), "{}", stderr(&output));
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let documents = value["documents"].as_array().unwrap();
    assert_eq!(documents.len(), 3);
    let mut evidence_seen = 0;
    for (document, path) in documents.iter().zip(CORPUS) {
        let text =
            std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap();
        assert_eq!(document["file"], path);
        let balance = document["balance"].as_f64().unwrap();
        assert!((-1.0..=1.0).contains(&balance));
        assert!(
            ["one-way", "two-way", "mixed", "none"].contains(&document["label"].as_str().unwrap())
        );
        for sentence in document["sentences"].as_array().unwrap() {
            let (start, end) = (
                sentence["start"].as_u64().unwrap() as usize,
                sentence["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&text[start..end], sentence["text"]);
            assert!(
                ["one-way", "two-way", "neither"].contains(&sentence["label"].as_str().unwrap())
            );
            for e in sentence["evidence"].as_array().unwrap() {
                let (s, t) = (
                    e["start"].as_u64().unwrap() as usize,
                    e["end"].as_u64().unwrap() as usize,
                );
                assert!(start <= s && t <= end);
                assert_eq!(&text[s..t], e["text"]);
                assert!(e["side"].is_string() && e["rule"].is_string());
                evidence_seen += 1;
            }
        }
    }
    assert!(evidence_seen > 10, "{evidence_seen}");
    // The second article's own thesis is found with the hedge that carries it.
    let thesis = documents[1]["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["text"] == "Komunikasi yang terjadi cenderung komunikasi satu arah.")
        .unwrap();
    assert_eq!(thesis["label"], "one-way");
    assert_eq!(thesis["evidence"][0]["rule"], "hedge");
}

#[test]
fn table_lists_documents_and_labelled_sentences() {
    let file = scratch_file(
        "strategy-caption.txt",
        "Terima kasih atas masukannya! Belum ada dialog di kampung kami. Baliho dipasang di mana-mana.",
    );
    let output = arah(&["strategy", &file]);
    assert!(output.status.success(), "{}", stderr(&output));
    let out = stdout(&output);
    assert!(out.lines().next().unwrap().starts_with("file"), "{out}");
    assert!(out.contains("dialog → one-way [negation]"), "{out}");
    assert!(out.contains("Baliho → one-way [lexicon]"), "{out}");
}

#[test]
fn table_compares_documents() {
    let mut args = vec!["strategy"];
    args.extend(CORPUS);
    let output = arah(&args);
    assert!(output.status.success(), "{}", stderr(&output));
    let out = stdout(&output);
    let lines: Vec<&str> = out.lines().collect();
    for (line, path) in lines[1..4].iter().zip(CORPUS) {
        assert!(line.starts_with(path), "{line}");
    }
    assert!(lines[4].starts_with("(all documents)"), "{out}");
    assert!(
        lines[5].starts_with("from most one-way to most two-way: "),
        "{out}"
    );
}

/// A text about cooking, long enough to be judged by its topic: residents
/// are named, no actor of public life is.
const RECIPE: &str = "Resep opor ayam untuk hari raya. Siapkan ayam kampung dan santan kental.
Cuci ayam sampai bersih. Tumis bumbu halus sampai harum, lalu masukkan ayam.
Masak dengan api kecil sampai santan mengental. Aduk sesekali agar santan tidak pecah.
Warga kampung biasa menyajikannya hangat bersama ketupat. Selamat mencoba!";

/// An official's dialogue with residents and a broadcast, in one post.
const DIALOGUE: &str = "Bupati menggelar dialog dengan warga di balai desa. \
Warga menyampaikan keluhan soal jalan rusak, dan bupati menjawab satu per satu. \
Pemerintah daerah juga memasang baliho di setiap kecamatan.";

#[test]
fn table_gives_each_mode_its_probability_and_the_gate_its_reason_as_json_does() {
    let files = [
        scratch_file("strategy-recipe.txt", RECIPE),
        scratch_file("strategy-dialogue.txt", DIALOGUE),
    ];
    let json = arah(&["strategy", "--json", &files[0], &files[1]]);
    assert!(json.status.success(), "{}", stderr(&json));
    let value: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    let documents = value["documents"].as_array().unwrap();
    // Independent of the engine's figures: the recipe is gated, the dialogue is not.
    assert_eq!(documents[0]["relevance"]["relevant"], false);
    assert_eq!(documents[0]["relevance"]["reason"], "no-actor");
    assert_eq!(documents[0]["label"], "none");
    assert_eq!(documents[1]["relevance"]["relevant"], true);

    let table = arah(&["strategy", &files[0], &files[1]]);
    assert!(table.status.success(), "{}", stderr(&table));
    let out = stdout(&table);
    let lines: Vec<&str> = out.lines().collect();
    let header: Vec<&str> = lines[0].split_whitespace().collect();
    assert_eq!(
        header[header.len() - 3..],
        ["label", "p.mode", "gate"],
        "{out}"
    );
    for (document, line) in documents.iter().zip(&lines[1..3]) {
        let cells: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(cells[0], document["file"], "{line}");
        let probability = document["probability"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&probability));
        assert_eq!(
            cells[cells.len() - 3..],
            [
                document["label"].as_str().unwrap(),
                &format!("{probability:.2}"),
                document["relevance"]["reason"].as_str().unwrap(),
            ],
            "{line}"
        );
    }
    let corpus: Vec<&str> = lines[3].split_whitespace().collect();
    assert_eq!(corpus[corpus.len() - 2..], ["-", "-"], "{out}");

    // Each document's gate line lists the mentions of the JSON; each listed
    // sentence carries its label's probability.
    let sections: Vec<&str> = out.split("\n\n").skip(1).collect();
    assert_eq!(sections.len(), 2, "{out}");
    for (document, section) in documents.iter().zip(&sections) {
        let relevance = &document["relevance"];
        let gate = section.lines().nth(1).unwrap();
        assert!(
            gate.starts_with(&format!(
                "  gate: {}{}; {} actor and {} audience mentions",
                relevance["reason"].as_str().unwrap(),
                match relevance["relevant"].as_bool().unwrap() {
                    true => "",
                    false => " (not about actor–audience communication)",
                },
                relevance["actorMentions"],
                relevance["audienceMentions"],
            )),
            "{gate}"
        );
        let mentions: Vec<String> = relevance["mentions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| {
                format!(
                    "{} ({})",
                    m["text"].as_str().unwrap(),
                    m["role"].as_str().unwrap()
                )
            })
            .collect();
        assert!(!mentions.is_empty(), "{relevance}");
        assert!(
            gate.contains(&format!(": {}", mentions.join(", "))),
            "{gate}"
        );
        for sentence in document["sentences"].as_array().unwrap() {
            let listed = format!(
                "{:<8} {:.2} ",
                sentence["label"].as_str().unwrap(),
                sentence["probability"].as_f64().unwrap()
            );
            let has_evidence = !sentence["evidence"].as_array().unwrap().is_empty();
            let line = section.lines().find(|l| {
                l.trim_start()
                    .starts_with(&format!("{}-{}", sentence["start"], sentence["end"]))
            });
            assert_eq!(line.is_some(), has_evidence, "{section}");
            if let Some(line) = line {
                assert!(line.contains(&listed), "{listed:?} in {line}");
            }
        }
    }
    assert!(
        sections[1].lines().count() > 2,
        "the dialogue's sentences are listed: {out}"
    );
}

#[test]
fn custom_lexicon_replaces_the_defaults() {
    let lexicon = scratch_file(
        "strategy-lexicon.json",
        r#"{"entries": [{"phrase": "rendang", "side": "two-way", "weight": 2}]}"#,
    );
    let text = scratch_file("strategy-food.txt", "Kami makan rendang. Baliho dipasang.");
    let output = arah(&["strategy", "--json", "--lexicon", &lexicon, &text]);
    assert!(output.status.success(), "{}", stderr(&output));
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let sentences = &value["documents"][0]["sentences"];
    assert_eq!(sentences[0]["label"], "two-way");
    assert_eq!(sentences[1]["label"], "neither");
}

#[test]
fn bad_lexicons_fail_with_one_line_and_status_1() {
    let text = scratch_file("strategy-any.txt", "Ada dialog.");
    let cases = [
        (
            "{\n  \"entries\": [\n    {\"phrase\": }\n  ]\n}",
            "line 3, column",
        ),
        (
            r#"{"entries": [{"phrase": "", "side": "two-way"}]}"#,
            "empty phrase",
        ),
        (
            r#"{"entries": [{"phrase": "a b", "side": "two-way"}, {"phrase": "A  b", "side": "two-way"}]}"#,
            "repeats entry 1",
        ),
        (
            r#"{"entries": [{"phrase": "dialog", "side": "two-way", "weight": "heavy"}]}"#,
            "weight must be a number",
        ),
        (
            r#"{"entries": [{"phrase": "dialog", "side": "both"}]}"#,
            "unknown side",
        ),
    ];
    for (index, (json, expected)) in cases.iter().enumerate() {
        let lexicon = scratch_file(&format!("strategy-bad-{index}.json"), json);
        let output = arah(&["strategy", "--lexicon", &lexicon, &text]);
        assert_eq!(output.status.code(), Some(1), "{json}");
        let err = stderr(&output);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.starts_with("arah: "), "{err}");
        assert!(err.contains("strategy lexicon"), "{err}");
        assert!(err.contains(expected), "{expected}: {err}");
        assert!(stdout(&output).is_empty());
    }
    let output = arah(&["strategy", "--lexicon", "/nonexistent/l.json", &text]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("cannot read /nonexistent/l.json"));
}

#[test]
fn text_without_sentences_is_no_error() {
    let empty = scratch_file("strategy-empty.txt", "  \n... * * *\n");
    let output = arah(&["strategy", "--json", &empty]);
    assert!(output.status.success(), "{}", stderr(&output));
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(value["documents"][0]["label"], "none");
    assert_eq!(value["documents"][0]["sentences"], serde_json::json!([]));
}

#[test]
fn svg_is_written() {
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("strategy.svg");
    let mut args = vec!["strategy", "--svg", out.to_str().unwrap()];
    args.extend(CORPUS);
    let output = arah(&args);
    assert!(output.status.success(), "{}", stderr(&output));
    let svg = std::fs::read_to_string(&out).unwrap();
    assert!(svg.starts_with("<svg"), "{svg}");
    assert!(svg.ends_with("</svg>"));
}

#[test]
fn page_chrome_is_not_scored_unless_kept() {
    // A match report with the page's advertisement marks and a related link.
    let path = scratch_file(
        "match-report.txt",
        "ADVERTISEMENT\nPersib menang 2-0 atas Persija di babak kedua.\nBaca juga: Baliho Caleg Dipasang di Jalan\nSCROLL TO CONTINUE WITH CONTENT\nGol kedua dicetak pada menit ke-70.",
    );
    let json = |extra: &[&str]| -> serde_json::Value {
        let mut args = vec!["strategy", "--json", path.as_str()];
        args.extend(extra);
        let output = arah(&args);
        assert!(output.status.success(), "{}", stderr(&output));
        serde_json::from_str(&stdout(&output)).unwrap()
    };
    let plain = json(&[]);
    let document = &plain["documents"][0];
    assert_eq!(document["label"], "none");
    let chrome: Vec<&str> = document["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s["chrome"].as_str())
        .collect();
    assert_eq!(chrome, ["advertisement", "related-link", "advertisement"]);
    assert!(document["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["label"] == "neither"));
    // Kept, the chrome's words are evidence again (the related link, a
    // title-case line of its own, as a heading: shown, not counted).
    let kept = json(&["--keep-chrome"]);
    let document = &kept["documents"][0];
    let evidence: Vec<&serde_json::Value> = document["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["evidence"].as_array().unwrap())
        .collect();
    assert!(
        evidence.iter().any(|e| e["side"] == "one-way"),
        "{document}"
    );
    assert!(document["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s.get("chrome").is_none()));
    let table = stdout(&arah(&["strategy", path.as_str()]));
    assert!(
        table.contains("3 lines of page chrome not scored"),
        "{table}"
    );
}

/// The labels of `arah strategy --json` for one file, with its stderr.
fn strategy_labels(extra: &[&str], file: &str) -> (Vec<String>, String, String) {
    let mut args = vec!["strategy", "--json"];
    args.extend(extra);
    args.push(file);
    let output = arah(&args);
    assert!(output.status.success(), "{}", stderr(&output));
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let document = &value["documents"][0];
    let labels = document["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["label"].as_str().unwrap().to_owned())
        .collect();
    (
        labels,
        document["label"].as_str().unwrap().to_owned(),
        stderr(&output),
    )
}

#[test]
fn a_broken_model_file_warns_and_the_rules_alone_run() {
    let text = scratch_file(
        "model-text.txt",
        "Bupati membalas komentar warga setiap malam. Baliho caleg dipasang di jalan.",
    );
    let (rules, mode, quiet) = strategy_labels(&[], &text);
    assert!(quiet.is_empty(), "{quiet}");
    let model = r#"{"version":1,"classes":["one-way","two-way","neither"],"features":"engine","weights":{"bias":[0,0,9]}}"#;
    let cases = [
        ("truncated", &model[..model.len() / 2], "model file:"),
        (
            "other-version",
            &model.replace("\"version\":1", "\"version\":99")[..],
            "version 99 is not 1",
        ),
    ];
    for (name, content, expected) in cases {
        let path = scratch_file(&format!("model-{name}.json"), content);
        let (labels, found_mode, warning) = strategy_labels(&["--model", &path], &text);
        assert!(warning.contains(expected), "{name}: {warning}");
        assert!(warning.contains("the rules alone are used"), "{warning}");
        assert_eq!((&labels, &found_mode), (&rules, &mode), "{name}");
    }
    // A readable model is used: this one says `neither` to everything.
    let path = scratch_file("model-good.json", model);
    let (labels, found_mode, warning) = strategy_labels(&["--model", &path], &text);
    assert!(warning.is_empty(), "{warning}");
    assert!(labels.iter().all(|l| l == "neither"), "{labels:?}");
    assert_eq!(found_mode, "none");
    assert_ne!(labels, rules);
}

#[test]
fn one_word_and_ten_thousand_unpunctuated_sentences() {
    let word = scratch_file("one-word.txt", "dialog");
    let (labels, mode, _) = strategy_labels(&[], &word);
    assert_eq!(labels.len(), 1);
    // One word is a short post, judged by its words alone; one marker is
    // too little evidence for a mode, or just enough.
    assert_eq!(labels[0], "two-way");
    assert!(["two-way", "none"].contains(&mode.as_str()), "{mode}");
    // 10 000 lines without final punctuation, of one width, read as
    // hard-wrapped prose: no sentence spans more than eight of them (the
    // splitter's bound), and every sentence is labelled from its words.
    let lines: Vec<String> = (0..10_000)
        .map(|i| format!("warga bertanya kepada bupati soal jalan nomor {i}"))
        .collect();
    let long = scratch_file("unpunctuated.txt", &lines.join("\n"));
    let (labels, mode, _) = strategy_labels(&[], &long);
    assert!(labels.len() >= 10_000 / 8, "{} sentences", labels.len());
    assert!(labels.iter().all(|l| l == "two-way"));
    assert_eq!(mode, "two-way");
    let run_on = scratch_file("run-on.txt", &lines.join(" "));
    let (labels, _, _) = strategy_labels(&[], &run_on);
    assert!(!labels.is_empty());
}

#[test]
fn a_lexicon_entry_that_is_a_stopword_is_a_clear_error() {
    let text = scratch_file("stopword-text.txt", "Warga datang.");
    for (entry, expected) in [("yang", "is a stopword"), ("x", "is a single letter")] {
        let lexicon = scratch_file(
            &format!("lexicon-{entry}.json"),
            &format!(r#"{{"entries": [{{"phrase": "{entry}", "side": "one-way"}}]}}"#),
        );
        let output = arah(&["strategy", "--lexicon", &lexicon, &text]);
        assert_eq!(output.status.code(), Some(1));
        assert!(stderr(&output).contains(expected), "{}", stderr(&output));
    }
}

#[test]
fn svg_is_well_formed_whatever_the_text() {
    // U+FFFE and U+FFFF are valid UTF-8 but not XML: in a file name (the
    // title) or a sentence (its tooltip) they once made an SVG no parser
    // reads, written with exit status 0.
    let file = scratch_file(
        "strategi-\u{FFFE}.txt",
        "Kami mengajak Anda berdiskusi \u{FFFF} bersama.\nPemerintah menetapkan aturan\u{1}.",
    );
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("strategy-hostile.svg");
    let output = arah(&["strategy", &file, "--svg", out.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let svg = std::fs::read_to_string(&out).unwrap();
    if let Err(error) = roxmltree::Document::parse(&svg) {
        panic!("invalid SVG ({error}): {svg}");
    }
}
