//! The strategy analysis on its labelled development set
//! (`tests/data/strategy/`): precision, recall and F1 per sentence class,
//! document accuracy, the disagreements, and the time to score 1 MB.
//!
//!   cargo run --profile bench --example strategy_eval [-- --errors | --speed-only]
//!
//! (the `bench` profile is the release profile at opt-level 3, the speed a
//! native user gets; `--release` alone builds for size. `ARAH_BYTES=N` sets
//! the size of the timed text, `--errors` lists every disagreement,
//! `--speed-only` skips the evaluation.)

#[path = "../tests/data/strategy/eval.rs"]
mod eval;

use arah::strategy::rules::addresses_the_reader;
use arah::strategy::scoring::{pieces_at_blank_lines, PIECE_BYTES};
use arah::strategy::{analyze_with, relevance, Lexicon, Matcher, StrategyOptions};
use arah::text::chrome::chrome_spans;
use arah::text::lexicon::require_stemmer;
use arah::text::sentences::sentences;
use arah::text::tokenize::for_each_token;
use arah::Document;
use std::time::Instant;

fn main() {
    let lexicon = Lexicon::default_lexicon();
    let gold = eval::load();
    let errors = std::env::args().any(|a| a == "--errors");
    if std::env::args().any(|a| a == "--speed-only") {
        speed(&lexicon, &eval::texts(&gold));
        return;
    }
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
/// as one document; best of five runs, matcher prepared once. Natively the
/// scorer shares the text's pieces among the cores; the figure for one
/// thread (what the wasm build does) comes from running the same
/// measurement again pinned to one core (`taskset -c 0`, which
/// `available_parallelism` respects), with the time of each stage.
fn speed(lexicon: &Lexicon, texts: &[Document]) {
    let documents = [Document {
        title: "speed".into(),
        text: timed_text(texts),
    }];
    let matcher = Matcher::new(lexicon);
    let (best, sentences) = best_of_five(|| {
        analyze_with(&documents, &matcher, &StrategyOptions::default()).documents[0]
            .sentences
            .len()
    });
    let megabytes = documents[0].text.len() as f64 / 1e6;
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "\nspeed: {:.2} MB ({sentences} sentences) scored in {:.1} ms (best of 5, {threads} threads), {:.0} MB/s",
        megabytes,
        best * 1e3,
        megabytes / best
    );
    if threads == 1 {
        stages(&documents[0].text, best);
    } else if !std::env::args().any(|a| a == "--speed-only") {
        one_thread();
    }
}

/// Runs this example again on one core, for its speed figures only.
fn one_thread() {
    let pinned = std::env::current_exe().ok().and_then(|exe| {
        std::process::Command::new("taskset")
            .args(["-c", "0"])
            .arg(exe)
            .arg("--speed-only")
            .output()
            .ok()
            .filter(|out| out.status.success())
    });
    match pinned {
        Some(out) => print!("{}", String::from_utf8_lossy(&out.stdout)),
        None => println!("       (taskset -c 0 failed: no figure for one thread)"),
    }
}

/// The development texts, joined and repeated to `ARAH_BYTES` bytes.
fn timed_text(texts: &[Document]) -> String {
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
    text
}

/// The stages of the scorer, each over the text on one thread, in the
/// scorer's pieces of 64 KiB cut after blank lines; `total` is the whole
/// analysis, so what is left is matching, the rules and the scores.
fn stages(text: &str, total: f64) {
    let pieces = pieces(text);
    let (chrome, _) = best_of_five(|| pieces.iter().map(|p| chrome_spans(p).len()).sum::<usize>());
    let (tokenize, _) = best_of_five(|| {
        let mut count = 0;
        for piece in &pieces {
            for_each_token(piece, |_| count += 1);
        }
        count
    });
    let (split, count) = best_of_five(|| pieces.iter().map(|p| sentences(p).len()).sum::<usize>());
    let stemmer = require_stemmer().ok();
    let is_root = |word: &str| stemmer.is_some_and(|s| s.is_root(word));
    // The scorer's gate reads the scorer's tokens; `judge` tokenizes first.
    let (judge, _) = best_of_five(|| {
        let gate = relevance::judge(text, count, &|term| addresses_the_reader(term, &is_root));
        gate.relevance.actor_mentions
    });
    let gate = (judge - tokenize).max(0.0);
    let rest = total - chrome - tokenize - split - gate;
    println!("       one thread, by stage (best of 5 each):");
    for (stage, time) in [
        ("page chrome", chrome),
        ("tokenizer", tokenize),
        ("sentence splitter", split),
        ("relevance gate (reading the tokens)", gate),
        ("matching, rules, scores (the rest)", rest),
    ] {
        println!("         {stage:<36} {:>6.1} ms", time * 1e3);
    }
}

/// The text cut as the scorer cuts it (`pieces_at_blank_lines`).
fn pieces(text: &str) -> Vec<&str> {
    pieces_at_blank_lines(text, PIECE_BYTES)
        .into_iter()
        .map(|(start, end)| &text[start..end])
        .collect()
}

/// The shortest of five runs of `run`, in seconds, and its result.
fn best_of_five<T>(mut run: impl FnMut() -> T) -> (f64, T) {
    let mut best = f64::MAX;
    let mut result = None;
    for _ in 0..5 {
        let start = Instant::now();
        let value = std::hint::black_box(run());
        best = best.min(start.elapsed().as_secs_f64());
        result = Some(value);
    }
    (best, result.expect("five runs"))
}
