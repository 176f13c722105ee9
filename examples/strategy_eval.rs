//! The strategy analysis on its labelled development set
//! (`tests/data/strategy/`): precision, recall and F1 per sentence class,
//! document accuracy, the disagreements, and the time to score 1 MB.
//!
//!   cargo run --profile bench --example strategy_eval [-- --errors]
//!
//! (the `bench` profile is the release profile at opt-level 3, the speed a
//! native user gets; `--release` alone builds for size. `ARAH_BYTES=N` sets
//! the size of the timed text, `--errors` lists every disagreement.)

#[path = "../tests/data/strategy/eval.rs"]
mod eval;

use arah::strategy::{analyze_with, Lexicon, Matcher, StrategyOptions};
use arah::Document;
use std::time::Instant;

fn main() {
    let lexicon = Lexicon::default_lexicon();
    let gold = eval::load();
    let errors = std::env::args().any(|a| a == "--errors");
    for (title, part) in [
        (
            "Development set (the rules and lexicon were tuned on it)",
            eval::subset(&gold, false),
        ),
        (
            "Held out (written after the last change, never tuned on)",
            eval::subset(&gold, true),
        ),
    ] {
        println!("== {title}");
        print_evaluation(&lexicon, &part, errors);
        println!();
    }
    speed(&lexicon, &eval::texts(&gold));
}

fn print_evaluation(lexicon: &Lexicon, gold: &eval::Gold, errors: bool) {
    let (result, report) = eval::evaluate(gold, lexicon);
    println!(
        "Sentences: {} ({} spans the splitter no longer produces)",
        result.sentences, result.missed_spans
    );
    println!(
        "{:<9} {:>7} {:>9} {:>7} {:>7}",
        "class", "support", "precision", "recall", "F1"
    );
    for c in &result.classes {
        println!(
            "{:<9} {:>7} {:>9.3} {:>7.3} {:>7.3}",
            c.class, c.support, c.precision, c.recall, c.f1
        );
    }
    println!(
        "accuracy {:.3}, macro F1 {:.3}",
        result.sentence_accuracy, result.macro_f1
    );
    println!("\n{:<28} {:<8} {:<8}  balance", "document", "gold", "found");
    for ((doc, gold_mode, found), d) in result.documents.iter().zip(&report.documents) {
        let mark = if gold_mode == found { " " } else { "✗" };
        println!(
            "{:<28} {:<8} {:<8}{mark} {:>6.2}",
            doc, gold_mode, found, d.totals.balance
        );
    }
    let correct = result.documents.iter().filter(|(_, g, p)| g == p).count();
    println!(
        "document accuracy {:.3} ({correct}/{})",
        result.document_accuracy,
        result.documents.len()
    );
    if errors {
        println!("\ndisagreements (doc, byte start, gold → found):");
        for (doc, start, gold_label, found) in &result.errors {
            println!("  {doc} {start}: {gold_label} → {found}");
        }
    }
}

/// Scores the development texts repeated to `ARAH_BYTES` (1 MB by default)
/// as one document; best of five runs, matcher prepared once.
fn speed(lexicon: &Lexicon, texts: &[Document]) {
    let target: usize = std::env::var("ARAH_BYTES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let joined: String = texts
        .iter()
        .map(|d| d.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    let mut text = String::with_capacity(target + joined.len());
    while text.len() < target {
        text.push_str(&joined);
        text.push_str("\n\n");
    }
    let documents = [Document {
        title: "speed".into(),
        text,
    }];
    let matcher = Matcher::new(lexicon);
    let mut best = f64::MAX;
    let mut sentences = 0;
    for _ in 0..5 {
        let start = Instant::now();
        let report = analyze_with(&documents, &matcher, &StrategyOptions::default());
        best = best.min(start.elapsed().as_secs_f64());
        sentences = report.documents[0].sentences.len();
    }
    let megabytes = documents[0].text.len() as f64 / 1e6;
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "\nspeed: {:.2} MB ({sentences} sentences) scored in {:.1} ms (best of 5, {threads} threads), {:.0} MB/s",
        megabytes,
        best * 1e3,
        megabytes / best
    );
    // For scale: the shared text stages alone (tokenizer and sentence
    // splitter) over the same text on one thread.
    let text = &documents[0].text;
    let mut stages = f64::MAX;
    for _ in 0..5 {
        let start = Instant::now();
        let mut count = 0;
        arah::text::tokenize::for_each_token(text, |_| count += 1);
        count += arah::text::sentences::sentences(text).len();
        std::hint::black_box(count);
        stages = stages.min(start.elapsed().as_secs_f64());
    }
    println!(
        "       tokenizer + sentence splitter alone, one thread: {:.1} ms",
        stages * 1e3
    );
}
