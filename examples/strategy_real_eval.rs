//! The strategy analysis on the real labelled set, honestly: everything
//! that is fitted (the calibration) is fitted on the training folds of a
//! document-grouped, mode-stratified 5-fold cross-validation of the rest
//! (the set minus its sealed fifth) and measured on the held-out fold.
//! Prints per-class precision, recall and F1 with document-clustered
//! bootstrap 95 % intervals, the dominant mode's accuracy, the off-topic
//! documents labelled `none`, and the calibration's reliability diagram
//! and expected calibration error, for sentences and documents.
//!
//!   cargo run --profile bench --example strategy_real_eval [-- --errors]
//!   cargo run --profile bench --example strategy_real_eval -- --sealed
//!
//! `--sealed` measures the shipped analysis (its calibration fitted on the
//! whole rest) on the sealed fifth instead: run it at the start and at the
//! end of a piece of work, never while tuning. `--errors` lists the wrong
//! documents and the confusion matrix; `--sentences[=LANG]` also lists
//! every wrong sentence (of documents in LANG, `id` or `en`) with the
//! evidence that decided it.

#[path = "../tests/data/strategy-real/fit.rs"]
mod fit;
#[path = "../tests/data/strategy-real/real.rs"]
mod real;

use arah::strategy::features::FeatureSet;
use arah::strategy::{analyze_with, Lexicon, Matcher, StrategyOptions};
use real::{Pair, Part, RealDocument};

const FOLDS: usize = 5;
const FOLD_SEED: u64 = 10;

/// Per document: its pairs, predicted mode and the mode's probability.
type Judged<'d> = (&'d RealDocument, Vec<Pair>, &'static str, f64);

fn main() {
    let errors = std::env::args().any(|a| a == "--errors");
    let sentences: Option<String> = std::env::args().find_map(|a| match a.as_str() {
        "--sentences" => Some(String::new()),
        _ => a.strip_prefix("--sentences=").map(str::to_owned),
    });
    let sealed = std::env::args().any(|a| a == "--sealed");
    let lexicon = Lexicon::default_lexicon();
    let matcher = Matcher::new(&lexicon);
    let judged: Vec<Judged<'_>>;
    let documents;
    if sealed {
        documents = real::load(Part::Sealed);
        println!(
            "== Sealed fifth ({} documents): the shipped analysis, calibration fitted on the rest",
            documents.len()
        );
        let all: Vec<&RealDocument> = documents.iter().collect();
        let report = analyze_with(
            &real::as_documents(&all),
            &matcher,
            &StrategyOptions::default(),
        );
        judged = real::judged(&all, &report);
    } else {
        documents = real::load(Part::Rest);
        println!(
            "== Rest ({} documents), {FOLDS}-fold document-grouped cross-validation (seed {FOLD_SEED})",
            documents.len()
        );
        judged = cross_validated(&documents, &matcher, None);
    }
    print_table(&judged);
    print_calibration(&judged);
    if errors {
        print_errors(&judged);
    }
    if let Some(language) = &sentences {
        print_wrong_sentences(&judged, language);
    }
    if !sealed {
        for set in [FeatureSet::Engine, FeatureSet::Lexical] {
            println!(
                "\n== The learned layer ({} features), same folds",
                set.name()
            );
            let learned = cross_validated(&documents, &matcher, Some(set));
            print_table(&learned);
            print_calibration(&learned);
            print_gain(&judged, &learned);
        }
    }
}

