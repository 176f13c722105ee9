//! Floors for the strategy analysis on the real labelled set's rest (the
//! sealed fifth is never read here): a change that makes the analysis worse
//! on real texts fails, and the shipped calibration must be what
//! `examples/strategy_train.rs` fits from the set, so nobody edits it by
//! hand. The figures themselves, cross-validated, come from
//! `cargo run --profile bench --example strategy_real_eval`.

#[allow(dead_code)] // the learned layer's fit is the evaluation's
#[path = "data/strategy-real/fit.rs"]
mod fit;
#[allow(dead_code)] // the evaluation prints what the floors do not check
#[path = "data/strategy-real/real.rs"]
mod real;

use arah::strategy::calibration::Calibration;
use arah::strategy::{analyze_with, Lexicon, Matcher, StrategyOptions};

#[test]
fn the_rest_stays_above_its_floors() {
    let documents = real::load(real::Part::Rest);
    assert_eq!(documents.len(), 46);
    let all: Vec<&real::RealDocument> = documents.iter().collect();
    let lexicon = Lexicon::default_lexicon();
    let report = analyze_with(
        &real::as_documents(&all),
        &Matcher::new(&lexicon),
        &StrategyOptions::default(),
    );
    let judged = real::judged(&all, &report);
    // Measured (shipped calibration, in sample): macro F1 0.791, modes 39/46.
    let macro_f1 = real::macro_f1(judged.iter().flat_map(|j| &j.1));
    assert!(macro_f1 >= 0.77, "macro F1 {macro_f1:.3} < 0.77");
    let right = judged.iter().filter(|j| j.2 == j.0.mode).count();
    assert!(right >= 37, "modes right {right}/46 < 37");
    for j in judged.iter().filter(|j| j.0.mode == "none") {
        assert_eq!(j.2, "none", "{} is off-topic", j.0.file);
    }
}

#[test]
fn the_shipped_calibration_is_the_fit_of_the_rest() {
    let documents = real::load(real::Part::Rest);
    let all: Vec<&real::RealDocument> = documents.iter().collect();
    let lexicon = Lexicon::default_lexicon();
    let fitted = fit::fit_calibration(&all, &Matcher::new(&lexicon));
    let shipped = Calibration::fitted();
    // The file keeps four decimals.
    let close = |a: &[f64], b: &[f64]| a.iter().zip(b).all(|(x, y)| (x - y).abs() < 1e-3);
    for (f, s) in fitted.sentence.iter().zip(&shipped.sentence) {
        assert!(
            close(f, s),
            "refit: cargo run --example strategy_train ({f:?} vs {s:?})"
        );
    }
    assert!(
        close(&fitted.document, &shipped.document),
        "refit the calibration"
    );
}
