//! The real labelled set (`../shared/data/strategy-real/`: excerpts of
//! public web pages, every sentence labelled by its GUIDELINE.md) as the
//! evaluation reads it: third-party texts, read where they live and never
//! copied into the repository. Shared by `examples/strategy_real_eval.rs`,
//! `examples/strategy_train.rs` and `tests/strategy_real.rs`.
//!
//! Gold sentences are exact substrings of their text, found in order. A
//! predicted sentence is compared with the gold sentence it overlaps most
//! (as `../shared/tools/strategy-score.py` does), so the figures do not
//! depend on the two splitters agreeing.
//!
//! The documents listed in `tests/data/strategy-real/sealed.txt` (a random
//! fifth, fixed seed) are the project's own held-out part: [`load`] leaves
//! them out unless asked for them by name.

use arah::strategy::{DocumentStrategy, SentenceStrategy, StrategyReport};
use arah::Document;
use std::path::{Path, PathBuf};

pub const CLASSES: [&str; 3] = ["one-way", "two-way", "neither"];
pub const MODES: [&str; 4] = ["one-way", "two-way", "mixed", "none"];

pub struct GoldSentence {
    pub start: usize,
    pub end: usize,
    pub label: String,
}

pub struct RealDocument {
    pub file: String,
    pub language: String,
    pub genre: String,
    pub mode: String,
    pub text: String,
    pub sentences: Vec<GoldSentence>,
}

/// Which part of the set to read.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Everything but the sealed fifth: what is tuned and cross-validated.
    Rest,
    /// The sealed fifth only: measured at the start and the end.
    Sealed,
}

/// Where the set is: `ARAH_STRATEGY_REAL`, else `../shared/data/
/// strategy-real` beside the crate, else under `/work/shared`.
pub fn directory() -> PathBuf {
    if let Ok(dir) = std::env::var("ARAH_STRATEGY_REAL") {
        return PathBuf::from(dir);
    }
    let beside = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/strategy-real");
    match beside.is_dir() {
        true => beside,
        false => PathBuf::from("/work/shared/data/strategy-real"),
    }
}

pub fn sealed_files() -> Vec<String> {
    let list = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/strategy-real/sealed.txt");
    std::fs::read_to_string(list)
        .expect("tests/data/strategy-real/sealed.txt reads")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.trim().to_owned())
        .collect()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| {
        panic!(
            "the real strategy set is needed ({}: {e}); set ARAH_STRATEGY_REAL to its folder",
            path.display()
        )
    })
}

pub fn load(part: Part) -> Vec<RealDocument> {
    let dir = directory();
    let sealed = sealed_files();
    let mut documents: Vec<RealDocument> = read(&dir.join("documents.tsv"))
        .lines()
        .skip(1)
        .map(|line| line.split('\t').collect::<Vec<_>>())
        .filter(|f| sealed.iter().any(|s| s == f[0]) == (part == Part::Sealed))
        .map(|f| RealDocument {
            file: f[0].to_owned(),
            language: f[2].to_owned(),
            genre: f[3].to_owned(),
            mode: f[4].to_owned(),
            text: read(&dir.join("texts").join(f[0])),
            sentences: Vec::new(),
        })
        .collect();
    let mut cursor: Vec<usize> = vec![0; documents.len()];
    for line in read(&dir.join("sentences.tsv")).lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let Some(index) = documents.iter().position(|d| d.file == f[0]) else {
            continue;
        };
        let document = &mut documents[index];
        let sentence = f[3];
        let start = document.text[cursor[index]..]
            .find(sentence)
            .map(|at| at + cursor[index])
            .or_else(|| document.text.find(sentence))
            .unwrap_or_else(|| panic!("{}: a gold sentence is not in the text", f[0]));
        cursor[index] = start + sentence.len();
        document.sentences.push(GoldSentence {
            start,
            end: start + sentence.len(),
            label: f[2].to_owned(),
        });
    }
    documents
}