/// The learned layer's gain over the rules, with a paired bootstrap: the
/// same resampled documents for both.
fn print_gain(rules: &[Judged<'_>], learned: &[Judged<'_>]) {
    let paired: Vec<(&Judged<'_>, &Judged<'_>)> = rules.iter().zip(learned).collect();
    let macro_gain = |sample: &[&(&Judged<'_>, &Judged<'_>)]| {
        real::macro_f1(sample.iter().flat_map(|p| &p.1 .1))
            - real::macro_f1(sample.iter().flat_map(|p| &p.0 .1))
    };
    let mode_gain = |sample: &[&(&Judged<'_>, &Judged<'_>)]| {
        let right = |j: &Judged<'_>| f64::from(u8::from(j.2 == j.0.mode));
        sample.iter().map(|p| right(p.1) - right(p.0)).sum::<f64>() / sample.len().max(1) as f64
    };
    let everything: Vec<&(&Judged<'_>, &Judged<'_>)> = paired.iter().collect();
    for (name, statistic, seed) in [
        (
            "sentence macro F1",
            &macro_gain as &dyn Fn(&[&(&Judged<'_>, &Judged<'_>)]) -> f64,
            11,
        ),
        ("dominant mode right", &mode_gain, 13),
    ] {
        let (low, high) = real::bootstrap(&paired, seed, statistic);
        println!(
            "gain over the rules in {name}: {:+.3} [95 % {low:+.3}, {high:+.3}] (paired document bootstrap)",
            statistic(&everything)
        );
    }
}

/// Each fold's documents scored with a calibration (and, given a feature
/// set, a learned layer) fitted on the others.
fn cross_validated<'d>(
    documents: &'d [RealDocument],
    matcher: &Matcher<'_>,
    learned: Option<FeatureSet>,
) -> Vec<Judged<'d>> {
    let fold_of = real::folds(documents, FOLDS, FOLD_SEED);
    let mut judged: Vec<Option<Judged<'d>>> = (0..documents.len()).map(|_| None).collect();
    for fold in 0..FOLDS {
        let part = |inside: bool| -> Vec<(usize, &'d RealDocument)> {
            documents
                .iter()
                .enumerate()
                .filter(|(i, _)| (fold_of[*i] == fold) == inside)
                .collect()
        };
        let train: Vec<&RealDocument> = part(false).into_iter().map(|(_, d)| d).collect();
        let test = part(true);
        let calibration = fit::fit_calibration(&train, matcher);
        let options = StrategyOptions {
            calibration: Some(calibration),
            model: learned.map(|set| fit::fit_model(&train, matcher, set)),
            ..StrategyOptions::default()
        };
        let test_documents: Vec<&RealDocument> = test.iter().map(|(_, d)| *d).collect();
        let report = analyze_with(&real::as_documents(&test_documents), matcher, &options);
        for ((index, _), one) in test.iter().zip(real::judged(&test_documents, &report)) {
            judged[*index] = Some(one);
        }
    }
    judged
        .into_iter()
        .map(|j| j.expect("every document is in a fold"))
        .collect()
}

fn interval(judged: &[Judged<'_>], seed: u64, statistic: impl Fn(&[&Judged<'_>]) -> f64) -> String {
    let (low, high) = real::bootstrap(judged, seed, statistic);
    format!("[{low:.3}, {high:.3}]")
}

