//! Floors for the strategy analysis on its labelled development set
//! (`tests/data/strategy/`), a little under what `cargo run --release
//! --example strategy_eval` measures, so a change that makes the analysis
//! worse fails here. The held-out texts were never used for tuning: their
//! floors are lower because their figures are the honest ones.

#[allow(dead_code)] // the example prints what the floors do not check
#[path = "data/strategy/eval.rs"]
mod eval;

use arah::strategy::Lexicon;

fn check(held_out: bool, macro_f1: f64, accuracy: f64, documents: f64) {
    let gold = eval::subset(&eval::load(), held_out);
    assert!(gold.sentences.len() > 20);
    let (result, _) = eval::evaluate(&gold, &Lexicon::default_lexicon());
    assert_eq!(
        result.missed_spans, 0,
        "the splitter changed: relabel the set"
    );
    let table: Vec<String> = result
        .classes
        .iter()
        .map(|c| {
            format!(
                "{} P {:.3} R {:.3} F1 {:.3}",
                c.class, c.precision, c.recall, c.f1
            )
        })
        .collect();
    assert!(
        result.macro_f1 >= macro_f1,
        "macro F1 {:.3} < {macro_f1}: {table:?}",
        result.macro_f1
    );
    assert!(
        result.sentence_accuracy >= accuracy,
        "accuracy {:.3} < {accuracy}",
        result.sentence_accuracy
    );
    assert!(
        result.document_accuracy >= documents,
        "document accuracy {:.3} < {documents}: {:?}",
        result.document_accuracy,
        result.documents
    );
}

#[test]
fn development_set_floors() {
    // Measured: macro F1 0.861, accuracy 0.862, documents 10/13.
    check(false, 0.82, 0.82, 0.75);
}

#[test]
fn held_out_floors() {
    // Measured: macro F1 0.763, accuracy 0.759, documents 3/4.
    check(true, 0.65, 0.65, 0.5);
}

#[test]
fn every_gold_label_is_a_known_class() {
    let gold = eval::load();
    for (doc, _, label) in gold.sentences.iter().map(|s| (&s.0, s.1, &s.3)) {
        assert!(eval::CLASSES.contains(&label.as_str()), "{doc}: {label}");
    }
    for (doc, _, mode, _) in &gold.documents {
        assert!(
            ["one-way", "two-way", "mixed", "none"].contains(&mode.as_str()),
            "{doc}: {mode}"
        );
    }
}