pub fn as_documents(documents: &[&RealDocument]) -> Vec<Document> {
    documents
        .iter()
        .map(|d| Document {
            title: d.file.clone(),
            text: d.text.clone(),
        })
        .collect()
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// One gold sentence against what was predicted for it.
#[derive(Clone)]
pub struct Pair {
    pub gold: String,
    pub predicted: &'static str,
    pub probability: f64,
    /// What decided the predicted label: its basis and counted evidence
    /// (`rule:pattern`), for listing disagreements.
    pub why: String,
}

/// A predicted sentence's basis and counted evidence, in one line.
fn why(p: &SentenceStrategy) -> String {
    let mut parts = vec![p.basis.to_owned()];
    for e in &p.evidence {
        let pattern = e.pattern.as_deref().unwrap_or("");
        let mark = if e.counted { "" } else { "~" };
        parts.push(format!("{mark}{}:{pattern}({})", e.rule, e.side));
    }
    parts.join(" ")
}

/// Of `spans`, the one that overlaps `start..end` most (none when none does).
fn most_overlapping<T>(
    (start, end): (usize, usize),
    spans: &[T],
    span: impl Fn(&T) -> (usize, usize),
) -> Option<&T> {
    spans
        .iter()
        .map(|t| (overlap((start, end), span(t)), t))
        .filter(|(o, _)| *o > 0)
        .max_by_key(|(o, _)| *o)
        .map(|(_, t)| t)
}

/// Each gold sentence with the predicted sentence that overlaps it most
/// (`neither` at probability 1 when none does).
pub fn pairs(gold: &RealDocument, predicted: &DocumentStrategy) -> Vec<Pair> {
    gold.sentences
        .iter()
        .map(|g| {
            match most_overlapping((g.start, g.end), &predicted.sentences, |p| (p.start, p.end)) {
                Some(p) => Pair {
                    gold: g.label.clone(),
                    predicted: p.label,
                    probability: p.probability,
                    why: why(p),
                },
                None => Pair {
                    gold: g.label.clone(),
                    predicted: "neither",
                    probability: 1.0,
                    why: "unmatched".to_owned(),
                },
            }
        })
        .collect()
}

/// Each predicted sentence with the gold label of the gold sentence it
/// overlaps most: what a fit learns from.
pub fn gold_of_predicted(gold: &RealDocument, predicted: &DocumentStrategy) -> Vec<&'static str> {
    predicted
        .sentences
        .iter()
        .map(|p| {
            let best = most_overlapping((p.start, p.end), &gold.sentences, |g| (g.start, g.end));
            let label = best.map_or("neither", |g| g.label.as_str());
            CLASSES
                .iter()
                .find(|c| **c == label)
                .copied()
                .unwrap_or("neither")
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

pub fn class_scores<'p>(pairs: impl Iterator<Item = &'p Pair> + Clone) -> Vec<ClassScore> {
    CLASSES
        .iter()
        .map(|&class| {
            let (mut tp, mut predicted, mut support) = (0, 0, 0);
            for p in pairs.clone() {
                tp += usize::from(p.gold == class && p.predicted == class);
                predicted += usize::from(p.predicted == class);
                support += usize::from(p.gold == class);
            }
            let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
            let (precision, recall) = (ratio(tp, predicted), ratio(tp, support));
            let f1 = match precision + recall > 0.0 {
                true => 2.0 * precision * recall / (precision + recall),
                false => 0.0,
            };
            ClassScore {
                class,
                support,
                precision,
                recall,
                f1,
            }
        })
        .collect()
}

pub fn macro_f1<'p>(pairs: impl Iterator<Item = &'p Pair> + Clone) -> f64 {
    class_scores(pairs).iter().map(|c| c.f1).sum::<f64>() / CLASSES.len() as f64
}

/// A small seeded generator (SplitMix64): the same intervals every run.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

pub const BOOTSTRAP_RESAMPLES: usize = 1000;

/// The 2.5th and 97.5th percentiles of `statistic` over resamples of whole
/// documents (a document-clustered bootstrap: sentences of one text are not
/// independent).
pub fn bootstrap<T>(per_document: &[T], seed: u64, statistic: impl Fn(&[&T]) -> f64) -> (f64, f64) {
    let mut rng = Rng::new(seed);
    let mut values: Vec<f64> = (0..BOOTSTRAP_RESAMPLES)
        .map(|_| {
            let sample: Vec<&T> = (0..per_document.len())
                .map(|_| &per_document[rng.below(per_document.len())])
                .collect();
            statistic(&sample)
        })
        .collect();
    values.sort_by(f64::total_cmp);
    let at = |q: f64| values[((values.len() - 1) as f64 * q).round() as usize];
    (at(0.025), at(0.975))
}

/// Document-grouped folds, stratified by dominant mode: documents sorted by
/// mode, shuffled within it, dealt round-robin. Returns each document's fold.
pub fn folds(documents: &[RealDocument], k: usize, seed: u64) -> Vec<usize> {
    let mut rng = Rng::new(seed);
    let mut order: Vec<usize> = (0..documents.len()).collect();
    for i in (1..order.len()).rev() {
        order.swap(i, rng.below(i + 1));
    }
    order.sort_by_key(|&i| MODES.iter().position(|m| *m == documents[i].mode));
    let mut fold = vec![0; documents.len()];
    for (dealt, &i) in order.iter().enumerate() {
        fold[i] = dealt % k;
    }
    fold
}

/// Reliability of probabilities: per bin of predicted probability, the
/// count, mean probability and share right; and the expected calibration
/// error (the count-weighted mean gap).
pub struct Reliability {
    pub bins: Vec<(usize, f64, f64)>,
    pub ece: f64,
}

pub const RELIABILITY_BINS: usize = 10;

pub fn reliability(predictions: &[(f64, bool)]) -> Reliability {
    let mut sums = vec![(0usize, 0.0, 0.0); RELIABILITY_BINS];
    for &(p, right) in predictions {
        let bin = ((p * RELIABILITY_BINS as f64) as usize).min(RELIABILITY_BINS - 1);
        sums[bin].0 += 1;
        sums[bin].1 += p;
        sums[bin].2 += f64::from(u8::from(right));
    }
    let n = predictions.len().max(1) as f64;
    let mut ece = 0.0;
    let bins = sums
        .into_iter()
        .map(|(count, p, right)| {
            let c = count.max(1) as f64;
            ece += count as f64 / n * (right / c - p / c).abs();
            (count, p / c, right / c)
        })
        .collect();
    Reliability { bins, ece }
}

/// Per document, its pairs and whether its mode was right, for a report on
/// `documents`.
pub fn judged<'d>(
    documents: &[&'d RealDocument],
    report: &StrategyReport,
) -> Vec<(&'d RealDocument, Vec<Pair>, &'static str, f64)> {
    documents
        .iter()
        .zip(&report.documents)
        .map(|(gold, predicted)| {
            (
                *gold,
                pairs(gold, predicted),
                predicted.totals.label,
                predicted.probability,
            )
        })
        .collect()
}
