//! `--csv` tables as another program reads them: Python's `csv` module
//! parses the output of `top`, `keyness`, `kwic` and `strategy`, and every
//! row must hold what the `--json` output of the same command holds. The
//! texts have commas, quotes and line breaks inside sentences, and one file
//! name has a comma, so quoting is exercised.

mod common;

use common::*;
use serde_json::Value;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

const TARGET: &str = "Calon berkata, \"kami mendengar warga\".\n\
    Warga bertanya:\n\"kapan dialog, pak?\"\n\
    Kami menjawab setiap pertanyaan warga di media sosial dan membuka\n\
    ruang dialog, \"tanya jawab\" bersama relawan setiap malam.\n\
    Kampanye \"dua arah\", katanya, membuka dialog dengan warga.\n";

const REFERENCE: &str = "Tim kampanye menyiarkan iklan, baliho, dan siaran pers.\n\
    Pesan kampanye disebarkan satu arah lewat siaran televisi.\n\
    Siaran pers dibagikan kepada media.\n";

/// The two texts as files of the test `test`'s own (tests run at once).
fn fixtures(test: &str) -> (PathBuf, PathBuf) {
    (
        scratch(&format!("{test}-dialog, kampanye.txt"), TARGET.as_bytes()),
        scratch(&format!("{test}-siaran.txt"), REFERENCE.as_bytes()),
    )
}

/// The rows Python's csv module reads from `csv`, or None without python3.
fn python_rows(csv: &[u8]) -> Option<Vec<Vec<String>>> {
    let script = "import csv, io, json, sys\n\
        text = io.TextIOWrapper(sys.stdin.buffer, encoding='utf-8', newline='')\n\
        print(json.dumps(list(csv.reader(text, strict=True))))";
    let mut child = match Command::new("python3")
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(_) => {
            eprintln!("python3 not found: the CSV output is not checked");
            return None;
        }
    };
    child.stdin.take().unwrap().write_all(csv).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "python's csv module refused it");
    Some(serde_json::from_slice(&output.stdout).unwrap())
}

/// `arah ARGS… --csv` read by Python, and `arah ARGS… --json`.
fn csv_and_json(args: &[&str]) -> Option<(Vec<Vec<String>>, Value)> {
    let run = |format: &str| {
        let mut all = args.to_vec();
        all.push(format);
        let output = arah(&all);
        assert!(output.status.success(), "{all:?}: {}", stderr(&output));
        output.stdout
    };
    let csv = run("--csv");
    // RFC 4180: every record ends in CRLF.
    assert!(csv.ends_with(b"\r\n"));
    let rows = python_rows(&csv)?;
    let width = rows[0].len();
    assert!(rows.iter().all(|row| row.len() == width), "{rows:?}");
    let json = serde_json::from_slice(&run("--json")).unwrap();
    Some((rows, json))
}

/// The value under `key` as the CSV writes it.
fn field(value: &Value, key: &str) -> String {
    match &value[key] {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        Value::Array(items) => items
            .iter()
            .map(|i| i.as_str().unwrap())
            .collect::<Vec<_>>()
            .join(" "),
        other => other.to_string(),
    }
}

/// Numbers compared as numbers, to the last bit but one: serde_json (built
/// without `float_roundtrip`) can read a number one unit in the last place
/// off, while `str::parse` reads the CSV's exactly.
fn same_number(csv: &str, json: &Value) -> bool {
    match (csv.parse::<f64>(), json.as_f64()) {
        (Ok(a), Some(b)) => (a - b).abs() <= 2.0 * f64::EPSILON * a.abs().max(b.abs()),
        _ => false,
    }
}

#[test]
fn top_as_csv_holds_the_json_terms() {
    let (target, reference) = fixtures("top");
    let args = [
        "top",
        target.to_str().unwrap(),
        reference.to_str().unwrap(),
        "--stem",
    ];
    let Some((rows, json)) = csv_and_json(&args) else {
        return;
    };
    assert_eq!(
        rows[0],
        ["rank", "term", "count", "documents", "stem", "members"]
    );
    let terms = json.as_array().unwrap();
    assert_eq!(rows.len() - 1, terms.len());
    assert!(rows.len() > 5);
    for (index, (row, term)) in rows[1..].iter().zip(terms).enumerate() {
        let keys = ["term", "count", "documents", "stem", "members"];
        let expected: Vec<String> = keys.iter().map(|k| field(term, k)).collect();
        assert_eq!(row[0], (index + 1).to_string());
        assert_eq!(row[1..], expected[..], "{term}");
    }
}

#[test]
fn keyness_as_csv_holds_the_json_statistics() {
    let (target, reference) = fixtures("keyness");
    let args = [
        "keyness",
        target.to_str().unwrap(),
        "--",
        reference.to_str().unwrap(),
        "--min-count",
        "2",
    ];
    let Some((rows, json)) = csv_and_json(&args) else {
        return;
    };
    let header = [
        "term",
        "targetCount",
        "referenceCount",
        "logLikelihood",
        "chiSquared",
        "pValue",
        "logRatio",
        "members",
    ];
    assert_eq!(rows[0], header);
    let terms = json["terms"].as_array().unwrap();
    assert_eq!(rows.len() - 1, terms.len());
    assert!(terms.len() >= 4, "{terms:?}");
    for (row, term) in rows[1..].iter().zip(terms) {
        assert_eq!(row[0], field(term, "term"));
        for (cell, key) in row[1..7].iter().zip(&header[1..7]) {
            assert!(same_number(cell, &term[key]), "{key}: {cell} {term}");
        }
        assert_eq!(row[7], field(term, "members"));
    }
}

