//! Fits what the strategy analysis learns from the real labelled set, on
//! the whole rest (the set minus its sealed fifth), and writes it:
//!
//!   cargo run --profile bench --example strategy_train
//!       writes src/strategy/calibration.json (the shipped calibration)
//!   cargo run --profile bench --example strategy_train -- --model engine|lexical OUT.json
//!       also writes a learned layer of that feature set to OUT.json
//!
//! How well each generalises is measured by cross-validation in
//! `examples/strategy_real_eval.rs`, not here.

#[path = "../tests/data/strategy-real/fit.rs"]
mod fit;
#[allow(dead_code)] // the trainer reads the set; the evaluation scores it
#[path = "../tests/data/strategy-real/real.rs"]
mod real;

use arah::strategy::features::FeatureSet;
use arah::strategy::{Lexicon, Matcher};
use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let documents = real::load(real::Part::Rest);
    let train: Vec<&real::RealDocument> = documents.iter().collect();
    let lexicon = Lexicon::default_lexicon();
    let matcher = Matcher::new(&lexicon);
    let calibration = fit::fit_calibration(&train, &matcher);
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/strategy/calibration.json");
    std::fs::write(&out, calibration.to_json() + "\n").expect("the calibration file writes");
    println!(
        "calibration fitted on {} documents: {}",
        train.len(),
        out.display()
    );
    if let Some(at) = args.iter().position(|a| a == "--model") {
        let (Some(set), Some(path)) = (
            args.get(at + 1).and_then(|s| FeatureSet::parse(s)),
            args.get(at + 2),
        ) else {
            eprintln!("usage: strategy_train [--model engine|lexical OUT.json]");
            std::process::exit(2);
        };
        let model = fit::fit_model(&train, &matcher, set);
        std::fs::write(path, model.to_json()).expect("the model file writes");
        println!("model ({} features) written to {path}", model.weights.len());
    }
}