fn print_table(judged: &[Judged<'_>]) {
    let all = || judged.iter().flat_map(|j| &j.1);
    println!("\nSentences: {}", all().count());
    println!(
        "| class | support | precision | recall | F1 | F1 95 % interval |\n|---|---|---|---|---|---|"
    );
    for (index, c) in real::class_scores(all()).iter().enumerate() {
        let f1 =
            |sample: &[&Judged<'_>]| real::class_scores(sample.iter().flat_map(|j| &j.1))[index].f1;
        println!(
            "| {} | {} | {:.3} | {:.3} | {:.3} | {} |",
            c.class,
            c.support,
            c.precision,
            c.recall,
            c.f1,
            interval(judged, 7 + index as u64, f1)
        );
    }
    let macro_f1 = |sample: &[&Judged<'_>]| real::macro_f1(sample.iter().flat_map(|j| &j.1));
    println!(
        "macro F1 {:.3} {} (document-clustered bootstrap, {} resamples)",
        real::macro_f1(all()),
        interval(judged, 3, macro_f1),
        real::BOOTSTRAP_RESAMPLES
    );
    let right = |sample: &[&Judged<'_>]| {
        sample.iter().filter(|j| j.2 == j.0.mode).count() as f64 / sample.len().max(1) as f64
    };
    let everything: Vec<&Judged<'_>> = judged.iter().collect();
    println!(
        "dominant mode right: {}/{} = {:.3} {}",
        judged.iter().filter(|j| j.2 == j.0.mode).count(),
        judged.len(),
        right(&everything),
        interval(judged, 5, right)
    );
    let off_topic: Vec<&Judged<'_>> = judged.iter().filter(|j| j.0.mode == "none").collect();
    println!(
        "off-topic documents labelled none: {}/{}",
        off_topic.iter().filter(|j| j.2 == "none").count(),
        off_topic.len()
    );
    for language in ["id", "en"] {
        let part: Vec<&Judged<'_>> = judged.iter().filter(|j| j.0.language == language).collect();
        if part.is_empty() {
            continue;
        }
        println!(
            "  {language}: {} documents, macro F1 {:.3}, modes right {:.3}",
            part.len(),
            real::macro_f1(part.iter().flat_map(|j| &j.1)),
            right(&part)
        );
    }
}

fn print_reliability(title: &str, predictions: &[(f64, bool)]) {
    let r = real::reliability(predictions);
    println!(
        "\n{title}: expected calibration error {:.3} ({} predictions)",
        r.ece,
        predictions.len()
    );
    println!("| probability | count | mean probability | share right |\n|---|---|---|---|");
    for (bin, (count, mean, right)) in r.bins.iter().enumerate() {
        if *count > 0 {
            let n = real::RELIABILITY_BINS as f64;
            println!(
                "| {:.1}–{:.1} | {count} | {mean:.3} | {right:.3} |",
                bin as f64 / n,
                (bin + 1) as f64 / n
            );
        }
    }
}

fn print_calibration(judged: &[Judged<'_>]) {
    let sentences: Vec<(f64, bool)> = judged
        .iter()
        .flat_map(|j| &j.1)
        .map(|p| (p.probability, p.gold == p.predicted))
        .collect();
    print_reliability("Sentence labels", &sentences);
    let documents: Vec<(f64, bool)> = judged.iter().map(|j| (j.3, j.2 == j.0.mode)).collect();
    print_reliability("Document modes", &documents);
}

fn print_errors(judged: &[Judged<'_>]) {
    println!("\nWrong modes (file, gold, found, probability):");
    for j in judged.iter().filter(|j| j.2 != j.0.mode) {
        println!(
            "  {} {} → {} ({:.2}) [{}]",
            j.0.file, j.0.mode, j.2, j.3, j.0.genre
        );
    }
    println!("\nConfusion (rows gold, columns found):");
    println!(
        "{:>9} {:>8} {:>8} {:>8}",
        "", "one-way", "two-way", "neither"
    );
    for gold in real::CLASSES {
        let row: Vec<usize> = real::CLASSES
            .iter()
            .map(|found| {
                judged
                    .iter()
                    .flat_map(|j| &j.1)
                    .filter(|p| p.gold == gold && p.predicted == *found)
                    .count()
            })
            .collect();
        println!("{gold:>9} {:>8} {:>8} {:>8}", row[0], row[1], row[2]);
    }
}

/// Every gold sentence whose predicted label differs, per document (of
/// `language`, or all when it is empty): gold → found, the evidence, the text.
fn print_wrong_sentences(judged: &[Judged<'_>], language: &str) {
    println!("\nWrong sentences (gold → found: evidence | text):");
    for j in judged
        .iter()
        .filter(|j| language.is_empty() || j.0.language == language)
    {
        let wrong: Vec<_> =
            j.0.sentences
                .iter()
                .zip(&j.1)
                .filter(|(_, p)| p.gold != p.predicted)
                .collect();
        if wrong.is_empty() {
            continue;
        }
        println!("  {} ({}, {} → {})", j.0.file, j.0.language, j.0.mode, j.2);
        for (g, p) in wrong {
            let text: String = j.0.text[g.start..g.end].chars().take(220).collect();
            println!("    {} → {}: {} | {}", p.gold, p.predicted, p.why, text);
        }
    }
}
