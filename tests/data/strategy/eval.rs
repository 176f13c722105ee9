//! The strategy development set and its scoring, shared by
//! `examples/strategy_eval.rs` (prints the table) and
//! `tests/strategy_eval.rs` (enforces floors).
//!
//! `documents.tsv`: doc, path (from the crate root), dominant mode, source.
//! `sentences.tsv`: doc, byte start, byte end, label, text (whitespace
//! collapsed, for reading). A gold sentence is compared with the predicted
//! sentence that has the same span; one the splitter no longer produces is
//! counted as missed, so a changed splitter shows up in the figures.

use arah::strategy::{analyze_strategy, Lexicon, StrategyOptions, StrategyReport};
use arah::Document;
use std::path::Path;

pub const CLASSES: [&str; 3] = ["one-way", "two-way", "neither"];

#[derive(Clone)]
pub struct Gold {
    /// doc, path, dominant mode, source.
    pub documents: Vec<(String, String, String, String)>,
    pub sentences: Vec<(String, usize, usize, String)>,
}

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub fn load() -> Gold {
    let dir = root().join("tests/data/strategy");
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).expect("the dev set reads");
    let documents = read("documents.tsv")
        .lines()
        .skip(1)
        .map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            (
                f[0].to_owned(),
                f[1].to_owned(),
                f[2].to_owned(),
                f[3].to_owned(),
            )
        })
        .collect();
    let sentences = read("sentences.tsv")
        .lines()
        .skip(1)
        .map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            let number = |s: &str| s.parse::<usize>().expect("a byte offset");
            (f[0].to_owned(), number(f[1]), number(f[2]), f[3].to_owned())
        })
        .collect();
    Gold {
        documents,
        sentences,
    }
}

/// The documents whose source is (or is not) "held out": texts written after
/// the rules and lexicon were last changed, never used to tune them.
pub fn subset(gold: &Gold, held_out: bool) -> Gold {
    let keep = |source: &str| (source == "held out") == held_out;
    let documents: Vec<_> = gold
        .documents
        .iter()
        .filter(|d| keep(&d.3))
        .cloned()
        .collect();
    let sentences = gold
        .sentences
        .iter()
        .filter(|s| documents.iter().any(|d| d.0 == s.0))
        .cloned()
        .collect();
    Gold {
        documents,
        sentences,
    }
}

pub fn texts(gold: &Gold) -> Vec<Document> {
    gold.documents
        .iter()
        .map(|(doc, path, _, _)| Document {
            title: doc.clone(),
            text: std::fs::read_to_string(root().join(path)).expect("a dev document reads"),
        })
        .collect()
}

pub struct ClassScore {
    pub class: &'static str,
    pub support: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

pub struct Evaluation {
    pub classes: Vec<ClassScore>,
    pub sentence_accuracy: f64,
    pub macro_f1: f64,
    pub sentences: usize,
    pub missed_spans: usize,
    pub document_accuracy: f64,
    /// doc, gold mode, predicted mode.
    pub documents: Vec<(String, String, &'static str)>,
    /// doc, start, gold label, predicted label, for the disagreements.
    pub errors: Vec<(String, usize, String, &'static str)>,
}

pub fn evaluate(gold: &Gold, lexicon: &Lexicon) -> (Evaluation, StrategyReport) {
    let report = analyze_strategy(&texts(gold), lexicon, &StrategyOptions::default());
    let mut pairs = Vec::new();
    let mut missed = 0;
    let mut errors = Vec::new();
    for (doc, start, end, label) in &gold.sentences {
        let index = gold
            .documents
            .iter()
            .position(|d| &d.0 == doc)
            .expect("doc listed");
        let predicted = report.documents[index]
            .sentences
            .iter()
            .find(|s| s.start == *start && s.end == *end)
            .map(|s| s.label);
        let predicted = predicted.unwrap_or_else(|| {
            missed += 1;
            "missed"
        });
        if predicted != label {
            errors.push((doc.clone(), *start, label.clone(), predicted));
        }
        pairs.push((label.as_str(), predicted));
    }
    let classes: Vec<ClassScore> = CLASSES
        .iter()
        .map(|&class| {
            let tp = pairs
                .iter()
                .filter(|(g, p)| *g == class && *p == class)
                .count();
            let predicted = pairs.iter().filter(|(_, p)| *p == class).count();
            let support = pairs.iter().filter(|(g, _)| *g == class).count();
            let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
            let (precision, recall) = (ratio(tp, predicted), ratio(tp, support));
            let f1 = if precision + recall > 0.0 {
                2.0 * precision * recall / (precision + recall)
            } else {
                0.0
            };
            ClassScore {
                class,
                support,
                precision,
                recall,
                f1,
            }
        })
        .collect();
    let correct = pairs.iter().filter(|(g, p)| g == p).count();
    let documents: Vec<(String, String, &'static str)> = gold
        .documents
        .iter()
        .zip(&report.documents)
        .map(|((doc, _, mode, _), predicted)| (doc.clone(), mode.clone(), predicted.totals.label))
        .collect();
    let documents_correct = documents.iter().filter(|(_, g, p)| g == p).count();
    let evaluation = Evaluation {
        macro_f1: classes.iter().map(|c| c.f1).sum::<f64>() / classes.len() as f64,
        classes,
        sentence_accuracy: correct as f64 / pairs.len().max(1) as f64,
        sentences: pairs.len(),
        missed_spans: missed,
        document_accuracy: documents_correct as f64 / documents.len().max(1) as f64,
        documents,
        errors,
    };
    (evaluation, report)
}