#[test]
fn kwic_as_csv_keeps_quotes_commas_and_the_file_name() {
    let (target, _) = fixtures("kwic");
    let args = ["kwic", "dialog", target.to_str().unwrap()];
    let Some((rows, json)) = csv_and_json(&args) else {
        return;
    };
    assert_eq!(
        rows[0],
        ["file", "start", "end", "left", "keyword", "right"]
    );
    let lines = json.as_array().unwrap();
    assert_eq!((rows.len() - 1, lines.len()), (3, 3));
    for (row, line) in rows[1..].iter().zip(lines) {
        let l = &line["line"];
        let expected = [
            field(line, "file"),
            field(l, "start"),
            field(l, "end"),
            field(l, "left"),
            field(l, "keyword"),
            field(l, "right"),
        ];
        assert_eq!(row[..], expected[..]);
    }
    assert!(rows[1][0].ends_with("dialog, kampanye.txt"));
    assert!(rows[1][3].contains('"'), "{:?}", rows[1]);
}

#[test]
fn strategy_as_csv_gives_each_sentence_its_label_probability_and_evidence() {
    let (target, reference) = fixtures("strategy");
    let args = [
        "strategy",
        target.to_str().unwrap(),
        reference.to_str().unwrap(),
    ];
    let Some((rows, json)) = csv_and_json(&args) else {
        return;
    };
    assert_eq!(
        rows[0],
        [
            "file",
            "start",
            "end",
            "label",
            "probability",
            "basis",
            "mobilisation",
            "text",
            "evidence"
        ]
    );
    let mut expected_rows = Vec::new();
    for document in json["documents"].as_array().unwrap() {
        for s in document["sentences"].as_array().unwrap() {
            let evidence: Vec<String> = s["evidence"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| {
                    let mark = if e["counted"] == true {
                        ""
                    } else {
                        " (not counted)"
                    };
                    format!(
                        "{} → {} [{}]{mark}",
                        field(e, "text"),
                        field(e, "side"),
                        field(e, "rule")
                    )
                })
                .collect();
            expected_rows.push((document, s, evidence.join("; ")));
        }
    }
    assert_eq!(rows.len() - 1, expected_rows.len());
    for (row, (document, s, evidence)) in rows[1..].iter().zip(&expected_rows) {
        let keys = ["start", "end", "label"];
        assert_eq!(row[0], field(document, "file"));
        assert_eq!(row[1..4], keys.map(|k| field(s, k))[..]);
        assert!(same_number(&row[4], &s["probability"]), "{row:?}");
        assert_eq!(
            row[5..8],
            ["basis", "mobilisation", "text"].map(|k| field(s, k))[..]
        );
        assert_eq!(&row[8], evidence);
    }
    // A sentence with a line break, quotes and commas inside came through
    // whole, and sentences have evidence of both sides.
    assert!(
        rows.iter()
            .any(|r| r[7].contains("membuka\nruang dialog, \"tanya jawab\"")),
        "{rows:?}"
    );
    assert!(rows[1..].iter().any(|r| r[8].contains("two-way")));
    assert!(rows[1..].iter().any(|r| r[8].contains("one-way")));
}

#[test]
fn csv_and_json_together_are_a_wrong_command_line() {
    let (target, _) = fixtures("both");
    let output = arah(&["top", target.to_str().unwrap(), "--csv", "--json"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--csv and --json: choose one"));
}

/// A sentence that a spreadsheet would run as a formula comes out behind an
/// apostrophe; the JSON keeps it as written, and numbers (a negative G²)
/// stay numbers.
#[test]
fn a_formula_in_a_text_is_written_inert() {
    let text = "=HYPERLINK(\"http://example.invalid\",\"klik\") kami mendengar warga.\n\
        @warga bertanya, kami menjawab.\n+62 kampanye dialog.\n";
    let formula = scratch("formula.txt", text.as_bytes());
    let (target, reference) = fixtures("formula");
    let args = ["strategy", formula.to_str().unwrap()];
    let Some((rows, json)) = csv_and_json(&args) else {
        return;
    };
    let sentences = json["documents"][0]["sentences"].as_array().unwrap();
    let texts: Vec<&str> = rows[1..].iter().map(|row| row[7].as_str()).collect();
    assert_eq!(texts.len(), sentences.len());
    for (csv, sentence) in texts.iter().zip(sentences) {
        let written = sentence["text"].as_str().unwrap();
        match written.starts_with(['=', '@', '+']) {
            true => assert_eq!(*csv, format!("'{written}")),
            false => assert_eq!(*csv, written),
        }
    }
    assert!(
        texts.iter().filter(|t| t.starts_with('\'')).count() >= 2,
        "{texts:?}"
    );

    let args = [
        "keyness",
        target.to_str().unwrap(),
        "--",
        reference.to_str().unwrap(),
    ];
    let Some((rows, _)) = csv_and_json(&args) else {
        return;
    };
    assert!(
        rows[1..].iter().any(|row| row[3].starts_with('-')),
        "{rows:?}"
    );
}
