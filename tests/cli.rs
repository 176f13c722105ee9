//! The native CLI as a user runs it: output formats, and a one-line message
//! with exit status 1 for unusable input, 2 for a wrong command line.

mod common;

use common::*;
use std::path::PathBuf;
use std::process::Command;

#[test]
fn tokens_prints_file_offsets_and_term() {
    let file = scratch(
        "tokens.txt",
        "Media\u{00A0}sosial, Masing-masing! #Pemilu2024".as_bytes(),
    );
    let path = file.to_str().unwrap();
    let output = arah(&["tokens", path]);
    assert!(output.status.success(), "{}", stderr(&output));
    let lines: Vec<String> = stdout(&output).lines().map(str::to_owned).collect();
    assert_eq!(
        lines,
        [
            format!("{path}\t0\t5\tword\tmedia"),
            format!("{path}\t7\t13\tword\tsosial"),
            format!("{path}\t15\t28\tword\tmasing-masing"),
            format!("{path}\t30\t41\thashtag\t#pemilu2024"),
        ]
    );
}

#[test]
fn top_json_lists_the_corpus_subject_first() {
    let mut args = vec!["top"];
    args.extend(CORPUS);
    args.extend(["--n", "5", "--json"]);
    let output = arah(&args);
    assert!(output.status.success(), "{}", stderr(&output));
    let terms: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let terms = terms.as_array().unwrap();
    assert_eq!(terms.len(), 5);
    let names: Vec<&str> = terms.iter().map(|t| t["term"].as_str().unwrap()).collect();
    assert_eq!(&names[..3], ["media", "sosial", "politik"]);
    assert!(terms[0]["count"].as_u64().unwrap() > terms[4]["count"].as_u64().unwrap());
    assert_eq!(terms[0]["documents"], 3);
}

#[test]
fn top_with_stem_groups_word_forms() {
    let mut args = vec!["top"];
    args.extend(CORPUS);
    args.extend(["--n", "10", "--stem", "--json"]);
    let output = arah(&args);
    assert!(output.status.success(), "{}", stderr(&output));
    let terms: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let kampanye = terms
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["stem"] == "kampanye")
        .expect("a kampanye group");
    let members: Vec<&str> = kampanye["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m.as_str().unwrap())
        .collect();
    assert!(
        members.contains(&"kampanye") && members.contains(&"berkampanye"),
        "{members:?}"
    );
    // Grouped, kampanye counts more than the plain form alone (25).
    assert!(kampanye["count"].as_u64().unwrap() > 25);
}

#[test]
fn top_with_slang_reads_informal_spellings() {
    let file = scratch(
        "caption.txt",
        b"yg penting kampanye, gak golput! kampanye utk rakyat",
    );
    let path = file.to_str().unwrap();
    let plain = stdout(&arah(&["top", path, "--json"]));
    assert!(plain.contains("\"yg\""), "{plain}");
    let read = arah(&["top", path, "--json", "--slang"]);
    assert!(read.status.success());
    let read = stdout(&read);
    assert!(
        !read.contains("\"yg\"") && !read.contains("\"gak\""),
        "{read}"
    );
    assert!(read.contains("\"kampanye\""));
}

/// A pasted page: the article's words, and its chrome with words of its own.
const PAGE: &[u8] = b"ADVERTISEMENT\nKampanye dialog warga di balai desa.\nBaca juga: Iklan Baliho Caleg\nPenulis: Jane Doe\nBagikan\nKampanye dialog berlanjut.";

#[test]
fn page_chrome_is_not_counted_unless_kept() {
    let path = scratch("page.txt", PAGE);
    let path = path.to_str().unwrap();
    let chrome_words = ["advertisement", "baca", "baliho", "penulis", "bagikan"];
    for command in ["top", "analyze"] {
        let plain = stdout(&arah(&[command, path, "--json"]));
        assert!(plain.contains("\"kampanye\""), "{plain}");
        for word in chrome_words {
            assert!(
                !plain.contains(&format!("\"{word}\"")),
                "{command}: {word} in {plain}"
            );
        }
        let kept = arah(&[command, path, "--json", "--keep-chrome"]);
        assert!(kept.status.success(), "{}", stderr(&kept));
        let kept = stdout(&kept);
        for word in chrome_words {
            assert!(
                kept.contains(&format!("\"{word}\"")),
                "{command}: {word} not in {kept}"
            );
        }
    }
    let lines = |args: &[&str]| stdout(&arah(args)).lines().count();
    assert_eq!(lines(&["kwic", "baliho", path]), 0);
    assert_eq!(lines(&["kwic", "baliho", path, "--keep-chrome"]), 1);
    let other = scratch("other.txt", b"dialog dialog dialog warga warga warga");
    let keyness = stdout(&arah(&[
        "keyness",
        path,
        "--",
        other.to_str().unwrap(),
        "--json",
        "--min-count",
        "1",
    ]));
    assert!(!keyness.contains("\"advertisement\""), "{keyness}");
    let keyness = stdout(&arah(&[
        "keyness",
        path,
        "--",
        other.to_str().unwrap(),
        "--json",
        "--min-count",
        "1",
        "--keep-chrome",
    ]));
    assert!(keyness.contains("\"advertisement\""), "{keyness}");
}

#[test]
fn a_page_of_chrome_only_is_an_error_unless_kept() {
    let path = scratch(
        "chrome-only.txt",
        b"ADVERTISEMENT\nBaca juga: Kampanye di Desa\n12 Komentar\n",
    );
    let path = path.to_str().unwrap();
    let output = arah(&["top", path]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("only page chrome"),
        "{}",
        stderr(&output)
    );
    assert!(arah(&["top", path, "--keep-chrome"]).status.success());
}

#[test]
fn analyze_json_has_tables_tfidf_and_collocations() {
    let mut args = vec!["analyze"];
    args.extend(CORPUS);
    args.extend(["--n", "5", "--json"]);
    let output = arah(&args);
    assert!(output.status.success(), "{}", stderr(&output));
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(value["documents"].as_array().unwrap().len(), 3);
    assert_eq!(value["corpus"]["topTerms"][0]["term"], "media");
    // The descriptive study is the one about research.
    let study: Vec<&str> = value["documents"][2]["tfidf"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["term"].as_str().unwrap())
        .collect();
    assert!(study.contains(&"penelitian"), "{study:?}");
    assert_eq!(value["corpus"]["collocations"][0]["first"], "media");
    assert_eq!(value["corpus"]["collocations"][0]["second"], "sosial");
    let text = stdout(&arah(&["analyze", CORPUS[0]]));
    assert!(
        text.contains("tf-idf:") && text.contains("collocations: media sosial"),
        "{text}"
    );
}

#[test]
fn top_table_has_a_header_and_ranks() {
    let output = arah(&["top", CORPUS[1], "--n", "3"]);
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "{text}");
    assert!(lines[0].contains("term") && lines[0].contains("count"));
    assert!(lines[1].trim_start().starts_with("1  media"), "{text}");
}

#[test]
fn cloud_writes_an_svg_file() {
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cloud.svg");
    let _ = std::fs::remove_file(&out);
    let mut args = vec!["cloud"];
    args.extend(CORPUS);
    let out_str = out.to_str().unwrap();
    args.extend([
        "-o", out_str, "--words", "40", "--seed", "7", "--width", "600", "--height", "400",
    ]);
    let output = arah(&args);
    assert!(output.status.success(), "{}", stderr(&output));
    let svg = std::fs::read_to_string(&out).unwrap();
    assert!(svg.contains(r#"viewBox="0 0 600 400""#));
    assert_eq!(svg.matches("<text ").count(), 40);
    assert!(svg.contains(">media</text>"));
    // Same seed, same bytes.
    let again = arah(&args);
    assert!(again.status.success());
    assert_eq!(std::fs::read_to_string(&out).unwrap(), svg);
}

#[test]
fn keyness_contrasts_target_with_reference() {
    let args = [
        "keyness", CORPUS[2], "--", CORPUS[0], CORPUS[1], "--n", "5", "--json",
    ];
    let output = arah(&args);
    assert!(output.status.success(), "{}", stderr(&output));
    let comparison: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(comparison["reference"], "the other 2 documents");
    let rows = comparison["terms"].as_array().unwrap();
    assert!(rows.len() <= 10, "{rows:?}");
    let first = &rows[0];
    // The descriptive study (002) is the only one about "penelitian".
    assert_eq!(first["term"], "penelitian", "{rows:?}");
    assert!(first["logLikelihood"].as_f64().unwrap() > 10.0);
    assert!(first["pValue"].as_f64().unwrap() < 0.01);
    let last = rows.last().unwrap();
    assert!(last["logLikelihood"].as_f64().unwrap() < 0.0, "{rows:?}");
    let without_separator = arah(&["keyness", CORPUS[0], CORPUS[1]]);
    assert_eq!(without_separator.status.code(), Some(2));
    assert!(stderr(&without_separator).contains("then --, then reference files"));
}

#[test]
fn kwic_shows_each_occurrence_in_its_context() {
    let output = arah(&["kwic", "ARAH", CORPUS[1], "--window", "3"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(
        lines[0].contains("cenderung komunikasi satu [arah]. Padahal,"),
        "{text}"
    );
    assert!(
        lines[1].contains("melibatkan komunikasi dua [arah]. Dalam hal"),
        "{text}"
    );
    let json = arah(&["kwic", "arah", CORPUS[1], "--json"]);
    let rows: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let start = rows[0]["line"]["start"].as_u64().unwrap() as usize;
    let source = std::fs::read_to_string(CORPUS[1]).unwrap();
    assert_eq!(&source[start..start + 4], "arah");
    assert_eq!(arah(&["kwic", "arah"]).status.code(), Some(2));
}

#[test]
fn kwic_with_stem_finds_every_form() {
    let plain = stdout(&arah(&["kwic", "kampanye", CORPUS[1]]))
        .lines()
        .count();
    let output = arah(&["kwic", "kampanye", CORPUS[1], "--stem"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.lines().count() > plain, "{text}");
    assert!(
        text.to_lowercase().contains("[berkampanye]") || text.contains("[kampanyenya]"),
        "{text}"
    );
}

#[test]
fn keyness_draws_diverging_bars() {
    let dir = std::env::temp_dir().join(format!("arah-keyness-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let svg_path = dir.join("keyness.svg");
    let output = arah(&[
        "keyness",
        CORPUS[0],
        "--",
        CORPUS[1],
        CORPUS[2],
        "--stem",
        "--n",
        "4",
        "--svg",
        svg_path.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let svg = std::fs::read_to_string(&svg_path).unwrap();
    assert!(svg.starts_with("<svg"), "{svg}");
    assert_eq!(svg.matches("role=\"listitem\"").count(), 8, "{svg}");
    assert!(svg.contains("more in the other 2 documents"), "{svg}");
}

#[test]
fn stem_maps_stdin_lines_to_stems_in_order() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_arah"))
        .arg("stem")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("Penggunaan\nmedia\n\nmenulis\npartai-partai\n".as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    assert_eq!(stdout(&output), "guna\nmedia\n\ntulis\npartai\n");
    assert_eq!(arah(&["stem", "file.txt"]).status.code(), Some(2));
}

#[test]
fn invalid_utf8_is_read_lossily_with_a_warning() {
    let file = scratch("latin1.txt", b"kampanye politik caf\xe9 kampanye");
    let output = arah(&["top", file.to_str().unwrap(), "--json"]);
    assert!(output.status.success());
    assert!(stderr(&output).contains("warning: ") && stderr(&output).contains("not valid UTF-8"));
    assert!(stdout(&output).contains("\"kampanye\""));
}

#[test]
fn failures_exit_1_and_usage_errors_2_with_one_line() {
    let binary = scratch("image.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let empty = scratch("empty.txt", b"");
    let failures: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["top", "no/such/file.txt"],
            "cannot read no/such/file.txt",
        ),
        (
            vec!["top", binary.to_str().unwrap()],
            "looks like a binary file",
        ),
        (vec!["top", empty.to_str().unwrap()], "no text to analyse"),
        (
            vec!["cloud", CORPUS[0], "-o", "/nonexistent/dir/x.svg"],
            "cannot write /nonexistent/dir/x.svg",
        ),
    ];
    let usage_errors: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["top", CORPUS[0], "--bogus"],
            "unknown option \"--bogus\"",
        ),
        (
            vec!["top", CORPUS[0], "--n", "many"],
            "--n expects a number",
        ),
        (vec!["top", CORPUS[0], "--n"], "--n needs a value"),
        (
            vec!["top", CORPUS[0], "--json=yes"],
            "--json takes no value",
        ),
        (vec!["cloud", CORPUS[0]], "cloud needs -o"),
        (
            vec!["cloud", CORPUS[0], "-o", "/tmp/x.svg", "--width", "5"],
            "width must be between",
        ),
        (vec!["top"], "no input files"),
        (vec!["frobnicate", CORPUS[0]], "unknown command"),
        (vec!["--frobnicate"], "unknown option \"--frobnicate\""),
        (vec![], "no command given"),
    ];
    for (status, cases) in [(1, failures), (2, usage_errors)] {
        for (args, expected) in cases {
            let output = arah(&args);
            assert_eq!(output.status.code(), Some(status), "{args:?}");
            let message = stderr(&output);
            assert!(message.starts_with("arah: "), "{args:?}: {message}");
            assert!(message.contains(expected), "{args:?}: {message}");
            assert_eq!(message.trim_end().lines().count(), 1, "{args:?}: {message}");
            assert!(output.stdout.is_empty(), "{args:?}");
        }
    }
}
